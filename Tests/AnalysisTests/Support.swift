import Corpus
import Foundation
import Support
import TestFixtures
@testable import Analysis

/// A corpus read and analysed once per test process.
struct Analysed {
    let config: BriefingConfig
    let corpus: ArticleSet
    let findings: Findings

    init(_ folder: URL) {
        config = try! BriefingConfig.load(folder.appendingPathComponent("briefing.yml"))
        corpus = try! ingest(folder: folder, config: config)
        findings = analyze(corpus, config: config)
    }

    static let seeds = Analysed(Paths.seeds)
    static let rivers = Analysed(Paths.fixtures.appendingPathComponent("rivers"))

    func person(_ name: String) -> Person? { findings.people.first { $0.name == name } }
    func quote(_ prefix: String) -> Quote? { findings.quotes.first { $0.text.hasPrefix(prefix) } }
    func source(_ prefix: String) -> ArticleID { corpus.articles.first { $0.file.hasPrefix(prefix) }!.id }
    /// The event that cites the sentence that starts so.
    func event(citing prefix: String, on date: String? = nil) -> Event? {
        findings.events.first { e in (date == nil || e.date.value == date) && e.citations.contains { $0.sentence.hasPrefix(prefix) } }
    }
}

/// The values of the dates (not durations) found in a text, resolved against a publication day.
func dates(_ text: String, _ dct: String) -> [String] {
    DateFinder.find(in: text, dct: CalendarDay(iso: dct)).filter { $0.kind == .date }.map(\.value)
}
