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

    /// A draft cut as it needs, and where its anchors went. A draft is cut once its "Mentioned on"
    /// lists are filled, so that they count towards its length; its lines are then views into its
    /// compacted text, and each part is compacted again.
    static func split(_ draft: PageDraft, splittingTimeline: Bool) -> (parts: [PageDraft], moves: Moves) {
        var moves = Moves()
        let byYears = splittingTimeline && draft.route == Routes.timeline
        guard byYears || draft.bodySize > budget else { return ([draft], moves) }
        var cuts = [Cut(draft)]
        if byYears { cuts = byYear(cuts[0], &moves) }
        return (cuts.flatMap { bySize($0, &moves) }.map(\.draft), moves)
    }

    /// The finished pages, once every draft is cut: each one's links to anchors that moved lead to
    /// their new pages. Each draft is let go as its page is made.
    static func finish(_ drafts: consuming [PageDraft], _ moves: Moves) -> [Page] {
        ParallelMap.mapReleasing(consume drafts) { moves.isEmpty ? $0.page : relinked($0, moves).page }
    }

    /// A page being cut: the fields of its draft, and its body's lines, mostly views into the
    /// draft's text, so that cutting a page of tens of megabytes copies each line once, into its part.
    struct Cut {
        let route: String
        let kind: PageKind
        let title: String
        var lines: [Substring]
        var mentions: [EntityKey] = []
        var table: OverviewTable?
        var details: Page.Details?

        init(route: String, kind: PageKind, title: String, lines: [Substring]) {
            (self.route, self.kind, self.title, self.lines) = (route, kind, title, lines)
        }

        init(_ draft: PageDraft) {
            var lines: [Substring] = []
            // Cut at line breaks as bytes: a line break always ends a character.
            for case .text(let text) in draft.lines {
                lines += text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Substring($0) }
            }
            self.init(route: draft.route, kind: draft.kind, title: draft.title, lines: lines)
            (mentions, table, details) = (draft.mentions, draft.table, draft.details)
        }

        /// The part as a draft, its lines one string.
        var draft: PageDraft {
            var text = ""
            text.reserveCapacity(lines.reduce(0) { $0 + $1.utf8.count + 1 })
            for (n, line) in lines.enumerated() {
                if n > 0 { text += "\n" }
                text += line
            }
            return PageDraft(route: route, kind: kind, title: title, lines: lines.isEmpty ? [] : [.text(text)],
                             mentions: mentions, table: table, details: details)
        }
    }

    /// The timeline's sections of years ("## 2031", and "## 2030–2032" with the year it starts) on a
    /// page for each year, listed on the timeline page where the first of them stood; other sections stay.
    static func byYear(_ page: Cut, _ moves: inout Moves) -> [Cut] {
        var kept: [Substring] = []
        var years: [(heading: String, route: String, lines: [Substring])] = []
        var listAt: Int?
        var current: Int?
        for line in page.lines {
            if line.hasPrefix("## ") {
                let year = String(line.dropFirst(3).prefix { $0.isNumber })
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
        guard let listAt, years.count > 1 else { return [page] }
        let list = ["", "## By year", ""] + years.map { year in
            let events = year.lines.filter { $0.hasPrefix("- [¶") }.count
            return "- " + MD.link(year.heading, year.route) + ": \(events) event" + (events == 1 ? "" : "s")
        } + [""]
        kept.insert(contentsOf: list.map { Substring($0) }, at: listAt)
        var index = page
        index.lines = kept
        let pages = years.map { year -> Cut in
            for anchor in anchors(in: year.lines) { moves.move(anchor: anchor, from: page.route, to: year.route) }
            let back = "[All years](" + Routes.relative(from: year.route, to: page.route) + ")"
            return Cut(route: year.route, kind: page.kind, title: page.title + ": " + year.heading,
                       lines: ["", Substring(back), ""] + rebased(year.lines, from: page.route))
        }
        return [index] + pages
    }

    /// A page longer than the budget as numbered pages ("sources/index.html", "sources/index.2.html", …),
    /// cut before a heading, a list item or a blank line; a section cut in two goes on under its
    /// heading, marked "continued".
    static func bySize(_ page: Cut, _ moves: inout Moves) -> [Cut] {
        let sizes = page.lines.map { $0.utf8.count + 1 }
        guard sizes.reduce(0, +) > budget else { return [page] }
        var parts: [[Substring]] = [[]]
        var size = 0
        var headings: (h2: Substring?, h3: Substring?) = (nil, nil)
        for (line, lineSize) in zip(page.lines, sizes) {
            let boundary = line.isEmpty || line.hasPrefix("#") || line.hasPrefix("- ")
            if boundary, size + lineSize > budget, !parts[parts.count - 1].isEmpty {
                parts.append([])
                size = 0
                if !line.hasPrefix("## ") {
                    if let h2 = headings.h2 { parts[parts.count - 1] += ["", Substring(continued(h2)), ""] }
                    if !line.hasPrefix("### "), let h3 = headings.h3 { parts[parts.count - 1] += [Substring(continued(h3)), ""] }
                }
            }
            if line.hasPrefix("## ") { headings = (line, nil) } else if line.hasPrefix("### ") { headings.h3 = line }
            parts[parts.count - 1].append(line)
            size += lineSize
        }
        let routes = parts.indices.map { $0 == 0 ? page.route : String(page.route.dropLast(5)) + ".\($0 + 1).html" }
        return parts.enumerated().map { n, lines in
            let route = routes[n]
            if n > 0 { for anchor in anchors(in: lines) { moves.move(anchor: anchor, from: page.route, to: route) } }
            let nav = Substring("Page \(n + 1) of \(parts.count): " + routes.enumerated().map { k, other in
                k == n ? "**\(k + 1)**" : MD.link(String(k + 1), Routes.relative(from: route, to: other))
            }.joined(separator: " · "))
            var part = Cut(route: route, kind: page.kind, title: n == 0 ? page.title : "\(page.title), page \(n + 1)",
                           lines: ["", nav, ""] + (n == 0 ? lines : rebased(lines, from: page.route)) + ["", nav])
            if n == 0 { (part.mentions, part.table, part.details) = (page.mentions, page.table, page.details) }
            return part
        }
    }

    /// Lines moved from a page to another beside it, their links within the page (`#e4`) made links to
    /// it (`timeline.html#e4`), so that the moves resolve them; anchors themselves (`[¶](#e4)`) stay.
    static func rebased(_ lines: [Substring], from route: String) -> [Substring] {
        let file = Array(route.split(separator: "/").last!.utf8)
        return lines.map { line in
            let bytes = Array(line.utf8)
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
            return Substring(String(decoding: out + bytes[copied...], as: UTF8.self))
        }
    }

    static let inPageLink = Array("](#".utf8)
    static let linkOpening = Array("](".utf8)
    static let pilcrow = Array("¶".utf8)

    /// "## Events (continued)": a heading again, without its anchor, which stays where it was.
    static func continued(_ heading: Substring) -> String {
        let marks = heading.prefix { $0 == "#" }
        var text = heading.dropFirst(marks.count).trimmed
        if text.hasPrefix("[¶"), let close = text.range(of: ")") { text = String(text[close.upperBound...]).trimmed }
        return marks + " " + text + " (continued)"
    }

    /// The ids of the anchors (`MD.anchor`: `[¶3](#p3)`) a stretch of lines sets.
    static func anchors(in lines: [Substring]) -> [String] {
        var ids: [String] = []
        for text in lines {
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

    /// Markdown with each link destination `](…)` pointed past the moves; a destination ends on its
    /// line. Scanned as UTF-8, and copied only where a destination changes.
    static func relinked(_ markdown: String, on page: String, _ moves: Moves) -> String {
        let bytes = Array(markdown.utf8)
        var out: [UInt8] = []
        var copied = 0
        var i = 0
        while let open = bytes.firstOffset(of: linkOpening, from: i) {
            let start = open + 2
            guard let close = bytes[start...].firstIndex(where: { $0 == UInt8(ascii: ")") || $0 == UInt8(ascii: "\n") }) else { break }
            i = close
            guard bytes[close] == UInt8(ascii: ")") else { continue }
            // Only a link to an anchor that moved somewhere can lead to one that moved here: most
            // links are ruled out by their anchor, a short string made without copying the href.
            guard let hash = bytes[start..<close].firstIndex(of: UInt8(ascii: "#")),
                  moves.anchors.contains(Substring(String(decoding: bytes[(hash + 1)..<close], as: UTF8.self))) else { continue }
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
        guard let hash = href.utf8.firstIndex(of: UInt8(ascii: "#")), moves.anchors.contains(href[href.index(after: hash)...]),
              !href.utf8.contains(UInt8(ascii: ":")) else { return href }
        let target = Routes.absolute(href, from: page)
        let moved = moves.resolve(target)
        return moved == target ? href : Routes.relative(from: page, to: moved)
    }
}
