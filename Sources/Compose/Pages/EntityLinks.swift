import Analysis
import Corpus
import Foundation
import Support

/// What a generated line can link to: an actor, an issue, a person or a glossary term. Ordered by
/// kind, then id, so that of two entities with the same name the actor is linked first.
enum EntityKey: Hashable, Comparable, Sendable {
    case actor(ActorID)
    case issue(IssueID)
    case person(PersonID)
    case term(String)
}

/// Links the first mention of each person, actor, issue and glossary term in a generated paragraph
/// to its page, and says which entities it linked, for the "Mentioned on" lists.
struct EntityLinker {
    private let index: NameIndex<EntityKey>
    /// The route of each entity's page or entry.
    private let routes: [EntityKey: String]
    /// The mentions found in each text so far, shared by the pages: most lines are linked on many
    /// pages (an event on the timeline and on the pages of its actors and issues).
    private let found = FoundMentions()

    init(findings: Findings, config: BriefingConfig) {
        var names: [(id: EntityKey, aliases: [String])] = []
        var routes: [EntityKey: String] = [:]
        func add(_ key: EntityKey, _ route: String, _ aliases: [String]) {
            routes[key] = route
            names.append((key, aliases))
        }
        for p in findings.people { add(.person(p.id), Routes.person(p.id), [p.name]) }
        for a in config.actors {
            // An actor without a page is still matched, so that the "Duna" of a longer name that is
            // another actor's ("Upper Duna") never links to the wrong page; it is left as text.
            if a.positions { add(.actor(a.id), Routes.actor(a.id), a.aliases + [a.name]) } else { names.append((.actor(a.id), a.aliases + [a.name])) }
        }
        for i in findings.issues { add(.issue(i.id), Routes.issue(i.id), (config.issues.first { $0.id == i.id }?.aliases ?? []) + [i.name]) }
        // A term the corpus raised as an issue links to the issue.
        for g in findings.glossary where routes[.issue(IssueID(slug: Slug.make(g.term)))] == nil { add(.term(g.term), Routes.term(g.term), [g.term]) }
        index = NameIndex(names)
        self.routes = routes
    }

    /// The text as escaped Markdown, the first mention of each entity linked (never to the page itself),
    /// and the keys of the entities linked, in order.
    func linked(_ text: String, from page: String) -> (markdown: String, entities: [EntityKey]) {
        let scalars = text.unicodeScalars
        // Mentions count their offsets in Unicode scalars: the text is walked to each once, from the last.
        var walked = (offset: 0, index: scalars.startIndex)
        func textIndex(_ offset: Int) -> String.Index {
            walked = (offset, scalars.index(walked.index, offsetBy: offset - walked.offset))
            return walked.index
        }
        func slice(_ range: Range<Int>) -> String { String(scalars[textIndex(range.lowerBound)..<textIndex(range.upperBound)]) }
        var out = ""
        var cursor = 0
        var linked: [EntityKey] = []
        for m in mentions(in: text) {
            guard let route = routes[m.id], !linked.contains(m.id) else { continue }
            let target = route.split(separator: "#").first.map(String.init) ?? route
            guard target != page else { continue }
            let (start, end) = (m.scalars.lowerBound, m.scalars.upperBound)
            guard start >= cursor else { continue }
            out += MD.escape(slice(cursor..<start), keepingEdges: true, lineStart: cursor == 0)
            out += MD.link(slice(start..<end), Routes.relative(from: page, to: route))
            cursor = end
            linked.append(m.id)
        }
        out += MD.escape(String(scalars[textIndex(cursor)...]), keepingEdges: true, lineStart: cursor == 0)
        return (out.trimmed, linked)
    }

    /// The names in a text, in order, with the Unicode scalars each spans.
    private func mentions(in text: String) -> [Mention] {
        if let known = found.mentions(in: text) { return known }
        let tokens = Tokenizer.tokens(text)
        let mentions = index.matches(in: tokens).map { m in
            Mention(id: m.id, scalars: tokens[m.tokenRange.lowerBound].offset..<tokens[m.tokenRange.upperBound - 1].end)
        }
        found.keep(mentions, in: text)
        return mentions
    }
}

/// A name found in a text: the entity and the Unicode scalars it spans.
struct Mention: Sendable {
    let id: EntityKey
    let scalars: Range<Int>
}

/// The mentions found in each text, for pages written on every core: a text found twice at once
/// is found the same both times.
final class FoundMentions: @unchecked Sendable {
    private let lock = NSLock()
    private var byText: [String: [Mention]] = [:]

    func mentions(in text: String) -> [Mention]? { lock.withLock { byText[text] } }
    func keep(_ mentions: [Mention], in text: String) { lock.withLock { byText[text] = mentions } }
}

/// One page being written: links its text and keeps the entities it linked, so that its draft says
/// what it mentions. A value of the page alone; nothing is shared between pages.
struct PageLinks {
    let context: PageContext
    let page: String
    private(set) var mentions: [EntityKey] = []
    /// The same keys as a set: a long page links thousands of lines.
    private var mentioned: Set<EntityKey> = []

    init(_ context: PageContext, page: String) {
        self.context = context
        self.page = page
    }

    mutating func linked(_ text: String) -> String {
        let result = context.linker.linked(text, from: page)
        for key in result.entities where mentioned.insert(key).inserted { mentions.append(key) }
        return result.markdown
    }

    /// A bullet item: the text, escaped, its first mentions of people, actors, issues and terms linked,
    /// and its citations.
    mutating func item(_ text: String, _ citations: [Citation]) -> String {
        "- " + linked(text) + context.cite(citations, from: page)
    }

    /// One event as a list item: date and marks, the summary, its actors and citations.
    mutating func eventItem(_ e: Event, anchored: Bool = false) -> String {
        var line = "- " + (anchored ? MD.anchor(e.id) + " " : "") + "**" + MD.escape(DateLabel.of(e.date)) + context.marks(e) + "** " + linked(e.summary)
        if !e.actors.isEmpty { line += " *(" + e.actors.map { context.actorLink($0, from: page) }.joined(separator: ", ") + ")*" }
        if !anchored { line += " — " + MD.link("on the timeline", Routes.relative(from: page, to: Routes.event(e.id))) }
        return line + context.cite(e.citations, from: page)
    }

    /// The finished draft of the page, its body the lines after its title.
    func draft(_ kind: PageKind, _ title: String, _ lines: [PageDraft.Line]) -> PageDraft {
        PageDraft(route: page, kind: kind, title: title, lines: lines, mentions: mentions, table: nil)
    }

    func draft(_ kind: PageKind, _ title: String, _ lines: [String]) -> PageDraft {
        draft(kind, title, lines.map(PageDraft.Line.text))
    }
}
