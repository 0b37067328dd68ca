import Foundation
import Support

/// What the site check needs of one HTML page, read once: its ids and hrefs, its element counts and
/// its basics. It reads our own generated HTML, where attributes are double-quoted.
public struct PageScan: Sendable, Equatable {
    public private(set) var ids = Set<String>()
    public private(set) var duplicateIDs = Set<String>()
    /// The hrefs of the page's links, in order, one after another in one buffer (a site of 10,000
    /// articles has millions, each a string of its own otherwise): `hrefs` gives them back.
    private var hrefBytes: [UInt8] = []
    private var hrefEnds: [Int32] = []
    /// How many `<h1>` elements the page has: the one element the check counts.
    public private(set) var headings = 0
    /// The `src` of each script element; an inline script has none and is counted apart.
    public private(set) var scriptSources: [String] = []
    public private(set) var inlineScripts = 0
    public let startsWithDoctype: Bool
    public let hasLanguage: Bool
    public let hasTitle: Bool

    /// The page's UTF-8 bytes, read as bytes throughout: the markup that matters is ASCII.
    public init(_ html: [UInt8]) {
        startsWithDoctype = html.starts(with: Self.doctype)
        hasLanguage = html.firstOffset(of: Self.languageAttribute) != nil
        hasTitle = html.firstOffset(of: Self.titleTag) != nil
        var i = 0
        while i < html.count {
            guard html[i] == UInt8(ascii: "<") else { i += 1; continue }
            var j = i + 1
            while j < html.count, html[j] != UInt8(ascii: ">") { j += 1 }
            let tag = html[(i + 1)..<min(j, html.count)]
            // Our own tag names are ASCII letters and digits, compared without a string made of each.
            let name = tag.prefix { Self.isASCIIAlphanumeric($0) }
            if !name.isEmpty {
                if Self.is(name, "h1") { headings += 1 }
                if Self.is(name, "script") {
                    if let src = Self.attribute(Self.srcAttribute, in: tag) { scriptSources.append(Self.unescape(src)) } else { inlineScripts += 1 }
                }
                if let id = Self.attribute(Self.idAttribute, in: tag) {
                    if !ids.insert(id).inserted { duplicateIDs.insert(id) }
                }
                if Self.is(name, "a") || Self.is(name, "link"), let href = Self.attribute(Self.hrefAttribute, in: tag) {
                    hrefBytes += Self.unescape(href).utf8
                    hrefEnds.append(Int32(hrefBytes.count))
                }
            }
            i = j + 1
        }
        // The scans of every page are kept until the check.
        hrefBytes = hrefBytes.withoutSpareRoom()
        hrefEnds = hrefEnds.withoutSpareRoom()
    }

    /// The hrefs of the page's `<a>` and `<link>` elements, in order, unescaped.
    public var hrefs: [String] {
        var start = 0
        return hrefEnds.map { end in
            defer { start = Int(end) }
            return String(decoding: hrefBytes[start..<Int(end)], as: UTF8.self)
        }
    }

    /// Whether a tag's name is `name` (lower-case ASCII), in any case.
    static func `is`(_ tag: ArraySlice<UInt8>, _ name: StaticString) -> Bool {
        tag.count == name.utf8CodeUnitCount && zip(tag, UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)).allSatisfy { $0 | 0x20 == $1 | 0x20 }
    }

    static let doctype = Array("<!DOCTYPE html>".utf8)
    static let languageAttribute = Array("<html lang=\"".utf8)
    static let titleTag = Array("<title>".utf8)
    static let idAttribute = Array(" id=\"".utf8)
    static let hrefAttribute = Array(" href=\"".utf8)
    static let srcAttribute = Array(" src=\"".utf8)

    static func isASCIIAlphanumeric(_ b: UInt8) -> Bool {
        (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z") || b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")
    }

    /// The value of the attribute whose opening (` id="`) is given, in a tag's bytes.
    static func attribute(_ opening: [UInt8], in tag: ArraySlice<UInt8>) -> String? {
        guard let at = tag.firstOffset(of: opening) else { return nil }
        let start = at + opening.count
        guard let end = tag[start...].firstIndex(of: UInt8(ascii: "\"")) else { return nil }
        return String(decoding: tag[start..<end], as: UTF8.self)
    }

    static func unescape(_ s: String) -> String {
        guard s.utf8.contains(UInt8(ascii: "&")) else { return s }
        return s.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&quot;", with: "\"")
    }
}

/// Where a link of a page leads: out of the site by a scheme a page may use, to a problem, or to a
/// file of the site (the page itself for an anchor alone) and an anchor in it.
public enum LinkDestination: Equatable, Sendable {
    case away
    case problem(String)
    case route(String, anchor: String?)

    /// Where `href`, on the page at the site-relative route `page`, leads.
    public init(_ href: String, from page: String) {
        // The schemes below are at most 11 characters long: only those are lower-cased.
        let lower = href.prefix(11).lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("mailto:") {
            self = .away
            return
        }
        if lower.hasPrefix("javascript:") || lower.hasPrefix("data:") || lower.hasPrefix("vbscript:") {
            self = .problem("a link to \(href) is not allowed")
            return
        }
        if href.hasPrefix("/") || href.hasPrefix("//") {
            self = .problem("the link \(href) is absolute; links must be relative")
            return
        }
        // Cut as UTF-8: "#" and "/" are single bytes, and every link of every page passes here.
        let slash = UInt8(ascii: "/")
        let hash = href.utf8.firstIndex(of: UInt8(ascii: "#"))
        let path = String(href[..<(hash ?? href.endIndex)])
        let fragment = hash.map { String(href[href.utf8.index(after: $0)...]) }
        guard !path.isEmpty else {
            self = .route(page, anchor: fragment)
            return
        }
        var components = page.utf8.split(separator: slash).dropLast().map { Substring($0) }
        let decoded = path.utf8.contains(UInt8(ascii: "%")) ? path.removingPercentEncoding ?? path : path
        for piece in decoded.utf8.split(separator: slash).map({ Substring($0) }) {
            if piece == ".." {
                guard !components.isEmpty else {
                    self = .problem("the link \(href) leaves the site")
                    return
                }
                components.removeLast()
            } else if piece != "." {
                components.append(piece)
            }
        }
        self = .route(components.joined(separator: "/"), anchor: fragment)
    }
}

extension PageScan {
    /// The pages at `routes`, each read by `read` and scanned, on every core, in order; nil for a page that cannot be read.
    public static func scanning(_ routes: [String], read: @Sendable (String) -> Data?) -> [(route: String, scan: PageScan?)] {
        ParallelMap.map(routes) { route in (route, read(route).map { PageScan([UInt8]($0)) }) }
    }

    /// The other pages this page, at `route`, links into with an anchor, each once and in order. Each
    /// href's page part is read as bytes, and each distinct one resolved once: a long page has
    /// thousands of links into a few hundred pages.
    public func pagesLinkedInto(from route: String) -> [String] {
        var seenPaths = Set<ArraySlice<UInt8>>()
        var seen = Set<String>()
        var out: [String] = []
        var start = 0
        for end in hrefEnds.map(Int.init) {
            defer { start = end }
            let href = hrefBytes[start..<end]
            guard let hash = href.firstIndex(of: UInt8(ascii: "#")), hash > start, hash + 1 < end,
                  seenPaths.insert(hrefBytes[start..<hash]).inserted,
                  case .route(let target, _) = LinkDestination(String(decoding: href, as: UTF8.self), from: route),
                  target != route, seen.insert(target).inserted else { continue }
            out.append(target)
        }
        return out
    }
}
