import Support

/// Pages that stay light to load and to read however large the corpus: a long timeline is split
/// into a page per year, and any page still longer than `budget` into numbered pages at block
/// boundaries, each with links to the others. Anchors that move to another page are followed:
/// every link to them, on every page and in the exports, is pointed at their new page.
enum Pagination {
    /// Bytes of Markdown a page may hold (its HTML comes to about 1.3 times as much).
    static let budget = 300_000
    /// Events beyond which the timeline gets a page per year.
    static let eventsPerTimeline = 300

    /// Where anchors went: "timeline.html#e4" → "timeline-2031.html#e4".
    struct Moves: Sendable {
        private var to: [String: String] = [:]
        /// The anchors that moved, whatever their page: most links are ruled out by their anchor alone.
        private(set) var anchors: Set<Substring> = []
        var isEmpty: Bool { to.isEmpty }

        mutating func add(_ other: Moves) {
            to.merge(other.to) { a, _ in a }
            anchors.formUnion(other.anchors)
        }

        mutating func move(anchor: String, from route: String, to part: String) {
            to[route + "#" + anchor] = part + "#" + anchor
            anchors.insert(Substring(anchor))
        }

        /// A site-root route after the moves; an anchor may move twice (to its year's page, then to a
        /// later page of that year).
        func resolve(_ route: String) -> String {
            var route = route
            while let next = to[route] { route = next }
            return route
        }
    }

    /// Every draft split as it needs, and where their anchors went.
    static func paginate(_ drafts: consuming [PageDraft], splittingTimeline: Bool) -> (pages: [PageDraft], moves: Moves) {
        // Each draft is split on its own, on every core; the moves are gathered in the briefing's order.
        let split = ParallelMap.map(drafts) { draft -> ([PageDraft], Moves) in
            var moves = Moves()
            var parts = [draft]
            if splittingTimeline, draft.route == Routes.timeline { parts = byYear(draft, &moves) }
            return (parts.flatMap { bySize($0, &moves) }, moves)
        }
        _ = consume drafts
        var gathered = Moves()
        for (_, more) in split { gathered.add(more) }
        let moves = gathered
        let pages = split.flatMap(\.0)
        _ = consume split
        guard !moves.isEmpty else { return (pages, moves) }
        // Each page's old version is let go as soon as its relinked one is made.
        return (ParallelMap.mapReleasing(consume pages) { relinked($0, moves) }, moves)
    }

    /// The timeline's sections of years ("## 2031", and "## 2030–2032" with the year it starts) on a
    /// page for each year, listed on the timeline page where the first of them stood; other sections stay.
    static func byYear(_ draft: PageDraft, _ moves: inout Moves) -> [PageDraft] {
        var kept: [PageDraft.Line] = []
        var years: [(heading: String, route: String, lines: [PageDraft.Line])] = []
        var listAt: Int?
        var current: Int?
        for line in draft.lines {
            if case .text(let text) = line, text.hasPrefix("## ") {
                let year = String(text.dropFirst(3).prefix { $0.isNumber })
                if !year.isEmpty {
                    if years.last?.heading != year { years.append((year, "timeline-" + year + ".html", [])) }
                    current = years.count - 1
                    if listAt == nil { listAt = kept.count }
                } else {
                    current = nil
                }
            }
            if let current { years[current].lines.append(line) } else { kept.append(line) }
        }
        guard let listAt, years.count > 1 else { return [draft] }
        let list = ["", "## By year", ""] + years.map { year in
            let events = year.lines.filter { if case .text(let t) = $0 { t.hasPrefix("- [¶") } else { false } }.count
            return "- " + MD.link(year.heading, year.route) + ": \(events) event" + (events == 1 ? "" : "s")
        } + [""]
        kept.insert(contentsOf: list.map(PageDraft.Line.text), at: listAt)
        var index = draft
        index.lines = kept
        let pages = years.map { year -> PageDraft in
            for anchor in anchors(in: year.lines) { moves.move(anchor: anchor, from: draft.route, to: year.route) }
            let back = "[All years](" + Routes.relative(from: year.route, to: draft.route) + ")"
            return PageDraft(route: year.route, kind: draft.kind, title: draft.title + ": " + year.heading,
                             lines: [.text(""), .text(back), .text("")] + rebased(year.lines, from: draft.route), mentions: [], table: nil)
        }
        return [index] + pages
    }

