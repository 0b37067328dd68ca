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
        let shards = try SearchIndex.shards(Self.entries)
        #expect(shards.map(\.route) == ["search/shard-0.js"])
        #expect(try rows(shards[0]) == Self.entries.map { [$0.kind.rawValue, $0.title, $0.route, $0.text] })
        // The line separator, a line end to older JavaScript, is written as an escape.
        #expect(!String(decoding: shards[0].bytes, as: UTF8.self).contains("\u{2028}"))
    }

    @Test func aLargeIndexIsCutIntoShardsInOrder() throws {
        let shards = try SearchIndex.shards(Self.entries, maxBytes: 80)
        #expect(shards.map(\.route) == ["search/shard-0.js", "search/shard-1.js", "search/shard-2.js"])
        #expect(try shards.flatMap(rows).map { $0[2] } == Self.entries.map(\.route))
    }

    @Test func anEmptyBriefingStillHasAShardToLoad() throws {
        #expect(try SearchIndex.shards([]).count == 1)
    }
}
