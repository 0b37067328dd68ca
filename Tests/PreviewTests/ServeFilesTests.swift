import Foundation
import Support
import Testing
@testable import Preview

/// The preview serves the output folder over real HTTP: each file with its content type, pages with
/// the live-reload tag added as they are sent, folders by their index, the site's 404 page, 304s.
@Suite struct ServeFilesTests {
    @Test(arguments: [
        ("/index.html", "text/html; charset=utf-8"),
        ("/assets/style.css", "text/css; charset=utf-8"),
        ("/assets/search.js", "text/javascript; charset=utf-8"),
        ("/data/briefing.json", "application/json"),
        ("/timeline.svg", "image/svg+xml"),
        ("/sitemap.xml", "application/xml"),
        ("/feed.xml", "application/atom+xml"),
        ("/robots.txt", "text/plain; charset=utf-8"),
        ("/index.md", "text/markdown; charset=utf-8"),
    ])
    func servesEachFileWithItsContentType(route: String, type: String) async throws {
        let preview = try await SharedPreview.preview
        let response = try await preview.get(route)
        #expect(response.status == 200)
        #expect(response["content-type"] == type)
        let onDisk = try preview.file(String(route.dropFirst()))
        if type.hasPrefix("text/html") {
            #expect(response.body == LiveReload.tagged(onDisk, generation: 1))
        } else {
            #expect(response.body == onDisk)
        }
    }

    @Test func theLiveReloadTagIsAddedToPagesAsServedAndNeverWrittenIntoTheSite() async throws {
        let preview = try await SharedPreview.preview
        let page = try await preview.get("/timeline.html")
        let tag = "<script src=\"/__briefing/live.js\" data-generation=\"1\"></script>\n</body>"
        #expect(page.text.contains(tag))
        #expect(page.text.components(separatedBy: "/__briefing/").count == 2)
        let written = FileManager.default.enumerator(atPath: preview.output.path)!.compactMap { $0 as? String }
        #expect(written.contains("timeline.html"))
        for route in written where route.hasSuffix(".html") {
            #expect(!String(decoding: try preview.file(route), as: UTF8.self).contains("__briefing"), "\(route)")
        }
        let script = try await preview.get("/__briefing/live.js")
        #expect(script.status == 200)
        #expect(script["content-type"] == "text/javascript; charset=utf-8")
        #expect(script.text.contains("textContent"))
        #expect(!script.text.contains("innerHTML"))
    }

    @Test func theRootAndFoldersServeTheirIndexAndAFolderWithoutSlashRedirects() async throws {
        let preview = try await SharedPreview.preview
        let root = try await preview.get("/")
        #expect(root.status == 200)
        #expect(root.body == LiveReload.tagged(try preview.file("index.html"), generation: 1))

        let folder = try await preview.get("/sources/")
        #expect(folder.status == 200)
        #expect(folder.body == LiveReload.tagged(try preview.file("sources/index.html"), generation: 1))

        let bare = try await preview.get("/sources?from=nav")
        #expect(bare.status == 301)
        #expect(bare["location"] == "/sources/?from=nav")

        let noIndex = try await preview.get("/data/")
        #expect(noIndex.status == 404)
        let fileAsFolder = try await preview.get("/index.html/")
        #expect(fileAsFolder.status == 404)
    }

    @Test func aMissingPageGetsTheSites404PageWithStatus404() async throws {
        let preview = try await SharedPreview.preview
        let response = try await preview.get("/no-such-page.html")
        #expect(response.status == 404)
        #expect(response["content-type"] == "text/html; charset=utf-8")
        #expect(response.body == LiveReload.tagged(try preview.file("404.html"), generation: 1))
    }

