import Foundation
import Support
import TestFixtures
import Testing
@testable import Compose
@testable import Render

@Suite struct CommonMarkTests {
    @Test func rendersCommonMark() throws {
        #expect(try CommonMark.html("# Title\n\nSome *text* and a [link](a.html).\n") ==
                "<h1>Title</h1>\n<p>Some <em>text</em> and a <a href=\"a.html\">link</a>.</p>\n")
        #expect(CommonMark.version.hasPrefix("0."))
    }

    @Test func neverLetsRawHTMLOrScriptLinksThrough() throws {
        let html = try CommonMark.html("<script>alert(1)</script>\n\nText <img src=x onerror=alert(2)> [a](javascript:alert(3)) [b](vbscript:x) [c](data:text/html;base64,xx)\n")
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("javascript:"))
        #expect(!html.contains("vbscript:"))
        #expect(html.contains("<!-- raw HTML omitted -->"))
    }

    @Test(arguments: [
        "<script>alert(1)</script>",
        "[click](javascript:alert(1))",
        "<a href=\"javascript:alert(1)\">x</a>",
        "# not a heading",
        "1. not a list",
        "- not a list",
        "*** not a rule",
        "`not code` and **not bold** and _not em_",
        "&copy; &#60;script&#62;",
        "<http://example.com> autolink",
        "![image](http://example.com/x.png)",
        "\\<script\\> backslashes \\",
        "~~~ not a fence",
        "{{title}} {{{body}}}",
    ])
    func escapedCorpusTextComesOutAsTheSameText(_ text: String) throws {
        let html = try CommonMark.html(MD.escape(text) + "\n")
        #expect(html == "<p>" + htmlEscaped(text) + "</p>\n")
    }

    @Test func anchorsBlocksThatStartWithAPilcrowLink() throws {
        let html = try CommonMark.html("[¶](#p3) A paragraph.\n\n## [¶](#kim-ji-ho) Kim Ji-ho\n\n[¶](#bad id) Not anchored.\n")
        #expect(html.contains("<div class=\"anchored\" id=\"p3\">\n<p><a href=\"#p3\">¶</a> A paragraph.</p>\n</div>"))
        #expect(html.contains("<div class=\"anchored\" id=\"kim-ji-ho\">\n<h2><a href=\"#kim-ji-ho\">¶</a> Kim Ji-ho</h2>\n</div>"))
        #expect(!html.contains("id=\"bad"))
    }

    func htmlEscaped(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}

@Suite struct RoutesTests {
    @Test func linksAreRelative() {
        #expect(Routes.relative(from: "index.html", to: "sources/a.html#p1") == "sources/a.html#p1")
        #expect(Routes.relative(from: "sources/a.html", to: "sources/b.html#p2") == "b.html#p2")
        #expect(Routes.relative(from: "positions/x.html", to: "issues/y.html") == "../issues/y.html")
        #expect(Routes.relative(from: "positions/x.html", to: "people.html#kim") == "../people.html#kim")
        #expect(Routes.root(from: "positions/x.html") == "../")
    }
}

@Suite struct TemplateTests {
    func folder(_ files: [String: String]) throws -> URL {
        let url = Paths.temporary("templates")
        for (name, text) in files {
            let file = url.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
        return url
    }

    @Test func escapesValuesAndKeepsTheBodyAsRendered() throws {
        let templates = try Templates(folder: try folder(["page.mustache": "<title>{{title}}</title>{{{body}}}", "assets/site.css": "p{}"]))
        let html = try templates.render("page", ["title": "<b>&", "body": "<p>ok</p>"])
        #expect(html == "<title>&lt;b&gt;&amp;</title><p>ok</p>")
        #expect(templates.assets.map(\.route) == ["assets/site.css"])
    }

    @Test func namesAMissingTemplate() throws {
        let url = try folder(["other.mustache": "x"])
        #expect(throws: BriefingError(step: .render, file: url.appendingPathComponent("page.mustache").path, "the template is missing")) {
            try Templates(folder: url)
        }
    }

    @Test func namesTheLineOfATemplateSyntaxError() throws {
        let url = try folder(["page.mustache": "<html>\n{{#nav}}\n<p>\n"])
        #expect {
            try Templates(folder: url)
        } throws: { error in
            guard let error = error as? BriefingError else { return false }
            return error.step == .render && error.file?.hasSuffix("page.mustache") == true && error.line != nil
        }
    }

    @Test func theProjectTemplatesRender() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let templates = try Templates(folder: repository.appendingPathComponent("templates"))
        let html = try templates.render("page", [
            "lang": "en", "documentTitle": "T", "title": "T", "siteTitle": "S", "root": "../", "kind": "actor",
            "nav": [["label": "Timeline", "href": "../timeline.html", "current": true]], "body": "<h1>T</h1>",
            "asOf": "1 May 2020", "sources": "3 sources", "markdownHref": "x.md",
        ])
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<html lang=\"en\">"))
        #expect(html.contains("<a href=\"../timeline.html\" aria-current=\"page\">Timeline</a>"))
        #expect(html.contains("href=\"../assets/style.css\""))
        #expect(html.contains("<a href=\"x.md\">"))
        #expect(html.contains("As of 1 May 2020 · 3 sources ·"))
        #expect(templates.assets.map(\.route).contains("assets/style.css"))
    }
}
