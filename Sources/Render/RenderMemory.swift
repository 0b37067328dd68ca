import Foundation
import Support

/// Where a file stands on disk, read without reading the file: its device, inode, size and
/// modification time. A file of the previous site with the stamp a build recorded is still the file
/// that build wrote; one edited, replaced or copied back since has another.
public struct FileStamp: Sendable, Equatable {
    let device: UInt64
    let inode: UInt64
    let size: Int
    let seconds: Int
    let nanoseconds: Int

    /// The stamp of the plain file at `path`; nil for anything else, or nothing.
    public init?(path: String) {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int(info.st_size)
        #if canImport(Darwin)
        (seconds, nanoseconds) = (Int(info.st_mtimespec.tv_sec), Int(info.st_mtimespec.tv_nsec))
        #else
        (seconds, nanoseconds) = (Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec))
        #endif
    }
}

extension FileStamp: ByteCodable {
    public func write(to writer: inout ByteWriter) {
        writer.write(Int(bitPattern: UInt(device)))
        writer.write(Int(bitPattern: UInt(inode)))
        writer.write(size)
        writer.write(seconds)
        writer.write(nanoseconds)
    }

    public init(from reader: inout ByteReader) throws {
        device = UInt64(UInt(bitPattern: try reader.read(Int.self)))
        inode = UInt64(UInt(bitPattern: try reader.read(Int.self)))
        size = try reader.read()
        seconds = try reader.read()
        nanoseconds = try reader.read()
    }
}

/// A page as a build rendered it: the fingerprint of everything its HTML and its Markdown twin were
/// made from, the stamps of the two files, and the other pages it links into with an anchor (when one
/// of those loses an anchor, the page is checked again).
public struct RenderedPage: Sendable, Equatable {
    public let inputs: String
    public let html: FileStamp
    public let markdown: FileStamp
    public let linksInto: [String]
}

extension RenderedPage: ByteCodable {
    public func write(to writer: inout ByteWriter) {
        writer.write(inputs)
        writer.write(html)
        writer.write(markdown)
        writer.write(linksInto)
    }

    public init(from reader: inout ByteReader) throws {
        self.init(inputs: try reader.read(), html: try reader.read(), markdown: try reader.read(), linksInto: try reader.read())
    }
}

/// The pages the previous build rendered, by route, kept (on disk, beside the output) so that a
/// rebuild renders again only the pages whose inputs changed and takes the others' files from the
/// previous site as they are. After one article of thousands changes, nearly every page is the same.
public protocol RenderMemory: Sendable {
    func recall(_ route: String) -> RenderedPage?
    func keep(_ page: RenderedPage, at route: String)
    /// Every file of the previous build's site; none when no build is recalled.
    func recallRoutes() -> Set<String>
    func keep(routes: Set<String>)
}

/// The fingerprint of a page's inputs: what is the same for every page (the templates, the CommonMark
/// library), the values the page template is given, and the Markdown its HTML and twin are made from.
/// The values are added in a fixed order, whatever the order of a dictionary's keys in memory.
enum RenderInputs {
    static func fingerprint(site: String, context: [String: Any], markdown: [String]) -> String? {
        var hash = ContentHash()
        hash.add(site)
        guard add(context, to: &hash) else { return nil }
        for part in markdown { hash.add(part) }
        return hash.hex
    }

    /// False for a value of a kind the template context never holds, which then has no fingerprint.
    private static func add(_ value: Any, to hash: inout ContentHash) -> Bool {
        switch value {
        case let text as String:
            hash.add("s")
            hash.add(text)
        case let flag as Bool:
            hash.add(flag ? "t" : "f")
        case let number as Int:
            hash.add("i")
            hash.add(String(number))
        case let dictionary as [String: Any]:
            hash.add("{")
            for key in dictionary.keys.sorted() {
                hash.add(key)
                guard add(dictionary[key]!, to: &hash) else { return false }
            }
            hash.add("}")
        case let list as [Any]:
            hash.add("[")
            for element in list { guard add(element, to: &hash) else { return false } }
            hash.add("]")
        default:
            return false
        }
        return true
    }
}
