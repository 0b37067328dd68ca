import Foundation
import Mustache
import Support

/// The page templates (`templates/*.mustache`) and static assets (`templates/assets/`) of a site.
public struct Templates: Sendable {
    let library: MustacheLibrary
    /// Asset files by site-relative path (`assets/style.css`).
    let assets: [(route: String, bytes: [UInt8])]
    /// The fingerprint of every template's name and text: a page rendered with other templates is another page.
    let fingerprint: String

    /// The templates every site needs.
    public static let required = ["page"]

    public init(folder: URL) throws {
        let fm = FileManager.default
        var templates: [String: MustacheTemplate] = [:]
        var fingerprint = ContentHash()
        guard let names = try? fm.contentsOfDirectory(atPath: folder.path) else {
            throw BriefingError(step: .render, file: folder.path, "the templates folder does not exist")
        }
        for name in names.sorted() where name.hasSuffix(".mustache") {
            let path = folder.appendingPathComponent(name).path
            guard let data = fm.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                throw BriefingError(step: .render, file: path, "cannot read the template as UTF-8")
            }
            fingerprint.add(name)
            fingerprint.add(text)
            do {
                templates[String(name.dropLast(".mustache".count))] = try MustacheTemplate(string: text)
            } catch let error as MustacheTemplate.ParserError {
                throw BriefingError(step: .render, file: path, line: error.context.lineNumber, "template syntax error: \(error.error)")
            }
        }
        for name in Self.required where templates[name] == nil {
            throw BriefingError(step: .render, file: folder.appendingPathComponent(name + ".mustache").path, "the template is missing")
        }
        library = MustacheLibrary(templates: templates)
        self.fingerprint = fingerprint.hex

        var assets: [(String, [UInt8])] = []
        let assetFolder = folder.appendingPathComponent("assets")
        if let enumerator = fm.enumerator(atPath: assetFolder.path) {
            for case let relative as String in enumerator {
                let path = assetFolder.appendingPathComponent(relative).path
                var isDirectory: ObjCBool = false
                guard fm.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                      !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
                guard let data = fm.contents(atPath: path) else { throw BriefingError(step: .render, file: path, "cannot read the asset") }
                assets.append(("assets/" + relative, [UInt8](data)))
            }
        }
        self.assets = assets.sorted { $0.0 < $1.0 }
    }

    func render(_ template: String, _ context: [String: Any]) throws -> String {
        guard let html = library.render(context, withTemplate: template) else {
            throw BriefingError(step: .render, file: template + ".mustache", "the template is missing")
        }
        return html
    }
}
