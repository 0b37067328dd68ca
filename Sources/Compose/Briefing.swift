import Analysis
import Corpus
import Support

/// The kind of a page: picks its section in the navigation and its body class.
public enum PageKind: String, Sendable {
    case index, background, timeline, positions, actor, issues, issue, people, glossary, sources, source, search, notFound
}

/// A link as plain values: its text, unescaped, and its relative href.
public struct TextLink: Sendable, Equatable {
    public let label: String
    public let href: String
}

/// A table the page template draws under the page's title, for what CommonMark has no form for:
/// rows and columns of cited lines. Its text is plain; the template escapes it.
public struct OverviewTable: Sendable, Equatable {
    public struct Cell: Sendable, Equatable {
        /// Nil where the sources say nothing.
        public let text: String?
        public let citations: [TextLink]
    }

    public struct Row: Sendable, Equatable {
        public let header: TextLink
        public let cells: [Cell]
    }

    public let caption: String
    public let corner: String
    public let columns: [TextLink]
    public let rows: [Row]
}

/// One page as CommonMark while the briefing is composed: its body a line at a time, with places for
/// "Mentioned on" lists that are filled once every page exists.
struct PageDraft: Sendable, Equatable {
    /// A line of the body, or the place of a "Mentioned on" list, filled once every page exists.
    enum Line: Sendable, Equatable {
        case text(String)
        /// The pages that link an entity, after `lead`; the line is left out when none does.
        case mentionedOn(entity: EntityKey, lead: String)
    }

    /// Site-relative path of the HTML page (`positions/lisbon.html`); the Markdown twin sits beside it.
    let route: String
    let kind: PageKind
    let title: String
    var lines: [Line]
    /// The entities the page's text links, each once, in the order first linked.
    let mentions: [EntityKey]
    /// A table for the template to draw under the page's title.
    var table: OverviewTable?
    var details: Page.Details?

    /// The same draft with each run of text lines held as one string, its lines joined by line
    /// breaks: at 10,000 articles the pages hold a million lines, and a string each costs a third as
    /// much memory again as their text.
    func compacted() -> PageDraft {
        var out = self
        out.lines = []
        var run: [String] = []
        func endRun() {
            if !run.isEmpty { out.lines.append(.text(run.joined(separator: "\n"))) }
            run = []
        }
        for line in lines {
            if case .text(let text) = line { run.append(text) } else { endRun(); out.lines.append(line) }
        }
        endRun()
        return out
    }

    /// The length of `body` in bytes, without making it.
    var bodySize: Int {
        var size = 0
        for case .text(let text) in lines { size += text.utf8.count + 1 }
        return size
    }

    /// The text lines, each followed by a line break, in one string made at its final size.
    var body: String {
        var body = ""
        body.reserveCapacity(bodySize)
        for case .text(let text) in lines {
            body += text
            body += "\n"
        }
        return body
    }

    /// The finished page; any "Mentioned on" place not yet filled is left out.
    var page: Page { Page(route: route, kind: kind, title: title, body: body, table: table, details: details) }
}

/// One finished page as CommonMark, before rendering: its title heading and its body apart, so that
/// the template can put things between them.
public struct Page: Sendable, Equatable {
    /// Site-relative path of the HTML page (`positions/lisbon.html`); the Markdown twin sits beside it.
    public let route: String
    public let kind: PageKind
    public let title: String
    /// Every line of the page under its title, each ending in a line break.
    public let body: String
    /// A table for the template to draw under the title; the Markdown carries the same content as lists.
    public let table: OverviewTable?
    /// Notes for the curious (where a page's facts come from), which the template folds away; plain text.
    public let details: Details?

    public struct Details: Sendable, Equatable {
        public let summary: String
        public let lines: [String]
    }

    public var heading: String { "# " + MD.escape(title) }
    public var markdown: String {
        heading + "\n" + body + (details.map { d in "\n## " + MD.escape(d.summary) + "\n\n" + d.lines.map { "- " + MD.escape($0) + "\n" }.joined() } ?? "")
    }
    public var markdownRoute: String { String(route.dropLast(5)) + ".md" }
}

/// One event as the timeline chart and the TimelineJS export show it, as plain values with its labels made.
public struct TimelineEntry: Sendable, Equatable {
    /// How closely the date is known: to the day, to a week, to a part of a year, to a year or more.
    public enum Precision: Sendable { case day, week, month, year }

