import Foundation
import Render
import Support

/// Checks a site: every relative link and `#anchor` resolves (those in `data/timeline.json` from the
/// site root), every page has its Markdown twin and the basics of an HTML page, and every citation in
/// `data/briefing.json` points at a paragraph that exists. Pure over the values it is given; knows
/// nothing of how pages are made.
public enum SiteCheck {
    /// A site on disk, scanned a page at a time as the render stage would give it; the files the
    /// check reads whole are read from the folder when it needs them.
    public static func check(folder: URL) throws -> (pages: Int, links: Int, problems: [BriefingError]) {
        let fm = FileManager.default
        guard let enumerator = fm.enumerator(atPath: folder.path) else {
            throw BriefingError(step: .check, file: folder.path, "no site there")
        }
        var routes = Set<String>()
        for case let relative as String in enumerator {
            let path = folder.appendingPathComponent(relative).path
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue, fm.isReadableFile(atPath: path) else { continue }
            routes.insert(relative)
        }
        // The pages are read and scanned on every core.
        let scanned = ParallelMap.map(routes.filter { $0.hasSuffix(".html") }.sorted()) { route in
            (route, FileManager.default.contents(atPath: folder.appendingPathComponent(route).path).map { PageScan([UInt8]($0)) })
        }
        let pages = Dictionary(scanned.compactMap { route, scan in scan.map { (route, $0) } }, uniquingKeysWith: { a, _ in a })
        return check(RenderedSite(routes: routes, pages: pages, read: { fm.contents(atPath: folder.appendingPathComponent($0).path) }))
    }

    public static func check(_ site: RenderedSite) -> (pages: Int, links: Int, problems: [BriefingError]) {
        let ids = site.pages.mapValues(\.ids)
        var problems: [BriefingError] = []
        if !site.routes.contains("index.html") { problems.append(BriefingError(step: .check, file: "index.html", "the site has no front page")) }
        // The pages are checked on one core while the data files are on every core; their problems
        // are listed in that order.
        let (pages, dataFiles) = ParallelMap.both({ pageProblems(site, ids: ids) }, { dataFileProblems(site, ids: ids) })
        return (site.pages.count, pages.links + dataFiles.links, problems + pages.problems + dataFiles.problems)
    }

    /// Each page's basics, its Markdown twin, and its links, a page at a time (the links of every page
    /// at once would be tens of millions at 10,000 articles).
    static func pageProblems(_ site: RenderedSite, ids: [String: Set<String>]) -> (problems: [BriefingError], links: Int) {
        var problems: [BriefingError] = []
        var linkProblems: [BriefingError] = []
        var resolved = ResolvedLinks()
        var count = 0
        for page in site.pages.keys.sorted() {
            let scan = site.pages[page]!
            let links = (scan.hrefs + scan.scriptSources).map { Link(file: page, base: page, href: $0) }
            count += links.count
            linkProblems += resolved.problems(links, routes: site.routes, ids: ids)
            for problem in sanity(scan) { problems.append(BriefingError(step: .check, file: page, problem)) }
            let twin = String(page.dropLast(5)) + ".md"
            if !site.routes.contains(twin), page != "404.html" { problems.append(BriefingError(step: .check, file: page, "its Markdown twin \(twin) is missing")) }
        }
        return (problems + linkProblems, count)
    }

    /// The links of the TimelineJS export, and the citations of the JSON export.
    static func dataFileProblems(_ site: RenderedSite, ids: [String: Set<String>]) -> (problems: [BriefingError], links: Int) {
        let links = timelineLinks(site.read(timelineFile)).map { Link(file: timelineFile, base: siteRoot, href: $0) }
        var resolved = ResolvedLinks()
        return (resolved.problems(links, routes: site.routes, ids: ids) + citationProblems(site.read(exportFile)), links.count)
    }

    /// A link to check: the file it is in, the page it is resolved from, and its href.
    struct Link {
        let file: String
        let base: String
        let href: String
    }

    /// The links resolved so far: a link leads to the same place from every page of a folder (an
    /// anchor alone, within its page), so each is resolved once, however many pages carry it.
    struct ResolvedLinks {
        private var problemOf: [LinkFrom: String?] = [:]

        mutating func problems(_ links: [Link], routes: Set<String>, ids: [String: Set<String>]) -> [BriefingError] {
            var problems: [BriefingError] = []
            for link in links {
                let from = LinkFrom(link.href, base: link.base)
                let problem: String?
                if let known = problemOf[from] {
                    problem = known
                } else {
                    problem = resolve(link.href, from: link.base, routes: routes, ids: ids)
                    problemOf.updateValue(problem, forKey: from)
                }
                if let problem { problems.append(BriefingError(step: .check, file: link.file, problem)) }
            }
            return problems
        }
    }

