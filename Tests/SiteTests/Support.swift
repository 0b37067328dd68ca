import Foundation
import Render
import TestFixtures
@testable import Site

/// Every file under a folder, by relative path.
func filesUnder(_ folder: URL) -> [String: Data] {
    var out: [String: Data] = [:]
    let fm = FileManager.default
    guard let enumerator = fm.enumerator(atPath: folder.path) else { return out }
    for case let relative as String in enumerator {
        var isDirectory: ObjCBool = false
        let path = folder.appendingPathComponent(relative).path
        if fm.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
            out[relative] = fm.contents(atPath: path)
        }
    }
    return out
}

func buildSite(corpus: URL, into output: URL) throws -> BuildReport {
    try build(BuildOptions(corpus: corpus, output: output, templates: Paths.templates))
}

/// A copy of a corpus folder that a test may change.
func copyOfCorpus(_ source: URL) throws -> URL {
    let copy = Paths.temporary("corpus").appendingPathComponent("corpus")
    try FileManager.default.copyItem(at: source, to: copy)
    return copy
}

/// The seed corpus's site, built once for the tests that only read it.
enum SeedSite {
    static let files: [String: Data] = {
        let url = Paths.temporary("seed-site").appendingPathComponent("site")
        _ = try! buildSite(corpus: Paths.seeds, into: url)
        return filesUnder(url)
    }()

    static func file(_ route: String) -> String {
        String(decoding: files[route] ?? Data(), as: UTF8.self)
    }
}

/// Files by route as the rendered site the check takes.
func siteOf(_ files: [String: [UInt8]]) -> RenderedSite {
    RenderedSite(files: files.map { OutputFile(route: $0.key, bytes: $0.value) })
}
