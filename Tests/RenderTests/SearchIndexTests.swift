import Foundation
import Testing
@testable import Compose
@testable import Render

@Suite struct SearchIndexTests {
    static let entries = [
        SearchEntry(kind: .person, title: "Mira Tolland", route: "people.html#mira-tolland", text: "harbour master"),
        SearchEntry(kind: .paragraph, title: "Averly Gazette, ¶2", route: "sources/gazette.html#p2",
                    text: "She said \"</script><script>alert(1)</script>\" \u{2028}twice\\."),
        SearchEntry(kind: .event, title: "3 May 2031", route: "timeline.html#e1", text: "Talks opened."),
    ]

    /// The rows of a shard as JSON, from inside its call.
    func rows(_ file: OutputFile) throws -> [[String]] {
        let js = String(decoding: file.bytes, as: UTF8.self)
        #expect(js.hasPrefix("briefingSearch.add([\n") && js.hasSuffix("\n]);\n"))
        let json = js.dropFirst("briefingSearch.add(".count).dropLast(");\n".count)
        return try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [[String]]
    }

    @Test func aShardHoldsEveryEntryAsPlainStrings() throws {
        let shards = SearchIndex.shards(Self.entries)
        #expect(shards.map(\.route) == ["search/shard-0.js"])
        #expect(try rows(shards[0]) == Self.entries.map { [$0.kind.rawValue, $0.title, $0.route, $0.text] })
        // The line separator, a line end to older JavaScript, is written as an escape.
        #expect(!String(decoding: shards[0].bytes, as: UTF8.self).contains("\u{2028}"))
    }

    @Test func aLargeIndexIsCutIntoShardsInOrder() throws {
        let shards = SearchIndex.shards(Self.entries, maxBytes: 80)
        #expect(shards.map(\.route) == ["search/shard-0.js", "search/shard-1.js", "search/shard-2.js"])
        #expect(try shards.flatMap(rows).map { $0[2] } == Self.entries.map(\.route))
    }

    /// An entry added in the middle changes its own shard, perhaps the next; the others keep their route and bytes.
    @Test func anEntryAddedLeavesTheOtherShardsAsTheyWere() throws {
        let entries = (0..<4000).map { n in
            SearchEntry(kind: .paragraph, title: "Gazette ¶\(n)", route: "sources/g.html#p\(n)",
                        text: String(repeating: "The ferry sailed at dawn. ", count: 1 + n * 7 % 5))
        }
        var more = entries
        more.insert(SearchEntry(kind: .paragraph, title: "Gazette ¶x", route: "sources/g.html#px",
                                text: String(repeating: "A new line. ", count: 250)), at: 1000)
        let before = SearchIndex.shards(entries, maxBytes: 40_000), after = SearchIndex.shards(more, maxBytes: 40_000)
        #expect(before.count > 10)
        let kept = before.filter { shard in after.contains { $0.route == shard.route && $0.bytes == shard.bytes } }
        #expect(kept.count >= before.count - 2, "\(kept.count) of \(before.count) kept")
    }

    @Test func anEmptyBriefingStillHasAShardToLoad() throws {
        #expect(SearchIndex.shards([]).count == 1)
    }
}
