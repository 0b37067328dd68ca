import Foundation
import TestFixtures
import Testing
import Render
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
        let missing = Set(built.keys).subtracting(committed.keys).sorted(), extra = Set(committed.keys).subtracting(built.keys).sorted()
        #expect(missing.isEmpty && extra.isEmpty, "site/ lacks \(missing) and has extra \(extra): run 'make site' and commit site/")
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

        // A missing template stops the build after every earlier stage succeeded.
        #expect(throws: (any Error).self) {
            try build(BuildOptions(corpus: corpus, output: output, templates: parent.appendingPathComponent("no-templates")))
        }
        #expect(filesUnder(output) == before)
        // Nothing is left behind beside the site.
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["site"])
    }

    /// Files are written into the new site's folder as they are rendered: a check that fails after
    /// that removes them, and the previous site stays as it was.
    @Test func aBuildWhoseCheckFailsLeavesThePreviousSiteIntact() throws {
        let parent = Paths.temporary("check-fails")
        let output = parent.appendingPathComponent("site")
        _ = try buildSite(corpus: Paths.seeds, into: output)
        let before = filesUnder(output)
        let templates = Paths.temporary("check-fails-templates").appendingPathComponent("templates")
        try FileManager.default.copyItem(at: Paths.templates, to: templates)
        let page = templates.appendingPathComponent("page.mustache")
        let text = try String(contentsOf: page, encoding: .utf8)
        try text.replacingOccurrences(of: "</body>", with: "<a href=\"no-such-page.html\">gone</a></body>").write(to: page, atomically: true, encoding: .utf8)

        let error = #expect(throws: (any Error).self) {
            try build(BuildOptions(corpus: Paths.seeds, output: output, templates: templates))
        }
        #expect("\(error!)".contains("no-such-page.html"))
        #expect(filesUnder(output) == before)
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

    @Test func aRebuildKeepsTheFilesWhoseBytesDidNotChange() throws {
        let corpus = try copyOfCorpus(Paths.fixture("rivers"))
        let output = Paths.temporary("unchanged").appendingPathComponent("site")
        func stamp(_ route: String) throws -> (inode: Int, modified: Date) {
            let attributes = try FileManager.default.attributesOfItem(atPath: output.appendingPathComponent(route).path)
            return ((attributes[.systemFileNumber] as! NSNumber).intValue, attributes[.modificationDate] as! Date)
        }
        _ = try buildSite(corpus: corpus, into: output)
        let style = try stamp("assets/style.css")
        let article = try #require(filesUnder(output).keys.first { $0.hasPrefix("sources/") && $0.hasSuffix(".md") && !$0.hasSuffix("index.md") })
        let source = try stamp(article)
        // One article gains a sentence: its page changes, the style sheet does not.
        let file = corpus.appendingPathComponent(article.dropFirst("sources/".count).dropLast(3) + ".txt")
        let text = try String(contentsOf: file, encoding: .utf8)
        try (text + "\nThe ferrymen met again on the quay.\n").write(to: file, atomically: true, encoding: .utf8)
        _ = try buildSite(corpus: corpus, into: output)
        #expect(try stamp("assets/style.css") == style)
        #expect(try stamp(article).inode != source.inode)
        #expect(String(decoding: filesUnder(output)[article] ?? Data(), as: UTF8.self).contains("The ferrymen met again on the quay."))
    }

    @Test func anInventedStoryGetsItsOwnBriefing() throws {
        let output = Paths.temporary("rivers").appendingPathComponent("site")
        let report = try buildSite(corpus: Paths.fixtures.appendingPathComponent("rivers"), into: output)
        #expect(report.articles == 3)
        #expect(report.warnings.map(\.file) == ["c.txt"])
        let files = filesUnder(output)
        #expect(files["positions/lirsa.html"] != nil)
        #expect(files["positions/hamburgh.html"] != nil)
        #expect(files["positions/okka.html"] == nil)
        let lirsa = String(decoding: files["positions/lirsa.html"]!, as: UTF8.self)
        #expect(lirsa.contains("We waited ten years for this day"))
        #expect(lirsa.contains("Dario Fenn"))
        let overview = String(decoding: files["positions/index.html"]!, as: UTF8.self)
        #expect(overview.contains("<table class=\"overview\">"))
        #expect(overview.contains("<th scope=\"row\"><a href=\"lirsa.html\">Lirsa</a></th>"))
        #expect(overview.contains("<th scope=\"col\"><a href=\"../issues/owa.html\">Orun Water Agreement</a></th>"))
        #expect(overview.contains("not stated in the sources"))
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
        let messages = Set(SiteCheck.check(siteOf(files)).problems.map(\.description))
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

    @Test func readsAPageUnchangedSinceACheckPassedItOnlyForTheAnchorsLinkedInto() {
        // "b.html" was checked by an earlier build: its own broken link is not looked at again, but the
        // anchors that a page checked now points into must be there.
        let files: [String: [UInt8]] = [
            "index.html": page(#"<a href="b.html#x">x</a><a href="b.html#y">y</a>"#), "index.md": [],
            "b.html": page(#"<p id="x">x</p><a href="gone.html">gone</a>"#), "b.md": [],
            "data/briefing.json": export,
        ]
        let site = RenderedSite(routes: Set(files.keys), pages: ["index.html": PageScan(files["index.html"]!)], unchanged: ["b.html"],
                                read: { files[$0].map { Data($0) } })
        let result = SiteCheck.check(site)
        #expect(result.pages == 2)
        #expect(result.problems.map(\.description).filter { !$0.hasPrefix("data/") } == [
            "index.html: the anchor #y of b.html#y does not exist in b.html",
        ])
    }

    @Test func checksTheCitationsOfEveryListTheSchemaGives() {
        let export = Array("""
        {"sources": [{"id": "a", "paragraphs": [{"id": "p1", "text": "Talks open. Talks close."}]}],
         "actors": [{"id": "alda", "statements": [{"text": "x", "citations": [{"source": "a", "paragraph": "p1", "sentence": "Talks stall."}]}]}],
         "background": [{"citations": [{"source": "a", "paragraph": "p1", "sentence": "Talks open."}]}],
         "conflicts": [{"claims": [{"citations": [{"source": "a", "paragraph": "p1", "sentence": "Talks close."}]},
                                   {"citations": [{"source": "b", "paragraph": "p1", "sentence": "Talks open."}]}]}],
         "glossary": [{"citations": [{"source": "a", "paragraph": "p3", "sentence": "Talks open."}]}],
         "issues": [{"citations": [{"source": "a", "paragraph": "p1"}]}],
         "people": [{"citations": []}]}
        """.utf8)
        let files: [String: [UInt8]] = ["index.html": page(""), "index.md": [], "data/briefing.json": export]
        #expect(SiteCheck.check(siteOf(files)).problems.map(\.description) == [
            "data/briefing.json: $.actors[0].statements[0]: the cited sentence is not in a#p1",
            "data/briefing.json: $.conflicts[0].claims[1]: the citation b#p1 points at no paragraph",
            "data/briefing.json: $.glossary[0]: the citation a#p3 points at no paragraph",
            "data/briefing.json: $.issues[0]: the cited sentence is not in a#p1",
        ])
        let notAnExport: [String: [UInt8]] = ["index.html": page(""), "index.md": [], "data/briefing.json": Array("[1, 2]".utf8)]
        #expect(SiteCheck.check(siteOf(notAnExport)).problems.map(\.description) == ["data/briefing.json: is not a briefing export"])
    }

    @Test func checksTheLinksOfTheTimelineExportFromTheSiteRoot() {
        let timeline = Array("""
        {"title": {"text": {"headline": "Ferry talks", "text": "<p>As of 14 March 2031</p>"}},
         "events": [{"text": {"headline": "10 March 2031",
                              "text": "<p>Talks open.</p><p><a href=\\"sources/a.html#p1\\">Averly Gazette, ¶1</a>; <a href=\\"sources/a.html#p7\\">Averly Gazette, ¶7</a>; <a href=\\"sources/gone.html#p1\\">Tide, ¶1</a>; <a href=\\"../out.html\\">out</a></p>"}}]}
        """.utf8)
        let files: [String: [UInt8]] = [
            "index.html": page(""),
            "index.md": [],
            "sources/a.html": page("<div id=\"p1\"></div>"),
            "sources/a.md": [],
            "data/briefing.json": Array("{\"sources\": []}".utf8),
            "data/timeline.json": timeline,
        ]
        let result = SiteCheck.check(siteOf(files))
        #expect(Set(result.problems.map(\.description)) == [
            "data/timeline.json: the anchor #p7 of sources/a.html#p7 does not exist in sources/a.html",
            "data/timeline.json: the link sources/gone.html#p1 points at sources/gone.html, which does not exist",
            "data/timeline.json: the link ../out.html leaves the site",
        ])
        #expect(result.links == 4)
    }

    @Test func findsPagesThatAreNotWellFormed() {
        let files: [String: [UInt8]] = [
            "index.html": Array("<html><body><script>x</script><script src=\"gone.js\"></script><p id=\"a\"></p><p id=\"a\"></p></body></html>".utf8),
            "index.md": [],
            "data/briefing.json": Array("{\"sources\": []}".utf8),
        ]
        let messages = Set(SiteCheck.check(siteOf(files)).problems.map(\.description))
        #expect(messages == [
            "index.html: does not start with <!DOCTYPE html>",
            "index.html: has no <html lang=…>",
            "index.html: has no <title>",
            "index.html: has 0 <h1> headings, not one",
            "index.html: contains an inline <script> element",
            "index.html: the link gone.js points at gone.js, which does not exist",
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

    @Test func timingsArePrintedEvenWhenQuiet() throws {
        let output = Paths.temporary("timings").appendingPathComponent("site")
        let built = try run(["build", "--quiet", "--timings", "--corpus", "seeds", "--output", output.path])
        #expect(built.status == 0)
        let lines = built.output.split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.hasPrefix("timing ") }.map { $0.split(separator: " ")[1] }
                == ["configuration", "ingest", "analyse", "compose", "render", "check", "write", "total"])
        let peak = try #require(lines.last { $0.hasPrefix("peak memory ") })
        #expect((Double(peak.split(separator: " ")[2]) ?? 0) > 1)
        #expect(!built.output.contains("Built "))
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

