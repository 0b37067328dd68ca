import Compose
import Foundation
import Support

/// `timeline.svg`: the events drawn at build time, readable however they spread. The overview cuts
/// the axis at long empty stretches (a century of history, then a few busy years), giving each stretch
/// room by how many events it holds; below it, the busiest few weeks are drawn day by day. Planned
/// events are hollow, history grey, disputed dates red; every mark names its event in a tooltip and
/// links to it where the timeline lists it. The same markup is the standalone file and, inline, the
/// picture on the timeline page.
struct TimelineChart {
    let events: [TimelineEntry]
    /// Where the chart is shown, so that its links lead from there.
    let page: String

    static let width = 640.0
    /// Tick labels and the legend, the smallest text; headings are a size larger.
    static let smallFont = 12.0
    static let font = 13.0
    /// The chart never shrinks below the width where its smallest text is 11 px; a narrower
    /// column scrolls it sideways instead.
    static let minimumWidth = (width * 11 / smallFont).rounded(.up)
    /// A generous width per character of the system sans-serif, so that estimated labels never meet.
    static let characterWidth = 0.62
    static let margin = 24.0
    static let breakGap = 28.0
    static let laneHeight = 14.0

    struct Era {
        var start: Int
        var end: Int
        var events: [TimelineEntry]
    }

    /// Beyond this many events a mark each would crowd the picture and weigh down the page: each
    /// month is drawn as a bar as tall as its count instead.
    static let mostMarks = 400
    static let barHeight = 80.0

