import Foundation
import Testing
@testable import Site

@Suite struct BuildTests {
    static let expectedPages = [
        "index.html", "background.html", "timeline.html", "positions/index.html", "positions/seoul.html",
        "positions/tokyo.html", "positions/washington.html", "positions/beijing.html", "issues/index.html",
        "issues/gsomia.html", "issues/acsa.html", "people.html", "glossary.html", "sources/index.html",
    ]

    @Test func buildsEveryPageWithItsMarkdownTwinAndEveryLinkResolves() throws {
        let output = Paths.temporary("seeds").appendingPathComponent("site")
        let report = try buildSite(corpus: Paths.seeds, into: output)
        #expect(report.articles == 5)
        let files = filesUnder(output)
        let sourcePages = files.keys.filter { $0.hasPrefix("sources/") && $0.hasSuffix(".html") && $0 != "sources/index.html" }
        #expect(sourcePages.count == 5)
        for page in Self.expectedPages + sourcePages {
            #expect(files[page] != nil, "\(page) is missing")
            #expect(files[String(page.dropLast(5)) + ".md"] != nil, "the Markdown twin of \(page) is missing")
        }
        #expect(files["data/briefing.json"] != nil)
        #expect(files["assets/style.css"] != nil)
        let check = try SiteCheck.check(folder: output)
        #expect(check.problems == [])
        #expect(check.links > 500)
        // No page has an empty body: every one carries cited content.
        for page in Self.expectedPages {
            let html = String(decoding: files[page]!, as: UTF8.self)
            #expect(html.contains("sources/") || page == "sources/index.html", "\(page) cites nothing")
        }
        // Links are relative: no page links to the root of a host.
        for (name, data) in files where name.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            #expect(!html.contains("href=\"/"), "\(name) has an absolute link")
            #expect(!html.contains("src=\"/"), "\(name) has an absolute source")
        }
    }

    @Test func theSameInputGivesTheSameBytes() throws {
        let a = Paths.temporary("det-a").appendingPathComponent("site")
        let b = Paths.temporary("det-b").appendingPathComponent("site")
        _ = try buildSite(corpus: Paths.seeds, into: a)
        _ = try buildSite(corpus: Paths.seeds, into: b)
        let filesA = filesUnder(a)
        #expect(filesA.count > 30)
        #expect(filesA == filesUnder(b))
    }

    @Test func theCommittedSiteIsWhatABuildGives() throws {
        let fresh = Paths.temporary("fresh").appendingPathComponent("site")
        _ = try buildSite(corpus: Paths.seeds, into: fresh)
        let committed = filesUnder(Paths.repository.appendingPathComponent("site"))
        let built = filesUnder(fresh)
        #expect(Set(committed.keys) == Set(built.keys), "run 'make site' and commit site/")
        for (name, data) in built where committed[name] != data {
            Issue.record("site/\(name) is stale: run 'make site' and commit site/")
        }
    }

    @Test func aFailedBuildLeavesThePreviousSiteIntact() throws {
        let corpus = try copyOfCorpus(Paths.seeds)
        let parent = Paths.temporary("atomic")
        let output = parent.appendingPathComponent("site")
        _ = try buildSite(corpus: corpus, into: output)
        let before = filesUnder(output)

        // An article that is not UTF-8 stops the build, naming the file and line.
        try Data([0x41, 0x0A, 0x42, 0xFF, 0x0A]).write(to: corpus.appendingPathComponent("005_broken.txt"))
        #expect {
            try buildSite(corpus: corpus, into: output)
        } throws: { error in
            "\(error)".hasPrefix("005_broken.txt:2: the file is not valid UTF-8")
        }
        #expect(filesUnder(output) == before)

        // So does a missing template, after every earlier stage succeeded.
        try FileManager.default.removeItem(at: corpus.appendingPathComponent("005_broken.txt"))
        #expect(throws: (any Error).self) {
            try build(BuildOptions(corpus: corpus, output: output, templates: parent.appendingPathComponent("no-templates")))
        }
        #expect(filesUnder(output) == before)
        // Nothing is left behind beside the site.
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["site"])
    }

    @Test func aNewBuildReplacesTheWholeSite() throws {
        let output = Paths.temporary("replace").appendingPathComponent("site")
        _ = try buildSite(corpus: Paths.seeds, into: output)
        try Data("stale".utf8).write(to: output.appendingPathComponent("stale.html"))
        _ = try buildSite(corpus: Paths.seeds, into: output)
        #expect(filesUnder(output)["stale.html"] == nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path) == ["site"])
    }

    @Test func hostileTextNeverBecomesMarkup() throws {
        let output = Paths.temporary("hostile").appendingPathComponent("site")
        _ = try buildSite(corpus: Paths.fixtures.appendingPathComponent("hostile"), into: output)
        for (name, data) in filesUnder(output) where name.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self).lowercased()
            for forbidden in ["<script", "<img", "<iframe", "href=\"javascript:", "<b>input"] {
                #expect(!html.contains(forbidden), "\(name) contains \(forbidden)")
            }
        }
        let source = String(decoding: filesUnder(output)["sources/evil.html"]!, as: UTF8.self)
        #expect(source.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(source.contains("[click here](javascript:alert(1))"))
        #expect(source.contains("{{title}} and {{{body}}} are not templates"))
        #expect(try SiteCheck.check(folder: output).problems == [])
    }

    @Test func anInventedStoryGetsItsOwnBriefing() throws {
        let output = Paths.temporary("rivers").appendingPathComponent("site")
        let report = try buildSite(corpus: Paths.fixtures.appendingPathComponent("rivers"), into: output)
        #expect(report.articles == 3)
        #expect(report.diagnostics.map(\.file) == ["c.txt"])
        let files = filesUnder(output)
        #expect(files["positions/lirsa.html"] != nil)
        #expect(files["positions/hamburgh.html"] != nil)
        #expect(files["positions/okka.html"] == nil)
        let lirsa = String(decoding: files["positions/lirsa.html"]!, as: UTF8.self)
        #expect(lirsa.contains("We waited ten years for this day"))
        #expect(lirsa.contains("Dario Fenn"))
        #expect(try SiteCheck.check(folder: output).problems == [])
    }
}