@Suite struct TimelineOutputTests {
    func file(_ route: String) -> String { SeedSite.file(route) }

    @Test func theTimelinePageFlagsTheDisagreementAndLinksBothDates() {
        let html = file("timeline.html")
        #expect(html.contains("<div class=\"chart-wrap\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline-chart\""))
        // The chart's first mark links to the first event's anchor on the page.
        let first = html.range(of: "<div class=\"anchored\" id=\"").map { html[$0.upperBound...].prefix { $0 != "\"" } }
        #expect(first?.count == 11 && html.contains("<a href=\"#\(first!)\"><title>") && html.contains("<a href=\"timeline.svg\">"))
        #expect(html.contains("<h2>1910–1945</h2>"))
        #expect(html.contains("<h3>June 2012</h3>"))
        #expect(html.contains("<strong>mid-June 2012</strong>"))
        #expect(html.contains("<strong>29 June 2012 · planned (as of 29 June)</strong>"))
        #expect(html.contains("<strong>1910–1945 · history</strong>"))
        #expect(html.contains("reported by 3 sources"))
        let disputed = html.components(separatedBy: "Sources disagree on the date:").count - 1
        #expect(disputed == 2)
        #expect(html.contains("<a href=\"#e") && html.contains("27 June 2012</a> (The Chosun Ilbo)"))
        #expect(html.contains("26 June 2012</a> (China Daily, The Korea Herald)"))
    }

