import Foundation
import Compose
import Support

/// A file of the finished site.
public struct OutputFile: Sendable, Equatable {
    /// Site-relative path.
    public let route: String
    public let bytes: [UInt8]

    public init(route: String, bytes: [UInt8]) {
        self.route = route
        self.bytes = bytes
    }
}

/// Where the render stage puts each file as it is made, from any core, and reads it back.
public protocol SiteWriter: Sendable {
    /// One file, whole.
    func write(_ route: String, _ bytes: [UInt8]) throws
    /// One file that `pieces` makes and hands over a piece at a time, in order: a file too large to hold whole.
    func write(_ route: String, pieces: (_ emit: ([UInt8]) throws -> Void) throws -> Void) throws
    /// A file written so far.
    func read(_ route: String) -> Data?
    /// The stamp of a file written so far.
    func stamp(_ route: String) -> FileStamp?
    /// The stamp of the previous site's file at `route`; nil when there is none.
    func previousStamp(_ route: String) -> FileStamp?
    /// The previous site's file at `route`, taken into the new site as it is.
    func reusePrevious(_ route: String) throws
    /// The previous site's file at `route`, as it is on disk.
    func readPrevious(_ route: String) -> Data?
}

/// What the check needs of a rendered site, whose files have gone to be written: every file's route,
/// the links, ids and basics of each HTML page, and a way to read a file back.
public struct RenderedSite: Sendable {
    public let routes: Set<String>
    /// The links, ids and basics of each HTML page, by route.
    public let pages: [String: PageScan]
    /// The HTML pages taken unchanged from a previous site whose check they passed, and whose links
    /// still lead where they did: no file of that site is gone, and no page they link into lost an
    /// anchor. They are not scanned again; the check reads one only for the anchors another page links to.
    public let unchanged: Set<String>
    /// A file's bytes, for the few the check reads whole (the data files, hundreds of megabytes at
    /// 10,000 articles, read when the check needs them rather than held since they were made).
    public let read: @Sendable (String) -> Data?

    public init(routes: Set<String>, pages: [String: PageScan], unchanged: Set<String> = [], read: @escaping @Sendable (String) -> Data?) {
        self.routes = routes
        self.pages = pages
        self.unchanged = unchanged
        self.read = read
    }

    /// A site of files in memory, its HTML pages scanned.
    public init(files: [OutputFile]) {
        let pages = files.filter { $0.route.hasSuffix(".html") }
        let bytes = Dictionary(files.map { ($0.route, $0.bytes) }, uniquingKeysWith: { a, _ in a })
        self.init(routes: Set(files.map(\.route)), pages: Dictionary(pages.map { ($0.route, PageScan($0.bytes)) }, uniquingKeysWith: { a, _ in a }),
                  read: { bytes[$0].map { Data($0) } })
    }
}

