import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Render
import Support
import Testing
import TestFixtures
@testable import Site

/// The files for crawlers and feed readers: robots.txt and 404.html always; a sitemap and an Atom
/// feed of the events when the site's address is given.
@Suite struct FeedTests {
    func build(_ corpus: URL, baseURL: String?) throws -> [String: Data] {
        let output = Paths.temporary("feeds").appendingPathComponent("site")
        _ = try Site.build(BuildOptions(corpus: corpus, output: output, templates: Paths.templates, baseURL: baseURL))
        return filesUnder(output)
    }

    func text(_ files: [String: Data], _ route: String) -> String { String(decoding: files[route] ?? Data(), as: UTF8.self) }

    /// Whether the text is well-formed XML.
    func parses(_ xml: String) -> Bool { XMLParser(data: Data(xml.utf8)).parse() }

    func matches(of pattern: String, in text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { String(text[Range($0.range(at: 1), in: text)!]) }
    }

    @Test func withoutAnAddressThereIsNoSitemapOrFeed() throws {
        let files = try build(Paths.fixture("rivers"), baseURL: nil)
        #expect(text(files, "robots.txt") == "User-agent: *\nAllow: /\n")
        #expect(files["sitemap.xml"] == nil && files["feed.xml"] == nil)
        #expect(text(files, "404.html").contains("<h1>Page not found</h1>"))
        #expect(text(files, "404.html").contains("href=\"index.html\""))
        #expect(!text(files, "index.html").contains("application/atom+xml"))
    }

    @Test func withAnAddressTheSitemapListsEveryPageAndTheFeedEveryEvent() throws {
        let files = try build(Paths.fixture("rivers"), baseURL: "https://example.org/rivers")
        #expect(text(files, "robots.txt").hasSuffix("Sitemap: https://example.org/rivers/sitemap.xml\n"))
        let sitemap = text(files, "sitemap.xml")
        #expect(parses(sitemap))
        let pages = Set(files.keys.filter { $0.hasSuffix(".html") && $0 != "404.html" }.map { "https://example.org/rivers/" + $0 })
        #expect(Set(matches(of: "<loc>([^<]*)</loc>", in: sitemap)) == pages)

        let feed = text(files, "feed.xml")
        #expect(parses(feed))
        let export = try JSONSerialization.jsonObject(with: files["data/briefing.json"]!) as! [String: Any]
        let events = export["events"] as! [[String: Any]]
        let ids = matches(of: "<id>(urn:[^<]*)</id>", in: feed)
        #expect(ids.count == events.count && Set(ids).count == ids.count)
        #expect(matches(of: "<link href=\"https://example.org/rivers/timeline.html#([^\"]*)\"/>", in: feed).sorted()
                == events.map { $0["id"] as! String }.sorted())
        #expect(text(files, "index.html").contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"feed.xml\""))
        #expect(text(files, "sources/index.html").contains("href=\"../feed.xml\""))
    }

    /// Event numbers shift as a corpus grows; the feed's ids must not, or readers show old events as new.
    @Test func anEntryKeepsItsIDWhenAnArticleIsAdded() throws {
        let corpus = try copyOfCorpus(Paths.fixture("rivers"))
        let before = matches(of: "<id>(urn:[^<]*)</id>", in: text(try build(corpus, baseURL: "https://example.org/"), "feed.xml"))
        try "The Orun water board met in Lirsa on 2 February 2020 and again on 9 February 2020 to set the spring quotas.\n"
            .write(to: corpus.appendingPathComponent("zz-late.txt"), atomically: true, encoding: .utf8)
        let after = matches(of: "<id>(urn:[^<]*)</id>", in: text(try build(corpus, baseURL: "https://example.org/"), "feed.xml"))
        #expect(after.count > before.count)
        #expect(Set(before).isSubset(of: Set(after)))
    }

    @Test func refusesAnAddressThatIsNotHTTP() {
        for bad in ["example.org/briefing", "ftp://example.org/", "https://", "https://example.org/?page=1"] {
            #expect(throws: BriefingError.self) { try build(Paths.fixture("rivers"), baseURL: bad) }
        }
    }
}

/// The search index of a built site: every kind of thing is in it, and every hit leads somewhere real.
@Suite struct SearchSiteTests {
    @Test func everyEntryLeadsToAPageAndAnchorThatExist() throws {
        let output = Paths.temporary("search").appendingPathComponent("site")
        _ = try Site.build(BuildOptions(corpus: Paths.fixture("rivers"), output: output, templates: Paths.templates))
        let files = filesUnder(output)
        let shard = String(decoding: try #require(files["search/shard-0.js"]), as: UTF8.self)
        let json = shard.dropFirst("briefingSearch.add(".count).dropLast(");\n".count)
        let rows = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [[String]]
        #expect(Set(rows.map { $0[0] }).isSuperset(of: ["actor", "person", "event", "source", "paragraph"]))
        for row in rows {
            let parts = row[2].split(separator: "#", maxSplits: 1).map(String.init)
            let page = try #require(files[parts[0]], "\(row[2]) leads to no page")
            if parts.count == 2 {
                #expect(PageScan([UInt8](page)).ids.contains(parts[1]), "\(row[2]) leads to no anchor")
            }
        }
        let searchPage = String(decoding: files["search.html"]!, as: UTF8.self)
        #expect(searchPage.contains("<script src=\"assets/search.js\" data-root=\"\" data-shards=\"1\"></script>"))
        #expect(searchPage.contains("<form id=\"search-form\" class=\"search\" role=\"search\" hidden>"))
    }
}