    /// What resolving a link depends on: the href, and the folder of the page it is on, or the page
    /// itself for a link to an anchor alone (`#p3`) or to nothing.
    struct LinkFrom: Hashable {
        let href: String
        let base: Substring

        init(_ href: String, base: String) {
            self.href = href
            let withinPage = href.isEmpty || href.hasPrefix("#")
            self.base = withinPage ? base[...] : base[..<(base.utf8.lastIndex(of: UInt8(ascii: "/")) ?? base.startIndex)]
        }
    }

    static func sanity(_ scan: PageScan) -> [String] {
        var out: [String] = []
        if !scan.startsWithDoctype { out.append("does not start with <!DOCTYPE html>") }
        if !scan.hasLanguage { out.append("has no <html lang=…>") }
        if !scan.hasTitle { out.append("has no <title>") }
        if scan.headings != 1 { out.append("has \(scan.headings) <h1> headings, not one") }
        // The site's own scripts are files of its own; a script written into a page could only come from text.
        if scan.inlineScripts > 0 { out.append("contains an inline <script> element") }
        let duplicates = scan.duplicateIDs
        if !duplicates.isEmpty { out.append("repeats the ids \(duplicates.sorted().joined(separator: ", "))") }
        return out
    }

    static let timelineFile = "data/timeline.json"
    static let exportFile = "data/briefing.json"
    /// Where links that are relative to the site root are resolved from: a page at the root.
    static let siteRoot = "index.html"

    /// The hrefs in the HTML text fields of the TimelineJS export, which are relative to the site root.
    static func timelineLinks(_ file: Data?) -> [String] {
        // Only the slides' texts are decoded, not a tree of the whole export.
        struct Slide: Decodable {
            struct Text: Decodable { let text: String? }
            let text: Text?
        }
        struct Timeline: Decodable {
            let title: Slide?
            let events: [Slide]?
        }
        guard let file, let timeline = try? JSONDecoder().decode(Timeline.self, from: file) else { return [] }
        return ([timeline.title].compactMap { $0 } + (timeline.events ?? [])).flatMap { slide -> [String] in
            guard let text = slide.text?.text else { return [] }
            return PageScan(Array(text.utf8)).hrefs
        }
    }

    static func resolve(_ href: String, from page: String, routes: Set<String>, ids: [String: Set<String>]) -> String? {
        // The schemes below are at most 11 characters long: only those are lower-cased.
        let lower = href.prefix(11).lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("mailto:") { return nil }
        if lower.hasPrefix("javascript:") || lower.hasPrefix("data:") || lower.hasPrefix("vbscript:") {
            return "a link to \(href) is not allowed"
        }
        if href.hasPrefix("/") || href.hasPrefix("//") { return "the link \(href) is absolute; links must be relative" }
        // Cut as UTF-8: "#" and "/" are single bytes, and every link of every page passes here.
        let slash = UInt8(ascii: "/")
        let hash = href.utf8.firstIndex(of: UInt8(ascii: "#"))
        let path = String(href[..<(hash ?? href.endIndex)])
        let fragment = hash.map { String(href[href.utf8.index(after: $0)...]) }
        var target = page
        if !path.isEmpty {
            var components = page.utf8.split(separator: slash).dropLast().map { Substring($0) }
            let decoded = path.utf8.contains(UInt8(ascii: "%")) ? path.removingPercentEncoding ?? path : path
            for piece in decoded.utf8.split(separator: slash).map({ Substring($0) }) {
                if piece == ".." {
                    guard !components.isEmpty else { return "the link \(href) leaves the site" }
                    components.removeLast()
                } else if piece != "." {
                    components.append(piece)
                }
            }
            target = components.joined(separator: "/")
            if !routes.contains(target) { return "the link \(href) points at \(target), which does not exist" }
        }
        if let fragment, !fragment.isEmpty, target.hasSuffix(".html"), !(ids[target]?.contains(fragment) ?? false) {
            return "the anchor #\(fragment) of \(href) does not exist in \(target)"
        }
        return nil
    }

    /// Every citation in the JSON export must name a source and a paragraph that exist, with its exact sentence.
    static func citationProblems(_ bytes: Data?) -> [BriefingError] {
        let file = exportFile
        guard let bytes else { return [BriefingError(step: .check, file: file, "missing")] }
        guard let export = ExportCitations(bytes), let problems = export.eachList({ path, citations in
            citations.compactMap { c -> BriefingError? in
                let (source, paragraph, sentence) = (c.source ?? "?", c.paragraph ?? "?", c.sentence ?? "")
                guard let text = export.paragraphs[source]?[paragraph] else {
                    return BriefingError(step: .check, file: file, "\(path): the citation \(source)#\(paragraph) points at no paragraph")
                }
                // Searched as UTF-8 bytes: the sentence is a piece of the paragraph's text, byte for byte.
                if sentence.isEmpty || text.firstOffset(of: Array(sentence.utf8)) == nil {
                    return BriefingError(step: .check, file: file, "\(path): the cited sentence is not in \(source)#\(paragraph)")
                }
                return nil
            }
        }) else { return [BriefingError(step: .check, file: file, "is not a briefing export")] }
        return problems
    }
}

