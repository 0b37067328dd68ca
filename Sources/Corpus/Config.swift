import Foundation
import Support
import Yams

/// The corpus configuration (`briefing.yml`): names, aliases and metadata only, never briefing content.
public struct BriefingConfig: Equatable, Sendable, Decodable {
    public var title: String
    public var language: String
    public var actors: [ActorConfig]
    public var issues: [IssueConfig]
    /// People to pin to a side or a role; optional, since people are found in the text without it.
    public var people: [PersonConfig]
    /// Metadata the articles lack, keyed by corpus file name.
    public var sources: [String: SourceConfig]

    public init(title: String, language: String = "en", actors: [ActorConfig] = [], issues: [IssueConfig] = [],
                people: [PersonConfig] = [], sources: [String: SourceConfig] = [:]) {
        self.title = title
        self.language = language
        self.actors = actors
        self.issues = issues
        self.people = people
        self.sources = sources
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case title, language, actors, issues, people, sources }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        title = try c.decode(String.self, forKey: .title)
        language = try c.decodeIfPresent(String.self, forKey: .language) ?? "en"
        actors = try c.decodeIfPresent([ActorConfig].self, forKey: .actors) ?? []
        issues = try c.decodeIfPresent([IssueConfig].self, forKey: .issues) ?? []
        people = try c.decodeIfPresent([PersonConfig].self, forKey: .people) ?? []
        // The sources are read by `load` from the YAML tree, a pair at a time: Yams looks a keyed
        // container's keys up one by one, which makes a dictionary of 10,000 sources quadratic.
        sources = [:]
    }

    /// Reads and checks a configuration file; errors name the file and, where YAML gives one, the line.
    public static func load(_ url: URL) throws -> BriefingConfig {
        let name = url.lastPathComponent
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw BriefingError(file: url.path, "cannot read the configuration file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw BriefingError(file: name, "the configuration is not valid UTF-8")
        }
        var config: BriefingConfig
        do {
            guard let root = try Yams.compose(yaml: text) else {
                throw BriefingError(file: name, line: 1, "the configuration is empty: it needs at least a title")
            }
            config = try YAMLDecoder().decode(BriefingConfig.self, from: root)
            try checkKeys(of: root, file: name)
            for (key, node) in root.mapping?[Node(CodingKeys.sources.rawValue)]?.mapping ?? [:] {
                guard let fileName = key.string else { continue }
                do {
                    config.sources[fileName] = try YAMLDecoder().decode(SourceConfig.self, from: node)
                } catch let error as DecodingError {
                    let (path, problem) = describe(error)
                    let full = [CodingKeys.sources, SourceKey(fileName)] as [CodingKey] + path
                    throw BriefingError(file: name, line: line(of: full, in: text), "\(dotted(full)): \(problem)")
                }
            }
        } catch let error as YamlError {
            throw BriefingError(file: name, line: yamlMark(error)?.line, column: yamlMark(error)?.column, "invalid YAML: \(yamlProblem(error))")
        } catch let DecodingError.dataCorrupted(context) where context.underlyingError is YamlError {
            let error = context.underlyingError as! YamlError
            throw BriefingError(file: name, line: yamlMark(error)?.line, column: yamlMark(error)?.column, "invalid YAML: \(yamlProblem(error))")
        } catch let error as DecodingError {
            let (path, problem) = describe(error)
            throw BriefingError(file: name, line: line(of: path, in: text), "\(dotted(path)): \(problem)")
        }
        try config.validate(file: name, text: text)
        return config
    }

    func validate(file: String, text: String) throws {
        // The tag goes into every page's lang attribute, where screen readers choose their voice by it.
        guard Self.isLanguageTag(language) else {
            throw BriefingError(file: file, line: Self.line(of: [CodingKeys.language], in: text),
                                "language: '\(language)' is not a language tag such as en, pt-BR or zh-Hant")
        }
        var seen = Set<String>()
        for (kind, ids) in [("actor", actors.map(\.id.slug)), ("issue", issues.map(\.id.slug))] {
            for id in ids {
                guard Slug.isValid(id) else {
                    throw BriefingError(file: file, line: Self.lines(containing: "id: \(id)", in: text).first,
                                        "\(kind) id '\(id)' must be lower-case letters, digits and hyphens")
                }
                guard seen.insert(id).inserted else {
                    throw BriefingError(file: file, line: Self.lines(containing: "id: \(id)", in: text).dropFirst().first,
                                        "the id '\(id)' is used twice")
                }
            }
        }
        // A word two actors claim cannot say whose side a sentence is on.
        var claimedBy: [String: ActorID] = [:]
        for actor in actors {
            for alias in Set((actor.aliases + [actor.name]).map { $0.lowercased() }).sorted() {
                if let other = claimedBy[alias], other != actor.id {
                    throw BriefingError(file: file, line: Self.lines(containing: "id: \(actor.id)", in: text).first,
                                        "actors: '\(alias)' is an alias of both '\(other)' and '\(actor.id)'")
                }
                claimedBy[alias] = actor.id
            }
        }
        let actorIDs = Set(actors.map(\.id))
        for person in people {
            if let actor = person.actor, !actorIDs.contains(actor) {
                throw BriefingError(file: file, line: Self.lines(containing: "actor: \(actor)", in: text).first,
                                    "people: '\(person.name)' names the actor '\(actor)', which is not among the actors")
            }
        }
        for (fileName, source) in sources {
            if let published = source.published, PublicationStamp(config: published) == nil {
                throw BriefingError(file: file, line: Self.lines(containing: published, in: text).first,
                                    "sources.\(fileName).published: '\(published)' is not YYYY-MM-DD or YYYY-MM-DD HH:MM")
            }
            if let url = source.url, !SourceConfig.isWebAddress(url) {
                throw BriefingError(file: file, line: Self.lines(containing: url, in: text).first,
                                    "sources.\(fileName).url: '\(url)' is not an http or https address")
            }
        }
    }

    /// A BCP 47 tag of the usual shape: a language (ISO 639, two or three letters), then optionally a
    /// script (four letters), a region (two letters or three digits) and variants (five to eight letters
    /// or digits, or a digit and three more), read subtag by subtag.
    static func isLanguageTag(_ tag: String) -> Bool {
        func letters(_ s: Substring) -> Bool { s.allSatisfy { $0.isASCII && $0.isLetter } }
        func digits(_ s: Substring) -> Bool { s.allSatisfy { $0.isASCII && $0.isNumber } }
        func alphanumeric(_ s: Substring) -> Bool { s.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
        var subtags = tag.split(separator: "-", omittingEmptySubsequences: false)[...]
        guard let language = subtags.popFirst(), (2...3).contains(language.count), letters(language) else { return false }
        if let script = subtags.first, script.count == 4, letters(script) { subtags.removeFirst() }
        if let region = subtags.first, region.count == 2 && letters(region) || region.count == 3 && digits(region) { subtags.removeFirst() }
        return subtags.allSatisfy { variant in
            alphanumeric(variant) && ((5...8).contains(variant.count) || variant.count == 4 && variant.first!.isNumber)
        }
    }

    /// The keys each part of the file may have: a misspelt key ("publised") would otherwise be dropped
    /// without a word, and with it what it said.
    static let knownKeys: [String: [String]] = [
        "": CodingKeys.allCases.map(\.rawValue),
        "actors": ActorConfig.CodingKeys.allCases.map(\.rawValue),
        "issues": IssueConfig.CodingKeys.allCases.map(\.rawValue),
        "people": PersonConfig.CodingKeys.allCases.map(\.rawValue),
        "sources": SourceConfig.CodingKeys.allCases.map(\.rawValue),
    ]

    private static func checkKeys(of root: Node?, file: String) throws {
        func check(_ node: Node, _ section: String, path: String) throws {
            guard let mapping = node.mapping, let known = knownKeys[section] else { return }
            for (key, _) in mapping {
                guard let k = key.string, !known.contains(k) else { continue }
                let problem = "unknown key '\(k)' (known: \(known.joined(separator: ", ")))"
                throw BriefingError(file: file, line: key.mark?.line, path.isEmpty ? problem : "\(path): \(problem)")
            }
        }
        guard let root else { return }
        try check(root, "", path: "")
        for section in ["actors", "issues", "people"] {
            for (i, item) in (root.mapping?[Node(section)]?.sequence ?? []).enumerated() { try check(item, section, path: "\(section).\(i)") }
        }
        for (fileName, item) in root.mapping?[Node("sources")]?.mapping ?? [:] {
            try check(item, "sources", path: "sources.\(fileName.string ?? "")")
        }
    }

    /// A coding path as the file spells it: `actors.0.name`.
    private static func dotted(_ path: [CodingKey]) -> String {
        path.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
    }

    /// A source's file name as a step of a coding path.
    private struct SourceKey: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(_ name: String) { stringValue = name }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    private static func yamlMark(_ error: YamlError) -> Mark? {
        switch error {
        case let .scanner(_, _, mark, _), let .parser(_, _, mark, _), let .composer(_, _, mark, _):
            return mark
        default:
            return nil
        }
    }

    private static func yamlProblem(_ error: YamlError) -> String {
        switch error {
        case let .scanner(_, problem, _, _), let .parser(_, problem, _, _), let .composer(_, problem, _, _):
            return problem
        default:
            return "\(error)"
        }
    }

    /// A Swift type as a writer of YAML knows it.
    private static func yamlName(of type: Any.Type) -> String {
        let name = "\(type)"
        if name.hasPrefix("Array") || name.hasPrefix("Sequence") { return "a list" }
        if name.hasPrefix("Dictionary") || name.hasPrefix("Mapping") { return "keys with values" }
        switch name {
        case "String": return "text"
        case "Bool": return "true or false"
        case "Int": return "a whole number"
        default: return name
        }
    }

    private static func describe(_ error: DecodingError) -> ([CodingKey], String) {
        switch error {
        case let .keyNotFound(key, context): return (context.codingPath + [key], "is required")
        case let .typeMismatch(type, context): return (context.codingPath, "expected \(yamlName(of: type))")
        case let .valueNotFound(type, context): return (context.codingPath, "expected \(type), found nothing")
        case let .dataCorrupted(context): return (context.codingPath, context.debugDescription)
        @unknown default: return ([], "\(error)")
        }
    }

    /// The line of the node a decoding path leads to, found by walking the composed YAML tree.
    private static func line(of path: [CodingKey], in text: String) -> Int? {
        guard var node = try? Yams.compose(yaml: text) else { return nil }
        var line = node.mark?.line
        for key in path {
            if let index = key.intValue, let seq = node.sequence, index < seq.count {
                node = seq[index]
            } else if let map = node.mapping, let (k, v) = map.first(where: { $0.key.string == key.stringValue }) {
                line = k.mark?.line
                node = v
                continue
            } else {
                break
            }
            line = node.mark?.line
        }
        return line
    }

    /// The 1-based numbers of the lines that contain the text.
    private static func lines(containing needle: String, in text: String) -> [Int] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().filter { $0.element.contains(needle) }.map { $0.offset + 1 }
    }
}

