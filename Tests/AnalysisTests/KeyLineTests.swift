import Testing
@testable import Analysis
import Corpus
import Support

/// An actor's key line, on an invented story of two harbour towns and their ferry treaty.
@Suite struct KeyLineTests {
    func line(_ text: String, sources: [String]) -> Statement {
        Statement(text: text, citations: sources.map { Citation(source: ArticleID(slug: $0), sentenceID: SentenceID(ParagraphID(.paragraph, 1), 1), sentence: text) })
    }

    func actor(said: [Statement], did: [Statement] = []) -> ActorFindings {
        ActorFindings(id: "averly", name: "Port Averly", hasPage: true, said: said, did: did, mentions: [], onIssues: [:])
    }

    let fragment = "“Not yet.”"
    let sentence = "Port Averly said the ferry treaty would be signed in spring."

    @Test func theMostWidelyReportedLineWinsEvenAsAFragment() {
        let a = actor(said: [line(sentence, sources: ["a"]), line(fragment, sources: ["a", "b"])])
        #expect(a.keyLine?.text == fragment)
    }

    @Test func amongEqualsAWholeSentenceBeatsAFragment() {
        let a = actor(said: [line(fragment, sources: ["a"])], did: [line(sentence, sources: ["b"])])
        #expect(a.keyLine?.text == sentence)
    }

    @Test func amongFullEqualsTheFirstWins() {
        let other = "Brennick Haven's council must still approve the ferry treaty terms."
        #expect(actor(said: [line(sentence, sources: ["a"]), line(other, sources: ["b"])]).keyLine?.text == sentence)
        #expect(actor(said: []).keyLine == nil)
    }
}
