import Foundation

/// Folders of the repository and the test fixtures, found from this file so that tests run from any
/// working directory. Fixtures are invented corpora, one folder per behaviour: `corpora/` build,
/// `invalid/` must fail with the error their `expected.error` gives. The sample corpus is one more.
public enum Paths {
    public static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    public static let seeds = repository.appendingPathComponent("seeds")
    public static let templates = repository.appendingPathComponent("templates")
    public static let fixtures = repository.appendingPathComponent("Tests/Fixtures/corpora")
    public static let invalidFixtures = repository.appendingPathComponent("Tests/Fixtures/invalid")

    /// A valid fixture corpus by name.
    public static func fixture(_ name: String) -> URL { fixtures.appendingPathComponent(name) }

    /// The `briefing` executable built beside the test runner.
    public static var executable: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("briefing")
    }

    /// A new empty folder for one test, inside one folder for the whole test run that is removed when
    /// the run exits, so that runs leave nothing behind in the system's temporary folder.
    public static func temporary(_ name: String) -> URL {
        let url = runFolder.appendingPathComponent("\(name)-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The test run's folder, made on first use; an exit handler removes it.
    static let runFolder: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-tests-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: Paths.runFolder) }
        return url
    }()
}
