import Compose
import Foundation
import Support

/// `timeline.svg`: the events drawn at build time, readable however they spread. The overview cuts
/// the axis at long empty stretches (a century of history, then a few busy years), giving each stretch
/// room by how many events it holds; below it, the busiest few weeks are drawn day by day. Planned
/// events are hollow, history grey, disputed dates red; every mark names its event in a tooltip and
/// links to it on the timeline page.
struct TimelineChart {
    let events: [TimelineEntry]

    static let width = 960.0
    static let margin = 24.0
    static let breakGap = 28.0
    static let laneHeight = 14.0

    struct Era {
        var start: Int
        var end: Int
        var events: [TimelineEntry]
    }

    func svg(title: String) -> String {
        let eras = Self.eras(events)
        var body: [String] = []
        var y = 40.0
        body.append(text(Self.margin, 22, "Overview", cls: "heading"))
        let overview = band(eras: eras, top: y)
        body += overview.parts
        y = overview.bottom + 36
        if let focus = Self.focusWindow(events) {
            body.append(text(Self.margin, y - 14, "The busiest weeks, day by day: \(DateLabel.of(CalendarDay(daysSince1970: focus.start))) to \(DateLabel.of(CalendarDay(daysSince1970: focus.end)))", cls: "heading"))
            let zoom = band(eras: [focus], top: y, dayTicks: true)
            body += zoom.parts
            y = zoom.bottom + 30
        }
        body += legend(top: y)
        let height = y + 30
        return """
        <svg xmlns="http://www.w3.org/2000/svg" width="\(Int(Self.width))" height="\(Int(height))" viewBox="0 0 \(Int(Self.width)) \(Int(height))" role="img" aria-labelledby="chart-title chart-desc">
        <title id="chart-title">\(XML.escape(title)): timeline</title>
        <desc id="chart-desc">\(events.count) events on a time axis cut at long empty stretches, with the busiest weeks drawn day by day.</desc>
        <style>
        text { font: 12px system-ui, sans-serif; fill: #333; }
        .heading { font-weight: 600; }
        .tick { fill: #666; font-size: 11px; }
        .axis { stroke: #999; stroke-width: 1; }
        .break { stroke: #999; stroke-width: 1; stroke-dasharray: 2 3; }
        .event { fill: #1f5f99; stroke: #1f5f99; }
        .planned { fill: #fff; stroke: #1f5f99; stroke-width: 1.5; }
        .history { fill: #8a8a8a; stroke: #8a8a8a; }
        .disputed { fill: #c0392b; stroke: #c0392b; }
        .link { fill: none; stroke: #c0392b; stroke-width: 1; stroke-dasharray: 3 2; }
        @media (prefers-color-scheme: dark) { text { fill: #ddd; } .tick { fill: #aaa; } .planned { fill: #222; } }
        </style>
        \(body.joined(separator: "\n"))
        </svg>

        """
    }

    /// Splits events where the axis would run empty for long: at gaps between starts longer than an
    /// eighth of the stretch (and a month), again inside each piece, three levels deep. A piece ends where
    /// its longest event ends, but never past the next piece's start.
    static func eras(_ events: [TimelineEntry]) -> [Era] {
        let sorted = events.sorted { ($0.start, $0.id) < ($1.start, $1.id) }
        var pieces = split(sorted, depth: 3)
        for i in pieces.indices {
            let limit = i + 1 < pieces.count ? pieces[i + 1].start - 1 : Int.max
            pieces[i].end = min(limit, max(pieces[i].end, pieces[i].events.map(\.end.daysSince1970).max() ?? pieces[i].end))
        }
        return pieces
    }

    private static func split(_ sorted: [TimelineEntry], depth: Int) -> [Era] {
        guard let first = sorted.first else { return [] }
        let starts = sorted.map(\.start.daysSince1970)
        let gap = max(30, (starts.last! - starts.first!) / 8)
        var pieces: [[TimelineEntry]] = [[first]]
        for (e, s) in zip(sorted, starts).dropFirst() {
            if s - pieces[pieces.count - 1].last!.start.daysSince1970 > gap { pieces.append([e]) } else { pieces[pieces.count - 1].append(e) }
        }
        if pieces.count == 1 || depth == 1 {
            return pieces.map { Era(start: $0.first!.start.daysSince1970, end: $0.last!.start.daysSince1970, events: $0) }
        }
        return pieces.flatMap { split($0, depth: depth - 1) }
    }

