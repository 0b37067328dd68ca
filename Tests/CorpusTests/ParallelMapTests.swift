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

    /// Both pieces of work are done, each result in its place, and neither outlives the caller's use.
    @Test func bothGivesEachResultInItsPlace() {
        var held: [Held] = []
        do {
            let (numbers, result) = ParallelMap.both({ (1...1000).reduce(0, +) }, { Result() })
            #expect(numbers == 500_500)
            held = [Held(result: result)]
        }
        #expect(held.allSatisfy { $0.result == nil })
        let (text, count) = ParallelMap.both({ ["b", "a"].sorted().joined() }, { [3, 1, 2].count })
        #expect(text == "ab" && count == 3)
    }

    final class Item: Sendable {
        let value: Int
        init(_ value: Int) { self.value = value }
    }
    struct HeldItem { weak var item: Item? }

    /// Each item handed over is moved out as its turn comes and released once transformed: none is
    /// kept alive by the map, and the results keep the items' order.
    @Test func mapReleasingLetsEveryItemGoAndKeepsTheOrder() {
        var items = (0..<64).map(Item.init)
        let held = items.map { HeldItem(item: $0) }
        let doubled = ParallelMap.mapReleasing(consume items) { $0.value * 2 }
        items = []
        #expect(doubled == (0..<64).map { $0 * 2 })
        #expect(held.allSatisfy { $0.item == nil })
        // Its results are released like the map's.
        var results: [Held] = []
        do { results = ParallelMap.mapReleasing(Array(0..<8)) { _ in Result() }.map { Held(result: $0) } }
        #expect(results.allSatisfy { $0.result == nil })
    }

    /// Arrays kept long give back the room appending left spare, and keep their elements.
    @Test func anArrayWithoutSpareRoomKeepsItsElements() {
        var words = ["quay", "ferry"]
        words.reserveCapacity(1000)
        let kept = words.withoutSpareRoom()
        #expect(kept == ["quay", "ferry"])
        #expect(kept.capacity < 1000)
    }
}
