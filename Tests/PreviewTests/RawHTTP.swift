import Foundation
import Support
@testable import Preview

/// An HTTP/1.1 client over a real socket to 127.0.0.1. The request line goes out exactly as written,
/// with no clean-up of `..` or percent-encoding on the client's side, which the traversal tests need.
/// Each call blocks a thread of its own, never one of Swift's few cooperative threads, which the
/// server under test runs on.
enum RawHTTP {
    struct Response: Sendable {
        let status: Int
        /// By lower-cased name.
        let headers: [String: String]
        let body: [UInt8]

        var text: String { String(decoding: body, as: UTF8.self) }
        subscript(_ name: String) -> String? { headers[name.lowercased()] }
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static func request(port: Int, _ target: String, method: String = "GET", headers: [String: String] = [:]) async throws -> Response {
        try await onThread {
            let socket = try connect(port: port)
            defer { close(socket) }
            try send(socket, method: method, target: target, port: port, headers: headers.merging(["Connection": "close"]) { a, _ in a })
            var received: [UInt8] = []
            while let bytes = try receive(socket) { received += bytes }
            return try parse(received, method: method)
        }
    }

    static func connect(port: Int) throws -> Int32 {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw Failure(description: "socket: errno \(errno)") }
        // Generous: a read that waits this long has found a bug, not a slow machine.
        var timeout = timeval(tv_sec: 120, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(socket)
            throw Failure(description: "connect to 127.0.0.1:\(port): errno \(errno)")
        }
        return socket
    }

    static func send(_ socket: Int32, method: String, target: String, port: Int, headers: [String: String]) throws {
        var head = "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n"
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) { head += "\(name): \(value)\r\n" }
        let bytes = Array((head + "\r\n").utf8)
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { throw Failure(description: "send: errno \(errno)") }
            sent += n
        }
    }

    /// The next bytes the server sent; nil once it has closed the connection.
    static func receive(_ socket: Int32) throws -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            if n > 0 { return Array(buffer[..<n]) }
            if n == 0 || errno == ECONNRESET { return nil }
            if errno == EINTR { continue }
            throw Failure(description: errno == EAGAIN ? "no answer within the time limit" : "recv: errno \(errno)")
        }
    }

    static func parse(_ bytes: [UInt8], method: String) throws -> Response {
        guard let end = bytes.firstOffset(of: Array("\r\n\r\n".utf8)) else {
            throw Failure(description: "no complete response head in \(bytes.count) bytes")
        }
        let (status, headers) = try parseHead(Array(bytes[..<end]))
        var body = Array(bytes[(end + 4)...])
        if headers["transfer-encoding"] == "chunked" {
            var chunks = Dechunker()
            body = chunks.feed(body)
        }
        return Response(status: status, headers: headers, body: method == "HEAD" ? [] : body)
    }

    static func parseHead(_ head: [UInt8]) throws -> (Int, [String: String]) {
        let lines = String(decoding: head, as: UTF8.self).components(separatedBy: "\r\n")
        let statusLine = lines[0].split(separator: " ")
        guard statusLine.count >= 2, let status = Int(statusLine[1]) else { throw Failure(description: "bad status line: \(lines[0])") }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return (status, headers)
    }

    static func onThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try work() }) }.start()
        }
    }
}

/// Undoes chunked transfer coding as bytes arrive, keeping an incomplete chunk for the next feed.
struct Dechunker {
    private var pending: [UInt8] = []

    mutating func feed(_ bytes: [UInt8]) -> [UInt8] {
        pending += bytes
        var out: [UInt8] = []
        while let lineEnd = pending.firstOffset(of: Array("\r\n".utf8)),
              let size = Int(String(decoding: pending[..<lineEnd], as: UTF8.self).split(separator: ";")[0], radix: 16),
              pending.count >= lineEnd + 2 + size + 2 {
            out += pending[(lineEnd + 2)..<(lineEnd + 2 + size)]
            pending.removeFirst(lineEnd + 2 + size + 2)
        }
        return out
    }
}

/// One page's event stream from the server, read a state at a time.
final class EventStream: @unchecked Sendable {
    // Unchecked: one test owns a stream and reads it one call at a time.
    private let socket: Int32
    private var chunks = Dechunker()
    private var text: [UInt8] = []
    private(set) var headers: [String: String] = [:]

    init(port: Int) async throws {
        socket = try RawHTTP.connect(port: port)
        let socket = self.socket
        try RawHTTP.send(socket, method: "GET", target: LiveReload.eventsPath, port: port, headers: [:])
        var received: [UInt8] = []
        var end: Int?
        while end == nil {
            guard let bytes = try await RawHTTP.onThread({ try RawHTTP.receive(socket) }) else {
                throw RawHTTP.Failure(description: "the event stream closed before its head")
            }
            received += bytes
            end = received.firstOffset(of: Array("\r\n\r\n".utf8))
        }
        headers = try RawHTTP.parseHead(Array(received[..<end!])).1
        text = chunks.feed(Array(received[(end! + 4)...]))
    }

    deinit { close(socket) }

    /// The next state the server sends; throws when the stream ends first.
    func next() async throws -> LiveReload.State {
        while true {
            if let frameEnd = text.firstOffset(of: Array("\n\n".utf8)) {
                let frame = String(decoding: text[..<frameEnd], as: UTF8.self)
                text.removeFirst(frameEnd + 2)
                let lines = frame.split(separator: "\n")
                guard lines.contains("event: state"), let data = lines.first(where: { $0.hasPrefix("data: ") }) else { continue }
                return try JSONDecoder().decode(LiveReload.State.self, from: Data(data.dropFirst(6).utf8))
            }
            let socket = self.socket
            guard let bytes = try await RawHTTP.onThread({ try RawHTTP.receive(socket) }) else { throw EndOfStream() }
            text += chunks.feed(bytes)
        }
    }

    /// Waits until the server closes the stream, skipping what it still sends.
    func waitForEnd() async throws {
        let socket = self.socket
        while try await RawHTTP.onThread({ try RawHTTP.receive(socket) }) != nil {}
    }

    struct EndOfStream: Error {}
}