/// The render stage's entry point: every page's title and body through cmark and into the page
/// template, beside its Markdown twin, and scanned; the assets, the data files and the timeline
/// exports as they are. Each file goes to `writer` as soon as it is made (from any core), so that the
/// site is never held whole. With the address the site is published at (`baseURL`, ending in "/"),
/// a sitemap and an Atom feed too. With the pages an earlier build rendered (`memory`), a page whose
/// inputs are all as they were is taken from the previous site rather than rendered again.
public func render(_ composed: consuming Briefing, templates: Templates, baseURL: String? = nil, into writer: some SiteWriter,
                   memory: (any RenderMemory)? = nil) throws -> RenderedSite {
    // The data files and pages are taken over, each let go once written (with the export, the corpus
    // and the findings it is made from), so that what is written is not held to the end.
    let dataFiles = composed.dataFiles
    let dataRoutes = dataFiles.map(\.route)
    // Handed to the pages' map whole, so that no other copy keeps each page once it is written.
    nonisolated(unsafe) var pending: [Page]? = composed.pages
    (composed.dataFiles, composed.pages) = ([], [])
    let briefing = composed
    // The search index and the timeline's exports are each made in one piece: the two at once.
    let (searchShards, timeline) = ParallelMap.both({ SearchIndex.shards(briefing.search) }, {
        Result { (json: try TimelineJSExport.json(briefing.timeline, title: briefing.title, asOf: briefing.asOf),
                  chart: Array(TimelineChart(events: briefing.timeline, page: Routes.timelineChart).svg(title: briefing.title).utf8)) }
    })
    let siteInputs = templates.fingerprint + " cmark " + CommonMark.version
    // The data files, each as long to make as the longest page, are written beside the pages, each
    // on every core too (a map inside `both` has them all).
    let (dataWritten, rendered) = ParallelMap.both({
        Result { for file in dataFiles { try writer.write(file.route, pieces: file.write) } }
    }, { ParallelMap.mapReleasing(pending.take()!) { page -> Result<Written, Error> in
        Result {
            let nav: [[String: Any]] = briefing.sections.map { section in
                ["label": section.label, "href": Routes.relative(from: page.route, to: section.route),
                 "current": section.kinds.contains(page.kind)]
            }
            var context: [String: Any] = [
                "lang": briefing.language, "title": page.title,
                "documentTitle": page.kind == .index ? briefing.title : "\(page.title) · \(briefing.title)", "siteTitle": briefing.title,
                "root": Routes.root(from: page.route), "kind": page.kind.rawValue, "nav": nav,
                "asOf": briefing.asOf,
                "sources": MD.count(briefing.sourceCount, "source", "sources"),
                "markdownHref": String(page.markdownRoute.split(separator: "/").last!),
            ]
            if baseURL != nil { context["feedHref"] = Routes.relative(from: page.route, to: Feeds.feed) }
            if page.kind == .search { context["search"] = ["shards": searchShards.count] }
            if let table = page.table { context["table"] = tableContext(table) }
            if let details = page.details { context["details"] = ["summary": details.summary, "lines": details.lines] }
            // The chart is our own markup, drawn in the page so that its marks link and show their text.
            if page.route == Routes.timeline, !briefing.timeline.isEmpty {
                context["chart"] = TimelineChart(events: briefing.timeline, page: page.route).svg(title: briefing.title)
            }
            let routes = [page.route, page.markdownRoute]
            let inputs = memory == nil ? nil : RenderInputs.fingerprint(site: siteInputs, context: context, markdown: [page.heading, page.body])
            if let inputs, let before = memory?.recall(page.route), before.inputs == inputs,
               writer.previousStamp(page.route) == before.html, writer.previousStamp(page.markdownRoute) == before.markdown {
                for route in routes { try writer.reusePrevious(route) }
                memory?.keep(before, at: page.route)
                return Written(routes: routes, page: nil, unchanged: page.route)
            }
            context["heading"] = try CommonMark.html(page.heading)
            context["body"] = try CommonMark.html(page.body)
            let html = Array(try templates.render("page", context).utf8)
            try writer.write(page.route, html)
            try writer.write(page.markdownRoute, Array(page.markdown.utf8))
            let scan = PageScan(html)
            if let inputs, let htmlStamp = writer.stamp(page.route), let markdownStamp = writer.stamp(page.markdownRoute) {
                memory?.keep(RenderedPage(inputs: inputs, html: htmlStamp, markdown: markdownStamp, linksInto: scan.pagesLinkedInto(from: page.route)),
                             at: page.route)
            }
            return Written(routes: routes, page: (page.route, scan))
        }
    } })
    _ = consume dataFiles
    try dataWritten.get()
    var pages: [String: PageScan] = [:]
    var unchanged = Set<String>()
    var pageRoutes: [String] = []
    var routes = Set(dataRoutes)
    for result in rendered {
        let written = try result.get()
        routes.formUnion(written.routes)
        if let (route, scan) = written.page {
            pages[route] = scan
            pageRoutes.append(route)
        }
        if let route = written.unchanged {
            unchanged.insert(route)
            pageRoutes.append(route)
        }
    }
    var files: [OutputFile] = templates.assets.map { OutputFile(route: $0.route, bytes: $0.bytes) }
    files.append(OutputFile(route: Routes.timelineJSON, bytes: try timeline.get().json))
    files.append(OutputFile(route: Routes.timelineChart, bytes: try timeline.get().chart))
    files += searchShards
    files.append(OutputFile(route: "robots.txt", bytes: Array(Feeds.robots(baseURL: baseURL).utf8)))
    if let baseURL {
        files.append(OutputFile(route: Feeds.sitemap, bytes: Array(Feeds.sitemapXML(routes: pageRoutes, baseURL: baseURL).utf8)))
        files.append(OutputFile(route: Feeds.feed, bytes: Array(Feeds.atom(briefing.timeline, title: briefing.title, asOf: briefing.asOfDay,
                                                                             baseURL: baseURL).utf8)))
    }
    for file in files {
        try writer.write(file.route, file.bytes)
        routes.insert(file.route)
    }
    if let memory, !unchanged.isEmpty {
        // A page taken unchanged is checked again when a page it links into lost an anchor; all are
        // when a file of the previous site is gone.
        let again = anchorsLost(routes: routes, pages: pages, writer: writer, memory: memory).map { lost in
            unchanged.filter { memory.recall($0)?.linksInto.contains(where: lost.contains) ?? true }
        } ?? unchanged
        for (route, scan) in try scanned(again.sorted(), writer: writer) { pages[route] = scan }
        unchanged.subtract(again)
    }
    memory?.keep(routes: routes)
    return RenderedSite(routes: routes, pages: pages, unchanged: unchanged, read: { writer.read($0) })
}

