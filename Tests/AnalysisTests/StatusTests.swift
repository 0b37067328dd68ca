import Testing
@testable import Analysis
import Corpus

/// Reads an invented sentence whose issue is written in brackets: "Velmar ditched [the Orun Treaty]".
/// Every "the deal", "the pact" … with no plain word before its noun points back at the same issue;
/// a step done and a step planned come out together ("recalled; due to return").
func readStatus(_ marked: String) -> String? {
    var text = ""
    var start = 0, end = 0
    for ch in marked {
        if ch == "[" { start = text.count; continue }
        if ch == "]" { end = text.count; continue }
        text.append(ch)
    }
    let tokens = Tokenizer.tokens(text)
    let inside = tokens.indices.filter { tokens[$0].offset >= start && tokens[$0].offset < end }
    let names = inside.isEmpty ? [] : [StatusReader.Name(issue: "x", tokens: inside.first!..<(inside.last! + 1))]
    let readings = StatusReader.read(text: text, tokens: tokens, names: names, nouns: IssueTracker.referenceNouns,
                                     pointsBack: { _, modifiers in modifiers.isEmpty ? "x" : nil })
    let found = readings.filter { $0.issue == "x" }.map(\.status)
    return found.isEmpty ? nil : found.joined(separator: "; ")
}

/// The examples written in `Rules/status.rules`, read as the rules read them.
@Suite struct StatusTableExampleTests {
    static let examples: [(String, String)] = String(decoding: PackageResources.status_rules, as: UTF8.self)
        .split(separator: "\n").compactMap { line in
            guard line.hasPrefix("# EXAMPLE: \""), let arrow = line.range(of: "\" -> ") else { return nil }
            return (String(line[line.index(line.startIndex, offsetBy: 12)..<arrow.lowerBound]), String(line[arrow.upperBound...]))
        }

    @Test func theTableHasExamples() { #expect(Self.examples.count >= 10) }

    @Test(arguments: examples.map(\.0))
    func theExampleReadsAsWritten(_ sentence: String) {
        let expected = Self.examples.first { $0.0 == sentence }!.1
        #expect(readStatus(sentence) == (expected == "none" ? nil : expected), "\(sentence)")
    }
}

/// Clauses of our own: the issue as subject or object, passive and nominal forms, and phrases that
/// only name it.
@Suite struct StatusClauseTests {
    @Test func anEnvoyOrderedToReturn() {
        #expect(readStatus("The premier ordered [the envoy] to return to Orun next week.") == "due to return")
        #expect(readStatus("The premier recalled [his envoys] to Tarsk in protest.") == "recalled")
        #expect(readStatus("Velmar said that [the envoy] will return to Orun.") == "due to return")
    }

    @Test func aSettlementToAStrike() {
        #expect(readStatus("The carrier was the first to negotiate a settlement to [strikes] by pilots.") == "due to be settled")
        #expect(readStatus("The pact could be a step toward ending [the dock strike].") == "due to end")
    }

    @Test func aTentativeDealReachedIsTentative() {
        #expect(readStatus("\"We are glad to have reached [a tentative agreement] with the guild,\" she said.") == "tentative")
        #expect(readStatus("Progress was made toward [a tentative agreement] on Friday.") == nil)
        #expect(readStatus("The members ratified [the tentative agreement] on Friday.") == "ratified")
    }

    @Test func anotherAgreementIsNotTheIssue() {
        #expect(readStatus("Velmar may delay talks on the bloc's future trade agreement with Tarsk.") == nil)
        #expect(readStatus("Velmar may delay talks on the water agreement.") == nil)
        #expect(readStatus("Velmar may delay talks on the agreement.") == "due to be postponed")
    }
}

/// The examples written in `Rules/issue-nouns.words`: "the NOUN" points back at the issue named
/// earlier in the same article.
@Suite struct IssueNounExampleTests {
    static let examples: [(String, String)] = String(decoding: PackageResources.issue_nouns_words, as: UTF8.self)
        .split(separator: "\n").compactMap { line in
            guard line.hasPrefix("# EXAMPLE: \""), let mid = line.range(of: "\" points back at \"") else { return nil }
            return (String(line[line.index(line.startIndex, offsetBy: 12)..<mid.lowerBound]), String(line[mid.upperBound...].dropLast()))
        }

    @Test func theTableHasExamples() { #expect(Self.examples.count >= 2) }

    @Test(arguments: examples.map(\.0))
    func theNounPointsBack(_ text: String) {
        let name = Self.examples.first { $0.0 == text }!.1
        func sentence(_ n: Int, _ text: String) -> SentenceRef {
            SentenceRef(citation: Citation(source: "a", paragraph: "p\(n)", sentenceID: "p\(n).s1", sentence: text),
                        tokens: Tokenizer.tokens(text), articleIndex: 0, dct: nil)
        }
        let sentences = [sentence(1, "Officials discussed the \(name) at length."), sentence(2, text)]
        let matchers = [IssueMatcher(id: "named", names: [name]), IssueMatcher(id: "other", names: ["Harbor Pact"])]
        let reference = IssueReference(sentences: sentences, matchers: matchers, nouns: IssueTracker.referenceNouns)
        #expect(reference.issues(of: sentences[1].citation) == ["named"], "\(text)")
    }
}