    /// The window of at most five weeks that holds the most day-dated events, when it holds enough
    /// to crowd the overview.
    static func focusWindow(_ events: [TimelineEntry]) -> Era? {
        let days = events.filter { $0.precision == .day }.sorted { $0.start < $1.start }
        guard days.count >= 5 else { return nil }
        var best: (Int, Int) = (0, 0)
        var j = 0
        for i in days.indices {
            while j < days.count, days[j].start.daysSince1970 - days[i].start.daysSince1970 <= 35 { j += 1 }
            if j - i > best.1 - best.0 { best = (i, j) }
        }
        let chosen = Array(days[best.0..<best.1])
        guard chosen.count >= 5 else { return nil }
        let all = events.map(\.start.daysSince1970)
        guard (all.max()! - all.min()!) > 60 else { return nil }
        return Era(start: chosen.first!.start.daysSince1970 - 1, end: chosen.last!.start.daysSince1970 + 1, events: chosen)
    }

    /// One band: its eras side by side, an axis with ticks under each, the events in lanes above it.
    func band(eras: [Era], top: Double, dayTicks: Bool = false) -> (parts: [String], bottom: Double) {
        guard !eras.isEmpty else { return ([], top) }
        let available = Self.width - 2 * Self.margin - Self.breakGap * Double(eras.count - 1)
        let weights = eras.map { pow(Double(max(1, $0.events.count)), 0.6) }
        let total = weights.reduce(0, +)
        var parts: [String] = []
        var x0 = Self.margin
        var marks: [(x: Double, width: Double, event: TimelineEntry)] = []
        var axes: [(Double, Double, Era)] = []
        for (era, weight) in zip(eras, weights) {
            let w = available * weight / total
            let span = Double(max(1, era.end - era.start))
            let inset = min(10.0, w / 6)
            func x(_ day: Int) -> Double { x0 + inset + (w - 2 * inset) * Double(day - era.start) / span }
            for e in era.events {
                let a = x(max(era.start, e.start.daysSince1970))
                let b = e.precision == .day ? a : x(min(era.end, e.end.daysSince1970))
                marks.append((a, max(0, b - a), e))
            }
            axes.append((x0, w, era))
            x0 += w + Self.breakGap
        }
        // Lanes: each mark takes the lowest lane where it does not touch the one before.
        var laneEnds: [Double] = []
        var placed: [(x: Double, width: Double, lane: Int, event: TimelineEntry)] = []
        for m in marks.sorted(by: { ($0.x, $0.event.id) < ($1.x, $1.event.id) }) {
            let lane = laneEnds.firstIndex { $0 + 6 < m.x } ?? laneEnds.count
            if lane == laneEnds.count { laneEnds.append(0) }
            laneEnds[lane] = m.x + max(m.width, 8)
            placed.append((m.x, m.width, lane, m.event))
        }
        let axisY = top + Self.laneHeight * Double(max(1, laneEnds.count)) + 10
        for p in placed {
            let cy = axisY - 10 - Self.laneHeight * Double(p.lane)
            parts.append(mark(p.event, x: p.x, width: p.width, y: cy))
        }
        // Disputed dates of one happening are joined by an arc.
        let byConflict = Dictionary(grouping: placed.filter { $0.event.conflict != nil }, by: { $0.event.conflict! })
        for key in byConflict.keys.sorted() {
            let group = byConflict[key]!.sorted { $0.x < $1.x }
            for (a, b) in zip(group, group.dropFirst()) {
                let ya = axisY - 10 - Self.laneHeight * Double(a.lane), yb = axisY - 10 - Self.laneHeight * Double(b.lane)
                let peak = min(ya, yb) - 14
                parts.append("<path class=\"link\" d=\"M\(f(a.x)) \(f(ya)) Q\(f((a.x + b.x) / 2)) \(f(peak)) \(f(b.x)) \(f(yb))\"/>")
            }
        }
        for (i, (x, w, era)) in axes.enumerated() {
            parts.append("<line class=\"axis\" x1=\"\(f(x))\" y1=\"\(f(axisY))\" x2=\"\(f(x + w))\" y2=\"\(f(axisY))\"/>")
            if i > 0 { parts.append("<line class=\"break\" x1=\"\(f(x - Self.breakGap + 4))\" y1=\"\(f(axisY))\" x2=\"\(f(x - 4))\" y2=\"\(f(axisY))\"/>") }
            parts += ticks(era, x: x, width: w, y: axisY, days: dayTicks)
        }
        return (parts, axisY + 24)
    }

