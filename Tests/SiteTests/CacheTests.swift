import Corpus
import Foundation
import Support
import TestFixtures
import Testing
@testable import Analysis
@testable import Site

/// The per-article cache: a rebuild reuses what did not change, and the site is always the one a
/// build without a cache gives.
@Suite struct CacheTests {
    struct Folders {
        let corpus: URL
        let cache: URL
        let root: URL

        init() throws {
            root = Paths.temporary("cache")
            corpus = root.appendingPathComponent("corpus")
            try FileManager.default.copyItem(at: Paths.fixture("rivers"), to: corpus)
            cache = root.appendingPathComponent("cache")
        }

        /// Builds into `name` beside the corpus, with the cache or without one, and gives the site's files.
        func build(_ name: String, cached: Bool = true, templates: URL = Paths.templates, baseURL: String? = nil) throws -> [String: Data] {
            let output = root.appendingPathComponent(name)
            _ = try Site.build(BuildOptions(corpus: corpus, output: output, templates: templates, baseURL: baseURL, cache: cached ? cache : nil))
            return filesUnder(output)
        }

        var entries: [String] { ((try? FileManager.default.contentsOfDirectory(atPath: cache.path)) ?? []).sorted() }
        /// The entries of the articles: their readings, findings and what they say of the issues' status.
        var articleEntries: [String] { entries.filter { $0.hasSuffix(".article") || $0.hasSuffix(".analysis") || $0.hasSuffix(".status") } }

        /// The cache's reading of each file, by file name, with the entry that holds it.
        func readings() throws -> [String: (entry: String, read: ReadArticle)] {
            var out: [String: (String, ReadArticle)] = [:]
            for name in entries where name.hasSuffix(".article") {
                var reader = ByteReader([UInt8](try Data(contentsOf: cache.appendingPathComponent(name))))
                let read = try reader.read(ReadArticle.self)
                #expect(reader.isAtEnd)
                out[read.article.file] = (name, read)
            }
            return out
        }

        func write(_ text: String, to file: String) throws {
            try Data(text.utf8).write(to: corpus.appendingPathComponent(file))
        }
    }

    @Test func aRebuildReusesEveryEntryAndGivesTheSiteABuildWithoutACacheGives() throws {
        let f = try Folders()
        let first = try f.build("site")
        // Each article has its reading, its findings and its sentences' statuses kept, and the pages rendered are recorded.
        #expect(f.articleEntries.count == 9)
        #expect(f.entries == (f.articleEntries + [BuildCache.pagesFile]).sorted())
        #expect(f.entries.filter { $0.hasSuffix(".analysis") }.count == 3)
        #expect(f.entries.filter { $0.hasSuffix(".status") }.count == 3)
        let before = f.entries
        let second = try f.build("site")
        #expect(f.entries == before)
        #expect(second == first)
        #expect(try f.build("plain", cached: false) == first)
    }

    @Test func aChangedArticleIsReadAgainAndTheOthersAreNot() throws {
        let f = try Folders()
        _ = try f.build("site")
        let before = try f.readings()
        try f.write("""
            Upper Dunan engineers open the Orun locks

            Engineers of Upper Duna opened the new Orun locks on 14 March 2031, a spokesman said.
            The Orun Water Agreement lets barges of all three countries pass them.
            """, to: "c.txt")
        let changed = try f.build("site")
        let after = try f.readings()
        #expect(after["a.txt"]?.entry == before["a.txt"]?.entry)
        #expect(after["b.txt"]?.entry == before["b.txt"]?.entry)
        #expect(after["c.txt"]?.entry != before["c.txt"]?.entry)
        #expect(after["c.txt"]?.read.article.title.value == "Upper Dunan engineers open the Orun locks")
        // The old entries of the changed article are gone: three entries per article remain.
        #expect(f.articleEntries.count == 9)
        #expect(changed == (try f.build("plain", cached: false)))
        #expect(String(decoding: changed["timeline.html"] ?? Data(), as: UTF8.self).contains("Orun locks"))
    }