/// The pages of the previous site rendered again that lost an anchor they had there; nil when that
/// is not known (a page's previous file is not the one that build wrote) or a file of that site is gone.
/// A page taken unchanged that links into none of them needs no check: that build's check passed it,
/// and its links still lead where they did.
func anchorsLost(routes: Set<String>, pages: [String: PageScan], writer: some SiteWriter, memory: any RenderMemory) -> Set<String>? {
    let before = memory.recallRoutes()
    guard before.isSubset(of: routes) else { return nil }
    let compared = ParallelMap.map(pages.keys.filter(before.contains).sorted()) { route -> (route: String, lost: Bool)? in
        guard let kept = memory.recall(route), writer.previousStamp(route) == kept.html, let html = writer.readPrevious(route) else { return nil }
        return (route, !PageScan([UInt8](html)).ids.isSubset(of: pages[route]!.ids))
    }
    guard compared.allSatisfy({ $0 != nil }) else { return nil }
    return Set(compared.compactMap { $0!.lost ? $0!.route : nil })
}

/// The pages at `routes` of the new site, read back and scanned on every core.
func scanned(_ routes: [String], writer: some SiteWriter) throws -> [(String, PageScan)] {
    try PageScan.scanning(routes, read: { writer.read($0) }).map { route, scan in
        guard let scan else { throw BriefingError(step: .render, file: route, "cannot read the page back") }
        return (route, scan)
    }
}

/// What writing one piece of work leaves: the routes written, and a page's route and scan, or the
/// route of a page taken unchanged from the previous site.
struct Written: Sendable {
    let routes: [String]
    let page: (route: String, scan: PageScan)?
    var unchanged: String? = nil
}

/// The overview table as the template sees it.
func tableContext(_ t: OverviewTable) -> [String: Any] {
    func link(_ l: TextLink) -> [String: Any] { ["label": l.label, "href": l.href] }
    return [
        "caption": t.caption, "corner": t.corner, "columns": t.columns.map(link),
        "rows": t.rows.map { row -> [String: Any] in
            ["header": link(row.header),
             "cells": row.cells.map { cell -> [String: Any] in
                 var c: [String: Any] = ["citations": cell.citations.map(link)]
                 if let text = cell.text { c["text"] = text }
                 return c
             }]
        },
    ]
}
