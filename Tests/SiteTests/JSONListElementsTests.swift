import Foundation
import Testing
@testable import Site

@Suite struct JSONListElementsTests {
    func elements(_ json: String) -> [String: [String]]? {
        let bytes = Data(json.utf8)
        return JSONListElements.of(bytes)?.mapValues { $0.map { String(decoding: bytes[$0], as: UTF8.self) } }
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
}
