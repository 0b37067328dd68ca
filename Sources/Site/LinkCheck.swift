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
        let read: @Sendable (String) -> Data? = { FileManager.default.contents(atPath: folder.appendingPathComponent($0).path) }
        let scanned = PageScan.scanning(routes.filter { $0.hasSuffix(".html") }.sorted(), read: read)
        let pages = Dictionary(scanned.compactMap { route, scan in scan.map { (route, $0) } }, uniquingKeysWith: { a, _ in a })
        return check(RenderedSite(routes: routes, pages: pages, read: read))
    }

    public static func check(_ site: RenderedSite) -> (pages: Int, links: Int, problems: [BriefingError]) {
        var problems: [BriefingError] = []
        if !site.routes.contains("index.html") { problems.append(BriefingError(step: .check, file: "index.html", "the site has no front page")) }
        let timeline = timelineLinks(site.read(timelineFile)).map { Link(file: timelineFile, base: siteRoot, href: $0) }
        let ids = anchors(site, besides: timeline)
        // The pages are checked on one core while the data files are on every core; their problems
        // are listed in that order.
        let (pages, dataFiles) = ParallelMap.both({ pageProblems(site, ids: ids) }, { dataFileProblems(site, timeline: timeline, ids: ids) })
        return (site.pages.count + site.unchanged.count, pages.links + dataFiles.links, problems + pages.problems + dataFiles.problems)
    }

    /// The ids of the pages links may point into: each scanned page's, and those of the unchanged pages
    /// that a scanned page or `links` point into with an anchor, read for that.
    static func anchors(_ site: RenderedSite, besides links: [Link]) -> [String: Set<String>] {
        var ids = site.pages.mapValues(\.ids)
        guard !site.unchanged.isEmpty else { return ids }
        var wanted = Set<String>()
        for link in site.pages.flatMap({ page, scan in scan.hrefs.map { Link(file: page, base: page, href: $0) } }) + links {
            if case .route(let target, let anchor?) = LinkDestination(link.href, from: link.base), !anchor.isEmpty, site.unchanged.contains(target) {
                wanted.insert(target)
            }
        }
        for (route, scan) in PageScan.scanning(wanted.sorted(), read: site.read) {
            ids[route] = scan?.ids ?? []
        }
        return ids
    }

    /// Each page's basics, its Markdown twin, and its links, a page at a time (the links of every page
    /// at once would be tens of millions at 10,000 articles); of a page unchanged since a check passed
    /// it, its twin alone.
    static func pageProblems(_ site: RenderedSite, ids: [String: Set<String>]) -> (problems: [BriefingError], links: Int) {
        var problems: [BriefingError] = []
        var linkProblems: [BriefingError] = []
        var resolved = ResolvedLinks()
        var count = 0
        for page in (Array(site.pages.keys) + site.unchanged).sorted() {
            if let scan = site.pages[page] {
                let links = (scan.hrefs + scan.scriptSources).map { Link(file: page, base: page, href: $0) }
                count += links.count
                linkProblems += resolved.problems(links, routes: site.routes, ids: ids)
                for problem in sanity(scan) { problems.append(BriefingError(step: .check, file: page, problem)) }
            }
            let twin = String(page.dropLast(5)) + ".md"
            if !site.routes.contains(twin), page != "404.html" { problems.append(BriefingError(step: .check, file: page, "its Markdown twin \(twin) is missing")) }
        }
        return (problems + linkProblems, count)
    }

    /// The links of the TimelineJS export, and the citations of the JSON export.
    static func dataFileProblems(_ site: RenderedSite, timeline links: [Link], ids: [String: Set<String>]) -> (problems: [BriefingError], links: Int) {
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
        switch LinkDestination(href, from: page) {
        case .away: return nil
        case .problem(let problem): return problem
        case .route(let target, let fragment):
            if target != page, !routes.contains(target) { return "the link \(href) points at \(target), which does not exist" }
            if let fragment, !fragment.isEmpty, target.hasSuffix(".html"), !(ids[target]?.contains(fragment) ?? false) {
                return "the anchor #\(fragment) of \(href) does not exist in \(target)"
            }
            return nil
        }
    }

    /// Every citation in the JSON export must name a source and a paragraph that exist, with its exact sentence.
    static func citationProblems(_ bytes: Data?) -> [BriefingError] {
        let file = exportFile
        guard let bytes else { return [BriefingError(step: .check, file: file, "missing")] }
        guard let export = ExportCitations(bytes), let lists = export.problems() else {
            return [BriefingError(step: .check, file: file, "is not a briefing export")]
        }
        return lists.flatMap { path, problems in problems.map { BriefingError(step: .check, file: file, "\(path): \($0)") } }
    }
}

