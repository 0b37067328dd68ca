@testable import Analysis
@testable import Corpus
import Support
import TestFixtures

/// An invented story for the compose tests: two harbour towns, Port Averly and Brennick Haven,
/// negotiating a ferry treaty, told by three small sources.
enum Story {
    static func day(_ iso: String) -> CalendarDay { CalendarDay(iso: iso)! }

    /// The first sentence of paragraph `paragraph` of a source.
    static func cite(_ source: String, _ paragraph: Int, _ sentence: String) -> Citation {
        Citation(source: ArticleID(slug: source), sentenceID: SentenceID(ParagraphID(.paragraph, paragraph), 1), sentence: sentence)
    }

    static func article(_ id: String, outlet: String?, title: String, published: String, paragraphs: [String]) -> Article {
        Article(id: ArticleID(slug: id), file: id + ".txt", title: Sourced(title, .text), outlet: Sourced(outlet, .text), byline: Sourced(nil, .text),
                published: Sourced(PublicationStamp(day: day(published)), .text), credit: nil, home: nil,
                blocks: paragraphs.enumerated().map { i, text in
                    Paragraph(id: ParagraphID(.paragraph, i + 1), kind: .paragraph, text: text, line: i + 1,
                              sentences: [Sentence(id: SentenceID(ParagraphID(.paragraph, i + 1), 1), text: text)])
                })
    }

    static let talks = "Mira Tolland opened talks with Brennick Haven."
    static let agreed = "Port Averly and Brennick Haven agreed to talk about the Ferry Treaty."
    static let tolls = "Tolls rose 5% *overnight* <b>& [see](http://example.invalid)"

    static let config = BriefingConfig(
        title: "The Harbour Ferry Talks",
        actors: [ActorConfig(id: "averly", name: "Port Averly"), ActorConfig(id: "brennick", name: "Brennick Haven")],
        issues: [IssueConfig(id: "ferry-treaty", name: "Ferry Treaty")])

    static let corpus = ArticleSet(articles: [
        article("gazette", outlet: "Averly Gazette", title: "Talks open", published: "2031-03-14", paragraphs: [agreed, talks]),
        article("tide", outlet: "Tide & Times", title: "Tolls", published: "2031-03-15", paragraphs: ["The HFA met.", tolls]),
        article("notes", outlet: nil, title: "Harbour notes", published: "2031-03-12", paragraphs: ["Quiet at the quay."]),
    ])

    static let findings = Findings(
        events: [
            Event(id: "e1", date: ResolvedDate(value: "2031-03-10", granularity: .day, start: day("2031-03-10"), end: day("2031-03-10"), qualifier: nil),
                  summary: talks, actors: ["averly"], citations: [cite("gazette", 2, talks)],
                  planned: false, reportedBy: day("2031-03-14"), history: false, conflict: nil),
        ],
        quotes: [], statements: [],
        people: [Person(id: "mira-tolland", name: "Mira Tolland", role: "harbour master", actor: "averly", citations: [cite("gazette", 2, talks)])],
        actors: [
            ActorFindings(id: "averly", name: "Port Averly", hasPage: true, said: [], did: [], mentions: [], onIssues: [:]),
            ActorFindings(id: "brennick", name: "Brennick Haven", hasPage: true, said: [], did: [], mentions: [], onIssues: [:]),
        ],
        issues: [IssueFindings(id: "ferry-treaty", name: "Ferry Treaty", status: nil, summary: nil, statusEvidence: [], openQuestions: [],
                               positions: [:], mentions: [], events: [], raisedByCorpus: false)],
        glossary: [GlossaryEntry(term: "HFA", expansion: "Harbour Ferry Authority", citation: cite("tide", 1, "The HFA met."))],
        conflicts: [],
        background: [
            Statement(text: agreed, citations: [cite("gazette", 1, agreed)]),
            Statement(text: tolls, citations: [cite("tide", 2, tolls)]),
        ],
        brief: [Statement(text: agreed, citations: [cite("gazette", 1, agreed)])])
}