    @Test func theChartIsWellFormedAndMarksEveryEvent() throws {
        let svg = file("timeline.svg")
        #expect(tagsBalance(svg), "timeline.svg does not close every element it opens")
        #expect(!svg.contains("<script"))
        let json = try JSONSerialization.jsonObject(with: Data(file("data/briefing.json").utf8)) as! [String: Any]
        let events = json["events"] as! [[String: Any]]
        for e in events {
            #expect(svg.contains("href=\"timeline.html#\(e["id"] as! String)\""))
        }
        #expect(svg.contains("class=\"disputed\""))
        #expect(svg.contains("class=\"link\""))
    }

    @Test func timelineJSONFollowsTheTimelineJSFormat() throws {
        let doc = try JSONSerialization.jsonObject(with: Data(file("data/timeline.json").utf8)) as! [String: Any]
        let title = doc["title"] as! [String: Any]
        #expect((title["text"] as! [String: Any])["headline"] != nil)
        let slides = doc["events"] as! [[String: Any]]
        let briefing = try JSONSerialization.jsonObject(with: Data(file("data/briefing.json").utf8)) as! [String: Any]
        #expect(slides.count == (briefing["events"] as! [Any]).count)
        for slide in slides {
            let start = slide["start_date"] as! [String: String]
            #expect(Int(start["year"]!) != nil)
            #expect((slide["text"] as! [String: String])["text"]!.contains("<a href=\"sources/"))
        }
        let colonial = slides.first { ($0["display_date"] as? String) == "1910–1945 · history" }
        #expect((colonial?["end_date"] as? [String: String])?["year"] == "1945")
        let june = slides.first { ($0["display_date"] as? String) == "mid-June 2012" }
        #expect((june?["start_date"] as? [String: String]) == ["year": "2012", "month": "6"])
    }

