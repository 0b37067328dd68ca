import Foundation

/// Folders of the repository, found from this file so that tests run from any working directory.
enum Paths {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seeds = repository.appendingPathComponent("seeds")
    static let fixtures = repository.appendingPathComponent("Tests/Fixtures/corpora")
}
