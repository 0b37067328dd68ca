import Foundation
import Testing
import TestFixtures
@testable import Preview

/// `briefing serve` as a person runs it: it builds, tells its address on loopback, serves, and stops
/// cleanly on Ctrl-C (SIGINT) or SIGTERM with a page still holding its event stream.
@Suite(.timeLimit(.minutes(5))) struct ServeCommandTests {
    @Test(arguments: [SIGINT, SIGTERM])
    func theCommandServesOnLoopbackAndStopsCleanlyOnASignal(signal: Int32) async throws {
        let folder = Paths.temporary("serve-command")
        let process = Process()
        process.executableURL = Paths.executable
        process.arguments = ["serve", "--corpus", Paths.fixture("rivers").path, "--output", folder.appendingPathComponent("site").path,
                             "--templates", Paths.templates.path, "--port", "0"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let lines = LineReader(output.fileHandleForReading)

        let announced = try #require(try await lines.next())
        #expect(announced.hasPrefix("Serving \(folder.appendingPathComponent("site").path) at http://127.0.0.1:"))
        let address = try #require(announced.split(separator: " ").first { $0.hasPrefix("http://") })
        let port = try #require(URL(string: String(address))?.port)

        let page = try await RawHTTP.request(port: port, "/")
        #expect(page.status == 200)
        #expect(page.text.contains("data-generation=\"1\""))
        let stream = try await EventStream(port: port)
        #expect(try await stream.next().generation == 1)

        kill(process.processIdentifier, signal)
        try await stream.waitForEnd()
        try await RawHTTP.onThread { process.waitUntilExit() }
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
        #expect(try await lines.next() == "Stopped.")
    }

    /// Mistakes in the options stop it before it builds or listens: no change to the inputs could mend them.
    @Test(arguments: [
        (["--port", "70000"], Int32(2)),
        (["--base-url", "ftp://example.org/"], Int32(1)),
        (["--output", Paths.fixture("rivers").appendingPathComponent("site").path], Int32(1)),
    ])
    func mistakesInTheOptionsStopItAtOnce(arguments: [String], status: Int32) throws {
        let process = Process()
        process.executableURL = Paths.executable
        process.arguments = ["serve", "--corpus", Paths.fixture("rivers").path, "--templates", Paths.templates.path,
                             "--output", Paths.temporary("serve-mistake").appendingPathComponent("site").path] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == status)
        #expect(!FileManager.default.fileExists(atPath: Paths.fixture("rivers").appendingPathComponent("site").path))
    }

    @Test func aTakenPortIsNamedAndStopsIt() throws {
        let holder = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(holder) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        try withUnsafeMutablePointer(to: &address) {
            try $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                try #require(bind(holder, $0, length) == 0 && listen(holder, 1) == 0 && getsockname(holder, $0, &length) == 0)
            }
        }
        let port = Int(UInt16(bigEndian: address.sin_port))

        let process = Process()
        process.executableURL = Paths.executable
        process.arguments = ["serve", "--corpus", Paths.fixture("rivers").path, "--templates", Paths.templates.path,
                             "--output", Paths.temporary("serve-taken").appendingPathComponent("site").path, "--port", String(port)]
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(said.contains("error: port \(port) on 127.0.0.1 is taken"))
    }
}

/// Lines of a child's standard output, read on a thread of their own.
final class LineReader: @unchecked Sendable {
    // Unchecked: one test reads it, one call at a time.
    private let handle: FileHandle
    private var buffered = Data()

    init(_ handle: FileHandle) { self.handle = handle }

    /// The next line; nil at the end of the output.
    func next() async throws -> String? {
        try await RawHTTP.onThread { [self] in
            while true {
                if let end = buffered.firstIndex(of: UInt8(ascii: "\n")) {
                    let line = String(decoding: buffered[..<end], as: UTF8.self)
                    buffered = Data(buffered[(end + 1)...])
                    return line
                }
                let more = handle.availableData
                if more.isEmpty { return nil }
                buffered += more
            }
        }
    }
}
