import Foundation
import Testing
import Support
@testable import Compose

/// The JSON export is written as it goes and handed over a piece at a time; its bytes must be those
/// JSONEncoder makes of the whole object at once, which the check and every reader of the schema expect.
@Suite struct ExportWriterTests {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    struct Ferry: JSONWritable, Sendable {
        let name: String
        let ports: [String]
        let captain: Export.Nullable<String>
        let sailings: [Sailing]

        func write(to json: inout JSONText) {
            json.object {
                $0.key("captain"); captain.write(to: &$0)
                $0.key("name"); $0.string(name)
                $0.key("ports"); $0.array(of: ports)
                $0.key("sailings"); $0.list(sailings)
            }
        }
    }
    struct Sailing: JSONWritable, Sendable {
        let day: String
        let full: Bool

        func write(to json: inout JSONText) {
            json.object {
                $0.key("day"); $0.string(day)
                $0.key("full"); $0.bool(full)
            }
        }
    }

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

    /// Every value of the export, written, gives JSONEncoder's bytes: each field, with its key in its place.
    @Test func everyValueOfTheExportWritesJSONEncodersBytes() throws {
        let cited = [Export.CitationJSON(source: "harbour-gazette", paragraph: "p3", sentence: "The \"Kestrel\" sailed\tat dawn\u{1}.")]
        let values: [any JSONWritable] = [
            Export.SourceJSON(id: "a", file: "a.txt", page: "sources/a.html", url: .init("https://example.org/a"), title: .init("Ferries"),
                              outlet: .init(nil), byline: .init("Ana Ruiz"), published: .init("2031-03-04"), published_time: .init(nil),
                              credit: .init(nil), title_basis: "text", outlet_basis: "unknown", byline_basis: "text", published_basis: "config",
                              paragraphs: [.init(id: "p1", text: "Line\none / “two”"), .init(id: "p2", text: "")]),
            Export.EventJSON(id: "e1", date: "2031-03-04", granularity: "day", summary: "The board met.", qualifier: .init("about"),
                             planned: true, history: false, actors: ["board", "union"], conflict: .init(nil), citations: cited),
            Export.QuoteJSON(id: "q1", text: "We will sail", speaker: .init("Ana Ruiz"), speaker_role: .init(nil), actor: .init("board"),
                             actor_guessed: false, citations: cited),
            Export.ActorJSON(id: "board", name: "Harbour Board", url: .init(nil),
                             statements: [.init(text: "It wants more ferries.", citations: cited), .init(text: "None", citations: [])]),
            Export.IssueJSON(id: "fares", name: "Fares", url: "issues/fares.html", status: .init("agreed"), summary: .init(nil), citations: []),
            Export.PersonJSON(id: "ana-ruiz", name: "Ana Ruiz", role: .init("chair"), actor: .init("board"), citations: cited),
            Export.GlossaryJSON(term: "HFB", expansion: "Harbour Ferry Board", citations: cited),
            Export.ConflictJSON(id: "c1", topic: "date", claims: [.init(value: "4 March", citations: cited)]),
        ]
        for value in values {
            var json = JSONText()
            value.write(to: &json)
            #expect(String(decoding: json.bytes, as: UTF8.self) == String(decoding: try Self.encoder.encode(value), as: UTF8.self))
        }
    }

    /// Strings with every character JSON escapes, and empty lists and objects, compact and pretty.
    @Test func stringsAndEmptyContainersAsJSONEncoderWritesThem() throws {
        var text = String((0..<128).map { Character(Unicode.Scalar(UInt8($0))) })
        text += "é \u{2028}\u{2029} \u{FEFF} 😀 a/b"
        func written(pretty: Bool) -> [UInt8] {
            var json = JSONText(pretty: pretty)
            json.object {
                $0.key("a"); $0.array(of: [text, ""])
                $0.key("b"); $0.array(of: [])
                $0.key("c"); $0.object { _ in }
                $0.key("d"); $0.int(-12)
            }
            return json.bytes
        }
        struct Empty: Encodable {}
        struct Shape: Encodable { let a: [String]; let b: [String]; let c: Empty; let d: Int }
        let shape = Shape(a: [text, ""], b: [], c: Empty(), d: -12)
        let plain = JSONEncoder()
        plain.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        #expect(written(pretty: true) == Array(try Self.encoder.encode(shape)))
        #expect(written(pretty: false) == Array(try plain.encode(shape)))
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
        let whole = try Self.encoder.encode(Whole(fields: fields)) + [0x0A]
        let (written, _) = try handedOver(fields)
        #expect(String(decoding: written, as: UTF8.self) == String(decoding: whole, as: UTF8.self))
        #expect(written == Array(whole))
    }

    /// A long list is handed over in pieces of about `Export.piece` bytes, never held whole.
    @Test func writesALongListInPieces() throws {
        let count = 20_000
        let fields: [String: Export.Field] = [
            "sailings": .list((0..<count).map { Sailing(day: "day \($0)", full: $0 % 3 == 0) }) { $0 },
        ]
        let whole = try Self.encoder.encode(Whole(fields: fields)) + [0x0A]
        var pieces: [Int] = []
        try Export.write(fields) { pieces.append($0.count) }
        #expect(pieces.count >= whole.count / Export.piece)
        #expect(pieces.dropLast().allSatisfy { $0 >= Export.piece && $0 < Export.piece + 100 })
        let (written, _) = try handedOver(fields)
        #expect(written == Array(whole))
    }
}
