import Foundation
import Testing
@testable import Compose

/// The JSON export is handed over a list element at a time; its bytes must be those of encoding the
/// whole object at once, which the check and every reader of the schema expect.
@Suite struct ExportWriterTests {
    struct Ferry: Encodable, Sendable {
        let name: String
        let ports: [String]
        let captain: Export.Nullable<String>
        let sailings: [Sailing]
    }
    struct Sailing: Encodable, Sendable { let day: String; let full: Bool }

    /// Any encodable value, encoded as itself.
    struct Boxed: Encodable {
        let value: any Encodable
        func encode(to encoder: Encoder) throws { try value.encode(to: encoder) }
    }
    /// The same fields as one object, encoded whole.
    struct Whole: Encodable {
        let fields: [String: Export.Field]
        struct Key: CodingKey {
            let stringValue: String
            init(stringValue: String) { self.stringValue = stringValue }
            var intValue: Int? { nil }
            init?(intValue: Int) { nil }
        }
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            for (key, field) in fields {
                switch field {
                case .value(let value): try container.encode(Boxed(value: value), forKey: Key(stringValue: key))
                case .list(let count, let element): try container.encode((0..<count).map { Boxed(value: element($0)) }, forKey: Key(stringValue: key))
                }
            }
        }
    }

    /// The bytes `Export.write` hands over, and in how many pieces.
    func handedOver(_ fields: [String: Export.Field]) throws -> (bytes: [UInt8], count: Int) {
        var written: [UInt8] = []
        var count = 0
        try Export.write(fields) { piece in
            written += piece
            count += 1
        }
        return (written, count)
    }

    @Test func writesTheBytesOfTheWholeObject() throws {
        let fields: [String: Export.Field] = [
            "title": .value("Harbour ferries / winter timetable “draft”"),
            "schema_version": .value(1),
            "as_of": .value(Export.Nullable<String>(nil)),
            "ferries": .list([
                Ferry(name: "Kestrel", ports: ["Alda", "Brun"], captain: .init("Ana Ruiz"),
                      sailings: [Sailing(day: "2031-03-04", full: true), Sailing(day: "2031-03-05", full: false)]),
                Ferry(name: "Tern", ports: [], captain: .init(nil), sailings: []),
            ]) { $0 },
            "closures": .list([String]()) { $0 },
            "notes": .list(["line one\nline two", "tab\there"]) { $0 },
        ]
        let whole = try Export.encoder.encode(Whole(fields: fields)) + [0x0A]
        let (written, pieces) = try handedOver(fields)
        // The opening brace, the three values, each list's opening, elements and closing (an empty
        // list in one piece), the closing brace: no piece holds two elements.
        #expect(pieces == 1 + 3 + (1 + 2 + 1) + 1 + (1 + 2 + 1) + 1)
        #expect(String(decoding: written, as: UTF8.self) == String(decoding: whole, as: UTF8.self))
        #expect(written == Array(whole))
    }

    /// A list longer than a batch is encoded on every core, a batch at a time, and handed over in order.
    @Test func writesALongListInItsOrder() throws {
        let count = Export.batch * 2 + 7
        let fields: [String: Export.Field] = [
            "sailings": .list((0..<count).map { Sailing(day: "day \($0)", full: $0 % 3 == 0) }) { $0 },
        ]
        let whole = try Export.encoder.encode(Whole(fields: fields)) + [0x0A]
        let (written, pieces) = try handedOver(fields)
        #expect(pieces == 1 + 1 + count + 1 + 1)
        #expect(written == Array(whole))
    }
}
