import Foundation
import TestFixtures
import Testing
@testable import Site

/// A fixture corpus built once with the real pipeline: its files by route, as text.
struct BuiltFixture: Sendable {
    let folder: URL
    let files: [String: String]
    let report: BuildReport

    init(_ name: String) {
        folder = Paths.temporary(name).appendingPathComponent("site")
        report = try! buildSite(corpus: Paths.fixture(name), into: folder)
        files = filesUnder(folder).mapValues { String(decoding: $0, as: UTF8.self) }
    }

    var pages: [(route: String, html: String)] {
        files.filter { $0.key.hasSuffix(".html") || $0.key.hasSuffix(".svg") }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    func page(_ route: String) -> String { files[route] ?? "" }

    /// `data/briefing.json`, parsed.
    var export: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(page("data/briefing.json").utf8))) as? [String: Any] ?? [:]
    }

    /// The paragraphs of one source in the export, by id.
    func paragraphs(of source: String) -> [String: String] {
        let sources = export["sources"] as? [[String: Any]] ?? []
        let paragraphs = sources.first { $0["id"] as? String == source }?["paragraphs"] as? [[String: String]] ?? []
        return Dictionary(uniqueKeysWithValues: paragraphs.map { ($0["id"] ?? "", $0["text"] ?? "") })
    }
}

/// One start tag of a page: its name and attributes, values with their entities decoded.
struct Tag {
    let name: String
    let attributes: [(name: String, value: String)]

    /// Every start tag of a page, read the way a browser tokenises them: text that was escaped
    /// (`&lt;script&gt;`) is no tag, and a quoted value may hold `>` or spaces.
    static func all(in html: String) -> [Tag] {
        let s = Array(html.unicodeScalars)
        var tags: [Tag] = []
        var i = 0
        func isNameChar(_ c: Unicode.Scalar) -> Bool { c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "-" || c == ":" }
        while i < s.count {
            guard s[i] == "<", i + 1 < s.count, s[i + 1].properties.isAlphabetic else { i += 1; continue }
            i += 1
            var name = ""
            while i < s.count, isNameChar(s[i]) { name.unicodeScalars.append(s[i]); i += 1 }
            var attributes: [(String, String)] = []
            while i < s.count, s[i] != ">" {
                guard isNameChar(s[i]) else { i += 1; continue }
                var attribute = ""
                while i < s.count, isNameChar(s[i]) { attribute.unicodeScalars.append(s[i]); i += 1 }
                var value = ""
                if i < s.count, s[i] == "=" {
                    i += 1
                    let quote = i < s.count && (s[i] == "\"" || s[i] == "'") ? s[i] : nil
                    if quote != nil { i += 1 }
                    while i < s.count, quote.map({ s[i] != $0 }) ?? (s[i] != ">" && !s[i].properties.isWhitespace) {
                        value.unicodeScalars.append(s[i]); i += 1
                    }
                    if quote != nil { i += 1 }
                }
                attributes.append((attribute.lowercased(), decodeEntities(value)))
            }
            tags.append(Tag(name: name.lowercased(), attributes: attributes))
        }
        return tags
    }
}

/// The text a reader sees: tags dropped, the entities the site writes decoded.
func visibleText(_ html: String) -> String {
    var out = "", inTag = false
    for ch in html {
        if ch == "<" { inTag = true } else if ch == ">", inTag { inTag = false } else if !inTag { out.append(ch) }
    }
    return decodeEntities(out)
}

func decodeEntities(_ text: String) -> String {
    // &amp; last, so that "&amp;lt;" stays the text "&lt;".
    text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
        .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
        .replacingOccurrences(of: "&amp;", with: "&")
}

/// Whether the text holds the other byte for byte: no normalisation may have changed it on the way.
func holds(_ text: String, _ part: String) -> Bool {
    text.utf8.firstRange(of: part.utf8) != nil
}

/// Hostile text in a corpus and its configuration (markup, Markdown, template syntax, entities)
/// shows as the same text on every page: nothing becomes a tag, a link, a heading or a template
/// instruction. `make check-site` opens the same site in a browser.
@Suite struct HostileTextTests {
    static let site = BuiltFixture("hostile")

    static let title = "Harbour <script>alert(1)</script> ferry {{title}} {{{x}}} & [x](javascript:alert(1))"

