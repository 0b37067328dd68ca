import Foundation
import Testing
import TestFixtures

/// A build killed part way (power cut, Ctrl-\, an impatient `kill -9`) must leave the site that was
/// there complete, and the next build must clear whatever the killed one left beside it.
@Suite struct InterruptionTests {
    let folder = Paths.temporary("killed")
    var output: URL { folder.appendingPathComponent("site") }

    func startBuild() throws -> Process {
        let process = Process()
        process.executableURL = Paths.executable
        process.arguments = ["build", "--quiet", "--corpus", Paths.fixture("rivers").path, "--output", output.path,
                             "--templates", Paths.templates.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test func aBuildKilledAtAnyMomentLeavesThePreviousSiteWholeAndTheNextBuildCleansUp() throws {
        let first = try startBuild()
        first.waitUntilExit()
        try #require(first.terminationStatus == 0)
        let site = filesUnder(output)

        // Kill builds at moments spread over the length of a whole one, from its start to its end.
        let timed = try startBuild()
        let whole = ContinuousClock().measure { timed.waitUntilExit() }
        let seconds = Double(whole.components.seconds) + Double(whole.components.attoseconds) / 1e18
        let moments = 16
        for k in 0..<moments {
            let build = try startBuild()
            Thread.sleep(forTimeInterval: seconds * Double(k) / Double(moments))
            kill(build.processIdentifier, SIGKILL)
            build.waitUntilExit()
            #expect(filesUnder(output) == site, "killed at \(k)/\(moments) of a build")
        }

        let next = try startBuild()
        next.waitUntilExit()
        #expect(next.terminationStatus == 0)
        #expect(filesUnder(output) == site)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [".briefing-cache", "site"])
        // The cache holds whole entries only, three for each of the corpus's three articles: the parts the
        // killed builds were writing are gone.
        let cache = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(".briefing-cache/site").path)
        #expect(cache.filter { $0.hasSuffix(".article") || $0.hasSuffix(".analysis") || $0.hasSuffix(".status") }.count == 9, "\(cache)")
        #expect(cache.count == 10 && cache.contains("rendered-pages"), "\(cache)")
    }
}
