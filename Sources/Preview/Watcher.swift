import Foundation
import ServiceLifecycle
import Site
import Support

/// Runs the one build entry point and tells the terminal and the open pages how it went.
struct Rebuilder: Sendable {
    let options: BuildOptions
    let live: LiveReload
    let report: @Sendable (PreviewEvent) -> Void

    func rebuild() async {
        let options = self.options
        let outcome = await withCheckedContinuation { continuation in
            // A build holds its thread for seconds: it gets one of its own, so that serving goes on.
            Thread { continuation.resume(returning: Result { try build(options) }) }.start()
        }
        switch outcome {
        case .success(let built):
            report(.built(built))
            await live.succeeded()
        case .failure(let error):
            let problem = error as? BriefingError ?? BriefingError("\(error)")
            report(.failed(problem))
            await live.failed(problem.report)
        }
    }
}

/// Looks at the inputs every poll interval and rebuilds once a change has settled, until the server
/// shuts down. Polling stats a few dozen files: cheap, and the same on every file system.
struct Watcher: Service {
    let inputs: InputSnapshot
    let options: PreviewOptions
    let rebuilder: Rebuilder

    func run() async throws {
        let (inputs, options, rebuilder) = (self.inputs, self.options, self.rebuilder)
        do {
            try await cancelWhenGracefulShutdown {
                var debounce = Debounce(quietPeriod: options.quietPeriod, built: inputs, at: .now)
                while true {
                    try await Task.sleep(for: options.pollInterval)
                    let seen = InputSnapshot.take(corpus: options.build.corpus, templates: options.build.templates)
                    if debounce.shouldRebuild(seen, at: .now) {
                        rebuilder.report(.rebuilding)
                        await rebuilder.rebuild()
                    }
                }
            }
        } catch is CancellationError {
            // Shutting down: a rebuild under way has finished, and polling stops.
        }
    }
}

/// Turns polls of the inputs into rebuilds: a change starts a quiet period, each further change starts
/// it again, and the rebuild comes once the inputs have held still for the whole of it, so that a burst
/// of saves (an editor writing a file in steps, a folder of articles copied in) gives one rebuild.
struct Debounce {
    let quietPeriod: Duration
    /// The inputs the last build started from.
    private var built: InputSnapshot
    /// The inputs as the last poll saw them, and when they last changed.
    private var seen: InputSnapshot
    private var changedAt: ContinuousClock.Instant

    init(quietPeriod: Duration, built: InputSnapshot, at now: ContinuousClock.Instant) {
        self.quietPeriod = quietPeriod
        self.built = built
        self.seen = built
        self.changedAt = now
    }

    /// Whether to rebuild now, given what a poll saw; when it says so, the rebuild counts as started
    /// from `snapshot`, and a change made while it runs brings another.
    mutating func shouldRebuild(_ snapshot: InputSnapshot, at now: ContinuousClock.Instant) -> Bool {
        if snapshot != seen {
            seen = snapshot
            changedAt = now
        }
        guard seen != built, now - changedAt >= quietPeriod else { return false }
        built = seen
        return true
    }
}

/// The inputs of a build as cheap facts, from stat alone: each entry of the corpus folder (the
/// articles and briefing.yml) and each file under the templates folder, with its size, modification
/// time and inode. Hidden names (an editor's swap files) are left out, as the build leaves them out.
struct InputSnapshot: Equatable, Sendable {
    struct Stamp: Equatable, Sendable {
        let size: Int
        let seconds: Int
        let nanoseconds: Int
        let inode: UInt
    }

    var files: [String: Stamp] = [:]

    static func take(corpus: URL, templates: URL) -> InputSnapshot {
        var snapshot = InputSnapshot()
        snapshot.add(folder: corpus.path, recursive: false)
        snapshot.add(folder: templates.path, recursive: true)
        return snapshot
    }

    private mutating func add(folder: String, recursive: Bool) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where !name.hasPrefix(".") {
            let path = folder + "/" + name
            var entry = stat()
            // A linked folder is not followed (it could lead back up); a linked file counts as its target.
            if recursive, lstat(path, &entry) == 0, entry.st_mode & S_IFMT == S_IFDIR {
                add(folder: path, recursive: true)
            } else if stat(path, &entry) == 0 {
                files[path] = Stamp(size: Int(entry.st_size), seconds: entry.st_mtim.tv_sec, nanoseconds: entry.st_mtim.tv_nsec,
                                    inode: UInt(entry.st_ino))
            }
        }
    }
}
