import Compose
import Foundation
import Support

/// `data/timeline.json`: the events in the Knight Lab TimelineJS format. Dates carry only the parts
/// their precision knows; each event's group is its first actor; text fields, the date shown and the
/// group label are HTML to TimelineJS (it sets them as innerHTML), so they are escaped before they go
/// in. Links are relative to the site root.
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

    struct TimelineDocument: Encodable {
        let title: TitleSlide
        let events: [Slide]
    }

    static func json(_ entries: [TimelineEntry], title: String, asOf: String) throws -> [UInt8] {
        let events = entries.map { e -> Slide in
            let links = e.citations.map { "<a href=\"\(XML.escape($0.href))\">\(XML.escape($0.label))</a>" }
            return Slide(
                unique_id: e.id,
                start_date: parts(e.start, e.precision),
                end_date: e.spansYears ? parts(e.end, e.precision) : nil,
                display_date: XML.escape(e.dateLabel + e.marks),
                text: Text(headline: XML.escape(e.dateLabel), text: "<p>\(XML.escape(e.summary))</p><p>\(links.joined(separator: "; "))</p>"),
                group: e.group.map(XML.escape))
        }
        let doc = TimelineDocument(title: TitleSlide(text: Text(headline: XML.escape(title), text: "<p>As of \(XML.escape(asOf))</p>")), events: events)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(doc)) + [0x0A]
    }

    /// The parts of a date TimelineJS should show: a month-level date has no day, a year none of either.
    static func parts(_ day: CalendarDay, _ precision: TimelineEntry.Precision) -> DateParts {
        switch precision {
        case .day, .week: return DateParts(year: String(day.year), month: String(day.month), day: String(day.day))
        case .month: return DateParts(year: String(day.year), month: String(day.month), day: nil)
        case .year: return DateParts(year: String(day.year), month: nil, day: nil)
        }
    }
}

/// Escaping for text that goes into HTML or XML made by the code (SVG, TimelineJS fields).
enum XML {
    static func escape(_ text: String) -> String {
        // The five characters are ASCII, and no byte of a longer character is: the text is read as UTF-8.
        let utf8 = text.utf8
        guard utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "&"): out += "&amp;".utf8
            case UInt8(ascii: "<"): out += "&lt;".utf8
            case UInt8(ascii: ">"): out += "&gt;".utf8
            case UInt8(ascii: "\""): out += "&quot;".utf8
            case UInt8(ascii: "'"): out += "&#39;".utf8
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
