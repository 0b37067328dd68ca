import CPlatform
import Foundation
import Render
import Support

/// Writes a whole site into a fresh folder beside the output, file by file as the pages are rendered,
/// then swaps it into place, so that a build that fails or is killed leaves the previous site as it
/// was. A file whose bytes the previous site already has is that same file, linked, not written again:
/// its modification time stays, so that a deploy by rsync or a CDN sync sends only what changed.
public final class AtomicWrite: SiteWriter, @unchecked Sendable {
    let output: URL
    let staging: URL
    /// The two folders' paths, to which each file's route is added: a `URL` made for each of tens of
    /// thousands of files was a good part of a rebuild's render.
    private let outputPath: String
    private let stagingPath: String
    /// The folders made in the staging folder so far; files are written from every core.
    private var folders: Set<String> = [""]
    private let lock = NSLock()

    /// Makes the staging folder, after removing what killed builds left beside the output.
    public init(into output: URL) throws {
        self.output = output
        staging = Self.leftover(.staging, of: output, pid: getpid())
        outputPath = output.path
        stagingPath = staging.path
        let fm = FileManager.default
        do {
            try fm.createDirectory(at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
            Self.cleanLeftovers(of: output)
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw BriefingError(step: .write, file: output.path, "cannot write the site: \((error as NSError).localizedDescription)")
        }
    }

    /// One file of the new site.
    public func write(_ route: String, _ bytes: [UInt8]) throws {
        let path = try place(route)
        if Self.keep(outputPath + "/" + route, ifItHolds: bytes, at: path) { return }
        guard Self.create(path, holding: bytes) else { throw BriefingError(step: .write, "cannot write \(path)") }
    }

    /// One file of the new site, written a piece at a time as `pieces` hands them over; when the
    /// previous site's file holds the same bytes, that file is linked in its place.
    public func write(_ route: String, pieces: (_ emit: ([UInt8]) throws -> Void) throws -> Void) throws {
        let path = try place(route)
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw BriefingError(step: .write, "cannot write \(path)") }
        do {
            defer { close(fd) }
            try pieces { piece in
                guard Self.writeAll(piece, to: fd) else { throw BriefingError(step: .write, "cannot write \(path)") }
            }
        }
        let old = outputPath + "/" + route
        if Self.sameBytes(old, path), unlink(path) == 0 { guard link(old, path) == 0 else { throw BriefingError(step: .write, "cannot write \(path)") } }
    }

    /// A file of the new site as written so far.
    public func read(_ route: String) -> Data? {
        Self.isSafeRoute(route) ? FileManager.default.contents(atPath: stagingPath + "/" + route) : nil
    }

    public func stamp(_ route: String) -> FileStamp? {
        Self.isSafeRoute(route) ? FileStamp(path: stagingPath + "/" + route) : nil
    }

    public func previousStamp(_ route: String) -> FileStamp? {
        Self.isSafeRoute(route) ? FileStamp(path: outputPath + "/" + route) : nil
    }

    /// Linked, as a file whose bytes the previous site already has is.
    public func reusePrevious(_ route: String) throws {
        let path = try place(route)
        guard link(outputPath + "/" + route, path) == 0 else { throw BriefingError(step: .write, "cannot write \(path)") }
    }

    public func readPrevious(_ route: String) -> Data? {
        Self.isSafeRoute(route) ? FileManager.default.contents(atPath: outputPath + "/" + route) : nil
    }

    /// The path in the new site of a file to write at `route`, its folder made.
    private func place(_ route: String) throws -> String {
        guard Self.isSafeRoute(route) else { throw BriefingError(step: .write, "refusing to write outside the site: \(route)") }
        let folder = (route as NSString).deletingLastPathComponent
        if !lock.withLock({ folders.contains(folder) }) {
            do {
                try FileManager.default.createDirectory(at: staging.appendingPathComponent(folder), withIntermediateDirectories: true)
            } catch {
                throw BriefingError(step: .write, file: staging.appendingPathComponent(folder).path, "cannot make the folder")
            }
            _ = lock.withLock { folders.insert(folder) }
        }
        return stagingPath + "/" + route
    }

    /// Puts the new site in the output's place.
    public func finish() throws {
        do {
            try Self.swap(staging, into: output)
        } catch {
            abandon()
            throw BriefingError(step: .write, file: output.path, "cannot write the site: \((error as NSError).localizedDescription)")
        }
    }

    /// Removes the new site, for a build that stops before it is complete.
    public func abandon() {
        try? FileManager.default.removeItem(at: staging)
    }

    /// The folders a build makes beside the output: the new site while it is written, and the old
    /// one while it is swapped out. Each is named after the output and the building process.
    enum Leftover: String { case staging = "new", previous = "old" }