    /// The tags the site's own code and templates write; anything else came from the corpus.
    static let siteTags: Set<String> = [
        "html", "head", "meta", "title", "link", "body", "a", "header", "nav", "ul", "li", "p", "main", "footer",
        "h1", "h2", "h3", "div", "em", "strong", "blockquote", "hr", "code", "span",
        "table", "caption", "thead", "tbody", "tr", "th", "td",
        "svg", "desc", "style", "rect", "line", "circle", "text", "path",
        "form", "label", "input", "ol", "script", "details", "summary",
    ]

    @Test func theBuildSucceedsAndEveryPageIsChecked() throws {
        #expect(Self.site.report.articles == 3)
        #expect(Self.site.pages.count >= 15)
    }

    @Test func noPageHasAScriptAHandlerOrAForeignLink() {
        for (route, html) in Self.site.pages {
            for tag in Tag.all(in: html) {
                #expect(Self.siteTags.contains(tag.name), "\(route): <\(tag.name)> came from the corpus")
                for (name, value) in tag.attributes {
                    #expect(!name.hasPrefix("on"), "\(route): <\(tag.name) \(name)=…>")
                    guard ["href", "src", "xlink:href"].contains(name) else { continue }
                    // The site links only to its own files: never a scheme, never a host.
                    #expect(!value.contains(":"), "\(route): <\(tag.name) \(name)=\"\(value)\">")
                }
                if tag.name == "script" {
                    // The one script is the site's search, on its page, loaded from the assets.
                    #expect(route == "search.html" && tag.attributes.map(\.name).sorted() == ["data-root", "data-shards", "src"]
                            && tag.attributes.first { $0.name == "src" }?.value == "assets/search.js", "\(route): a script from the corpus")
                }
            }
        }
    }

    @Test func noCorpusLineBecomesAHeadingAListATableCodeOrEmphasis() {
        for (route, html) in Self.site.pages {
            let tags = Tag.all(in: html).map(\.name)
            #expect(tags.filter { $0 == "h1" }.count == (route.hasSuffix(".svg") ? 0 : 1), "\(route)")
            #expect(!tags.contains("table") || route == "positions/index.html", "\(route)")
            // Each Markdown line of the corpus carries a marker word; it may stand only after its marks.
            for (marker, before) in [("Gangway", "# "), ("Bollard", "* "), ("Capstan |", "| "), ("Lanyard", "> "), ("Mooring", "2) "),
                                     ("Hawser", "`"), ("Keel", "**"), ("Rudder", "_"), ("Buoy", "["), ("https://example.com/tide", "<")] {
                let text = visibleText(html)
                var rest = Substring(text)
                while let range = rest.range(of: marker) {
                    #expect(rest[..<range.lowerBound].hasSuffix(before), "\(route): '\(marker)' lost the '\(before)' before it")
                    rest = rest[range.upperBound...]
                }
            }
            for element in ["h1", "h2", "h3", "li", "code", "strong", "em", "blockquote"] {
                for marker in ["Gangway", "Hawser", "Keel", "Rudder"] {
                    #expect(!holds(html, "<\(element)>\(marker)"), "\(route): \(marker) became <\(element)>")
                }
            }
        }
    }

    @Test func theSourcesShowEveryHostileLineAsItsText() {
        let ferry = visibleText(Self.site.page("sources/ferry.html"))
        for line in [
            "<script>alert(1)</script> Corvane and Estmark sign the harbour ferry treaty",
            "\"<script>alert(1)</script>,\" said Mara Quell, the ferry minister.",
            "\"The boats will run at <img src=x onerror=alert(1)> every hour,\" Quell told reporters on Tuesday.",
            "posted at [x](javascript:alert(1)) and at [the harbour office](https://example.com/ferry) for anyone",
            "showed &amp; and &lt;script&gt;alert(1)&lt;/script&gt; and &#106;avascript:alert(1) where the fares should be.",
            "the {{title}} and {{{x}}} codes on the tickets",
            "Outlet: Harbour &lt;script&gt; Times", "Byline: <img src=x onerror=alert(1)>",
        ] {
            #expect(holds(ferry, line), "sources/ferry.html lacks: \(line)")
        }
        let evil = visibleText(Self.site.page("sources/evil.html"))
        for line in ["[click here](javascript:alert(1)) is not a link", "<img src=x onerror=alert(2)> is not an image",
                     "{{title}} and {{{body}}} are not templates, &copy; is not an entity", "<a href='javascript:alert(3)'>this</a> border",
                     "<iframe src=\"http://example.com\"></iframe> Northland officials said"] {
            #expect(holds(evil, line), "sources/evil.html lacks: \(line)")
        }
        let markdown = visibleText(Self.site.page("sources/markdown.html"))
        for line in [
            "`Pier` | table | [link](https://example.com/pier) & more",
            "# Gangway notices were posted", "* Bollard signs were painted", "| Capstan | Hour | Corvane officials said",
            "`Hawser` codes were shown", "> Lanyard notices were never posted", "2) Mooring lines were doubled",
            "3 < 4 and fish & chips were sold on board, along with **Keel** and _Rudder_ souvenirs.",
            "the [Buoy](https://example.com/buoy) map and the <https://example.com/tide> chart",
        ] {
            #expect(holds(markdown, line), "sources/markdown.html lacks: \(line)")
        }
        // Entities in the text are text: the reader sees "&amp;", which the page must spell "&amp;amp;".
        #expect(holds(Self.site.page("sources/ferry.html"), "showed &amp;amp; and &amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt; and &amp;#106;avascript"))
        #expect(holds(Self.site.page("sources/ferry.html"), "&lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    @Test func theConfigurationsNamesAreText() {
        for (route, html) in Self.site.pages where route.hasSuffix(".html") {
            #expect(holds(visibleText(html), Self.title), "\(route) lacks the site's title")
            let root = Tag.all(in: html).first { $0.name == "html" }
            #expect(root?.attributes.map(\.name) == ["lang"], "\(route)")
            #expect(root?.attributes.first?.value == "en", "\(route)")
        }
        #expect(holds(visibleText(Self.site.page("positions/corvane.html")), "Corvane <img src=x onerror=alert(1)>"))
        #expect(holds(visibleText(Self.site.page("positions/estmark.html")), "# Estmark {{title}}"))
        #expect(holds(visibleText(Self.site.page("issues/hft.html")), "Harbour Ferry Treaty <b>now</b>"))
        #expect(holds(visibleText(Self.site.page("timeline.svg")), Self.title + ": timeline"))
    }

    /// The export holds the text as it is: plain strings, no entity, no escape.
    @Test func theExportHoldsPlainStrings() {
        let export = Self.site.export
        #expect(export["title"] as? String == Self.title)
        let ferry = Self.site.paragraphs(of: "ferry")
        #expect(ferry["p2"] == "\"<script>alert(1)</script>,\" said Mara Quell, the ferry minister.")
        #expect(ferry["p5"] == "Corvanian captains said the printed timetable showed &amp; and &lt;script&gt;alert(1)&lt;/script&gt; and "
            + "&#106;avascript:alert(1) where the fares should be.")
        let actors = (export["actors"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
        #expect(actors.contains("Corvane <img src=x onerror=alert(1)>"))
        #expect(actors.contains("# Estmark {{title}}"))
        let sources = export["sources"] as? [[String: Any]] ?? []
        #expect(sources.first { $0["id"] as? String == "ferry" }?["outlet"] as? String == "Harbour &lt;script&gt; Times")
    }

    /// TimelineJS sets its text fields and group labels as HTML: each is escaped once.
    @Test func theTimelineJSDataEscapesWhatTimelineJSReadsAsHTML() throws {
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(Self.site.page("data/timeline.json").utf8)) as? [String: Any])
        let slides = doc["events"] as? [[String: Any]] ?? []
        let groups = Set(slides.compactMap { $0["group"] as? String })
        #expect(groups.contains("Corvane &lt;img src=x onerror=alert(1)&gt;"))
        #expect(groups.contains("# Estmark {{title}}"))
        for slide in slides {
            let text = (slide["text"] as? [String: String])?["text"] ?? ""
            for tag in Tag.all(in: text) { #expect(["p", "a"].contains(tag.name), "a <\(tag.name)> in a slide") }
        }
        let title = ((doc["title"] as? [String: Any])?["text"] as? [String: String])?["headline"]
        #expect(title == "Harbour &lt;script&gt;alert(1)&lt;/script&gt; ferry {{title}} {{{x}}} &amp; [x](javascript:alert(1))")
    }

    @Test func theSiteCheckPasses() throws {
        #expect(try SiteCheck.check(folder: Self.site.folder).problems == [])
    }

    /// The scanner the tests above rely on sees tags and handlers where a browser would.
    @Test func theTagScannerFindsWhatABrowserWould() {
        let tags = Tag.all(in: "<p class=\"x>y\">a &lt;script&gt; b</p><IMG src=x onerror=alert(1)><a href='javascript:go()'>")
        #expect(tags.map(\.name) == ["p", "img", "a"])
        #expect(tags[0].attributes.map(\.value) == ["x>y"])
        #expect(tags[1].attributes.map(\.name) == ["src", "onerror"])
        #expect(tags[2].attributes.first?.value == "javascript:go()")
        #expect(visibleText("<h1>a &amp;lt; b &lt; c</h1>") == "a &lt; b < c")
    }
}