public struct ActorConfig: Equatable, Sendable, Decodable {
    public var id: ActorID
    public var name: String
    /// Names, places and demonyms that stand for the actor in the text ("Lisbon", "Portuguese").
    public var aliases: [String]
    /// Whether the actor gets a position page; a listed actor without one still keeps its
    /// aliases from being taken for another actor's.
    public var positions: Bool

    public init(id: ActorID, name: String, aliases: [String] = [], positions: Bool = true) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.positions = positions
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case id, name, aliases, positions }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(ActorID.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
        positions = try c.decodeIfPresent(Bool.self, forKey: .positions) ?? true
    }
}

/// A person the user pins: their full name, side, role and the other names the text calls them by.
public struct PersonConfig: Equatable, Sendable, Decodable {
    public var name: String
    public var actor: ActorID?
    public var role: String?
    public var aliases: [String]

    public init(name: String, actor: ActorID? = nil, role: String? = nil, aliases: [String] = []) {
        self.name = name
        self.actor = actor
        self.role = role
        self.aliases = aliases
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case name, actor, role, aliases }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        actor = try c.decodeIfPresent(ActorID.self, forKey: .actor)
        role = try c.decodeIfPresent(String.self, forKey: .role)
        aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
    }
}

public struct IssueConfig: Equatable, Sendable, Decodable {
    public var id: IssueID
    public var name: String
    public var aliases: [String]

