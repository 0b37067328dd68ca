import Foundation
import Support

/// Checks a written site: every relative link and `#anchor` resolves, every page has its Markdown
/// twin and the basics of an HTML page, and every citation in `data/briefing.json` points at a paragraph
/// that exists. Pure over the files it is given; knows nothing of how pages are made.
public enum SiteCheck {
    public static func check(folder: URL) throws -> (pages: Int, links: Int, problems: [BriefingError]) {
        let fm = FileManager.default
        var files: [String: [UInt8]] = [:]
        guard let enumerator = fm.enumerator(atPath: folder.path) else {
            throw BriefingError(step: .check, file: folder.path, "no site there")
        }
        for case let relative as String in enumerator {
            let url = folder.appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            if fm.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue,
               let data = fm.contents(atPath: url.path) {
                files[relative] = [UInt8](data)
            }
        }
        return check(files: files)
    }

    public static func check(files: [String: [UInt8]]) -> (pages: Int, links: Int, problems: [BriefingError]) {
        var problems: [BriefingError] = []
        var ids: [String: Set<String>] = [:]
        var links: [(page: String, href: String)] = []
        let pages = files.keys.filter { $0.hasSuffix(".html") }.sorted()
        if files["index.html"] == nil { problems.append(BriefingError(step: .check, file: "index.html", "the site has no front page")) }
        for page in pages {
            let html = String(decoding: files[page]!, as: UTF8.self)
            let scan = HTMLScan(html)
            ids[page] = scan.ids
            links += scan.hrefs.map { (page, $0) }
            for problem in sanity(html, scan) { problems.append(BriefingError(step: .check, file: page, problem)) }
            let twin = String(page.dropLast(5)) + ".md"
            if files[twin] == nil, page != "404.html" { problems.append(BriefingError(step: .check, file: page, "its Markdown twin \(twin) is missing")) }
        }
        for (page, href) in links {
            if let problem = resolve(href, from: page, files: files, ids: ids) {
                problems.append(BriefingError(step: .check, file: page, problem))
            }
        }
        problems += citationProblems(files)
        return (pages.count, links.count, problems)
    }

    static func sanity(_ html: String, _ scan: HTMLScan) -> [String] {
        var out: [String] = []
        if !html.hasPrefix("<!DOCTYPE html>") { out.append("does not start with <!DOCTYPE html>") }
        if !html.contains("<html lang=\"") { out.append("has no <html lang=…>") }
        if !html.contains("<title>") { out.append("has no <title>") }
        if scan.count(of: "h1") != 1 { out.append("has \(scan.count(of: "h1")) <h1> headings, not one") }
        if scan.hasScript { out.append("contains a <script> element") }
        let duplicates = scan.duplicateIDs
        if !duplicates.isEmpty { out.append("repeats the ids \(duplicates.sorted().joined(separator: ", "))") }
        return out
    }

    static func resolve(_ href: String, from page: String, files: [String: [UInt8]], ids: [String: Set<String>]) -> String? {
        let lower = href.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("mailto:") { return nil }
        if lower.hasPrefix("javascript:") || lower.hasPrefix("data:") || lower.hasPrefix("vbscript:") {
            return "a link to \(href) is not allowed"
        }
        if href.hasPrefix("/") || href.hasPrefix("//") { return "the link \(href) is absolute; links must be relative" }
        let parts = href.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let path = String(parts[0])
        let fragment = parts.count > 1 ? String(parts[1]) : nil
        var target = page
        if !path.isEmpty {
            var components = page.split(separator: "/").dropLast().map(String.init)
            for piece in (path.removingPercentEncoding ?? path).split(separator: "/") {
                if piece == ".." {
                    guard !components.isEmpty else { return "the link \(href) leaves the site" }
                    components.removeLast()
                } else if piece != "." {
                    components.append(String(piece))
                }
            }
            target = components.joined(separator: "/")
            if files[target] == nil { return "the link \(href) points at \(target), which does not exist" }
        }
        if let fragment, !fragment.isEmpty, target.hasSuffix(".html"), !(ids[target]?.contains(fragment) ?? false) {
            return "the anchor #\(fragment) of \(href) does not exist in \(target)"
        }
        return nil
    }

