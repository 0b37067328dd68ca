import Corpus
import Foundation
import Support
import TestFixtures
import Testing
@testable import Site

/// `briefing init DIR`: a new corpus folder whose configuration loads as it stands, holds only
/// placeholders, and whose note is never read as an article; an existing folder is never touched.
@Suite struct InitTests {
    /// `briefing init` with the arguments: exit status and what it printed on standard error.
    func initCommand(_ arguments: [String]) throws -> (status: Int32, error: String) {
        let process = Process()
        process.executableURL = Paths.executable
        process.arguments = ["init"] + arguments
        let stderr = Pipe()
        process.standardError = stderr
        process.standardOutput = Pipe()
        try process.run()
        let error = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, error)
    }

    @Test func createsAConfigurationThatLoadsWithPlaceholdersOnly() throws {
        let folder = Paths.temporary("init").appendingPathComponent("new/corpus")
        try NewCorpus.create(at: folder)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["ARTICLES.md", "briefing.yml"])
        let config = try BriefingConfig.load(folder.appendingPathComponent("briefing.yml"))
        #expect(config == BriefingConfig(title: "Your briefing title", language: "en"))
    }

    /// Every key in force has a comment on its line or the line above: the file explains itself.
    @Test func everyKeyIsCommented() {
        let lines = NewCorpus.configuration.split(separator: "\n", omittingEmptySubsequences: false)
        let keys = lines.indices.filter { !lines[$0].hasPrefix("#") && lines[$0].contains(":") }
        #expect(keys.count == 6)
        for i in keys {
            #expect(lines[i].contains(" # ") || (i > 0 && lines[i - 1].hasPrefix("#")), "uncommented: \(lines[i])")
        }
    }

    /// The commented examples, put in force as the file tells the user to, load too.
    @Test func theExamplesAreAValidConfiguration() throws {
        var lines: [Substring] = []
        for line in NewCorpus.configuration.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasSuffix(": []") || line.hasSuffix(": {}") { continue }
            let uncommented = line.dropFirst(2)
            let isExample = line.hasPrefix("# ") && (uncommented.hasPrefix("  ") || ["actors:", "issues:", "people:", "sources:"].contains(uncommented))
            lines.append(isExample ? uncommented : line)
        }
        let file = Paths.temporary("init-examples").appendingPathComponent("briefing.yml")
        try Data(lines.joined(separator: "\n").utf8).write(to: file)
        let config = try BriefingConfig.load(file)
        #expect(config.actors.map(\.id) == ["side-a", "side-b"])
        #expect(config.actors.map(\.positions) == [true, false])
        #expect(config.issues.map(\.id) == ["the-agreement"])
        #expect(config.people.first?.actor == "side-a")
        #expect(config.sources["article-name.txt"]?.published == "2024-01-31 09:30")
        #expect(config.sources["article-name.txt"]?.home == "side-a")
    }

    @Test func aNewCorpusBuildsOnlyOnceItHasAnArticle() throws {
        let corpus = Paths.temporary("init-build").appendingPathComponent("corpus")
        try NewCorpus.create(at: corpus)
        let output = corpus.deletingLastPathComponent().appendingPathComponent("site")
        #expect(throws: BriefingError(step: .ingest, "the corpus has no article with running text (.txt files)")) {
            try buildSite(corpus: corpus, into: output)
        }
        #expect(!FileManager.default.fileExists(atPath: output.path))

        try """
        Ferry crews of Port Amsel agree a new timetable

        Published : May 4, 2023 - 10:00

        The ferry crews of Port Amsel agreed a new timetable on Monday after two weeks of talks, the harbour office said.

        "The first boat will leave at six," said Ivo Brandt, the harbour master.

        """.write(to: corpus.appendingPathComponent("harbour.txt"), atomically: true, encoding: .utf8)
        let report = try buildSite(corpus: corpus, into: output)
        #expect(report.articles == 1)
        #expect(report.warnings.isEmpty)
        let files = filesUnder(output)
        #expect(Set(files.keys.filter { $0.hasPrefix("sources/") && $0.hasSuffix(".html") }) == ["sources/index.html", "sources/harbour.html"])
        let front = String(decoding: files["index.html"] ?? Data(), as: UTF8.self)
        #expect(front.contains("<title>Your briefing title</title>"))
    }

    @Test func refusesAFolderThatHoldsAnythingAndLeavesItAsItWas() throws {
        let corpus = Paths.temporary("init-twice").appendingPathComponent("corpus")
        #expect(try initCommand([corpus.path]).status == 0)
        let configuration = corpus.appendingPathComponent("briefing.yml")
        try Data("title: Mine\n".utf8).write(to: configuration)

        let again = try initCommand([corpus.path])
        #expect(again.status == 1)
        #expect(again.error == "error: \(corpus.path): the folder already holds a briefing.yml: init makes a new corpus folder and never overwrites one\n")
        #expect(try String(contentsOf: configuration, encoding: .utf8) == "title: Mine\n")

        let articles = Paths.temporary("init-articles")
        try Data("An article.\n".utf8).write(to: articles.appendingPathComponent("a.txt"))
        let full = try initCommand([articles.path])
        #expect(full.status == 1)
        #expect(full.error.hasPrefix("error: \(articles.path): the folder is not empty"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: articles.path) == ["a.txt"])

        let file = articles.appendingPathComponent("a.txt")
        #expect(throws: BriefingError(file: file.path, "the path is a file, not a folder")) { try NewCorpus.create(at: file) }
    }
}
