import Dispatch
import Foundation
import Support

/// An article as read from its file, with the warnings the reading gave.
public struct ReadArticle: Sendable {
    public let article: Article
    public let notes: [BriefingError]

    public init(article: Article, notes: [BriefingError]) {
        self.article = article
        self.notes = notes
    }
}

/// Articles read by an earlier build, which the build keeps (on disk, beside the output): an article
/// is read again only when its bytes, its name, its id or the reading's inputs changed.
public protocol ReadingMemory: Sendable {
    func recall(file: String, bytes: [UInt8], id: ArticleID) -> ReadArticle?
    func keep(_ read: ReadArticle, file: String, bytes: [UInt8], id: ArticleID)
}

/// The corpus stage's entry point: reads every `.txt` file of a folder, in file-name order, each in
/// parallel. A file that cannot be read as an article is skipped with the reason, and the rest goes on.
public func ingest(folder: URL, config: BriefingConfig, memory: (any ReadingMemory)? = nil) throws -> ArticleSet {
    let fm = FileManager.default
    var isDirectory: ObjCBool = false
    guard fm.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
        throw BriefingError(file: folder.path, "the corpus folder does not exist")
    }
    let root = folder.resolvingSymlinksInPath().path + "/"
    let names = try fm.contentsOfDirectory(atPath: folder.path)
        .filter { $0.lowercased().hasSuffix(".txt") && !$0.hasPrefix(".") }
        .sorted()
    let files = names.map { name -> (name: String, content: Result<[UInt8], BriefingError>) in
        let url = folder.appendingPathComponent(name)
        let target = url.resolvingSymlinksInPath().path
        // A link may only lead to a file inside the corpus: nothing outside it is ever read.
        guard target.hasPrefix(root) else {
            return (name, .failure(BriefingError(step: .ingest, file: name, "it links to a file outside the corpus folder, which is never read")))
        }
        guard fm.fileExists(atPath: target, isDirectory: &isDirectory), !isDirectory.boolValue else {
            return (name, .failure(BriefingError(step: .ingest, file: name, "it is a folder, not a file")))
        }
        guard let data = fm.contents(atPath: target) else {
            return (name, .failure(BriefingError(step: .ingest, file: name, "cannot read the file")))
        }
        return (name, .success([UInt8](data)))
    }
    return try ingest(contents: files, config: config, memory: memory)
}

/// Ingests files already in memory: (file name, bytes or nil when unreadable).
public func ingest(files: [(name: String, bytes: [UInt8]?)], config: BriefingConfig) throws -> ArticleSet {
    try ingest(contents: files.map { file in
        (file.name, file.bytes.map { .success($0) } ?? .failure(BriefingError(step: .ingest, file: file.name, "cannot read the file")))
    }, config: config)
}

/// Reads each file's bytes into an article. A file that could not be read, is not text, has no
/// running text or repeats another file's bytes is skipped with the reason.
func ingest(contents files: [(name: String, content: Result<[UInt8], BriefingError>)], config: BriefingConfig,
            memory: (any ReadingMemory)? = nil) throws -> ArticleSet {
    let ids = ArticleID.assign(toFiles: files.map(\.name))
    let results = ParallelMap.map(Array(files.indices)) { i -> Result<(Article, [BriefingError]), BriefingError> in
        let bytes: [UInt8]
        switch files[i].content {
        case .failure(let error): return .failure(error)
        case .success(let read): bytes = read
        }
        if let earlier = memory?.recall(file: files[i].name, bytes: bytes, id: ids[i]) { return .success((earlier.article, earlier.notes)) }
        do {
            let (article, notes) = try ArticleReader.read(bytes: bytes, file: files[i].name, id: ids[i], config: config.sources[files[i].name])
            memory?.keep(ReadArticle(article: article, notes: notes), file: files[i].name, bytes: bytes, id: ids[i])
            return .success((article, notes))
        } catch let error as BriefingError {
            return .failure(error.during(.ingest))
        } catch {
            return .failure(BriefingError(step: .ingest, file: files[i].name, "\(error)"))
        }
    }
    var articles: [Article] = []
    var warnings: [BriefingError] = []
    var skipped: [BriefingError] = []
    var firstWithBytes: [FileBytes: String] = [:]
    for (i, result) in results.enumerated() {
        switch result {
        case .failure(let error):
            skipped.append(error)
        case .success(let (article, notes)):
            let bytes = (try? files[i].content.get()) ?? []
            if article.paragraphs.isEmpty, article.title.basis == .text, let title = article.title.value {
                // The reason quotes the title, so that a headline alone still shows on the sources page.
                skipped.append(BriefingError(step: .ingest, file: files[i].name, "only a title, no running text: “\(title)”"))
            } else if article.paragraphs.isEmpty {
                skipped.append(BriefingError(step: .ingest, file: files[i].name, "no running text found"))
            } else if let first = firstWithBytes[FileBytes(bytes)] {
                skipped.append(BriefingError(step: .ingest, file: files[i].name, "the same bytes as \(first), which is read instead"))
            } else {
                warnings += notes
                articles.append(article)
                firstWithBytes[FileBytes(bytes)] = files[i].name
            }
        }
    }
    let names = Set(files.map(\.name))
    for name in config.sources.keys.sorted() where !names.contains(name) {
        warnings.append(BriefingError(step: .ingest, file: name, "the configuration describes this file, but the corpus has no such file"))
    }
    if articles.isEmpty {
        throw BriefingError(step: .ingest, "the corpus has no article with running text (.txt files)"
                            + skipped.map { "\n  skipped " + $0.description }.joined())
    }
    return ArticleSet(articles: articles, warnings: warnings, skipped: skipped)
}

/// A file's bytes as a dictionary key, hashed in one pass over the buffer rather than byte by byte.
private struct FileBytes: Hashable {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
}