    /// A draft longer than the budget as numbered pages ("sources/index.html", "sources/index.2.html", …),
    /// cut before a heading, a list item or a blank line; a section cut in two goes on under its
    /// heading, marked "continued".
    static func bySize(_ draft: PageDraft, _ moves: inout Moves) -> [PageDraft] {
        let sizes = draft.lines.map { line in if case .text(let t) = line { t.utf8.count + 1 } else { 0 } }
        guard sizes.reduce(0, +) > budget else { return [draft] }
        var parts: [[PageDraft.Line]] = [[]]
        var size = 0
        var headings: (h2: String?, h3: String?) = (nil, nil)
        for (line, lineSize) in zip(draft.lines, sizes) {
            let text: String = if case .text(let t) = line { t } else { "" }
            let boundary = text.isEmpty || text.hasPrefix("#") || text.hasPrefix("- ")
            if boundary, size + lineSize > budget, !parts[parts.count - 1].isEmpty {
                parts.append([])
                size = 0
                if !text.hasPrefix("## ") {
                    if let h2 = headings.h2 { parts[parts.count - 1] += [.text(""), .text(continued(h2)), .text("")] }
                    if !text.hasPrefix("### "), let h3 = headings.h3 { parts[parts.count - 1] += [.text(continued(h3)), .text("")] }
                }
            }
            if text.hasPrefix("## ") { headings = (text, nil) } else if text.hasPrefix("### ") { headings.h3 = text }
            parts[parts.count - 1].append(line)
            size += lineSize
        }
        let routes = parts.indices.map { $0 == 0 ? draft.route : String(draft.route.dropLast(5)) + ".\($0 + 1).html" }
        return parts.enumerated().map { n, lines in
            let route = routes[n]
            if n > 0 { for anchor in anchors(in: lines) { moves.move(anchor: anchor, from: draft.route, to: route) } }
            let nav = "Page \(n + 1) of \(parts.count): " + routes.enumerated().map { k, other in
                k == n ? "**\(k + 1)**" : MD.link(String(k + 1), Routes.relative(from: route, to: other))
            }.joined(separator: " · ")
            return PageDraft(route: route, kind: draft.kind, title: n == 0 ? draft.title : "\(draft.title), page \(n + 1)",
                             lines: [.text(""), .text(nav), .text("")] + (n == 0 ? lines : rebased(lines, from: draft.route)) + [.text(""), .text(nav)],
                             mentions: n == 0 ? draft.mentions : [], table: n == 0 ? draft.table : nil, details: n == 0 ? draft.details : nil)
        }
    }

    /// Lines moved from a page to another beside it, their links within the page (`#e4`) made links to
    /// it (`timeline.html#e4`), so that the moves resolve them; anchors themselves (`[¶](#e4)`) stay.
    static func rebased(_ lines: [PageDraft.Line], from route: String) -> [PageDraft.Line] {
        let file = Array(route.split(separator: "/").last!.utf8)
        return lines.map { line in
            guard case .text(let text) = line else { return line }
            let bytes = Array(text.utf8)
            var out: [UInt8] = []
            var copied = 0
            var i = 0
            while let link = bytes.firstOffset(of: inPageLink, from: i) {
                i = link + inPageLink.count
                guard let open = bytes[..<link].lastIndex(of: UInt8(ascii: "[")), !bytes[(open + 1)...].starts(with: pilcrow) else { continue }
                out += bytes[copied..<(link + 2)] + file
                copied = link + 2
            }
            guard copied > 0 else { return line }
            return .text(String(decoding: out + bytes[copied...], as: UTF8.self))
        }
    }

