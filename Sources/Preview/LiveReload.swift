import Foundation
import Hummingbird
import ServiceLifecycle
import Support

/// The channel between the server and its open pages, over server-sent events. Every HTML page the
/// server sends names the site's generation (how many builds have succeeded since it started); each
/// open page holds one event stream, which gets the state at once and again after every build: the
/// generation, and the error when the last build failed. A page whose generation is not the state's
/// reloads; otherwise it shows the error over itself, or clears it.
actor LiveReload {
    /// live.js names it too.
    static let eventsPath = "/__briefing/events"
    static let scriptPath = "/__briefing/live.js"

    /// What each event carries, as JSON.
    struct State: Codable, Equatable {
        var generation: Int
        var error: String?
    }

    private var state = State(generation: 0)
    private var listeners: [Int: AsyncStream<String>.Continuation] = [:]
    private var nextListener = 0

    var generation: Int { state.generation }

    func succeeded() {
        state = State(generation: state.generation + 1)
        broadcast()
    }

    func failed(_ message: String) {
        state.error = message
        broadcast()
    }

    private func broadcast() {
        let event = Self.event(state)
        for listener in listeners.values { listener.yield(event) }
    }

    private func listen() -> (id: Int, events: AsyncStream<String>) {
        let (events, continuation) = AsyncStream<String>.makeStream()
        let id = nextListener
        nextListener += 1
        listeners[id] = continuation
        continuation.yield(Self.event(state))
        return (id, events)
    }

    private func forget(_ id: Int) {
        listeners.removeValue(forKey: id)?.finish()
    }

    /// One event in the text/event-stream format; JSON keeps the error's line breaks out of the frame.
    static func event(_ state: State) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = (try? encoder.encode(state)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return "event: state\ndata: \(json)\n\n"
    }

    /// The response of the events path: open until the page goes away or the server shuts down (a
    /// stream left open would hold the server's graceful shutdown forever).
    nonisolated func eventStream() -> Response {
        Response(status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-cache"], body: ResponseBody { writer in
            let (id, events) = await self.listen()
            do {
                try await writer.write(ByteBuffer(string: "retry: 1000\n\n"))
                for await event in events.cancelOnGracefulShutdown() {
                    try await writer.write(ByteBuffer(string: event))
                }
            } catch {
                await self.forget(id)
                throw error
            }
            await self.forget(id)
            try await writer.finish(nil)
        })
    }

    /// The script every served page loads (`live.js`): it holds the event stream, reloads, and shows
    /// a failed build's error as text.
    static func script() -> Response {
        Response(status: .ok, headers: [.contentType: "text/javascript; charset=utf-8", .cacheControl: "no-cache"],
                 body: ResponseBody(byteBuffer: ByteBuffer(bytes: PackageResources.live_js)))
    }

    /// An HTML page as it is served, never as the site's file: the script, with the generation of the
    /// site the page comes from, before the closing body tag (at the end when there is none).
    static func tagged(_ page: [UInt8], generation: Int) -> [UInt8] {
        let tag = Array("<script src=\"\(scriptPath)\" data-generation=\"\(generation)\"></script>\n".utf8)
        guard let end = page.lastOffset(of: Array("</body>".utf8)) else { return page + tag }
        return Array(page[..<end]) + tag + Array(page[end...])
    }
}