@Suite struct SiteCheckTests {
    func page(_ body: String) -> [UInt8] {
        Array("<!DOCTYPE html>\n<html lang=\"en\"><head><title>t</title></head><body><h1>T</h1>\(body)</body></html>".utf8)
    }

    let export = Array("""
    {"sources": [{"id": "a", "paragraphs": [{"id": "p1", "text": "One. Two."}]}],
     "events": [{"citations": [{"source": "a", "paragraph": "p1", "sentence": "Two."}]}],
     "quotes": [{"citations": [{"source": "a", "paragraph": "p2", "sentence": "One."}, {"source": "a", "paragraph": "p1", "sentence": "Three."}]}]}
    """.utf8)

    @Test func findsBrokenLinksAnchorsCitationsAndMissingTwins() {
        let files: [String: [UInt8]] = [
            "index.html": page("<a href=\"sources/a.html#p1\">ok</a><a href=\"sources/a.html#p9\">bad anchor</a><a href=\"nope.html\">gone</a><a href=\"/abs.html\">abs</a>"),
            "index.md": [],
            "sources/a.html": page("<div id=\"p1\"></div><a href=\"../index.html\">up</a><a href=\"../../out.html\">out</a>"),
            "data/briefing.json": export,
        ]
        let messages = Set(SiteCheck.check(files: files).problems.map(\.description))
        #expect(messages == [
            "index.html: the anchor #p9 of sources/a.html#p9 does not exist in sources/a.html",
            "index.html: the link nope.html points at nope.html, which does not exist",
            "index.html: the link /abs.html is absolute; links must be relative",
            "sources/a.html: the link ../../out.html leaves the site",
            "sources/a.html: its Markdown twin sources/a.md is missing",
            "data/briefing.json: $.quotes[0]: the citation a#p2 points at no paragraph",
            "data/briefing.json: $.quotes[0]: the cited sentence is not in a#p1",
        ])
    }

    @Test func findsPagesThatAreNotWellFormed() {
        let files: [String: [UInt8]] = [
            "index.html": Array("<html><body><script>x</script><p id=\"a\"></p><p id=\"a\"></p></body></html>".utf8),
            "index.md": [],
            "data/briefing.json": Array("{\"sources\": []}".utf8),
        ]
        let messages = Set(SiteCheck.check(files: files).problems.map(\.description))
        #expect(messages == [
            "index.html: does not start with <!DOCTYPE html>",
            "index.html: has no <html lang=…>",
            "index.html: has no <title>",
            "index.html: has 0 <h1> headings, not one",
            "index.html: contains a <script> element",
            "index.html: repeats the ids a",
        ])
    }
}

@Suite struct CommandLineTests {
    func run(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = Paths.executable
        process.arguments = arguments
        process.currentDirectoryURL = Paths.repository
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    @Test func exitStatusesFollowTheContract() throws {
        let output = Paths.temporary("cli").appendingPathComponent("site")
        let built = try run(["build", "--corpus", "seeds", "--output", output.path])
        #expect(built.status == 0)
        #expect(built.output.contains("from 5 articles"))
        #expect(built.error.contains("[7/7] write"))
        #expect(try run(["check", "--output", output.path]).status == 0)

        try Data("<!DOCTYPE html>".utf8).write(to: output.appendingPathComponent("broken.html"))
        let checked = try run(["check", "--output", output.path])
        #expect(checked.status == 1)
        #expect(checked.error.contains("broken.html"))

        let missing = try run(["build", "--corpus", "no-such-corpus", "--output", output.path])
        #expect(missing.status == 1)
        #expect(missing.error.contains("no-such-corpus/briefing.yml"))

        #expect(try run(["build", "--no-such-flag"]).status == 2)
        #expect(try run(["frobnicate"]).status == 2)
        #expect(try run(["--help"]).status == 0)
    }
}