    static let inPageLink = Array("](#".utf8)
    static let linkOpening = Array("](".utf8)
    static let pilcrow = Array("¶".utf8)

    /// "## Events (continued)": a heading again, without its anchor, which stays where it was.
    static func continued(_ heading: String) -> String {
        let marks = heading.prefix { $0 == "#" }
        var text = heading.dropFirst(marks.count).trimmed
        if text.hasPrefix("[¶"), let close = text.range(of: ")") { text = String(text[close.upperBound...]).trimmed }
        return marks + " " + text + " (continued)"
    }

    /// The ids of the anchors (`MD.anchor`: `[¶3](#p3)`) a stretch of lines sets.
    static func anchors(in lines: [PageDraft.Line]) -> [String] {
        var ids: [String] = []
        for case .text(let text) in lines {
            let bytes = Array(text.utf8)
            var i = 0
            while let open = bytes.firstOffset(of: anchorStart, from: i) {
                i = open + anchorStart.count
                guard let link = bytes.firstOffset(of: inPageLink, from: i),
                      bytes[i..<link].allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
                      let close = bytes[(link + inPageLink.count)...].firstIndex(of: UInt8(ascii: ")")) else { continue }
                ids.append(String(decoding: bytes[(link + inPageLink.count)..<close], as: UTF8.self))
                i = close
            }
        }
        return ids
    }

    static let anchorStart = Array("[¶".utf8)

    /// A draft whose links to moved anchors lead to their new pages.
    static func relinked(_ draft: PageDraft, _ moves: Moves) -> PageDraft {
        var out = draft
        out.lines = draft.lines.map { line in
            guard case .text(let text) = line else { return line }
            return .text(relinked(text, on: draft.route, moves))
        }
        if let table = draft.table {
            func fix(_ l: TextLink) -> TextLink { TextLink(label: l.label, href: relinkedHref(l.href, on: draft.route, moves)) }
            out.table = OverviewTable(caption: table.caption, corner: table.corner, columns: table.columns.map(fix),
                                      rows: table.rows.map { row in
                                          OverviewTable.Row(header: fix(row.header), cells: row.cells.map {
                                              OverviewTable.Cell(text: $0.text, citations: $0.citations.map(fix))
                                          })
                                      })
        }
        return out
    }

    /// Markdown with each link destination `](…)` pointed past the moves; scanned as UTF-8, and
    /// copied only where a destination changes.
    static func relinked(_ markdown: String, on page: String, _ moves: Moves) -> String {
        let bytes = Array(markdown.utf8)
        var out: [UInt8] = []
        var copied = 0
        var i = 0
        while let open = bytes.firstOffset(of: linkOpening, from: i) {
            let start = open + 2
            guard let close = bytes[start...].firstIndex(of: UInt8(ascii: ")")) else { break }
            i = close
            // Only a link to an anchor can lead to one that moved.
            guard bytes[start..<close].contains(UInt8(ascii: "#")) else { continue }
            let href = String(decoding: bytes[start..<close], as: UTF8.self)
            let fixed = relinkedHref(href, on: page, moves)
            if fixed != href {
                out += bytes[copied..<start]
                out += Array(fixed.utf8)
                copied = close
            }
        }
        guard copied > 0 else { return markdown }
        out += bytes[copied...]
        return String(decoding: out, as: UTF8.self)
    }

    /// One relative href, from a page, after the moves.
    static func relinkedHref(_ href: String, on page: String, _ moves: Moves) -> String {
        guard let hash = href.firstIndex(of: "#"), moves.anchors.contains(href[href.index(after: hash)...]), !href.contains(":") else { return href }
        let target = Routes.absolute(href, from: page)
        let moved = moves.resolve(target)
        return moved == target ? href : Routes.relative(from: page, to: moved)
    }
}