    public init(id: IssueID, name: String, aliases: [String] = []) {
        self.id = id
        self.name = name
        self.aliases = aliases
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case id, name, aliases }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(IssueID.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
    }
}

/// Metadata for one corpus file; every field is optional and takes precedence over the text.
public struct SourceConfig: Equatable, Sendable, Decodable {
    enum CodingKeys: String, CodingKey, CaseIterable { case title, outlet, byline, published, home, url }

    public var title: String?
    public var outlet: String?
    public var byline: String?
    /// `YYYY-MM-DD` or `YYYY-MM-DD HH:MM`.
    public var published: String?
    /// The actor id of the outlet's home side, the "here" of "a senior official here".
    public var home: ActorID?
    /// Where the article was published: an http or https address.
    public var url: String?

    public init(title: String? = nil, outlet: String? = nil, byline: String? = nil, published: String? = nil, home: ActorID? = nil,
                url: String? = nil) {
        self.title = title
        self.outlet = outlet
        self.byline = byline
        self.published = published
        self.home = home
        self.url = url
    }

    /// Whether an address is one a reader can follow: http or https, with a host, no white space.
    public static func isWebAddress(_ address: String) -> Bool {
        guard !address.contains(where: \.isWhitespace), let url = URL(string: address),
              ["http", "https"].contains(url.scheme?.lowercased() ?? "") else { return false }
        return !(url.host ?? "").isEmpty
    }
}