    func svg(title: String) -> String {
        let eras = Self.eras(events)
        let counted = events.count > Self.mostMarks
        var body: [String] = []
        var y = 40.0
        body.append(text(Self.margin, 22, counted ? "Events per month" : "Overview", cls: "heading"))
        let overview = counted ? monthBand(eras: eras, top: y) : band(eras: eras, top: y)
        body += overview.parts
        y = overview.bottom + 36
        let focus = counted ? nil : Self.focusWindow(events)
        if let focus {
            body.append(text(Self.margin, y - 14, "The busiest weeks, day by day: \(DateLabel.of(CalendarDay(daysSince1970: focus.start))) to \(DateLabel.of(CalendarDay(daysSince1970: focus.end)))", cls: "heading"))
            let zoom = band(eras: [focus], top: y, dayTicks: true)
            body += zoom.parts
            y = zoom.bottom + 30
        }
        if !counted { body += legend(top: y) }
        let height = y + 30
        // The first child <title> names the picture; a role or aria-* attribute on the root is invalid
        // in a standalone SVG file, and role="img" would hide the marks' links.
        let name = XML.escape(title) + ": timeline"
        // Inline in a page the style sheet applies to the whole page, so every rule names the chart.
        let c = "svg.timeline-chart"
        return """
        <svg xmlns="http://www.w3.org/2000/svg" class="timeline-chart" width="\(Int(Self.width))" height="\(Int(height))" viewBox="0 0 \(Int(Self.width)) \(Int(height))">
        <title>\(name)</title>
        <desc>\(events.count == 1 ? "One event" : "\(events.count) events")\(counted ? ", counted month by month," : "") on a time axis cut at long empty stretches\(focus == nil ? "" : ", with the busiest weeks drawn day by day").</desc>
        <style>
        \(c) { display: block; width: 100%; min-width: \(Int(Self.minimumWidth))px; height: auto; }
        \(c) text { font: \(Int(Self.font))px system-ui, sans-serif; fill: #333; }
        \(c) .heading { font-weight: 600; }
        \(c) .tick { fill: #595959; font-size: \(Int(Self.smallFont))px; }
        \(c) .axis { stroke: #999; stroke-width: 1; }
        \(c) .break { stroke: #999; stroke-width: 1; stroke-dasharray: 2 3; }
        \(c) .event { fill: #1f5f99; stroke: #1f5f99; }
        \(c) .planned { fill: #fff; stroke: #1f5f99; stroke-width: 1.5; }
        \(c) .history { fill: #8a8a8a; stroke: #8a8a8a; }
        \(c) .disputed { fill: #c0392b; stroke: #c0392b; }
        \(c) .link { fill: none; stroke: #c0392b; stroke-width: 1; stroke-dasharray: 3 2; }
        \(c) a:focus > *, \(c) a:hover > * { stroke: #c2410c; stroke-width: 3; }
        @media (prefers-color-scheme: dark) { \(c) text { fill: #ddd; } \(c) .tick { fill: #bbb; } \(c) .planned { fill: #222; } }
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

    /// Where an era stands across the chart: its left edge and its width, shared out by how many
    /// events each era holds, and the place of a day inside it.
    struct Slot {
        let era: Era
        let x: Double
        let width: Double

        /// The x of a day, held within the era.
        func x(_ day: Int) -> Double {
            let span = Double(max(1, era.end - era.start))
            let inset = min(10.0, width / 6)
            return x + inset + (width - 2 * inset) * Double(min(max(day, era.start), era.end) - era.start) / span
        }
    }

    static func slots(_ eras: [Era]) -> [Slot] {
        let available = width - 2 * margin - breakGap * Double(eras.count - 1)
        let weights = eras.map { pow(Double(max(1, $0.events.count)), 0.6) }
        let total = weights.reduce(0, +)
        var x0 = margin
        return zip(eras, weights).map { era, weight in
            let slot = Slot(era: era, x: x0, width: available * weight / total)
            x0 += slot.width + breakGap
            return slot
        }
    }

    /// The axis under the slots at `y`: a line under each, a dashed break between them, and the tick
    /// labels that keep clear of each other.
    func axis(_ slots: [Slot], at y: Double, dayTicks: Bool) -> [String] {
        var parts: [String] = []
        var labels: [Tick] = []
        for (i, slot) in slots.enumerated() {
            parts.append("<line class=\"axis\" x1=\"\(f(slot.x))\" y1=\"\(f(y))\" x2=\"\(f(slot.x + slot.width))\" y2=\"\(f(y))\"/>")
            if i > 0 { parts.append("<line class=\"break\" x1=\"\(f(slot.x - Self.breakGap + 4))\" y1=\"\(f(y))\" x2=\"\(f(slot.x - 4))\" y2=\"\(f(y))\"/>") }
            labels += Self.ticks(slot, days: dayTicks)
        }
        for t in Self.thinned(labels) {
            parts.append("<line class=\"axis\" x1=\"\(f(t.x))\" y1=\"\(f(y))\" x2=\"\(f(t.x))\" y2=\"\(f(y + 4))\"/>")
            parts.append("<text class=\"tick\" x=\"\(f(t.x))\" y=\"\(f(y + 17))\" text-anchor=\"\(t.anchor)\">\(XML.escape(t.text))</text>")
        }
        return parts
    }

    /// One band: its eras side by side, an axis with ticks under each, the events in lanes above it.
    func band(eras: [Era], top: Double, dayTicks: Bool = false) -> (parts: [String], bottom: Double) {
        guard !eras.isEmpty else { return ([], top) }
        let slots = Self.slots(eras)
        var parts: [String] = []
        var marks: [(x: Double, width: Double, event: TimelineEntry)] = []
        for slot in slots {
            for e in slot.era.events {
                let a = slot.x(e.start.daysSince1970)
                let b = e.precision == .day ? a : slot.x(e.end.daysSince1970)
                marks.append((a, max(0, b - a), e))
            }
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
        return (parts + axis(slots, at: axisY, dayTicks: dayTicks), axisY + 24)
    }

    /// The eras side by side as in `band`, each month a bar as tall as the events starting in it, linked
    /// to the first of them and named with its count.
    func monthBand(eras: [Era], top: Double) -> (parts: [String], bottom: Double) {
        guard !eras.isEmpty else { return ([], top) }
        let slots = Self.slots(eras)
        let axisY = top + Self.barHeight + 4
        var bars: [(x: Double, width: Double, events: [TimelineEntry])] = []
        for slot in slots {
            let months = Dictionary(grouping: slot.era.events) { $0.start.year * 12 + $0.start.month - 1 }
            for key in months.keys.sorted() {
                let first = CalendarDay(year: key / 12, month: key % 12 + 1, day: 1)!.daysSince1970
                let next = CalendarDay(year: (key + 1) / 12, month: (key + 1) % 12 + 1, day: 1)!.daysSince1970
                let a = slot.x(first), b = slot.x(next)
                bars.append((a, max(2, b - a - 1), months[key]!.sorted { ($0.start, $0.id) < ($1.start, $1.id) }))
            }
        }
        let most = Double(bars.map(\.events.count).max() ?? 1)
        var parts: [String] = []
        for bar in bars {
            let h = max(2, Self.barHeight * Double(bar.events.count) / most)
            let first = bar.events[0]
            let month = DateLabel.of(CalendarDay(year: first.start.year, month: first.start.month, day: 1)!, .month)
            let tip = XML.escape(month + ": " + (bar.events.count == 1 ? "one event" : "\(bar.events.count) events"))
            parts.append("<a href=\"\(XML.escape(Routes.relative(from: page, to: first.route)))\"><title>\(tip)</title>"
                         + "<rect class=\"event\" x=\"\(f(bar.x))\" y=\"\(f(axisY - h))\" width=\"\(f(bar.width))\" height=\"\(f(h))\"/></a>")
        }
        return (parts + axis(slots, at: axisY, dayTicks: false), axisY + 24)
    }

    func mark(_ e: TimelineEntry, x: Double, width: Double, y: Double) -> String {
        let cls = e.conflict != nil ? "disputed" : e.history ? "history" : e.planned ? "planned" : "event"
        let tip = XML.escape(e.dateLabel + (e.planned ? " · planned" : "") + " — " + e.summary)
        let shape = e.precision == .day
            ? "<circle class=\"\(cls)\" cx=\"\(f(x))\" cy=\"\(f(y))\" r=\"4.5\"/>"
            : "<rect class=\"\(cls)\" x=\"\(f(x - 1))\" y=\"\(f(y - 4))\" width=\"\(f(max(width, 2) + 2))\" height=\"8\" rx=\"3\"/>"
        return "<a href=\"\(XML.escape(Routes.relative(from: page, to: e.route)))\"><title>\(tip)</title>\(shape)</a>"
    }

    /// A label on the axis at the day it names: centred on it, or starting or ending there near the
    /// chart's edges.
    struct Tick: Equatable {
        var x: Double
        var text: String
        var anchor = "middle"
        /// The label's estimated width.
        var width: Double { TimelineChart.textWidth(text) }
        var left: Double { anchor == "start" ? x : anchor == "end" ? x - width : x - width / 2 }
        var right: Double { left + width }
    }

    static func textWidth(_ s: String) -> Double { Double(s.count) * smallFont * characterWidth }

    /// The ticks an era could carry, each at the day it names: years at 1 January, months at their
    /// first day, days in a day-by-day band. An era holding no such day names its first day.
    static func ticks(_ slot: Slot, days: Bool) -> [Tick] {
        let era = slot.era
        let first = CalendarDay(daysSince1970: era.start), last = CalendarDay(daysSince1970: era.end)
        var labels: [(Int, String)] = []
        if days {
            let step = era.end - era.start > 14 ? 7 : 1
            for d in stride(from: era.start + 1, to: era.end, by: step) {
                labels.append((d, DateLabel.of(CalendarDay(daysSince1970: d), .shortDay)))
            }
        } else if era.events.allSatisfy({ $0.precision == .year }) || era.end - era.start >= 400 {
            for year in first.year...last.year {
                let january = CalendarDay(year: year, month: 1, day: 1)!.daysSince1970
                if january >= era.start, january <= era.end { labels.append((january, String(year))) }
            }
        } else {
            var m = (first.year, first.month)
            while let day = CalendarDay(year: m.0, month: m.1, day: 1), day <= last {
                if day.daysSince1970 >= era.start { labels.append((day.daysSince1970, DateLabel.of(day, .shortMonth))) }
                m = m.1 == 12 ? (m.0 + 1, 1) : (m.0, m.1 + 1)
            }
        }
        if labels.isEmpty {
            let label = first.month == 1 && first.day == 1 ? String(first.year)
                : first.day == 1 ? DateLabel.of(first, .shortMonth) : DateLabel.of(first, .shortDay) + " " + String(first.year)
            labels.append((era.start, label))
        }
        return labels.map { Tick(x: slot.x($0.0), text: $0.1) }
    }

    /// Left to right, the labels that keep clear of the one before and of the chart's edges.
    static func thinned(_ ticks: [Tick]) -> [Tick] {
        var kept: [Tick] = []
        for var t in ticks.sorted(by: { $0.x < $1.x }) {
            if t.left < 0 { t.anchor = "start" } else if t.right > width { t.anchor = "end" }
            if t.left >= (kept.last.map { $0.right + 8 } ?? 0), t.right <= width { kept.append(t) }
        }
        return kept
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
            x += 30 + Self.textWidth(name)
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