/// What the check reads of the JSON export: the sources' paragraphs, and each list of citations at
/// the places `schema/briefing.schema.json` gives them. Each element of the export's lists is decoded
/// on its own, and only these fields of it, so that the export of a large corpus (270 MB at 10,000
/// articles) is never decoded whole, and the elements are decoded on every core.
struct ExportCitations: Sendable {
    struct Cited: Decodable, Sendable {
        let source: String?
        let paragraph: String?
        let sentence: String?
    }
    struct Cites: Decodable, Sendable { let citations: [Cited]? }
    struct Source: Decodable, Sendable {
        let id: String?
        let paragraphs: [Paragraph]?
    }
    struct Paragraph: Decodable, Sendable {
        let id: String?
        let text: String?
    }

    let bytes: Data
    let elements: [String: [Range<Int>]]
    /// Each source's paragraphs as UTF-8 bytes, made once: a long paragraph may carry thousands of citations.
    private(set) var paragraphs: [String: [String: [UInt8]]] = [:]

    /// Nil unless the bytes are one JSON object with a list of sources that decode.
    init?(_ bytes: Data) {
        guard let elements = JSONListElements.of(bytes), elements["sources"] != nil else { return nil }
        self.bytes = bytes
        self.elements = elements
        guard let sources = decodeEach("sources", as: Source.self, { _, source -> [(String, [String: [UInt8]])] in
            guard let id = source.id, let list = source.paragraphs else { return [] }
            return [(id, Dictionary(list.compactMap { p in p.id.map { ($0, Array((p.text ?? "").utf8)) } }, uniquingKeysWith: { a, _ in a }))]
        }) else { return nil }
        paragraphs = Dictionary(sources, uniquingKeysWith: { a, _ in a })
    }

    /// What `body` makes of each list of citations, given with its path in the export (`$.quotes[0]`),
    /// in the order of the export's keys; nil when an element does not decode. The lists inside an
    /// element (an actor's statements, thousands at 10,000 articles) are decoded each on its own.
    func eachList<R: Sendable>(_ body: @escaping @Sendable (String, [Cited]) -> [R]) -> [R]? {
        var citing: [(path: String, range: Range<Int>)] = []
        for (key, inner) in [("actors", "statements"), ("background", nil), ("conflicts", "claims"), ("events", nil),
                             ("glossary", nil), ("issues", nil), ("people", nil), ("quotes", nil)] {
            for (i, range) in (elements[key] ?? []).enumerated() {
                guard let inner else {
                    citing.append(("$.\(key)[\(i)]", range))
                    continue
                }
                guard let lists = JSONListElements.of(bytes[range]) else { return nil }
                citing += (lists[inner] ?? []).enumerated().map { j, range in ("$.\(key)[\(i)].\(inner)[\(j)]", range) }
            }
        }
        let paths = citing.map(\.path)
        return decodeEach(citing.map(\.range), as: Cites.self) { i, item in item.citations.map { body(paths[i], $0) } ?? [] }
    }

    /// About how many bytes of a list's elements one core decodes at a time.
    static let chunkBytes = 1 << 18

    /// What `body` makes of each element of the list at `key`, in order, the elements decoded a chunk
    /// at a time on every core; nil when one does not decode.
    private func decodeEach<T: Decodable & Sendable, R: Sendable>(_ key: String, as type: T.Type, _ body: @escaping @Sendable (Int, T) -> [R]) -> [R]? {
        decodeEach(elements[key] ?? [], as: type, body)
    }

    private func decodeEach<T: Decodable & Sendable, R: Sendable>(_ ranges: [Range<Int>], as type: T.Type, _ body: @escaping @Sendable (Int, T) -> [R]) -> [R]? {
        var starts: [Int] = []
        var size = Int.max
        for (i, range) in ranges.enumerated() {
            if size >= Self.chunkBytes {
                starts.append(i)
                size = 0
            }
            size += range.count
        }
        let bytes = self.bytes
        let chunks = ParallelMap.map(starts.indices.map { (starts[$0], $0 + 1 < starts.count ? starts[$0 + 1] : ranges.count) }) { chunk -> [R]? in
            let decoder = JSONDecoder()
            var out: [R] = []
            for i in chunk.0..<chunk.1 {
                guard let value = try? decoder.decode(T.self, from: bytes[ranges[i]]) else { return nil }
                out += body(i, value)
            }
            return out
        }
        var out: [R] = []
        for chunk in chunks {
            guard let chunk else { return nil }
            out += chunk
        }
        return out
    }
}