    @Test func aKeptReadingIsUsedInsteadOfTheFile() throws {
        let f = try Folders()
        _ = try f.build("site")
        // An entry changed behind the build's back shows on the site: the build took it rather than reading a.txt.
        let (entry, read) = try #require(try f.readings()["a.txt"])
        var article = read.article
        article.title = Sourced("A title only the cache holds", .config)
        var writer = ByteWriter()
        writer.write(ReadArticle(article: article, notes: read.notes))
        try Data(writer.bytes).write(to: f.cache.appendingPathComponent(entry))
        let site = try f.build("site")
        #expect(String(decoding: site["sources/index.html"] ?? Data(), as: UTF8.self).contains("A title only the cache holds"))
    }

    @Test func anAnalysisThatDependsOnOtherArticlesIsMadeAgainWhenTheyChange() throws {
        // A configured alias is taken for a person once some article names it as one: when the only
        // such article goes, the analysis of the article that merely mentions the name changes too.
        let f = try Folders()
        for file in ["a.txt", "b.txt", "c.txt"] { try FileManager.default.removeItem(at: f.corpus.appendingPathComponent(file)) }
        try Data("""
            title: Veloria builds the Orun dam
            actors:
              - id: lirsa
                name: Lirsa
                aliases: [Lirsa, Veloria, Mara Holt, Holt]
            """.utf8).write(to: f.corpus.appendingPathComponent("briefing.yml"))
        try f.write("""
            Veloria opens the dam

            “The dam will open in spring,” said Mara Holt, the Velorian water minister, on 2 March 2031.
            """, to: "a.txt")
        try f.write("""
            Dam visit

            Mara Holt visited the Orun dam on 3 March 2031 with engineers from Veloria.
            """, to: "b.txt")
        _ = try f.build("site")
        let analysis = { try f.entries.filter { $0.hasSuffix(".analysis") }.map { try Data(contentsOf: f.cache.appendingPathComponent($0)) } }
        let before = try analysis()
        try FileManager.default.removeItem(at: f.corpus.appendingPathComponent("a.txt"))
        let site = try f.build("site")
        #expect(site == (try f.build("plain", cached: false)))
        #expect(try analysis().count == 1)
        #expect(try !before.contains(analysis()[0]))
    }

    @Test func whatASentenceSaysOfAnIssueIsKeptUntilTheIssuesChange() throws {
        let f = try Folders()
        _ = try f.build("site")
        // A kept status of a.txt changed behind the build's back shows on the site after another article changed.
        let a = try #require(try f.readings()["a.txt"]?.entry).replacingOccurrences(of: ".article", with: ".status")
        let place = f.cache.appendingPathComponent(a)
        var reader = ByteReader([UInt8](try Data(contentsOf: place)))
        let kept = try reader.read(ArticleStatus.self)
        let owa = IssueID(slug: "owa")
        let faked = [IssueTracker.SentenceStatus(readings: [StatusReader.Reading(issue: owa, status: "a status only the cache holds", rank: 3, byAdjective: false)],
                                                uncertain: false)] + kept.sentences.dropFirst()
        var writer = ByteWriter()
        writer.write(ArticleStatus(state: kept.state, sentences: faked))
        try Data(writer.bytes).write(to: place)
        try f.write("Orun talks go on\n\nVeloria and Tarsk held more talks on the Orun river in August, officials said.\n", to: "c.txt")
        #expect(String(decoding: try f.build("site")["issues/owa.html"] ?? Data(), as: UTF8.self).contains("a status only the cache holds"))
        // An article that raises an issue of its own changes what every sentence may speak of: a.txt is read again.
        try f.write("Ferry pact\n\nThe Duna Ferry Protocol (DFP) was signed by Veloria and Tarsk on 3 March 2031.\n", to: "d.txt")
        let site = try f.build("site")
        #expect(!String(decoding: site["issues/owa.html"] ?? Data(), as: UTF8.self).contains("a status only the cache holds"))
        #expect(site == (try f.build("plain", cached: false)))
    }

