import Dispatch
import Foundation
import Support

/// The corpus stage's entry point: reads every `.txt` file of a folder, in file-name order, each in parallel.
public func ingest(folder: URL, config: BriefingConfig) throws -> ArticleSet {
    let fm = FileManager.default
    var isDirectory: ObjCBool = false
    guard fm.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
        throw BriefingError(file: folder.path, "the corpus folder does not exist")
    }
    let names = try fm.contentsOfDirectory(atPath: folder.path)
        .filter { $0.lowercased().hasSuffix(".txt") && !$0.hasPrefix(".") }
        .sorted()
    let files = names.map { (name: $0, bytes: fm.contents(atPath: folder.appendingPathComponent($0).path)) }
    return try ingest(files: files.map { ($0.name, $0.bytes.map { [UInt8]($0) }) }, config: config)
}

/// Ingests files already in memory: (file name, bytes or nil when unreadable).
public func ingest(files: [(name: String, bytes: [UInt8]?)], config: BriefingConfig) throws -> ArticleSet {
    let ids = uniqueIDs(files.map(\.name))
    let results = ParallelMap.map(Array(files.indices)) { i -> Result<(Article, [BriefingError]), BriefingError> in
        guard let bytes = files[i].bytes else { return .failure(BriefingError(file: files[i].name, "cannot read the file")) }
        do {
            return .success(try ArticleReader.read(bytes: bytes, file: files[i].name, id: ids[i], config: config.sources[files[i].name]))
        } catch let error as BriefingError {
            return .failure(error)
        } catch {
            return .failure(BriefingError(file: files[i].name, "\(error)"))
        }
    }
    var articles: [Article] = []
    var warnings: [BriefingError] = []
    for result in results {
        let (article, notes) = try result.get()
        warnings += notes
        if !article.paragraphs.isEmpty { articles.append(article) }
    }
    for name in config.sources.keys.sorted() where !files.contains(where: { $0.name == name }) {
        warnings.append(BriefingError(step: .ingest, file: name, "the configuration describes this file, but the corpus has no such file"))
    }
    if articles.isEmpty {
        throw BriefingError("the corpus has no article with running text (.txt files)")
    }
    return ArticleSet(articles: articles, warnings: warnings)
}

/// Slugs of the file names without extension, unique by construction (case folded, numbered when taken).
func uniqueIDs(_ names: [String]) -> [String] {
    var slugs = UniqueSlugs()
    return names.map { name in slugs.claim(name.lowercased().hasSuffix(".txt") ? String(name.dropLast(4)) : name) }
}