/// What the check reads of the JSON export: the sources' paragraphs, and each list of citations at
/// the places `schema/briefing.schema.json` gives them. Nothing of it is decoded: its objects are
/// followed by their brackets, each element of a list on its own and on every core, and a citation's
/// sentence is compared with its paragraph's text as the export writes both (at 10,000 articles the
/// export is 270 MB, and decoding it took most of the check).
struct ExportCitations: Sendable {
    let bytes: Data
    let elements: [String: [Range<Int>]]
    /// Where each paragraph's text lies, by source and paragraph.
    private(set) var paragraphs: [String: [String: Range<Int>]] = [:]

    /// Nil unless the bytes are one JSON object with a list of sources, each an object.
    init?(_ bytes: Data) {
        guard let elements = JSONObjectParts.of(bytes)?.lists, let sources = elements["sources"] else { return nil }
        self.bytes = bytes
        self.elements = elements
        let read = ParallelMap.map(sources) { range -> (String, [String: Range<Int>])?? in
            guard let source = JSONObjectParts.of(bytes[range]) else { return .some(nil) }
            guard let id = source.strings["id"] else { return nil }
            var texts: [String: Range<Int>] = [:]
            for paragraph in source.lists["paragraphs"] ?? [] {
                guard let parts = JSONObjectParts.of(bytes[paragraph]) else { return .some(nil) }
                if let id = parts.strings["id"].map({ Self.text($0, in: bytes) }), texts[id] == nil { texts[id] = parts.strings["text"] ?? 0..<0 }
            }
            return (Self.text(id, in: bytes), texts)
        }
        for source in read {
            guard let source else { continue }
            guard let (id, texts) = source else { return nil }
            if paragraphs[id] == nil { paragraphs[id] = texts }
        }
    }

    /// An identifier as the export writes it.
    static func text(_ range: Range<Int>, in bytes: Data) -> String { String(decoding: bytes[range], as: UTF8.self) }

    /// The problems of each list of citations with its path in the export (`$.quotes[0]`), in the order
    /// of the export's keys; nil when an element or a citation is no object. The lists inside an element
    /// (an actor's statements, thousands at 10,000 articles) are taken each on its own, on every core.
    func problems() -> [(path: String, problems: [String])]? {
        var citing: [(path: String, range: Range<Int>)] = []
        for (key, inner) in [("actors", "statements"), ("background", nil), ("conflicts", "claims"), ("events", nil),
                             ("glossary", nil), ("issues", nil), ("people", nil), ("quotes", nil)] {
            for (i, range) in (elements[key] ?? []).enumerated() {
                guard let inner else {
                    citing.append(("$.\(key)[\(i)]", range))
                    continue
                }
                guard let lists = JSONObjectParts.of(bytes[range])?.lists else { return nil }
                citing += (lists[inner] ?? []).enumerated().map { j, range in ("$.\(key)[\(i)].\(inner)[\(j)]", range) }
            }
        }
        let found = ParallelMap.map(citing.map(\.range)) { range -> [String]? in
            guard let element = JSONObjectParts.of(bytes[range]) else { return nil }
            var problems: [String] = []
            for citation in element.lists["citations"] ?? [] {
                guard let cited = JSONObjectParts.of(bytes[citation]) else { return nil }
                if let problem = problem(source: cited.strings["source"], paragraph: cited.strings["paragraph"], sentence: cited.strings["sentence"]) {
                    problems.append(problem)
                }
            }
            return problems
        }
        var out: [(path: String, problems: [String])] = []
        for (element, problems) in zip(citing, found) {
            guard let problems else { return nil }
            if !problems.isEmpty { out.append((element.path, problems)) }
        }
        return out
    }

    /// What is wrong with a citation, given where its fields are written: a source or paragraph that is
    /// not there, or a sentence that is not in its paragraph.
    func problem(source: Range<Int>?, paragraph: Range<Int>?, sentence: Range<Int>?) -> String? {
        let source = source.map { Self.text($0, in: bytes) } ?? "?"
        let paragraph = paragraph.map { Self.text($0, in: bytes) } ?? "?"
        guard let text = paragraphs[source]?[paragraph] else { return "the citation \(source)#\(paragraph) points at no paragraph" }
        let base = bytes.startIndex
        let found = bytes.withUnsafeBytes { raw in
            let all = raw.bindMemory(to: UInt8.self)
            func written(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: all[(range.lowerBound - base)..<(range.upperBound - base)]) }
            return sentence.map { JSONObjectParts.isPiece(Array(written($0)), of: written(text)) } ?? false
        }
        return found ? nil : "the cited sentence is not in \(source)#\(paragraph)"
    }
}