    @Test func aDamagedEntryIsMadeAgain() throws {
        let f = try Folders()
        let first = try f.build("site")
        // Every other entry cut short, the rest overwritten with what no version of the cache wrote.
        for (i, name) in f.entries.enumerated() {
            let place = f.cache.appendingPathComponent(name)
            let damaged = i % 2 == 0 ? try Data(contentsOf: place).dropLast(3) : Data("{\"cut short".utf8)
            try damaged.write(to: place)
        }
        #expect(try f.build("site") == first)
        #expect(try f.readings().count == 3)
    }

    @Test func aRemovedArticleLeavesNoEntryAndOtherFilesAreLeftAlone() throws {
        let f = try Folders()
        _ = try f.build("site")
        try Data("the user's own notes".utf8).write(to: f.cache.appendingPathComponent("notes.txt"))
        // An entry of the cache's first version, which kept JSON, is no entry of this one.
        try Data("{}".utf8).write(to: f.cache.appendingPathComponent(String(repeating: "0f", count: 16) + ".article.json"))
        try FileManager.default.removeItem(at: f.corpus.appendingPathComponent("b.txt"))
        _ = try f.build("site")
        #expect(f.articleEntries.count == 6)
        #expect(f.entries.contains("notes.txt"))
        #expect(try f.readings()["b.txt"] == nil)
    }

    @Test func aPageWhoseInputsDidNotChangeIsTakenFromThePreviousSite() throws {
        // Shown by a page changed behind the build's back with its stamp kept (the same inode, size
        // and modification time): the rebuild takes the file as it is rather than rendering it again.
        let f = try Folders()
        let first = try f.build("site")
        let page = f.root.appendingPathComponent("site/glossary.html")
        let html = try #require(first["glossary.html"])
        let at = try #require(html.range(of: Data("Markdown source".utf8)))
        try overwrite(page, at: at.lowerBound - html.startIndex, with: "MARKDOWN SOURCE", keepingStamp: true)
        let second = try f.build("site")
        #expect(String(decoding: second["glossary.html"] ?? Data(), as: UTF8.self).contains("MARKDOWN SOURCE"))
        #expect(second.filter { $0.key != "glossary.html" } == first.filter { $0.key != "glossary.html" })
        // Once its time changes too, the page is the previous site's no more: it is rendered again.
        try overwrite(page, at: at.lowerBound - html.startIndex, with: "MARKDOWN SOURCE", keepingStamp: false)
        #expect(try f.build("site") == first)
    }

    @Test func aPageEditedOrRemovedInThePreviousSiteIsRenderedAgain() throws {
        let f = try Folders()
        let first = try f.build("site")
        try Data("edited by hand".utf8).write(to: f.root.appendingPathComponent("site/index.html"))
        try FileManager.default.removeItem(at: f.root.appendingPathComponent("site/timeline.md"))
        #expect(try f.build("site") == first)
        // The record of the pages rendered, damaged, is no record: every page is rendered.
        try Data("not a record".utf8).write(to: f.cache.appendingPathComponent(BuildCache.pagesFile))
        #expect(try f.build("site") == first)
    }

