import Analysis
import Corpus
import Support

/// Links the first mention of each person, actor, issue and glossary term in a generated paragraph
/// to its page, and remembers which pages mention what, for the "Mentioned in" lists.
final class EntityLinks {
    struct Entity {
        let key: String
        let route: String
    }

    private let index: NameIndex
    private let entities: [String: Entity]
    /// Entity key → the routes of the pages that link to it, in the order first seen.
    private(set) var mentionedIn: [String: [String]] = [:]

    init(findings: Findings, config: BriefingConfig) {
        var names: [(id: String, aliases: [String])] = []
        var entities: [String: Entity] = [:]
        func add(_ key: String, _ route: String, _ aliases: [String]) {
            entities[key] = Entity(key: key, route: route)
            names.append((key, aliases))
        }
        for p in findings.people { add("person:" + p.id, Routes.person(p.id), [p.name]) }
        for a in config.actors {
            // An actor without a page is still matched, so that the "Duna" of a longer name that is
            // another actor's ("Upper Duna") never links to the wrong page; it is left as text.
            if a.positions { add("actor:" + a.id, Routes.actor(a.id), a.aliases + [a.name]) } else { names.append(("actor:" + a.id, a.aliases + [a.name])) }
        }
        for i in findings.issues { add("issue:" + i.id, Routes.issue(i.id), (config.issues.first { $0.id == i.id }?.aliases ?? []) + [i.name]) }
        for g in findings.glossary where entities["issue:" + Slug.make(g.term)] == nil { add("term:" + g.term, Routes.term(g.term), [g.term]) }
        index = NameIndex(names)
        self.entities = entities
    }

    /// The text as escaped Markdown, the first mention of each entity linked (never to the page itself).
    func linked(_ text: String, from page: String) -> String {
        let tokens = Tokenizer.tokens(text)
        let chars = Array(text)
        var out = ""
        var cursor = 0
        var linked = Set<String>()
        for m in index.matches(in: tokens) {
            guard let entity = entities[m.id], !linked.contains(entity.key) else { continue }
            let target = entity.route.split(separator: "#").first.map(String.init) ?? entity.route
            guard target != page else { continue }
            let start = tokens[m.tokenRange.lowerBound].offset
            let last = tokens[m.tokenRange.upperBound - 1]
            let end = last.offset + last.text.count
            guard start >= cursor else { continue }
            out += MD.escape(String(chars[cursor..<start]), keepingEdges: true, lineStart: cursor == 0)
            out += MD.link(String(chars[start..<end]), Routes.relative(from: page, to: entity.route))
            cursor = end
            linked.insert(entity.key)
            if !(mentionedIn[entity.key]?.contains(page) ?? false) { mentionedIn[entity.key, default: []].append(page) }
        }
        out += MD.escape(String(chars[cursor...]), keepingEdges: true, lineStart: cursor == 0)
        return out.trimmed
    }

    /// The pages that mention an entity, less the entity's own page.
    func pages(mentioning key: String) -> [String] {
        let own = entities[key]?.route.split(separator: "#").first.map(String.init)
        return (mentionedIn[key] ?? []).filter { $0 != own }
    }
}
