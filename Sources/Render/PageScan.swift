import Foundation

/// What the site check needs of one HTML page, read once: its ids and hrefs, its element counts and
/// its basics. It reads our own generated HTML, where attributes are double-quoted.
public struct PageScan: Sendable, Equatable {
    public private(set) var ids = Set<String>()
    public private(set) var duplicateIDs = Set<String>()
    public private(set) var hrefs: [String] = []
    private var elements: [String: Int] = [:]
    public private(set) var hasScript = false
    public let startsWithDoctype: Bool
    public let hasLanguage: Bool
    public let hasTitle: Bool

    public init(_ html: String) {
        startsWithDoctype = html.hasPrefix("<!DOCTYPE html>")
        hasLanguage = html.contains("<html lang=\"")
        hasTitle = html.contains("<title>")
        let bytes = Array(html.utf8)
        var i = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "<") else { i += 1; continue }
            var j = i + 1
            while j < bytes.count, bytes[j] != UInt8(ascii: ">") { j += 1 }
            let tag = String(decoding: bytes[(i + 1)..<min(j, bytes.count)], as: UTF8.self)
            let name = tag.prefix { $0.isLetter || $0.isNumber }.lowercased()
            if !name.isEmpty {
                elements[name, default: 0] += 1
                if name == "script" { hasScript = true }
                if let id = Self.attribute("id", in: tag) {
                    if !ids.insert(id).inserted { duplicateIDs.insert(id) }
                }
                if name == "a" || name == "link", let href = Self.attribute("href", in: tag) { hrefs.append(Self.unescape(href)) }
            }
            i = j + 1
        }
    }

    public func count(of element: String) -> Int { elements[element] ?? 0 }

    static func attribute(_ name: String, in tag: String) -> String? {
        guard let r = tag.range(of: " \(name)=\"") else { return nil }
        let rest = tag[r.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }

    static func unescape(_ s: String) -> String {
        s.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&quot;", with: "\"")
    }
}
