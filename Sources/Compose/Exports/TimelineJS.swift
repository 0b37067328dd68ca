import Analysis
import Corpus
import Foundation
import Support

/// `data/timeline.json`: the events in the Knight Lab TimelineJS format. Dates carry only the parts
/// their granularity knows; each event's group is its first actor; text fields are HTML, so corpus
/// text is escaped before it goes in.
enum TimelineJSExport {
    struct DateParts: Encodable {
        let year: String
        let month: String?
        let day: String?
    }

    struct Text: Encodable {
        let headline: String
        let text: String
    }

    struct Slide: Encodable {
        let unique_id: String
        let start_date: DateParts
        let end_date: DateParts?
        let display_date: String
        let text: Text
        let group: String?
    }


    struct TitleSlide: Encodable {
        let text: Text
    }

    static func json(_ findings: Findings, _ context: PageContext, title: String, asOf: String) throws -> [UInt8] {
        let events = findings.events.map { e -> Slide in
            let links = e.citations.map { c in
                "<a href=\"\(Routes.paragraph(c))\">\(html(context.sourceLabel(c.source))), ¶\(c.paragraph.dropFirst())</a>"
            }
            return Slide(
                unique_id: e.id,
                start_date: parts(e.date, e.date.start),
                end_date: e.date.granularity == .range || e.date.granularity == .decade ? parts(e.date, e.date.end) : nil,
                display_date: context.dateLabel(e.date) + context.marks(e),
                text: Text(headline: html(context.dateLabel(e.date)), text: "<p>\(html(e.summary))</p><p>\(links.joined(separator: "; "))</p>"),
                group: e.actors.first.map { context.actorNames[$0] ?? $0 })
        }
        let doc = TimelineDocument(title: TitleSlide(text: Text(headline: html(title), text: "<p>As of \(html(asOf))</p>")), events: events)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(doc)) + [0x0A]
    }

    struct TimelineDocument: Encodable {
        let title: TitleSlide
        let events: [Slide]
    }

    /// The parts of a date TimelineJS should show: a month-level date has no day, a year none of either.
    static func parts(_ d: ResolvedDate, _ day: CalendarDay) -> DateParts {
        switch d.granularity {
        case .day, .week: return DateParts(year: String(day.year), month: String(day.month), day: String(day.day))
        case .month, .partOfMonth, .season, .quarter, .half: return DateParts(year: String(day.year), month: String(day.month), day: nil)
        case .year, .decade, .range: return DateParts(year: String(day.year), month: nil, day: nil)
        }
    }

    static func html(_ text: String) -> String { XML.escape(text) }
}

/// Escaping for text that goes into HTML or XML made by the code (SVG, TimelineJS fields).
enum XML {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }
}
