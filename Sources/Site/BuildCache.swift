import Analysis
import Corpus
import Foundation
import Render
import Support

/// What earlier builds made, kept for the next: each article's reading and analysis, a few files per
/// article (its reading, its findings, what it says of the issues' status), so that a rebuild reads and analyses only the articles that changed; and the
/// pages the last build rendered (one file), so that it renders only the pages whose inputs changed.
/// An article's entry is named by the fingerprint of everything its work read: the article's bytes,
/// file name and id, the configuration file, and the tool (its version and its executable's size and
/// time, so that a new build of the tool starts afresh); the rendered pages carry the tool's
/// fingerprint. After a build only the entries it used remain. The cache is a convenience: an entry
/// that cannot be read or decoded is made again, and one that cannot be written is not kept, the
/// build going on either way.
final class BuildCache: ReadingMemory, AnalysisMemory, RenderMemory, @unchecked Sendable {
    let folder: URL
    /// The fingerprint of the tool and the configuration, the inputs every entry shares.
    private let inputs: String
    private let lock = NSLock()
    private var entryOf: [ArticleID: String] = [:]
    private var used: Set<String> = []
    /// The pages the previous build rendered, and those this one has rendered so far, by route.
    private let earlierPages: [String: RenderedPage]
    private var renderedPages: [String: RenderedPage] = [:]
    /// Every file of the previous build's site, and of this one's.
    private let earlierRoutes: Set<String>
    private var renderedRoutes: Set<String> = []

    static let version = "7"

    /// The cache in `folder`, made when missing; nil when it cannot be made.
    init?(folder: URL, configuration: [UInt8]) {
        guard (try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)) != nil else { return nil }
        self.folder = folder
        var inputs = ContentHash()
        inputs.add(Self.version)
        inputs.add(Self.toolIdentity)
        inputs.add(configuration)
        self.inputs = inputs.hex
        (earlierPages, earlierRoutes) = Self.readPages(FileManager.default.contents(atPath: folder.appendingPathComponent(Self.pagesFile).path))
    }

    /// The executable's path, size and modification time: a rebuilt tool, whose rules may differ, is another tool.
    private static let toolIdentity: String = {
        guard let path = Bundle.main.executablePath,
              let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return "unknown" }
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
        let time = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(path) \(size) \(time)"
    }()

    private func entry(file: String, bytes: [UInt8], id: ArticleID) -> String {
        var hash = ContentHash()
        hash.add(inputs)
        hash.add(file)
        hash.add(id.slug)
        hash.add(bytes)
        let entry = hash.hex
        lock.withLock { entryOf[id] = entry }
        return entry
    }

    private func load(_ name: String) -> [UInt8]? {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) else { return nil }
        lock.withLock { _ = used.insert(name) }
        return [UInt8](data)
    }

    /// Written beside its place and renamed into it, so that a build killed part way leaves no
    /// entry cut short; what it leaves is named as a part and pruned by the next build.
    private func store(_ bytes: [UInt8], as name: String) {
        let part = folder.appendingPathComponent(name + ".part-" + UUID().uuidString)
        do {
            try Data(bytes).write(to: part)
            guard rename(part.path, folder.appendingPathComponent(name).path) == 0 else { throw BriefingError("cannot rename \(part.path)") }
            lock.withLock { _ = used.insert(name) }
        } catch {
            try? FileManager.default.removeItem(at: part)
        }
    }

    /// An entry, or a part of one a killed build left.
    static func isEntry(_ name: String) -> Bool {
        if name.hasPrefix(pagesFile + ".part-") { return true }
        let parts = name.split(separator: ".", maxSplits: 1)
        guard parts.count == 2, parts[0].utf8.count == 32, parts[0].allSatisfy(\.isHexDigit) else { return false }
        // The names of version 1's entries too, which a cache made by an older tool still holds.
        return (["article", "article.json", "analysis.json"] + AnalysisPart.allCases.map(\.rawValue))
            .contains { parts[1] == $0 || parts[1].hasPrefix($0 + ".part-") }
    }

    func recall(file: String, bytes: [UInt8], id: ArticleID) -> ReadArticle? {
        let name = entry(file: file, bytes: bytes, id: id) + ".article"
        return load(name).flatMap { stored in
            var reader = ByteReader(stored)
            guard let read = try? reader.read(ReadArticle.self), reader.isAtEnd else { return nil }
            return read
        }
    }

    func keep(_ read: ReadArticle, file: String, bytes: [UInt8], id: ArticleID) {
        var writer = ByteWriter()
        writer.write(read)
        // The entry `recall` named for this article, rather than its bytes fingerprinted again.
        let entry = lock.withLock { entryOf[id] } ?? entry(file: file, bytes: bytes, id: id)
        store(writer.bytes, as: entry + ".article")
    }

    func recall(_ part: AnalysisPart, of article: ArticleID) -> [UInt8]? {
        guard let entry = lock.withLock({ entryOf[article] }) else { return nil }
        return load(entry + "." + part.rawValue)
    }

    func keep(_ bytes: [UInt8], as part: AnalysisPart, of article: ArticleID) {
        guard let entry = lock.withLock({ entryOf[article] }) else { return }
        store(bytes, as: entry + "." + part.rawValue)
    }

    /// The file of the rendered pages and the site's routes, whose first field is the fingerprint of the tool that rendered them.
    static let pagesFile = "rendered-pages"
    private static let pagesTool: String = {
        var tool = ContentHash()
        tool.add(version)
        tool.add(toolIdentity)
        return tool.hex
    }()

    private static func readPages(_ data: Data?) -> (pages: [String: RenderedPage], routes: Set<String>) {
        guard let data else { return ([:], []) }
        var reader = ByteReader([UInt8](data))
        guard (try? reader.read(String.self)) == pagesTool, let routes = try? reader.read([String].self),
              let pages = try? reader.read([RenderedPage].self), let files = try? reader.read([String].self),
              reader.isAtEnd, routes.count == pages.count else { return ([:], []) }
        return (Dictionary(zip(routes, pages), uniquingKeysWith: { a, _ in a }), Set(files))
    }

    func recall(_ route: String) -> RenderedPage? { earlierPages[route] }

    func keep(_ page: RenderedPage, at route: String) {
        lock.withLock { renderedPages[route] = page }
    }

    func recallRoutes() -> Set<String> { earlierRoutes }

    func keep(routes: Set<String>) {
        lock.withLock { renderedRoutes = routes }
    }

    /// Keeps the pages this build rendered, in place of the previous build's: called once the new
    /// site is in place, whose files they describe.
    func keepRenderedPages() {
        let routes = renderedPages.keys.sorted()
        var writer = ByteWriter()
        writer.write(Self.pagesTool)
        writer.write(routes)
        writer.write(routes.map { renderedPages[$0]! })
        writer.write(renderedRoutes.sorted())
        store(writer.bytes, as: Self.pagesFile)
    }

    /// Removes the entries this build did not use: those of articles since changed or removed. Only
    /// files named as entries are touched, whatever else the folder holds.
    func prune() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where !used.contains(name) && Self.isEntry(name) {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }
}
