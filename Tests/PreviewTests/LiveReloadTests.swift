import Foundation
import Testing
@testable import Preview

/// A change to the inputs rebuilds the site and reloads the open pages; a failed build keeps the last
/// good site and shows its error in them until a build succeeds. Every wait is on an event the server
/// sends, never on a clock.
@Suite(.timeLimit(.minutes(5))) struct LiveReloadTests {
    static let newArticle = """
        The Veloria Ledger

        Ferry crews rehearse the spring crossing of the Orun

        By Mira Castell

        Published : March 9, 2021 - 10:00

        Ferry crews from Veloria and Tarsk rehearsed the spring crossing of the Orun river on Tuesday, officials said.

        Velorian Water Minister Dario Fenn said the crossing would open to traffic on Friday.
        """

    @Test func addingAnArticleRebuildsTheSiteAndReloadsOpenPages() async throws {
        try await withPreview { preview in
            let page = try await EventStream(port: preview.port)
            #expect(page.headers["content-type"] == "text/event-stream")
            #expect(try await page.next() == LiveReload.State(generation: 1))
            let sourcesBefore = try await preview.get("/sources/")
            #expect(!sourcesBefore.text.contains("Ferry crews rehearse"))

            try preview.save(Data(Self.newArticle.utf8), to: preview.corpus.appendingPathComponent("d.txt"))
            #expect(try await page.next() == LiveReload.State(generation: 2))

            let sources = try await preview.get("/sources/")
            #expect(sources.text.contains("Ferry crews rehearse the spring crossing of the Orun"))
            #expect(sources.text.contains("data-generation=\"2\""))
            let reported = preview.events.all
            #expect(reported.filter { if case .rebuilding = $0 { true } else { false } }.count == 1)
            #expect(reported.filter { if case .built = $0 { true } else { false } }.count == 2)
        }
    }

    @Test func aChangeToTheConfigurationRebuilds() async throws {
        try await withPreview { preview in
            let page = try await EventStream(port: preview.port)
            #expect(try await page.next().generation == 1)
            let config = preview.corpus.appendingPathComponent("briefing.yml")
            let text = try String(contentsOf: config, encoding: .utf8)
            let retitled = text.replacingOccurrences(of: "title: Veloria and Tarsk negotiate the Orun river treaty", with: "title: The Orun river talks")
            try preview.save(Data(retitled.utf8), to: config)
            #expect(try await page.next() == LiveReload.State(generation: 2))
            #expect(try await preview.get("/").text.contains("<title>The Orun river talks</title>"))
        }
    }

    @Test func aBrokenTemplateShowsItsErrorInOpenPagesUntilTheFixClearsIt() async throws {
        try await withPreview { preview in
            let page = try await EventStream(port: preview.port)
            #expect(try await page.next() == LiveReload.State(generation: 1))
            let goodSite = try await preview.get("/index.html")

            let template = preview.templates.appendingPathComponent("page.mustache")
            let good = try Data(contentsOf: template)
            try preview.save(good + Data("{{#unclosed}}\n".utf8), to: template)
            let failed = try await page.next()
            #expect(failed.generation == 1)
            let error = try #require(failed.error)
            #expect(error.contains("page.mustache"))
            #expect(error.hasPrefix("render: ") || error.hasPrefix("configuration: "))

            // The last good site is still served, and a page opened now shows the error at once.
            let stillServed = try await preview.get("/index.html")
            #expect(stillServed.status == 200)
            #expect(stillServed.body == goodSite.body)
            let openedLater = try await EventStream(port: preview.port)
            #expect(try await openedLater.next() == failed)
            let reported = preview.events.all
            #expect(reported.contains { if case .failed(let problem) = $0 { problem.report == error } else { false } })

            try preview.save(good, to: template)
            #expect(try await page.next() == LiveReload.State(generation: 2))
            #expect(try await openedLater.next() == LiveReload.State(generation: 2))
            let openedAfterFix = try await EventStream(port: preview.port)
            #expect(try await openedAfterFix.next() == LiveReload.State(generation: 2))
        }
    }

    /// An error that quotes markup (a hostile configuration) reaches the page whole, as a JSON string in
    /// one event; the page's script sets it as text (`textContent`).
    @Test func anErrorQuotingMarkupTravelsAsText() async throws {
        try await withPreview { preview in
            let page = try await EventStream(port: preview.port)
            #expect(try await page.next().generation == 1)
            let config = preview.corpus.appendingPathComponent("briefing.yml")
            try preview.save(Data("title: x\n<script>alert(1)</script>: \"</p><img src=x onerror=alert(1)>\"\n".utf8), to: config)
            let failed = try await page.next()
            #expect(failed.generation == 1)
            #expect(failed.error?.hasPrefix("configuration: briefing.yml:2: unknown key '<script>alert(1)</script>'") == true)
        }
    }

    /// With no site yet, every address gets a plain 404 page that still listens, so that the first
    /// good build turns it into the site.
    @Test func aFirstBuildThatFailsServesAPlainPageUntilABuildSucceeds() async throws {
        let broken = "{{#unclosed}}\n"
        var good = Data()
        try await withPreview(prepare: { _, templates in
            let template = templates.appendingPathComponent("page.mustache")
            good = try Data(contentsOf: template)
            try Data(broken.utf8).write(to: template)
        }) { preview in
            let page = try await EventStream(port: preview.port)
            let failed = try await page.next()
            #expect(failed.generation == 0)
            #expect(failed.error?.contains("page.mustache") == true)
            let plain = try await preview.get("/")
            #expect(plain.status == 404)
            #expect(plain.body == LiveReload.tagged(SiteFolder.plainNotFoundPage, generation: 0))

            try preview.save(good, to: preview.templates.appendingPathComponent("page.mustache"))
            #expect(try await page.next() == LiveReload.State(generation: 1))
            let site = try await preview.get("/")
            #expect(site.status == 200)
            #expect(site.body == LiveReload.tagged(try preview.file("index.html"), generation: 1))
        }
    }

    @Test func shuttingDownEndsOpenEventStreams() async throws {
        let (preview, stop) = try await startPreview()
        let page = try await EventStream(port: preview.port)
        #expect(try await page.next().generation == 1)
        try await stop()
        try await page.waitForEnd()
    }
}