    @Test func eventsAppearOnTheActorAndIssuePagesTheyConcern() {
        #expect(file("positions/seoul.html").contains("on the timeline</a>"))
        let issue = file("issues/gsomia.html")
        #expect(issue.contains("<h2>Its events</h2>"))
        #expect(issue.contains("../timeline.html#e"))
    }
}

@Suite struct DatesCommandTests {
    /// `briefing dates --dct 2021-03-04 -` on a text: its exit status and what it printed.
    func dates(_ input: String) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = Paths.executable
        process.arguments = ["dates", "--dct", "2021-03-04", "-"]
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = String(decoding: stdout.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    @Test func printsOneJSONObjectPerExpressionWithScalarOffsets() throws {
        let input = "Le café “reopened” on Tuesday, not for years; it closes on 3 May 2022.\n"
        let (status, output) = try dates(input)
        #expect(status == 0)
        let lines = output.split(separator: "\n")
        let objects = try lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(objects.map { $0["value"] as! String } == ["2021-03-02", "PXY", "2022-05-03"])
        #expect(objects.map { $0["type"] as! String } == ["DATE", "DURATION", "DATE"])
        #expect(objects.map { $0["granularity"] as! String } == ["day", "duration", "day"])
        let scalars = Array(input.unicodeScalars)
        for o in objects {
            let start = o["start"] as! Int, end = o["end"] as! Int
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == o["text"] as! String)
        }
        #expect(lines.first == "{\"text\": \"Tuesday\", \"start\": 22, \"end\": 29, \"value\": \"2021-03-02\", \"granularity\": \"day\", \"type\": \"DATE\"}")
    }

    @Test func escapesWhatJSONMustEscapeInAnExpression() throws {
        let output = try dates("The dam opens on 3\nMay 2022, the \"new\" plan says.\n").output
        #expect(output == "{\"text\": \"3\\nMay 2022\", \"start\": 17, \"end\": 27, \"value\": \"2022-05-03\", \"granularity\": \"day\", \"type\": \"DATE\"}\n")
    }

    @Test func refusesABadDocumentDate() throws {
        let process = Process()
        process.executableURL = Paths.executable
        process.arguments = ["dates", "--dct", "28/06/2012", "/dev/null"]
        process.standardError = Pipe()
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
    }
}

