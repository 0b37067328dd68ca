import Foundation
import Logging
import ServiceLifecycle
import Site
import TestFixtures
@testable import Preview

/// A preview server on a free port of 127.0.0.1, over copies of a fixture corpus and of the templates
/// that a test may change; the output folder lies beside them.
struct RunningPreview: Sendable {
    let folder: URL
    let port: Int
    let events: EventLog

    var corpus: URL { folder.appendingPathComponent("corpus") }
    var templates: URL { folder.appendingPathComponent("templates") }
    var output: URL { folder.appendingPathComponent("site") }

    func get(_ target: String, method: String = "GET", headers: [String: String] = [:]) async throws -> RawHTTP.Response {
        try await RawHTTP.request(port: port, target, method: method, headers: headers)
    }

    /// Writes a watched file the way editors save: whole, by renaming a finished copy over it, so that
    /// no poll sees it half written.
    func save(_ data: Data, to file: URL) throws {
        let staged = folder.appendingPathComponent("staged-" + UUID().uuidString)
        try data.write(to: staged)
        guard rename(staged.path, file.path) == 0 else { throw RawHTTP.Failure(description: "rename: errno \(errno)") }
    }

    /// A file of the output folder as it is on disk.
    func file(_ route: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: output.appendingPathComponent(route)))
    }
}

/// What the preview reported, in order.
final class EventLog: @unchecked Sendable {
    // Unchecked: every access holds the lock.
    private let lock = NSLock()
    private var events: [PreviewEvent] = []

    func add(_ event: PreviewEvent) { lock.withLock { events.append(event) } }
    var all: [PreviewEvent] { lock.withLock { events } }
}

/// The options the tests serve with: the rivers fixture (or another), a base URL so that the feed
/// and the sitemap are written, and short polls so that a rebuild comes soon after a change.
/// `prepare` may change the copies before the first build.
func startPreview(fixture: String = "rivers", prepare: (_ corpus: URL, _ templates: URL) throws -> Void = { _, _ in })
    async throws -> (preview: RunningPreview, stop: @Sendable () async throws -> Void) {
    let folder = Paths.temporary("serve")
    let corpus = folder.appendingPathComponent("corpus")
    let templates = folder.appendingPathComponent("templates")
    try FileManager.default.copyItem(at: Paths.fixture(fixture), to: corpus)
    try FileManager.default.copyItem(at: Paths.templates, to: templates)
    try prepare(corpus, templates)
    let build = BuildOptions(corpus: corpus, output: folder.appendingPathComponent("site"), templates: templates,
                             baseURL: "https://example.org/briefing/")
    let options = PreviewOptions(build: build, port: 0, pollInterval: .milliseconds(100), quietPeriod: .milliseconds(200))

    let log = EventLog()
    let (addresses, announce) = AsyncStream<URL>.makeStream()
    let app = await buildPreview(options) { event in
        log.add(event)
        if case .listening(let url) = event { announce.yield(url) }
    }
    let group = ServiceGroup(configuration: .init(services: [app], logger: Logger(label: "preview-tests")))
    let running = Task {
        defer { announce.finish() }
        try await group.run()
    }
    guard let url = await addresses.first(where: { _ in true }), let port = url.port else {
        try await running.value
        throw RawHTTP.Failure(description: "the preview server did not start")
    }
    let stop: @Sendable () async throws -> Void = {
        await group.triggerGracefulShutdown()
        try await running.value
    }
    return (RunningPreview(folder: folder, port: port, events: log), stop)
}

/// Runs a test against a preview of its own, then shuts it down gracefully and waits until it has.
func withPreview(fixture: String = "rivers", prepare: (_ corpus: URL, _ templates: URL) throws -> Void = { _, _ in },
                 _ test: (RunningPreview) async throws -> Void) async throws {
    let (preview, stop) = try await startPreview(fixture: fixture, prepare: prepare)
    do {
        try await test(preview)
    } catch {
        try await stop()
        throw error
    }
    try await stop()
}

/// One preview shared by the tests that only read the site: one build instead of one per test.
enum SharedPreview {
    static let started = Task { try await startPreview().preview }
    static var preview: RunningPreview { get async throws { try await started.value } }
}
