import Corpus
import Support
import Testing
@testable import Analysis

/// Wire copy: a sentence that several outlets carry word for word is one line citing each of them.
@Suite struct ReprintTests {
    static let wire = """
    The Port Company closed the north gate on Monday.

    The union said the Port Company had broken its word.

    Dockers marched past City Hall as the strike went into its second week.

    """

    func sources(_ s: Statement) -> [String] { s.citations.map(\.source.slug) }

    @Test func aSentenceCarriedWordForWordIsOneLineCitingEachSource() throws {
        let f = try analyseHarbour(["a.txt": Self.wire, "b.txt": Self.wire + "The Port Company hired drivers from Velmar.\n"])
        let port = try #require(f.actors.first { $0.id == "port" })
        // The shared line in the place of its first telling, citing both; the line of one outlet its own.
        #expect(port.did.map(\.text) == ["The Port Company closed the north gate on Monday.", "The Port Company hired drivers from Velmar."])
        #expect(port.did.map(sources) == [["a", "b"], ["b"]])
        let city = try #require(f.actors.first { $0.id == "city" })
        #expect(city.mentions.map(sources) == [["a", "b"]])
        let strike = try #require(f.issues.first { $0.id == "strike" })
        #expect(strike.mentions.map(sources) == [["a", "b"]])
        // Reported speech: the same words of the same speaker, once.
        let said = f.statements.filter { $0.text.contains("had broken its word") }
        #expect(said.map { $0.citations.map(\.source.slug) } == [["a", "b"]])
    }

    @Test func theSameWordsOfTwoSpeakersStayTwoStatements() throws {
        let f = try analyseHarbour([
            "a.txt": "The union said the talks had failed.\n",
            "b.txt": "City Hall said the talks had failed.\n",
        ])
        let said = f.statements.filter { $0.text.contains("the talks had failed") }
        #expect(said.map(\.actor) == ["union", "city"])
    }

    @Test func evidenceIsOneLineOnlyForTheSameStatusInTheSameWordsOnTheSameDay() {
        func line(_ source: String, _ day: String, _ status: String = "ended", _ text: String = "The strike was called off.") -> EvidenceLine {
            let citation = Citation(source: ArticleID(slug: source), sentenceID: SentenceID(ParagraphID(.paragraph, 1), 1), sentence: text)
            return EvidenceLine(status: status, date: CalendarDay(iso: day), statement: Statement(text: text, citations: [citation]))
        }
        let merged = EvidenceLine.merged([
            line("a", "2031-05-02"), line("b", "2031-05-02", "suspended"), line("c", "2031-05-02"),
            line("d", "2031-05-01"), line("e", "2031-05-02", "ended", "The strike was called off on Friday."),
        ])
        #expect(merged.map { $0.statement.citations.map(\.source.slug) } == [["a", "c"], ["b"], ["d"], ["e"]])
    }
}