    @Test func anUnchangedFileIsAnswered304AndAChangedOneAgain200() async throws {
        let preview = try await SharedPreview.preview
        let first = try await preview.get("/assets/style.css")
        let tag = try #require(first["etag"])
        let modified = try #require(first["last-modified"])
        #expect(modified.hasSuffix(" GMT"))

        let byTag = try await preview.get("/assets/style.css", headers: ["If-None-Match": tag])
        #expect(byTag.status == 304)
        #expect(byTag.body.isEmpty)
        #expect(byTag["etag"] == tag)
        let byDate = try await preview.get("/assets/style.css", headers: ["If-Modified-Since": modified])
        #expect(byDate.status == 304)
        let otherTag = try await preview.get("/assets/style.css", headers: ["If-None-Match": "W/\"other\""])
        #expect(otherTag.status == 200)
        let olderDate = try await preview.get("/assets/style.css", headers: ["If-Modified-Since": "Sat, 01 Jan 2000 00:00:00 GMT"])
        #expect(olderDate.status == 200)

        // A page's tag names the generation its live-reload tag carries.
        let page = try await preview.get("/glossary.html")
        let pageTag = try #require(page["etag"])
        #expect(pageTag.hasSuffix("-g1\""))
        #expect(try await preview.get("/glossary.html", headers: ["If-None-Match": pageTag]).status == 304)

        // A file of its own, so that changing it disturbs no other test.
        let note = preview.output.appendingPathComponent("note.txt")
        try Data("first".utf8).write(to: note)
        let before = try await preview.get("/note.txt")
        try Data("second, longer".utf8).write(to: note)
        let after = try await preview.get("/note.txt", headers: ["If-None-Match": try #require(before["etag"])])
        #expect(after.status == 200)
        #expect(after.text == "second, longer")
        #expect(after["etag"] != before["etag"])
    }

    @Test func headAnswersWithTheHeadersAlone() async throws {
        let preview = try await SharedPreview.preview
        let get = try await preview.get("/index.html")
        let head = try await preview.get("/index.html", method: "HEAD")
        #expect(head.status == 200)
        #expect(head["content-length"] == String(get.body.count))
        #expect(head["content-type"] == get["content-type"])
        #expect(head["etag"] == get["etag"])
        let post = try await preview.get("/index.html", method: "POST", headers: ["Content-Length": "0"])
        #expect(post.status == 405)
        #expect(post["allow"] == "GET, HEAD")
    }

    /// Every way out of the output folder: a secret beside it, links inside it to the secret and to
    /// the folder above, and requests that try to reach them.
    @Test func nothingOutsideTheSiteFolderIsEverServed() async throws {
        let preview = try await SharedPreview.preview
        let secret = "not part of the site"
        try Data(secret.utf8).write(to: preview.folder.appendingPathComponent("secret.txt"))
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: preview.output.appendingPathComponent("leak.txt").path, withDestinationPath: "../secret.txt")
        try fm.createSymbolicLink(atPath: preview.output.appendingPathComponent("up").path, withDestinationPath: "..")
        try fm.createSymbolicLink(atPath: preview.output.appendingPathComponent("passwd").path, withDestinationPath: "/etc/passwd")
        // A link that stays inside the site is served.
        try fm.createSymbolicLink(atPath: preview.output.appendingPathComponent("home.html").path, withDestinationPath: "index.html")
        #expect(try await preview.get("/home.html").status == 200)

        let notFound = LiveReload.tagged(try preview.file("404.html"), generation: 1)
        for target in [
            "/../secret.txt", "/assets/../../secret.txt", "/./../secret.txt",
            "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/..%2fsecret.txt", "/%2e%2e%2fsecret.txt", "/assets/%2e%2e/%2e%2e/secret.txt",
            "/%252e%252e/secret.txt", "/%252e%252e%252fsecret.txt", "/%25252e%25252e/secret.txt",
            "//etc/passwd", "/%2fetc%2fpasswd", "/%2Fetc/passwd", "/etc/passwd",
            "/..%5csecret.txt", "/%5c..%5csecret.txt", "/assets%5c..%5c..%5csecret.txt",
            "/index.html%00", "/%00../secret.txt", "/secret.txt%00.html",
            "/%2e%2", "/%zz/secret.txt", "/%c0%ae%c0%ae/secret.txt",
            "/leak.txt", "/up/secret.txt", "/passwd",
            "http://127.0.0.1/../secret.txt",
        ] {
            let response = try await preview.get(target)
            #expect(response.status == 404, "\(target)")
            #expect(response.body == notFound, "\(target)")
            #expect(!response.text.contains(secret), "\(target)")
            #expect(!response.text.contains("root:"), "\(target)")
        }
    }

    /// A raw backslash reaches the server and is refused there; a raw NUL never gets past the HTTP
    /// parser, which answers 400 before any file is looked up.
    @Test func rawBackslashesAndNulsNeverReachAFile() async throws {
        let preview = try await SharedPreview.preview
        let backslash = try await preview.get("/..\\secret.txt")
        #expect(backslash.status == 404)
        #expect(backslash.body == LiveReload.tagged(try preview.file("404.html"), generation: 1))
        for target in ["/index.html\0", "/\0../secret.txt"] {
            let nul = try await preview.get(target)
            #expect(nul.status == 400)
            #expect(nul.body.isEmpty)
        }
    }

    @Test(arguments: [
        ("/index.html", ["index.html"], false), ("/", [], true), ("/sources/", ["sources"], true),
        ("/%E2%82%AC.html", ["€.html"], false), ("/a%20b/c.css", ["a b", "c.css"], false),
        ("/%252e%252e", ["%2e%2e"], false),
    ])
    func aRequestPathIsDecodedOnceIntoSegments(raw: String, segments: [String], isFolder: Bool) {
        #expect(SitePath(raw) == SitePath(segments: segments, isFolder: isFolder))
    }

    @Test(arguments: ["", "index.html", "/..", "/a/./b", "/a//b", "/.hidden", "/a%2f..", "/%5c", "/a\\b", "/%00", "/%", "/%4", "/%ff"])
    func aPathThatCouldLeaveTheFolderIsRefused(raw: String) {
        #expect(SitePath(raw) == nil)
    }
}
