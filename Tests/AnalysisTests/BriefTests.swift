import Testing
@testable import Analysis
import Corpus
import Support

/// The lines that open a briefing describe the story as of its newest source.
@Suite struct BriefTests {
    func point(_ text: String, from source: String) -> Statement {
        Statement(text: text, citations: [Citation(source: ArticleID(slug: source), sentenceID: SentenceID(ParagraphID(.paragraph, 1), 1),
                                                   sentence: text)])
    }

    let published: [ArticleID: CalendarDay] = [
        ArticleID(slug: "may"): CalendarDay(year: 2031, month: 5, day: 6)!,
        ArticleID(slug: "june"): CalendarDay(year: 2031, month: 6, day: 20)!,
    ]

    @Test func aPointThatLookedAheadToATimeNowPastIsLeftOut() {
        let points = [
            point("The two towns hope to sign the ferry treaty by the end of the month, the harbour board said.", from: "may"),
            point("The ferry treaty lets both towns run boats across the bay without a permit.", from: "may"),
            point("The harbour board said the treaty will be signed next week in Port Averly.", from: "june"),
            point("Talks began in 2029, when the old ferry line closed.", from: "may"),
        ]
        let brief = BackgroundSummary.brief(points, published: published, asOf: CalendarDay(year: 2031, month: 6, day: 20)!)
        // Written in May of a briefing as of June: "by the end of the month" is past. The newest
        // source's "next week" still lies ahead, and a year told of the past is history, not a plan.
        #expect(brief.map(\.text) == [points[1].text, points[2].text, points[3].text])
    }

    @Test func aNewerTellingOfTheSameMatterReplacesTheOlder() {
        func sentence(_ text: String, _ article: Int, _ day: CalendarDay) -> SentenceRef {
            SentenceRef(citation: Citation(source: ArticleID(slug: "a\(article)"), sentenceID: SentenceID(ParagraphID(.paragraph, 1), 1), sentence: text),
                        tokens: Tokenizer.tokens(text), articleIndex: article, dct: day)
        }
        let may = CalendarDay(year: 2031, month: 5, day: 6)!, june = CalendarDay(year: 2031, month: 6, day: 20)!
        let sentences = [
            sentence("Port Averly and Brennick Haven will sign the ferry treaty in the harbour hall next week.", 0, may),
            sentence("Port Averly and Brennick Haven will sign the ferry treaty in the harbour hall on Friday.", 1, may),
            sentence("Port Averly and Brennick Haven signed the ferry treaty in the harbour hall on Friday.", 2, june),
        ]
        let background = BackgroundSummary.select(sentences, limit: 5)
        #expect(background.count == 1)
        #expect(background.first?.text == sentences[2].citation.sentence)
        // The newest telling's citation leads; the older ones still count.
        #expect(background.first?.citations.first?.source.slug == "a2")
        #expect(Set(background.first?.citations.map(\.source.slug) ?? []) == ["a0", "a1", "a2"])
    }

    @Test func withoutDatesTheFirstPointsLead() {
        let points = (1...5).map { point("Point \($0) says what the ferry treaty is about in many plain words.", from: "may") }
        #expect(BackgroundSummary.brief(points, published: [:], asOf: nil).count == 3)
    }
}
