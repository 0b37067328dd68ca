import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Support
import Testing
@testable import Compose
@testable import Render

/// An invented story's events: the ferry talks between two harbour towns.
@Suite struct TimelineChartTests {
    static func entry(_ id: Int, _ iso: String, _ summary: String, precision: TimelineEntry.Precision = .day, until: String? = nil) -> TimelineEntry {
        let day = CalendarDay(iso: iso)!
        return TimelineEntry(id: "e\(id)", start: day, end: until.flatMap { CalendarDay(iso: $0) } ?? day, precision: precision,
                             spansYears: false, dateLabel: iso, marks: "", summary: summary, planned: false, history: false,
                             conflict: nil, group: nil, citations: [], route: "timeline.html#e\(id)")
    }

    /// An element of the chart: its name, attributes, text and children, read back with `XMLParser`.
    final class Node {
        let name: String
        let attributes: [String: String]
        var text = ""
        var children: [Node] = []
        init(_ name: String, _ attributes: [String: String]) { self.name = name; self.attributes = attributes }
        var all: [Node] { [self] + children.flatMap(\.all) }
    }

    final class Reader: NSObject, XMLParserDelegate {
        var stack = [Node("document", [:])]
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            let node = Node(name, attributes)
            stack.last!.children.append(node)
            stack.append(node)
        }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) { stack.removeLast() }
        func parser(_ parser: XMLParser, foundCharacters string: String) { stack.last!.text += string }
    }

    static func parse(_ svg: String) throws -> Node {
        let parser = XMLParser(data: Data(svg.utf8))
        let reader = Reader()
        parser.delegate = reader
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.coderReadCorrupt) }
        return reader.stack[0].children[0]
    }

    /// Tick labels as drawn: 12 px text, estimated at 7.44 px a character, placed by their anchor.
    static func extents(_ tick: Node) -> (left: Double, right: Double) {
        let x = Double(tick.attributes["x"]!)!, width = Double(tick.text.count) * 7.44
        switch tick.attributes["text-anchor"] {
        case "start": return (x, x + width)
        case "end": return (x - width, x)
        default: return (x - width / 2, x + width / 2)
        }
    }

    /// Two years of monthly meetings, a crowded week, and a treaty of long ago: several eras, two bands.
    static let busy: [TimelineEntry] = {
        var events = [entry(1, "1990-01-01", "The first ferry treaty was signed.", precision: .year, until: "1990-12-31")]
        for (i, month) in (1...24).enumerated() {
            let year = 2031 + (month - 1) / 12, m = (month - 1) % 12 + 1
            events.append(entry(i + 2, String(format: "%04d-%02d-10", year, m), "The harbour board met."))
        }
        for (i, day) in [3, 4, 4, 5, 6, 8].enumerated() {
            events.append(entry(30 + i, String(format: "2032-05-%02d", day), "The quay workers struck."))
        }
        return events
    }()

    @Test func manyEventsAreCountedMonthByMonth() throws {
        // 600 sailings over ten months of 2031, more in each later month; the year's events on its own page.
        var events: [TimelineEntry] = []
        for month in 1...10 {
            for k in 0..<(month * 11) {
                var e = Self.entry(events.count + 1, String(format: "2031-%02d-%02d", month, k % 28 + 1), "Sailing \(k) left the quay.")
                e.route = "timeline-2031.html#e\(events.count + 1)"
                events.append(e)
            }
        }
        #expect(events.count > TimelineChart.mostMarks)
        let text = TimelineChart(events: events, page: "timeline.html").svg(title: "Ferry")
        #expect(text.utf8.count < 40_000)
        let links = try Self.parse(text).all.filter { $0.name == "a" }
        #expect(links.count == 10)
        // Each bar links to its month's first event and says how many it stands for.
        let october = try #require(links.last)
        #expect(october.children.first?.text == "October 2031: 110 events")
        let firstOfOctober = events.filter { $0.start.month == 10 }.min { ($0.start, $0.id) < ($1.start, $1.id) }!
        #expect(october.attributes["href"] == firstOfOctober.route)
        let heights = links.compactMap { $0.children.last?.attributes["height"].flatMap(Double.init) }
        #expect(heights == heights.sorted() && heights.last == TimelineChart.barHeight)
    }

    @Test func tickLabelsNeverOverlapAndStayInsideTheChart() throws {
        let svg = try Self.parse(TimelineChart(events: Self.busy, page: "timeline.svg").svg(title: "The Harbour Ferry Talks"))
        let ticks = svg.all.filter { $0.name == "text" && $0.attributes["class"] == "tick" && $0.attributes["text-anchor"] != nil }
        #expect(ticks.count >= 5)
        #expect(svg.all.contains { $0.text.hasPrefix("The busiest weeks, day by day") })
        for band in Dictionary(grouping: ticks, by: { $0.attributes["y"]! }).values {
            let spans = band.map(Self.extents).sorted { $0.left < $1.left }
            for (a, b) in zip(spans, spans.dropFirst()) { #expect(a.right < b.left, "\(band.map(\.text))") }
            #expect(spans.first!.left >= 0 && spans.last!.right <= 640)
        }
    }

    @Test func aMonthTickStandsAtTheFirstDayOfItsMonth() throws {
        // A cluster in the second half of one month and an event early in the next: one era from the 15th to the 5th.
        let events = [Self.entry(1, "2031-09-15", "The ferry stopped."), Self.entry(2, "2031-09-17", "Talks opened."),
                      Self.entry(3, "2031-09-20", "The towns traded notes."), Self.entry(4, "2031-09-24", "Talks broke off."),
                      Self.entry(5, "2031-10-05", "The ferry ran again.")]
        let svg = try Self.parse(TimelineChart(events: events, page: "timeline.svg").svg(title: "The Harbour Ferry Talks"))
        var x: [String: Double] = [:]
        for link in svg.all where link.name == "a" {
            let circle = link.children.first { $0.name == "circle" }!
            x[link.attributes["href"]!] = Double(circle.attributes["cx"]!)!
        }
        let september15 = x["timeline.html#e1"]!, october5 = x["timeline.html#e5"]!
        let ticks = svg.all.filter { $0.attributes["class"] == "tick" && $0.attributes["text-anchor"] != nil }
        let october = try #require(ticks.first { $0.text == "Oct 2031" })
        // 1 October is 16 of the era's 20 days on.
        let expected: Double = september15 + (october5 - september15) * 16 / 20
        let drawn = Double(october.attributes["x"]!)!
        #expect(abs(drawn - expected) < 0.2)
        #expect(!ticks.contains { $0.text == "Sep 2031" })
    }

    @Test func anEraWithoutAMonthStartNamesItsFirstDay() throws {
        let events = [Self.entry(1, "2031-09-15", "The ferry stopped."), Self.entry(2, "2031-09-24", "Talks broke off.")]
        let svg = try Self.parse(TimelineChart(events: events, page: "timeline.svg").svg(title: "The Harbour Ferry Talks"))
        let labels = svg.all.filter { $0.attributes["class"] == "tick" && $0.attributes["text-anchor"] != nil }.map(\.text)
        #expect(labels == ["15 Sep 2031"])
    }

    @Test func everyMarkLinksToItsEntryAndNamesItEscaped() throws {
        var events = Self.busy
        events.append(Self.entry(40, "2032-05-07", "Tolls rose 5% <b>& \"overnight\""))
        // An event the timeline lists on its year's page is linked there.
        events[events.count - 1].route = "timeline-2032.html#e40"
        // From the standalone file every link names its page; drawn on the timeline page, links within it are anchors alone.
        for (chart, within) in [(TimelineChart(events: events, page: "timeline.svg"), ""), (TimelineChart(events: events, page: "timeline.html"), "timeline.html")] {
            let text = chart.svg(title: "Ferry <Talks> & Tolls")
            #expect(!text.contains("<b>") && !text.contains("<Talks>"))
            let svg = try Self.parse(text)
            #expect(!svg.attributes.keys.contains { $0 == "role" || $0.hasPrefix("aria-") })
            #expect(svg.children.first?.name == "title" && svg.children.first?.text == "Ferry <Talks> & Tolls: timeline")
            #expect(!svg.all.contains { $0.attributes["id"] != nil || $0.attributes["aria-labelledby"] != nil })
            let links = svg.all.filter { $0.name == "a" }
            // Each event once in the overview, the crowded week's again in the day-by-day band.
            let expected = events.map { within.isEmpty || !$0.route.hasPrefix(within + "#") ? $0.route : String($0.route.dropFirst(within.count)) }
            #expect(Set(links.map { $0.attributes["href"]! }) == Set(expected))
            #expect(expected.contains("#e1") == !within.isEmpty)
            for link in links {
                #expect(link.children.first?.name == "title")
                #expect(link.children.count == 2)
            }
            #expect(links.contains { $0.children[0].text == "2032-05-07 — Tolls rose 5% <b>& \"overnight\"" })
        }
    }

    @Test func textStaysLegibleAtTheNarrowestWidth() throws {
        let text = TimelineChart(events: Self.busy, page: "timeline.svg").svg(title: "The Harbour Ferry Talks")
        // The chart is 640 wide and never drawn narrower than 587 px, so 12-unit text is at least 11 px.
        #expect(text.contains("viewBox=\"0 0 640 "))
        #expect(text.contains("min-width: 587px"))
        #expect(12.0 * 587 / 640 >= 11)
        let sizes = text.split(separator: "px").compactMap { piece in Int(String(piece.reversed().prefix(while: \.isNumber).reversed())) }
        #expect(sizes.filter { $0 < 100 } == [13, 12])
        let svg = try Self.parse(text)
        #expect(!svg.all.contains { $0.attributes["font-size"] != nil || $0.attributes["style"] != nil })
    }

    @Test func theDescriptionPromisesTheDayByDayBandOnlyWhenDrawn() throws {
        let quiet = try Self.parse(TimelineChart(events: [Self.entry(1, "2031-09-15", "The ferry stopped.")], page: "timeline.svg").svg(title: "Ferry"))
        #expect(quiet.children.first { $0.name == "desc" }?.text == "One event on a time axis cut at long empty stretches.")
        let busy = try Self.parse(TimelineChart(events: Self.busy, page: "timeline.svg").svg(title: "Ferry"))
        #expect(busy.children.first { $0.name == "desc" }!.text.hasSuffix(", with the busiest weeks drawn day by day."))
    }
}
