import Foundation
import Hummingbird
import Logging
import NIOCore
import Site
import Support

/// What `briefing serve` needs: what to build, where to listen, and how closely to watch.
public struct PreviewOptions: Sendable {
    public var build: BuildOptions
    /// Loopback unless asked otherwise: the preview is for the person at this machine.
    public var host: String
    /// 0 takes a free port.
    public var port: Int
    /// How often the inputs are looked at (their stat only).
    public var pollInterval: Duration
    /// How long the inputs must hold still after a change before the rebuild starts.
    public var quietPeriod: Duration

    public init(build: BuildOptions, host: String = "127.0.0.1", port: Int = 8000,
                pollInterval: Duration = .milliseconds(400), quietPeriod: Duration = .milliseconds(300)) {
        self.build = build
        self.host = host
        self.port = port
        self.pollInterval = pollInterval
        self.quietPeriod = quietPeriod
    }
}

/// What the preview tells the person running it, as it happens.
public enum PreviewEvent: Sendable {
    /// The server is answering at this address.
    case listening(URL)
    /// A change to the inputs was seen and has settled: a rebuild starts.
    case rebuilding
    /// A build swapped a new site in; open pages reload.
    case built(BuildReport)
    /// A build failed: the last good site is still served, and open pages show the error.
    case failed(BriefingError)
}

/// The preview stage's entry point: builds the site once, then gives the application that serves the
/// output folder, watches the corpus, its configuration and the templates, rebuilds through the one
/// build entry point on a change, and tells the open pages to reload. `briefing serve` runs it until
/// Ctrl-C; the tests run it on a free port.
public func buildPreview(_ options: PreviewOptions, report: @escaping @Sendable (PreviewEvent) -> Void) async -> some ApplicationProtocol {
    let live = LiveReload()
    let rebuilder = Rebuilder(options: options.build, live: live, report: report)
    // Taken before the first build, so that a change made while it runs is built too.
    let inputs = InputSnapshot.take(corpus: options.build.corpus, templates: options.build.templates)
    await rebuilder.rebuild()

    let router = Router()
    router.add(middleware: SiteFiles(root: options.build.output, live: live))
    router.get(RouterPath(LiveReload.eventsPath)) { _, _ in live.eventStream() }
    router.get(RouterPath(LiveReload.scriptPath)) { _, _ in LiveReload.script() }

    var logger = Logger(label: "briefing-serve")
    logger.logLevel = .warning
    let host = options.host
    return Application(
        router: router,
        configuration: .init(address: .hostname(host, port: options.port)),
        services: [Watcher(inputs: inputs, options: options, rebuilder: rebuilder)],
        onServerRunning: { channel in
            let port = channel.localAddress?.port ?? options.port
            let shownHost = host.contains(":") ? "[\(host)]" : host
            report(.listening(URL(string: "http://\(shownHost):\(port)/")!))
        },
        logger: logger)
}
