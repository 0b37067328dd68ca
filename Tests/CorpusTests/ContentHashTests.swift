import Support
import Testing

/// The cache's fingerprints: the same in every run, and different for different inputs.
@Suite struct ContentHashTests {
    @Test func theFirstHalfIsFNV1aOfTheBytes() {
        // Published FNV-1a 64-bit test vectors: the empty string gives the offset basis.
        #expect(ContentHash.of([]).prefix(16) == "cbf29ce484222325")
        #expect(ContentHash.of(Array("a".utf8)).prefix(16) == "af63dc4c8601ec8c")
        #expect(ContentHash.of(Array("foobar".utf8)).prefix(16) == "85944171f73967e8")
    }

    @Test func stringsAreSeparatedAndEveryByteCounts() {
        var ab = ContentHash(), a = ContentHash()
        ab.add("ab")
        ab.add("c")
        a.add("a")
        a.add("bc")
        #expect(ab.hex != a.hex)
        #expect(ab.hex.count == 32 && ab.hex.allSatisfy(\.isHexDigit))
        #expect(ContentHash.of(Array("harbour".utf8)) != ContentHash.of(Array("harbor".utf8)))
        #expect(ContentHash.of(Array("harbour".utf8)) == ContentHash.of(Array("harbour".utf8)))
        // The length is part of it: a run of zero bytes is not the empty input.
        #expect(ContentHash.of([0]).suffix(16) != ContentHash.of([]).suffix(16))
    }
}
