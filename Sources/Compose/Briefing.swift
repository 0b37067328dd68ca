import Analysis
import Corpus
import Support

/// The kind of a page: picks its section in the navigation and its body class.
public enum PageKind: String, Sendable {
    case index, background, timeline, positions, actor, issues, issue, people, glossary, sources, source
}

/// A table the page template draws under the page's title, for what CommonMark has no form for:
/// rows and columns of cited lines. Its text is plain; the template escapes it.
public struct OverviewTable: Sendable, Equatable {
    public struct Link: Sendable, Equatable {
        public let label: String
        public let href: String
    }

    public struct Cell: Sendable, Equatable {
        /// Nil where the sources say nothing.
        public let text: String?
        public let citations: [Link]
    }

    public struct Row: Sendable, Equatable {
        public let header: Link
        public let cells: [Cell]
    }

    public let caption: String
    public let corner: String
    public let columns: [Link]
    public let rows: [Row]
}

/// One page as CommonMark, before rendering.
public struct PageDraft: Sendable, Equatable {
    /// Site-relative path of the HTML page (`positions/lisbon.html`); the Markdown twin sits beside it.
    public let route: String
    public let kind: PageKind
    public let title: String
    public var markdown: String
    /// A table for the template to draw under the title; the Markdown carries the same content as lists.
    public var table: OverviewTable?

    public var markdownRoute: String { String(route.dropLast(5)) + ".md" }
}

/// A generated file that is not a page (the JSON exports).
public struct DataFile: Sendable, Equatable {
    public let route: String
    public let bytes: [UInt8]
}

/// The composed briefing: every page as Markdown, every export, and what the chrome needs.
public struct Briefing: Sendable {
    public let title: String
    public let language: String
    public let asOf: String
    public let sourceCount: Int
    public let pages: [PageDraft]
    public let dataFiles: [DataFile]
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

    public static func actor(_ id: String) -> String { "positions/\(id).html" }
    public static func issue(_ id: String) -> String { "issues/\(id).html" }
    public static func source(_ id: String) -> String { "sources/\(id).html" }
    public static func paragraph(_ c: Citation) -> String { source(c.source) + "#" + c.paragraph }
    public static func person(_ id: String) -> String { people + "#" + id }
    public static func term(_ term: String) -> String { glossary + "#term-" + Slug.make(term) }

    /// The link from one page to a route, relative so that the site works from disk and under any path.
    public static func relative(from page: String, to target: String) -> String {
        let depth = page.split(separator: "/").count - 1
        let up = String(repeating: "../", count: depth)
        if target.hasPrefix("#") { return target }
        let fromDir = page.split(separator: "/").dropLast().joined(separator: "/")
        let targetPath = target.split(separator: "#", maxSplits: 1).first.map(String.init) ?? target
        if !fromDir.isEmpty, targetPath.hasPrefix(fromDir + "/") {
            return String(target.dropFirst(fromDir.count + 1))
        }
        return up + target
    }

    /// The prefix that leads from a page back to the site root ("", "../").
    public static func root(from page: String) -> String {
        String(repeating: "../", count: page.split(separator: "/").count - 1)
    }
}
