import Foundation
import Support
import Testing
@testable import Site

@Suite struct JSONObjectPartsTests {
    func elements(_ json: String) -> [String: [String]]? {
        let bytes = Data(json.utf8)
        return JSONObjectParts.of(bytes)?.lists.mapValues { $0.map { String(decoding: bytes[$0], as: UTF8.self) } }
    }

    @Test func findsEachElementOfEachListOfTheObject() {
        let json = """
        {
          "ferries" : [
            {
              "name" : "Kestrel, \\"the old one\\" [1]",
              "ports" : ["Alda", "Brun"]
            },
            {"name": "Tern}", "ports": []}
          ],
          "title" : "Harbour ferries: [draft]",
          "sailings" : [3, 4.5 , true,null,"x, y"],
          "closures" : [ ],
          "notes" : {"list": [1]}
        }
        """
        #expect(elements(json) == [
            "ferries": ["{\n      \"name\" : \"Kestrel, \\\"the old one\\\" [1]\",\n      \"ports\" : [\"Alda\", \"Brun\"]\n    }",
                        "{\"name\": \"Tern}\", \"ports\": []}"],
            "sailings": ["3", "4.5", "true", "null", "\"x, y\""],
            "closures": [],
        ])
    }

    @Test func refusesWhatIsNotOneObjectWhoseBracketsClose() {
        #expect(elements("[1, 2]") == nil)
        #expect(elements("{\"a\": [1, 2}") == nil)
        #expect(elements("{\"a\": [\"open]}") == nil)
        #expect(elements("{\"a\": [1]} {\"b\": []}") == nil)
        #expect(elements("") == nil)
    }

    @Test func findsEachStringValueAsWrittenAndNoKeyNorNestedString() throws {
        let json = #"{"name": "Kestrel \"the old one\"", "port" :"Alda\u00e9", "ports": ["Brun"], "crew": {"master": "Tern"}, "size": 3}"#
        let bytes = Data(json.utf8)
        let parts = try #require(JSONObjectParts.of(bytes))
        #expect(parts.strings.mapValues { String(decoding: bytes[$0], as: UTF8.self) } == [
            "name": #"Kestrel \"the old one\""#, "port": #"Alda\u00e9"#,
        ])
        // A slice of a larger text gives ranges in the larger text's indices.
        let outer = Data(("[" + json + "]").utf8)
        let inner = try #require(JSONObjectParts.of(outer[1..<(outer.count - 1)]))
        #expect(inner.strings["port"].map { String(decoding: outer[$0], as: UTF8.self) } == #"Alda\u00e9"#)
    }

    @Test func aPieceOfAStringIsFoundAsWrittenButNeverInsideAnEscape() {
        func isPiece(_ part: String, _ whole: String) -> Bool {
            Array(whole.utf8).withUnsafeBufferPointer { JSONObjectParts.isPiece(Array(part.utf8), of: $0) }
        }
        #expect(isPiece(#"the \"Kestrel\" sails."#, #"Ferries run. The \"Kestrel\" sails. the \"Kestrel\" sails."#))
        #expect(isPiece("sails.", #"The \"Kestrel\" sails."#))
        #expect(isPiece(#"\n"#, #"One.\nTwo."#))
        // "n" is written inside "\n", "u00e9" inside "\u00e9", an escaped quote across "\\" and a quote: none starts a character there.
        #expect(!isPiece("n", #"\n\n"#))
        #expect(!isPiece("u00e9", #"caf\u00e9"#))
        #expect(!isPiece(#"\"b"#, #"a\\"b"#))
        #expect(isPiece(#"\"b"#, #"a\\\"b"#))
        // Found once inside an escape and once as it is: the second counts.
        #expect(isPiece("n", #"\nn"#))
        #expect(!isPiece("", "Ferries run."))
        #expect(!isPiece("Ferries run. Often.", "Ferries run."))
    }

    /// For strings written by the export's writer, a piece as written is found exactly when the text holds it:
    /// tried on many strings made of characters that escape and of the letters of their escapes.
    @Test func aPieceAsWrittenIsFoundExactlyWhenTheTextHoldsIt() {
        let alphabet: [String] = ["a", "n", "u", "0", "1", "\\", "\"", "\n", "\u{01}", "é", " "]
        func written(_ text: String) -> [UInt8] {
            var json = JSONText(pretty: false)
            json.string(text)
            return Array(json.take().dropFirst().dropLast())
        }
        var seed: UInt64 = 0x5eed
        func next(_ bound: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(bound))
        }
        for _ in 0..<5_000 {
            let whole = (0..<next(12)).map { _ in alphabet[next(alphabet.count)] }.joined()
            let part = (0..<(1 + next(3))).map { _ in alphabet[next(alphabet.count)] }.joined()
            let holds = Array(whole.utf8).firstOffset(of: Array(part.utf8)) != nil
            let found = written(whole).withUnsafeBufferPointer { JSONObjectParts.isPiece(written(part), of: $0) }
            #expect(found == holds, "\(part.debugDescription) in \(whole.debugDescription)")
        }
    }
}