    static func leftover(_ kind: Leftover, of output: URL, pid: Int32) -> URL {
        output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).\(kind.rawValue)-\(pid)")
    }

    /// Removes what builds killed part way left beside the output: a half-written new site, or an old
    /// site that was swapped out (put back when the output itself is missing). Folders of a build
    /// that is still running are left alone.
    static func cleanLeftovers(of output: URL) {
        let fm = FileManager.default
        let parent = output.deletingLastPathComponent()
        guard let names = try? fm.contentsOfDirectory(atPath: parent.path) else { return }
        for name in names.sorted() {
            for kind in [Leftover.staging, .previous] {
                let prefix = ".\(output.lastPathComponent).\(kind.rawValue)-"
                guard name.hasPrefix(prefix), let pid = Int32(name.dropFirst(prefix.count)),
                      pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
                let url = parent.appendingPathComponent(name)
                if kind == .previous, !fm.fileExists(atPath: output.path) {
                    try? fm.moveItem(at: url, to: output)
                } else {
                    try? fm.removeItem(at: url)
                }
            }
        }
    }

    /// Puts `staging` where `output` is. With an old site there, the two are exchanged in one
    /// rename where the system can (Linux), else by two renames; then the old one is removed.
    static func swap(_ staging: URL, into output: URL) throws {
        let fm = FileManager.default
        if !fm.fileExists(atPath: output.path) {
            try fm.moveItem(at: staging, to: output)
            return
        }
        if briefing_exchange_paths(staging.path, output.path) == 0 {
            try fm.removeItem(at: staging)
            return
        }
        let old = leftover(.previous, of: output, pid: getpid())
        try fm.moveItem(at: output, to: old)
        do {
            try fm.moveItem(at: staging, to: output)
        } catch {
            try? fm.moveItem(at: old, to: output)
            throw error
        }
        try fm.removeItem(at: old)
    }

    /// Links the previous site's file at `old` to `new` when it is a plain file holding exactly `bytes`.
    static func keep(_ old: String, ifItHolds bytes: [UInt8], at new: String) -> Bool {
        var info = stat()
        guard lstat(old, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == bytes.count,
              // Compared as two `Data` (by memcmp), not byte by byte through `Data`'s iterator, which is slow.
              let data = FileManager.default.contents(atPath: old), bytes.withDataNoCopy({ data == $0 }) else { return false }
        return link(old, new) == 0
    }

    /// A new file holding `bytes`, written from where they lie (the permissions a new file gets).
    static func create(_ path: String, holding bytes: [UInt8]) -> Bool {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        return writeAll(bytes, to: fd)
    }

    static func writeAll(_ bytes: [UInt8], to fd: Int32) -> Bool {
        bytes.withUnsafeBytes { buffer in
            var written = 0
            while written < buffer.count {
                let n = systemWrite(fd, buffer.baseAddress! + written, buffer.count - written)
                if n < 0, errno == EINTR { continue }
                guard n > 0 else { return false }
                written += n
            }
            return true
        }
    }

    /// Whether two plain files hold the same bytes, read a block at a time: a data file may be
    /// hundreds of megabytes.
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        var infoA = stat(), infoB = stat()
        guard lstat(a, &infoA) == 0, lstat(b, &infoB) == 0, (infoA.st_mode & S_IFMT) == S_IFREG, infoA.st_size == infoB.st_size else { return false }
        let fdA = open(a, O_RDONLY | O_CLOEXEC), fdB = open(b, O_RDONLY | O_CLOEXEC)
        defer {
            if fdA >= 0 { close(fdA) }
            if fdB >= 0 { close(fdB) }
        }
        guard fdA >= 0, fdB >= 0 else { return false }
        let size = 1 << 20
        var blockA = [UInt8](repeating: 0, count: size), blockB = [UInt8](repeating: 0, count: size)
        var left = Int(infoA.st_size)
        while left > 0 {
            let n = min(size, left)
            guard readAll(fdA, into: &blockA, n), readAll(fdB, into: &blockB, n), memcmp(blockA, blockB, n) == 0 else { return false }
            left -= n
        }
        return true
    }

    /// Reads exactly `count` bytes into the start of `buffer`.
    static func readAll(_ fd: Int32, into buffer: inout [UInt8], _ count: Int) -> Bool {
        buffer.withUnsafeMutableBytes { space in
            var done = 0
            while done < count {
                let n = systemRead(fd, space.baseAddress! + done, count - done)
                if n < 0, errno == EINTR { continue }
                guard n > 0 else { return false }
                done += n
            }
            return true
        }
    }

    static func isSafeRoute(_ route: String) -> Bool {
        !route.isEmpty && !route.hasPrefix("/") && !route.split(separator: "/").contains { $0 == ".." || $0 == "." || $0.isEmpty }
    }
}

#if canImport(Glibc)
import Glibc
private let systemWrite = Glibc.write
private let systemRead = Glibc.read
#elseif canImport(Darwin)
import Darwin
private let systemWrite = Darwin.write
private let systemRead = Darwin.read
#endif
