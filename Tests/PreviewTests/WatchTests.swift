import Foundation
import Testing
import TestFixtures
@testable import Preview

/// What the watcher sees of the inputs, and when a change turns into a rebuild, on a clock the tests
/// set themselves.
@Suite struct WatchTests {
    let start = ContinuousClock.now

    func at(_ milliseconds: Int) -> ContinuousClock.Instant { start + .milliseconds(milliseconds) }

    func snapshot(_ files: [String: Int]) -> InputSnapshot {
        var snapshot = InputSnapshot()
        for (path, size) in files { snapshot.files[path] = InputSnapshot.Stamp(size: size, seconds: 0, nanoseconds: 0, inode: 1) }
        return snapshot
    }

    /// The moments (ms) at which polls at the given moments, seeing the given inputs, start a rebuild.
    func rebuilds(from built: InputSnapshot, polls: [(Int, InputSnapshot)]) -> [Int] {
        var debounce = Debounce(quietPeriod: .milliseconds(300), built: built, at: at(0))
        return polls.filter { debounce.shouldRebuild($0.1, at: at($0.0)) }.map(\.0)
    }

    @Test func aBurstOfChangesGivesOneRebuildOnceTheInputsHoldStill() {
        let before = snapshot(["a.txt": 1])
        let after = snapshot(["a.txt": 3, "b.txt": 1])
        // Three saves 100 ms apart, each starting the quiet period again; then one more change later.
        #expect(rebuilds(from: before, polls: [
            (100, before), (200, snapshot(["a.txt": 2])), (300, snapshot(["a.txt": 3])), (400, after), (600, after),
            (700, after), (2000, after), (2100, snapshot(["a.txt": 3])), (2400, snapshot(["a.txt": 3])),
        ]) == [700, 2400])
    }

    @Test func aChangeUndoneBeforeTheQuietPeriodEndsGivesNoRebuild() {
        let before = snapshot(["a.txt": 1])
        #expect(rebuilds(from: before, polls: [(100, snapshot(["a.txt": 2])), (200, before), (1000, before)]).isEmpty)
    }

    @Test func theSnapshotHoldsTheArticlesTheConfigurationAndEveryTemplateButNoHiddenFile() throws {
        let folder = Paths.temporary("watch")
        let corpus = folder.appendingPathComponent("corpus")
        let templates = folder.appendingPathComponent("templates")
        try FileManager.default.copyItem(at: Paths.fixture("rivers"), to: corpus)
        try FileManager.default.copyItem(at: Paths.templates, to: templates)
        let first = InputSnapshot.take(corpus: corpus, templates: templates)
        let names = Set(first.files.keys.map { String($0.dropFirst(folder.path.count + 1)) })
        #expect(names.isSuperset(of: ["corpus/a.txt", "corpus/briefing.yml", "templates/page.mustache", "templates/assets/style.css"]))

        try Data("swap".utf8).write(to: corpus.appendingPathComponent(".a.txt.swp"))
        try Data("swap".utf8).write(to: templates.appendingPathComponent("assets/.style.css.swp"))
        #expect(InputSnapshot.take(corpus: corpus, templates: templates) == first)

        try Data("/* changed */".utf8).write(to: templates.appendingPathComponent("assets/style.css"))
        let second = InputSnapshot.take(corpus: corpus, templates: templates)
        #expect(second != first)
        try FileManager.default.removeItem(at: corpus.appendingPathComponent("c.txt"))
        #expect(InputSnapshot.take(corpus: corpus, templates: templates) != second)
    }
}