/// Text in other scripts and shapes comes out intact: Korean, Chinese, Japanese, Arabic, emoji, a
/// 300-letter word, CR-only line ends, and a file that is only a title.
@Suite struct ScriptsTests {
    static let site = BuiltFixture("scripts")

    static let longWord = "Ferryboat" + String(repeating: "harbour", count: 41) + "xxxx"

    @Test func theBuildSucceedsWithEveryArticleButTheTitleAlone() {
        #expect(Self.site.report.articles == 9)
        #expect(Self.site.report.warnings.map(\.file) == ["title-only.txt"])
        let sources = visibleText(Self.site.page("sources/index.html"))
        #expect(holds(sources, "title-only.txt: only a title, no running text: “Estmark names a new harbour master for the ferry pier”"))
    }

    @Test func everyScriptIsIntactOnItsPageAndInTheExport() {
        let expected: [(source: String, paragraph: String, text: String)] = [
            ("korean", "p2", "The signing hall displayed one line in Korean: \"코르반과 에스트마크가 항구 여객선 조약에 서명했다.\""),
            ("korean", "p3", "\"항구는 모두의 것입니다,\" said Corvane ferry minister Mara Quell, reading the treaty's first line."),
            ("korean-only", "p2", "마라 퀠 여객선 장관은 첫 배가 매일 새벽에 떠날 것이라고 말했다."),
            ("chinese", "p2", "科尔万与埃斯特马克于星期一签署了港口渡轮条约，官员们说。"),
            ("japanese", "p2", "コルヴァンとエストマルクは月曜日、港のフェリー条約に署名したと当局者が述べた。"),
            ("japanese", "p3", "The first ferry, named ひかり丸, left the north pier at dawn, Corvane officials said."),
            ("arabic", "p2", "وقّعت كورفان وإستمارك يوم الاثنين معاهدة العبّارات في الميناء، بحسب مسؤولين."),
            ("arabic-only", "p2", "وقالت وزيرة العبّارات مارا كويل إن العبّارة الأولى ستبحر عند الفجر كل يوم؟"),
            ("emoji", "p1", "Passengers on the Corvane ferry posted ⛴️🌊🇺🇳 and 👍🏽 on Friday, May 5, 2023, Corvane officials said."),
            ("emoji", "p2", "A family of four, 👨‍👩‍👧‍👦, took the first night crossing to Estmark, the harbour office said."),
            ("longword", "p1", "Estmark officials said on Saturday, May 6, 2023 that the ferry \(Self.longWord) would sail at noon."),
            ("carriage", "p2", "The night ferry to Estmark sails at ten, the timetable said."),
        ]
        for (source, paragraph, text) in expected {
            // A paragraph, not a heading: a full stop of Chinese or Japanese ends a sentence too.
            #expect(Self.site.paragraphs(of: source)[paragraph].map { $0.utf8.elementsEqual(text.utf8) } == true, "\(source) \(paragraph)")
            #expect(holds(visibleText(Self.site.page("sources/\(source).html")), text), "sources/\(source).html lacks \(paragraph)")
        }
        #expect(Self.longWord.count == 300)
        #expect(Self.site.paragraphs(of: "carriage").count == 2)
    }

    @Test func titlesAndNamesInOtherScriptsAreIntact() {
        let title = "Harbour ferry treaty · 항구 여객선 조약 · 港口渡轮条约 · 港のフェリー条約 · معاهدة العبّارات ⛴️"
        for (route, html) in Self.site.pages where route.hasSuffix(".html") {
            #expect(holds(html, "<title>") && holds(visibleText(html), title), "\(route) lacks the title")
        }
        #expect(holds(visibleText(Self.site.page("sources/korean-only.html")), "코르반과 에스트마크가 북쪽 부두에서 항구 여객선 조약에 서명했다"))
        #expect(holds(visibleText(Self.site.page("sources/arabic-only.html")), "Outlet: صحيفة الميناء"))
        #expect(holds(visibleText(Self.site.page("positions/corvane.html")), "Corvane 코르반"))
        #expect(holds(visibleText(Self.site.page("positions/estmark.html")), "Estmark إستمارك"))
        #expect(Self.site.export["title"] as? String == title)
    }
}