    @Test func otherTemplatesOrAnotherAddressRenderThePagesAgain() throws {
        let f = try Folders()
        _ = try f.build("site")
        let templates = f.root.appendingPathComponent("templates")
        try FileManager.default.copyItem(at: Paths.templates, to: templates)
        let template = templates.appendingPathComponent("page.mustache")
        let text = try String(contentsOf: template, encoding: .utf8)
        try text.replacingOccurrences(of: "</footer>", with: "<p>Printed for the harbour board.</p></footer>").write(to: template, atomically: true, encoding: .utf8)
        let edited = try f.build("site", templates: templates)
        #expect(edited == (try f.build("plain", cached: false, templates: templates)))
        #expect(edited.filter { $0.key.hasSuffix(".html") }.allSatisfy { String(decoding: $0.value, as: UTF8.self).contains("harbour board") })
        let published = try f.build("site", templates: templates, baseURL: "https://example.org/harbour/")
        #expect(published == (try f.build("plain", cached: false, templates: templates, baseURL: "https://example.org/harbour/")))
        #expect(String(decoding: published["index.html"] ?? Data(), as: UTF8.self).contains("feed.xml"))
    }

    @Test func aPageTakenUnchangedIsCheckedAgainOnceAPageItLinksIntoLostAnAnchor() throws {
        // A link of the glossary (into source a) and one of the background (into source c), each changed
        // behind the build's back with its stamp kept, lead nowhere.
        let f = try Folders()
        let first = try f.build("site")
        for (route, link) in [("glossary.html", "href=\"sources/a.html#"), ("background.html", "href=\"sources/c.html#")] {
            let html = try #require(first[route])
            let at = try #require(html.range(of: Data(link.utf8)))
            try overwrite(f.root.appendingPathComponent("site/" + route), at: at.lowerBound - html.startIndex + "href=\"sources/".utf8.count,
                          with: "q", keepingStamp: true)
        }
        // A paragraph added to source c loses no anchor: both pages, taken as they are, are not read again.
        let original = try String(contentsOf: f.corpus.appendingPathComponent("c.txt"), encoding: .utf8)
        try f.write(original + "\n\nThe talks resumed on Tuesday, the official said.\n", to: "c.txt")
        let grown = try f.build("site")
        for route in ["glossary.html", "background.html"] {
            #expect(String(decoding: grown[route] ?? Data(), as: UTF8.self).contains("href=\"sources/q.html#"))
        }
        #expect(String(decoding: grown["sources/c.html"] ?? Data(), as: UTF8.self).contains("resumed on Tuesday"))
        // Without that paragraph, source c's page loses an anchor: the background, which links into it, is
        // checked again, and its broken link stops the build, the previous site untouched; the glossary,
        // which links into source a alone, is not read.
        try f.write(original, to: "c.txt")
        #expect {
            _ = try f.build("site")
        } throws: { error in
            "\(error)".contains("background.html: the link sources/q.html#") && !"\(error)".contains("glossary.html")
        }
        #expect(filesUnder(f.root.appendingPathComponent("site")) == grown)
    }

    /// Writes `text` over the file's bytes at `offset`, in place; with `keepingStamp`, its modification
    /// time is set back to what it was, so that size, inode and time are all as before.
    func overwrite(_ file: URL, at offset: Int, with text: String, keepingStamp: Bool) throws {
        var before = stat()
        #expect(lstat(file.path, &before) == 0)
        let handle = try FileHandle(forWritingTo: file)
        try handle.seek(toOffset: UInt64(offset))
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
        var times = [before.st_atim, before.st_mtim]
        if !keepingStamp { times[1].tv_nsec = (times[1].tv_nsec + 1) % 1_000_000_000 }
        #expect(utimensat(AT_FDCWD, file.path, &times, 0) == 0)
    }

    @Test func aCacheInsideTheOutputIsRefused() throws {
        let f = try Folders()
        let output = f.root.appendingPathComponent("site")
        #expect(throws: BriefingError.self) {
            try Site.build(BuildOptions(corpus: f.corpus, output: output, templates: Paths.templates,
                                        cache: output.appendingPathComponent(".cache")))
        }
    }

    @Test func theDefaultCacheIsBesideTheOutputAndNamedAfterIt() {
        let cache = BuildOptions.defaultCache(for: URL(fileURLWithPath: "/srv/briefings/harbour"))
        #expect(cache.path == "/srv/briefings/.briefing-cache/harbour")
    }
}