    /// Every citation in the JSON export must name a source and a paragraph that exist, with its exact sentence.
    static func citationProblems(_ files: [String: [UInt8]]) -> [BriefingError] {
        let file = "data/briefing.json"
        guard let bytes = files[file] else { return [BriefingError(step: .check, file: file, "missing")] }
        guard let json = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any],
              let sources = json["sources"] as? [[String: Any]] else {
            return [BriefingError(step: .check, file: file, "is not a briefing export")]
        }
        var paragraphs: [String: [String: String]] = [:]
        for source in sources {
            guard let id = source["id"] as? String, let list = source["paragraphs"] as? [[String: Any]] else { continue }
            paragraphs[id] = Dictionary(list.compactMap { p in (p["id"] as? String).map { ($0, p["text"] as? String ?? "") } },
                                        uniquingKeysWith: { a, _ in a })
        }
        var problems: [BriefingError] = []
        var count = 0
        func visit(_ value: Any, _ path: String) {
            if let dict = value as? [String: Any] {
                if let citations = dict["citations"] as? [[String: Any]] {
                    for c in citations {
                        count += 1
                        let source = c["source"] as? String ?? "?"
                        let paragraph = c["paragraph"] as? String ?? "?"
                        let sentence = c["sentence"] as? String ?? ""
                        guard let text = paragraphs[source]?[paragraph] else {
                            problems.append(BriefingError(step: .check, file: file, "\(path): the citation \(source)#\(paragraph) points at no paragraph"))
                            continue
                        }
                        if sentence.isEmpty || !text.contains(sentence) {
                            problems.append(BriefingError(step: .check, file: file, "\(path): the cited sentence is not in \(source)#\(paragraph)"))
                        }
                    }
                }
                for key in dict.keys.sorted() where key != "citations" { visit(dict[key]!, path + "." + key) }
            } else if let array = value as? [Any] {
                for (i, item) in array.enumerated() { visit(item, "\(path)[\(i)]") }
            }
        }
        visit(json, "$")
        return problems
    }
}

/// A small scanner for the attributes `check` needs (ids and hrefs) and a few element counts.
/// It reads our own generated HTML, where attributes are double-quoted.
struct HTMLScan {
    private(set) var ids = Set<String>()
    private(set) var duplicateIDs = Set<String>()
    private(set) var hrefs: [String] = []
    private var elements: [String: Int] = [:]
    private(set) var hasScript = false

    init(_ html: String) {
        let bytes = Array(html.utf8)
        var i = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "<") else { i += 1; continue }
            var j = i + 1
            while j < bytes.count, bytes[j] != UInt8(ascii: ">") { j += 1 }
            let tag = String(decoding: bytes[(i + 1)..<min(j, bytes.count)], as: UTF8.self)
            let name = tag.prefix { $0.isLetter || $0.isNumber }.lowercased()
            if !name.isEmpty {
                elements[name, default: 0] += 1
                if name == "script" { hasScript = true }
                if let id = Self.attribute("id", in: tag) {
                    if !ids.insert(id).inserted { duplicateIDs.insert(id) }
                }
                if name == "a" || name == "link", let href = Self.attribute("href", in: tag) { hrefs.append(Self.unescape(href)) }
            }
            i = j + 1
        }
    }

    func count(of element: String) -> Int { elements[element] ?? 0 }

    static func attribute(_ name: String, in tag: String) -> String? {
        guard let r = tag.range(of: " \(name)=\"") else { return nil }
        let rest = tag[r.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }

    static func unescape(_ s: String) -> String {
        s.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&quot;", with: "\"")
    }
}
