import Compose
import Corpus
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

/// The render stage's entry point: every page's Markdown through cmark and into the page template,
/// written beside its Markdown twin; the assets and data files as they are. All in memory.
public func render(_ briefing: Briefing, templates: Templates) throws -> [OutputFile] {
    let rendered = try ParallelMap.map(briefing.pages) { page -> Result<[OutputFile], Error> in
        Result {
            let body = try CommonMark.html(page.markdown)
            // A table of the page goes under its title.
            let split = body.range(of: "</h1>\n").map { body.index($0.upperBound, offsetBy: 0) } ?? body.startIndex
            let root = Routes.root(from: page.route)
            let nav: [[String: Any]] = briefing.sections.map { section in
                ["label": section.label, "href": Routes.relative(from: page.route, to: section.route),
                 "current": section.kinds.contains(page.kind)]
            }
            let context: [String: Any] = [
                "lang": briefing.language, "title": page.title,
                "documentTitle": page.kind == .index ? briefing.title : "\(page.title) · \(briefing.title)", "siteTitle": briefing.title, "root": root,
                "kind": page.kind.rawValue, "nav": nav, "bodyHead": String(body[..<split]), "bodyTail": String(body[split...]),
                "asOf": briefing.asOf,
                "sourceCount": briefing.sourceCount,
                "markdownHref": String(page.markdownRoute.split(separator: "/").last!),
            ]
            var withTable = context
            if let table = page.table { withTable["table"] = tableContext(table) }
            let html = try templates.render("page", withTable)
            return [OutputFile(route: page.route, bytes: Array(html.utf8)),
                    OutputFile(route: page.markdownRoute, bytes: Array(page.markdown.utf8))]
        }
    }
    var files: [OutputFile] = []
    for result in rendered { files += try result.get() }
    files += templates.assets.map { OutputFile(route: $0.route, bytes: $0.bytes) }
    files += briefing.dataFiles.map { OutputFile(route: $0.route, bytes: $0.bytes) }
    return files
}

/// The overview table as the template sees it.
func tableContext(_ t: OverviewTable) -> [String: Any] {
    func link(_ l: OverviewTable.Link) -> [String: Any] { ["label": l.label, "href": l.href] }
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
