import Corpus
import Support
import Testing
@testable import Analysis

/// The EXAMPLE lines of `Rules/event-dates.rules`: which dates of a sentence date its happenings.
@Suite struct EventDateTests {
    struct Example: CustomStringConvertible {
        let sentence: String
        let dct: String
        let values: [String]
        var description: String { sentence }
    }

    static let examples: [Example] = String(decoding: PackageResources.event_dates_rules, as: UTF8.self)
        .split(separator: "\n").filter { $0.hasPrefix("# EXAMPLE: \"") }.map { line in
            let body = line.dropFirst("# EXAMPLE: \"".count)
            let close = body.range(of: "\" @ ")!
            let rest = body[close.upperBound...]
            let arrow = rest.range(of: " ->")!
            return Example(sentence: String(body[..<close.lowerBound]), dct: rest[..<arrow.lowerBound].trimmed,
                           values: rest[arrow.upperBound...].split(separator: " ").map(String.init))
        }

    @Test func everyKindHasAnExample() {
        #expect(Self.examples.count >= 8)
        #expect(Set(DatingWords.table.keys) == ["clock", "determiner", "bound", "yardstick"])
    }

    @Test(arguments: examples)
    func exampleHolds(_ example: Example) {
        let found = DateFinder.find(in: example.sentence, dct: CalendarDay(iso: example.dct))
            .filter { ($0.kind == .date || $0.kind == .time) && $0.date != nil }
        let kept = DatingWords.happenings(found, in: example.sentence).compactMap { $0.date?.value }
        #expect(kept == example.values)
    }
}
