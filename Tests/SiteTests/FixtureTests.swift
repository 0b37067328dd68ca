import Foundation
import Support
import TestFixtures
import Testing
@testable import Site

/// Every folder of `Tests/Fixtures/invalid` is a corpus the build must refuse, with the error its
/// `expected.error` gives, leaving the output folder as it was.
@Suite struct InvalidFixtureTests {
    static let folders: [String] = (try? FileManager.default.contentsOfDirectory(atPath: Paths.invalidFixtures.path).sorted()) ?? []

    @Test func thereAreInvalidFixtures() {
        #expect(Self.folders.count >= 6)
    }

    @Test(arguments: folders) func isRefusedWithItsError(_ name: String) throws {
        let folder = Paths.invalidFixtures.appendingPathComponent(name)
        let expected = try String(contentsOf: folder.appendingPathComponent("expected.error"), encoding: .utf8).trimmed
        #expect(!expected.isEmpty)
        let output = Paths.temporary("invalid-\(name)").appendingPathComponent("site")
        #expect {
            _ = try buildSite(corpus: folder, into: output)
        } throws: { error in
            guard let error = error as? BriefingError else { return false }
            return error.step != nil && error.report.contains(expected)
        }
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }
}

/// What the build does with awkward input: file names, files that are not articles, an output it must not
/// touch, a broken template.
@Suite struct AwkwardInputTests {
    /// File names equal but for case, or equal to another's numbered id, still give one page each.
    @Test func namesEqualButForCaseGetTheirOwnPages() throws {
        let corpus = Paths.temporary("case-names").appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        try "title: The Port Amsel ferry timetable\n".write(to: corpus.appendingPathComponent("briefing.yml"), atomically: true, encoding: .utf8)
        for name in ["A.txt", "a.txt", "a-2.txt"] {
            try "The ferry board of Port Amsel met on 3 May 2021 to discuss the timetable of \(name).\n"
                .write(to: corpus.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let output = Paths.temporary("case-names").appendingPathComponent("site")
        _ = try buildSite(corpus: corpus, into: output)
        let sources = Set(filesUnder(output.appendingPathComponent("sources")).keys.filter { $0.hasSuffix(".html") })
        #expect(sources == ["index.html", "a.html", "a-2.html", "a-3.html"])
    }

    /// Any file name gives a plain page name: spaces and a leading dash become hyphens, accents drop,
    /// a name of no Latin letters gets a numbered one; hidden files and editors' backups are not articles.
    @Test func anyFileNameGivesAPlainPageAndOtherFilesAreIgnored() throws {
        let corpus = Paths.temporary("file-names").appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        try "title: The Port Amsel ferry timetable\n".write(to: corpus.appendingPathComponent("briefing.yml"), atomically: true, encoding: .utf8)
        let names = ["-rf report.txt", "Café Élan notes.txt", "항구.txt", "港口.txt", ".hidden.txt", "notes.txt~", ".DS_Store"]
        for (n, name) in names.enumerated() {
            try "The ferry board of Port Amsel met on \(n + 1) May 2021 to discuss the timetable again.\n"
                .write(to: corpus.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let output = Paths.temporary("file-names").appendingPathComponent("site")
        let report = try buildSite(corpus: corpus, into: output)
        #expect(report.articles == 4)
        #expect(report.warnings.allSatisfy { !$0.reason.contains("skipped") })
        let sources = Set(filesUnder(output.appendingPathComponent("sources")).keys.filter { $0.hasSuffix(".html") })
        #expect(sources == ["index.html", "rf-report.html", "cafe-elan-notes.html", "x.html", "x-2.html"])
    }

    /// A file that is not an article is skipped: the build goes on, warns, and lists it on the sources page.
    @Test func aBinaryFileIsSkippedAndListed() throws {
        let corpus = try copyOfCorpus(Paths.fixture("rivers"))
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A]).write(to: corpus.appendingPathComponent("photo.txt"))
        let output = Paths.temporary("skipped").appendingPathComponent("site")
        let report = try buildSite(corpus: corpus, into: output)
        #expect(report.warnings.contains { $0.file == "photo.txt" && $0.reason.hasPrefix("skipped: the file contains a NUL byte") })
        let sources = String(decoding: filesUnder(output)["sources/index.html"] ?? Data(), as: UTF8.self)
        #expect(sources.contains("Files left out"))
        #expect(sources.contains("photo.txt: the file contains a NUL byte"))
    }

    @Test func strictStopsOnASkippedFile() throws {
        let corpus = try copyOfCorpus(Paths.fixture("rivers"))
        try Data([0x00, 0x01, 0x02]).write(to: corpus.appendingPathComponent("photo.txt"))
        let output = Paths.temporary("strict").appendingPathComponent("site")
        #expect {
            try build(BuildOptions(corpus: corpus, output: output, templates: Paths.templates, strict: true))
        } throws: { error in
            (error as? BriefingError)?.reason.contains("photo.txt:1: skipped: the file contains a NUL byte") == true
        }
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func refusesAnOutputInsideTheCorpusOrOnAFile() throws {
        let corpus = try copyOfCorpus(Paths.fixture("rivers"))
        for output in [corpus, corpus.appendingPathComponent("site"), corpus.deletingLastPathComponent(),
                       Paths.templates.appendingPathComponent("out")] {
            #expect(throws: BriefingError.self) { try buildSite(corpus: corpus, into: output) }
        }
        let file = corpus.deletingLastPathComponent().appendingPathComponent("a-file")
        try Data("x".utf8).write(to: file)
        #expect(throws: BriefingError(step: .configuration, file: file.path, "the output path is a file, not a folder")) {
            try buildSite(corpus: corpus, into: file)
        }
        #expect(throws: BriefingError(step: .configuration, file: file.path + "/deeper/site", "cannot make the output folder: \(file.path) is a file")) {
            try buildSite(corpus: corpus, into: file.appendingPathComponent("deeper/site"))
        }
        #expect(try Data(contentsOf: file) == Data("x".utf8))
        #expect(!FileManager.default.fileExists(atPath: corpus.appendingPathComponent("site").path))
    }

    /// Root may write anywhere, so this runs for other users only.
    @Test(.enabled(if: getuid() != 0)) func refusesAnOutputFolderItCannotWrite() throws {
        let locked = Paths.temporary("locked")
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: locked.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: locked.path) }
        let output = locked.appendingPathComponent("site")
        #expect(throws: BriefingError(step: .configuration, file: output.path, "cannot write the output folder: \(locked.path) is not writable")) {
            try buildSite(corpus: Paths.fixture("rivers"), into: output)
        }
    }

    /// A broken template is found before the corpus is read, with its file and line.
    @Test func aBrokenTemplateStopsTheBuildBeforeTheLongSteps() throws {
        let templates = Paths.temporary("templates").appendingPathComponent("templates")
        try FileManager.default.copyItem(at: Paths.templates, to: templates)
        let page = templates.appendingPathComponent("page.mustache")
        try (try String(contentsOf: page, encoding: .utf8) + "{{#nav}}\n<p>{{title}\n").write(to: page, atomically: true, encoding: .utf8)
        var steps: [String] = []
        let output = Paths.temporary("templates").appendingPathComponent("site")
        #expect {
            _ = try build(BuildOptions(corpus: Paths.fixture("rivers"), output: output, templates: templates)) { steps.append($0) }
        } throws: { error in
            (error as? BriefingError)?.description.hasPrefix(page.path + ":") == true
                && (error as? BriefingError)?.reason.hasPrefix("template syntax error") == true
        }
        #expect(steps.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }
}
