import Compose
import Foundation
import Support

/// The search index as scripts, since browsers refuse to fetch a data file from `file://` but load a
/// script: `search/shard-N.js`, each a call `briefingSearch.add([[kind, title, route, text], …])` of
/// at most about `shardBytes`, so that a large corpus's index loads in pieces and only when a reader
/// searches. Routes are from the site root.
/// A shard ends, once past half its size, after an entry its route picks (one in `cutEvery`), so that
/// an entry added or grown in a rebuild changes its own shard and leaves the others' bytes, and an
/// upload of the site, as they were; it ends anyway before it would pass `shardBytes`.
enum SearchIndex {
    static let folder = "search"
    static let shardBytes = 1_000_000
    static let cutEvery: UInt64 = 64
    /// U+2028 and U+2029 as UTF-8, searched for in a shard's bytes.
    static let lineSeparators = [Array("\u{2028}".utf8), Array("\u{2029}".utf8)]

    static func shards(_ entries: [SearchEntry], maxBytes: Int = shardBytes) -> [OutputFile] {
        var files: [OutputFile] = []
        var rows: [String] = []
        var size = 0
        func flush() {
            // Line and paragraph separators end a line in older JavaScript: written as escapes.
            let body = "briefingSearch.add([\n" + rows.joined(separator: ",\n") + "\n]);\n"
            let bytes = Array(body.utf8)
            let safe = lineSeparators.contains { bytes.firstOffset(of: $0) != nil }
                ? Array(body.replacingOccurrences(of: "\u{2028}", with: "\\u2028").replacingOccurrences(of: "\u{2029}", with: "\\u2029").utf8) : bytes
            files.append(OutputFile(route: "\(folder)/shard-\(files.count).js", bytes: safe))
            rows = []
            size = 0
        }
        for entry in entries {
            var json = JSONText(pretty: false)
            json.array(of: [entry.kind.rawValue, entry.title, entry.route, entry.text])
            let row = String(decoding: json.bytes, as: UTF8.self)
            if size + row.utf8.count > maxBytes, !rows.isEmpty { flush() }
            rows.append(row)
            size += row.utf8.count
            if size >= maxBytes / 2, endsAShard(entry) { flush() }
        }
        if !rows.isEmpty || files.isEmpty { flush() }
        return files
    }

    /// Whether a shard past half its size ends after this entry: by its route alone, the same in every build.
    static func endsAShard(_ entry: SearchEntry) -> Bool {
        var hash = ContentHash()
        hash.add(entry.route)
        return UInt64(hash.hex.prefix(16), radix: 16)! % cutEvery == 0
    }
}