    func mark(_ e: TimelineEntry, x: Double, width: Double, y: Double) -> String {
        let cls = e.conflict != nil ? "disputed" : e.history ? "history" : e.planned ? "planned" : "event"
        let tip = XML.escape(e.dateLabel + (e.planned ? " · planned" : "") + " — " + e.summary)
        let shape = e.precision == .day
            ? "<circle class=\"\(cls)\" cx=\"\(f(x))\" cy=\"\(f(y))\" r=\"4.5\"/>"
            : "<rect class=\"\(cls)\" x=\"\(f(x - 1))\" y=\"\(f(y - 4))\" width=\"\(f(max(width, 2) + 2))\" height=\"8\" rx=\"3\"/>"
        return "<a href=\"\(Routes.timeline)#\(e.id)\"><title>\(tip)</title>\(shape)</a>"
    }

    /// A few ticks under an era: years, months or days, whichever the span suits.
    func ticks(_ era: Era, x: Double, width: Double, y: Double, days: Bool) -> [String] {
        let span = Double(max(1, era.end - era.start))
        let inset = min(10.0, width / 6)
        func px(_ day: Int) -> Double { x + inset + (width - 2 * inset) * Double(day - era.start) / span }
        let first = CalendarDay(daysSince1970: era.start), last = CalendarDay(daysSince1970: era.end)
        var labels: [(Int, String)] = []
        if days {
            let step = era.end - era.start > 14 ? 7 : 1
            var d = era.start + 1
            while d < era.end {
                let day = CalendarDay(daysSince1970: d)
                labels.append((d, DateLabel.of(day, .shortDay)))
                d += step
            }
        } else if era.events.allSatisfy({ $0.precision == .year }) || era.end - era.start >= 400 {
            let years = last.year - first.year
            let step = max(1, Int((Double(years) / max(1, width / 70)).rounded(.up)))
            var yr = first.year
            while yr <= last.year {
                let january = CalendarDay(year: yr, month: 1, day: 1)!
                labels.append((max(era.start, january.daysSince1970), DateLabel.of(january, .year)))
                yr += step
            }
        } else {
            var m = (first.year, first.month)
            while CalendarDay(year: m.0, month: m.1, day: 1)! <= last {
                let d = CalendarDay(year: m.0, month: m.1, day: 1)!.daysSince1970
                if d >= era.start { labels.append((d, DateLabel.of(CalendarDay(daysSince1970: d), .shortMonth))) }
                m = m.1 == 12 ? (m.0 + 1, 1) : (m.0, m.1 + 1)
            }
            if labels.isEmpty { labels.append((era.start, DateLabel.of(first, .shortMonth))) }
        }
        // The era's first label stands at its start; the others at least 60 pixels on, clear of its end,
        // so that neighbouring eras' labels never meet.
        var kept: [(x: Double, text: String, anchor: String)] = []
        if let firstLabel = labels.first { kept.append((x + inset, firstLabel.1, "start")) }
        for (d, text) in labels.dropFirst() where px(d) - kept.last!.x >= 60 && px(d) <= x + width - 24 {
            kept.append((px(d), text, "middle"))
        }
        return kept.flatMap { t in
            ["<line class=\"axis\" x1=\"\(f(t.x))\" y1=\"\(f(y))\" x2=\"\(f(t.x))\" y2=\"\(f(y + 4))\"/>",
             "<text class=\"tick\" x=\"\(f(t.x))\" y=\"\(f(y + 16))\" text-anchor=\"\(t.anchor)\">\(XML.escape(t.text))</text>"]
        }
    }

    func legend(top: Double) -> [String] {
        let items: [(String, String, Bool)] = [("event", "reported", true), ("planned", "planned", true),
                                               ("history", "history", false), ("disputed", "sources disagree on the date", true)]
        var x = Self.margin
        var parts: [String] = []
        for (cls, name, dot) in items {
            parts.append(dot ? "<circle class=\"\(cls)\" cx=\"\(f(x + 5))\" cy=\"\(f(top))\" r=\"4.5\"/>"
                             : "<rect class=\"\(cls)\" x=\"\(f(x))\" y=\"\(f(top - 4))\" width=\"12\" height=\"8\" rx=\"3\"/>")
            parts.append(text(x + 16, top + 4, name, cls: "tick"))
            x += 30 + Double(name.count) * 6.5
        }
        return parts
    }

    func text(_ x: Double, _ y: Double, _ s: String, cls: String) -> String {
        "<text class=\"\(cls)\" x=\"\(f(x))\" y=\"\(f(y))\">\(XML.escape(s))</text>"
    }

    /// Coordinates with one decimal, written the same way on every machine.
    func f(_ v: Double) -> String {
        let tenths = Int((v * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(abs(tenths % 10))"
    }
}