/// Whether every element opened is closed, in order (enough to catch broken markup in our own SVG).
func tagsBalance(_ xml: String) -> Bool {
    var stack: [Substring] = []
    var rest = Substring(xml)
    while let open = rest.firstIndex(of: "<") {
        guard let close = rest[open...].firstIndex(of: ">") else { return false }
        let tag = rest[rest.index(after: open)..<close]
        rest = rest[rest.index(after: close)...]
        if tag.hasPrefix("?") || tag.hasPrefix("!") || tag.hasSuffix("/") { continue }
        let name = tag.drop(while: { $0 == "/" }).prefix { !$0.isWhitespace }
        if tag.hasPrefix("/") {
            guard stack.popLast() == name else { return false }
        } else {
            stack.append(name)
        }
    }
    return stack.isEmpty
}

@Suite struct CrossLinkTests {
    func file(_ route: String) -> String { SeedSite.file(route) }

    @Test func everyPageIsWithinTwoClicksOfTheFrontPage() {
        let files = SeedSite.files
        var depth: [String: Int] = ["index.html": 0]
        var queue = ["index.html"]
        while !queue.isEmpty {
            let page = queue.removeFirst()
            let scan = PageScan([UInt8](files[page]!))
            for href in scan.hrefs where !href.hasPrefix("#") && href.hasSuffix(".html") || href.contains(".html#") {
                let path = href.split(separator: "#").first.map(String.init) ?? href
                var parts = page.split(separator: "/").dropLast().map(String.init)
                for piece in path.split(separator: "/") { if piece == ".." { parts.removeLast() } else { parts.append(String(piece)) } }
                let target = parts.joined(separator: "/")
                if files[target] != nil, depth[target] == nil {
                    depth[target] = depth[page]! + 1
                    queue.append(target)
                }
            }
        }
        // The page for missing addresses is reached by mistyping one, never by a link.
        let pages = files.keys.filter { $0.hasSuffix(".html") && $0 != "404.html" }
        for page in pages { #expect((depth[page] ?? 99) <= 2, "\(page) is \(depth[page].map(String.init) ?? "not") reachable") }
    }

    @Test func firstMentionsLinkToTheirPagesAndPagesListWhatMentionsThem() {
        let timeline = file("timeline.md")
        #expect(timeline.contains("[Seoul](positions/seoul.html)"))
        #expect(timeline.contains("[GSOMIA](issues/gsomia.html)"))
        #expect(timeline.contains("[Kim Kwan-jin](people.html#kim-kwan-jin)"))
        let seoul = file("positions/seoul.md")
        #expect(seoul.contains("## Mentioned on"))
        #expect(seoul.contains("[Timeline](../timeline.html)"))
        let people = file("people.md")
        #expect(people.contains("- Mentioned on: "))
        let glossary = file("glossary.html")
        #expect(glossary.contains("id=\"term-rok\""))
        // Only the first mention in a summary is linked (the actor tags after it are links of their own).
        for line in timeline.split(separator: "\n") {
            let summary = line.components(separatedBy: " *(").first ?? ""
            #expect(summary.components(separatedBy: "](positions/seoul.html)").count <= 2, "\(line)")
        }
    }

    @Test func aNameInsideAnotherActorsNameLinksNowhere() {
        // "North Korea" is the pageless Pyongyang's: its "Korea" must not link to Seoul's page.
        let timeline = file("timeline.md")
        #expect(timeline.contains("North Korea conducted two nuclear tests"))
        #expect(!timeline.contains("North [Korea]"))
    }

    @Test func theFrontPageLeadsIntoEverySection() {
        let index = file("index.html")
        for section in ["background.html", "timeline.html", "positions/index.html", "issues/index.html", "people.html", "glossary.html", "sources/index.html"] {
            #expect(index.contains("href=\"\(section)\""), "\(section)")
        }
        #expect(index.contains("<strong>approved; due to be signed</strong>"))
        #expect(index.contains("<strong>shelved</strong>"))
        #expect(index.contains("As of 29 June 2012, from 5 sources"))
        #expect(index.contains("1 disagreements between them") || index.contains("disagreements between them"))
    }
}
