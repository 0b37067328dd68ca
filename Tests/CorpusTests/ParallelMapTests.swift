import Support
import Testing

/// The parallel map that ingestion and analysis run on.
@Suite struct ParallelMapTests {
    final class Result: Sendable {}
    struct Held { weak var result: Result? }

    /// Found by the fuzzer as a leak on every input: the map's slots were freed without releasing
    /// the results in them, so every article, sentence list and finding outlived the build.
    @Test func keepsNoResultAlive() {
        var held: [Held] = []
        do {
            let results = ParallelMap.map(Array(0..<8)) { _ in Result() }
            held = results.map { Held(result: $0) }
        }
        #expect(held.count == 8)
        #expect(held.allSatisfy { $0.result == nil })
    }
}
