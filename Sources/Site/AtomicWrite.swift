import CExchange
import Foundation
import Support

/// Writes a whole site into a fresh folder beside the output, then swaps it into place, so that a
/// build that fails or is killed leaves the previous site as it was.
public enum AtomicWrite {
    public static func write(_ files: [(route: String, bytes: [UInt8])], to output: URL) throws {
        let fm = FileManager.default
        let parent = output.deletingLastPathComponent()
        try fm.createDirectory(at: parent, withIntermediateDirectories: true)
        let staging = parent.appendingPathComponent(".\(output.lastPathComponent).new-\(getpid())")
        try? fm.removeItem(at: staging)
        do {
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            for file in files {
                guard isSafeRoute(file.route) else { throw BriefingError(step: .write, "refusing to write outside the site: \(file.route)") }
                let url = staging.appendingPathComponent(file.route)
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                guard fm.createFile(atPath: url.path, contents: Data(file.bytes)) else {
                    throw BriefingError(step: .write, "cannot write \(url.path)")
                }
            }
            try swap(staging, into: output)
        } catch {
            try? fm.removeItem(at: staging)
            throw error
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
        let old = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).old-\(getpid())")
        try fm.moveItem(at: output, to: old)
        do {
            try fm.moveItem(at: staging, to: output)
        } catch {
            try? fm.moveItem(at: old, to: output)
            throw error
        }
        try fm.removeItem(at: old)
    }

    static func isSafeRoute(_ route: String) -> Bool {
        !route.isEmpty && !route.hasPrefix("/") && !route.split(separator: "/").contains { $0 == ".." || $0 == "." || $0.isEmpty }
    }
}