    public let id: String
    public let start: CalendarDay
    public let end: CalendarDay
    public let precision: Precision
    /// A stretch of years (a range, a decade), whose end a reader should see.
    public let spansYears: Bool
    /// "mid-June 2012"
    public let dateLabel: String
    /// " · planned (as of 28 June)"
    public let marks: String
    public let summary: String
    public let planned: Bool
    public let history: Bool
    /// Shared by the dates that sources give for one happening when they disagree.
    public let conflict: String?
    /// The name of its first actor.
    public let group: String?
    /// Its citations, each paragraph once as on the pages, linked from the site root.
    public let citations: [TextLink]
    /// Where the timeline lists it, from the site root: "timeline.html#e4", or its year's page.
    public var route: String
}

/// A generated file that is not a page (the briefing export), too large to hold whole: `write` makes
/// it and hands it to its argument a piece at a time, in order, when the file is written.
public struct DataFile: Sendable {
    public let route: String
    public let write: @Sendable (_ emit: ([UInt8]) throws -> Void) throws -> Void
}

/// The composed briefing: every page as Markdown, every export, and what the chrome needs.
public struct Briefing: Sendable {
    public let title: String
    public let language: String
    public let asOf: String
    /// The newest source's day, when known.
    public let asOfDay: CalendarDay?
    public let sourceCount: Int
    /// Pages and data files are `var` so that render can take them over and let each go once written.
    public var pages: [Page]
    public var dataFiles: [DataFile]
    /// The events, for the timeline chart and the TimelineJS export.
    public let timeline: [TimelineEntry]
    /// What the search page searches.
    public let search: [SearchEntry]
    /// Navigation entries: label and route, in order.
    public let sections: [(label: String, route: String, kinds: [PageKind])]
}

/// Site-relative routes of every entity page, in one place so that links and pages agree.
public enum Routes {
    public static let index = "index.html"
    public static let background = "background.html"
    public static let timeline = "timeline.html"
    public static let positions = "positions/index.html"
    public static let issues = "issues/index.html"
    public static let people = "people.html"
    public static let glossary = "glossary.html"
    public static let sources = "sources/index.html"
    public static let briefingJSON = "data/briefing.json"
    public static let timelineJSON = "data/timeline.json"
    public static let timelineChart = "timeline.svg"
    public static let search = "search.html"
    /// What static hosts serve for a page that does not exist.
    public static let notFound = "404.html"

    public static func actor(_ id: ActorID) -> String { "positions/\(id).html" }
    public static func issue(_ id: IssueID) -> String { "issues/\(id).html" }
    public static func source(_ id: ArticleID) -> String { "sources/\(id).html" }
    public static func paragraph(_ c: Citation) -> String { source(c.source) + "#" + c.paragraph.description }
    public static func event(_ id: String) -> String { timeline + "#" + id }
    public static func person(_ id: PersonID) -> String { people + "#" + id.slug }
    public static func term(_ term: String) -> String { glossary + "#term-" + Slug.make(term) }

    /// The link from one page to a route, relative so that the site works from disk and under any path.
    public static func relative(from page: String, to target: String) -> String {
        if target.hasPrefix("#") { return target }
        // Within the page, the anchor alone: the browser jumps without loading the page again.
        if target.utf8.count > page.utf8.count, target.hasPrefix(page + "#") { return String(target.dropFirst(page.count)) }
        let slash = UInt8(ascii: "/")
        guard let last = page.utf8.lastIndex(of: slash) else { return target }
        // In the same folder, the rest of the route; else up to the root and down again.
        let folder = page.utf8[...last]
        if target.utf8.starts(with: folder) { return String(target.utf8.dropFirst(folder.count))! }
        return String(repeating: "../", count: page.utf8.count { $0 == slash }) + target
    }

    /// The site-root route a relative href leads to from a page: "../timeline.html#e4" from
    /// "issues/port.html" is "timeline.html#e4"; "#e4" from "timeline.html" is "timeline.html#e4".
    public static func absolute(_ href: String, from page: String) -> String {
        var parts = page.split(separator: "/").dropLast().map(String.init)
        if href.hasPrefix("#") { return page + href }
        var rest = Substring(href)
        while rest.hasPrefix("../") {
            rest = rest.dropFirst(3)
            if !parts.isEmpty { parts.removeLast() }
        }
        return (parts + [String(rest)]).joined(separator: "/")
    }

    /// The prefix that leads from a page back to the site root ("", "../").
    public static func root(from page: String) -> String {
        String(repeating: "../", count: page.split(separator: "/").count - 1)
    }
}
