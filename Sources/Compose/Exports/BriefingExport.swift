import Analysis
import Corpus
import Foundation
import Support

/// `data/briefing.json`: the whole analysed briefing, in the shape `schema/briefing.schema.json` documents.
/// Keys are sorted and nothing depends on the clock, so the same input gives the same bytes.
enum Export {
    /// An optional that is written as `null` rather than left out, so every field is always present.
    struct Nullable<Value: Encodable>: Encodable {
        let value: Value?
        init(_ value: Value?) { self.value = value }

        func encode(to encoder: Encoder) throws {
            var c = encoder.singleValueContainer()
            if let value { try c.encode(value) } else { try c.encodeNil() }
        }
    }

    struct CitationJSON: Encodable {
        let source, paragraph, sentence: String
    }

    struct ParagraphJSON: Encodable { let id, text: String }

    struct SourceJSON: Encodable {
        let id, file, page: String
        /// The original article's address, from the configuration.
        let url: Nullable<String>
        let title, outlet, byline, published, published_time, credit: Nullable<String>
        let title_basis, outlet_basis, byline_basis, published_basis: String
        let paragraphs: [ParagraphJSON]
    }

    struct EventJSON: Encodable {
        let id, date, granularity, summary: String
        let qualifier: Nullable<String>
        let planned, history: Bool
        let actors: [String]
        let conflict: Nullable<String>
        let citations: [CitationJSON]
    }

    struct QuoteJSON: Encodable {
        let id, text: String
        let speaker, speaker_role, actor: Nullable<String>
        let actor_guessed: Bool
        let citations: [CitationJSON]
    }

    struct StatementJSON: Encodable {
        let text: String
        let citations: [CitationJSON]
    }

    struct ActorJSON: Encodable {
        let id, name: String
        let url: Nullable<String>
        let statements: [StatementJSON]
    }

    struct IssueJSON: Encodable {
        let id, name, url: String
        let status, summary: Nullable<String>
        let citations: [CitationJSON]
    }

    struct PersonJSON: Encodable {
        let id, name: String
        let role, actor: Nullable<String>
        let citations: [CitationJSON]
    }

    struct GlossaryJSON: Encodable {
        let term, expansion: String
        let citations: [CitationJSON]
    }

    struct ClaimJSON: Encodable {
        let value: String
        let citations: [CitationJSON]
    }

    struct ConflictJSON: Encodable {
        let id, topic: String
        let claims: [ClaimJSON]
    }

    /// A field of the export's top-level object: one value, or a list whose elements are made and
    /// written one at a time.
    enum Field {
        case value(any Encodable)
        case list(count: Int, element: @Sendable (Int) -> any Encodable)

        static func list<T: Sendable>(_ items: [T], _ element: @escaping @Sendable (T) -> any Encodable) -> Field {
            .list(count: items.count) { element(items[$0]) }
        }
    }

    /// How many list elements are made and encoded at once, on every core, before they are handed over.
    static let batch = 256

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// The top-level object, pretty-printed with its keys sorted, handed to `emit` a piece at a time:
    /// list elements are made and encoded through JSONEncoder a batch at a time, on every core, and
    /// handed over in order, so that neither a tree of the whole briefing nor its bytes (hundreds of
    /// megabytes at 10,000 articles) are ever held. The pieces make the bytes of encoding the object
    /// whole: a test holds them to it.
    static func write(_ fields: [String: Field], to emit: ([UInt8]) throws -> Void) throws {
        try emit(Array("{\n".utf8))
        for (n, key) in fields.keys.sorted().enumerated() {
            let close = n + 1 < fields.count ? ",\n" : "\n"
            switch fields[key]! {
            case .value(let value):
                try emit(Array("  \"\(key)\" : ".utf8) + (try encoder.encode(value)) + Array(close.utf8))
            case .list(let count, _) where count == 0:
                try emit(Array("  \"\(key)\" : [\n\n  ]\(close)".utf8))
            case .list(let count, let element):
                try emit(Array("  \"\(key)\" : [\n".utf8))
                for start in stride(from: 0, to: count, by: batch) {
                    let encoded = ParallelMap.map(Array(start..<min(start + batch, count))) { i in
                        Result { indented(try encoder.encode(element(i)), then: i + 1 < count ? ",\n" : "\n") }
                    }
                    for piece in encoded { try emit(try piece.get()) }
                }
                try emit(Array("  ]\(close)".utf8))
            }
        }
        try emit(Array("}\n".utf8))
    }

    /// An element's lines, each indented as the list's elements are; a blank line (inside an empty
    /// list) stays blank.
    static func indented(_ data: Data, then end: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(data.count + data.count / 8 + end.utf8.count)
        data.withUnsafeBytes { bytes in
            var start = 0
            while start < bytes.count {
                let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? bytes.count
                if bytes[start] != UInt8(ascii: "\n") { out.append(contentsOf: "    ".utf8) }
                out.append(contentsOf: bytes[start..<end])
                start = end
            }
        }
        out.append(contentsOf: end.utf8)
        return out
    }

    static func cites(_ citations: [Citation]) -> [CitationJSON] {
        citations.map { CitationJSON(source: $0.source.slug, paragraph: $0.paragraph.description, sentence: $0.sentence) }
    }

    static func statement(_ s: Statement) -> StatementJSON { StatementJSON(text: s.text, citations: cites(s.citations)) }

    /// The briefing export, handed to `emit` a piece at a time.
    static func briefing(_ corpus: ArticleSet, _ f: Findings, _ config: BriefingConfig, to emit: ([UInt8]) throws -> Void) throws {
        try write([
            "schema_version": .value(1),
            "title": .value(config.title),
            "as_of": .value(Nullable(corpus.asOf?.iso)),
            "sources": .list(corpus.articles) { a in
                SourceJSON(id: a.id.slug, file: a.file, page: Routes.source(a.id), url: Nullable(a.url), title: Nullable(a.title.value), outlet: Nullable(a.outlet.value),
                           byline: Nullable(a.byline.value), published: Nullable(a.published.value?.day.iso),
                           published_time: Nullable(a.published.value?.time),
                           credit: Nullable(a.credit), title_basis: a.title.basis.rawValue, outlet_basis: a.outlet.basis.rawValue,
                           byline_basis: a.byline.basis.rawValue, published_basis: a.published.basis.rawValue,
                           paragraphs: a.paragraphs.map { ParagraphJSON(id: $0.id.description, text: $0.text) })
            },
            "events": .list(f.events) {
                EventJSON(id: $0.id, date: $0.date.value, granularity: $0.date.granularity.rawValue, summary: $0.summary,
                          qualifier: Nullable($0.date.qualifier), planned: $0.planned, history: $0.history, actors: $0.actors.map(\.slug),
                          conflict: Nullable($0.conflict), citations: cites($0.citations))
            },
            "quotes": .list(f.quotes) {
                QuoteJSON(id: $0.id, text: $0.text, speaker: Nullable($0.speaker), speaker_role: Nullable($0.speakerRole),
                          actor: Nullable($0.actor?.slug), actor_guessed: $0.actorGuessed, citations: cites($0.citations))
            },
            "actors": .list(f.actors) {
                ActorJSON(id: $0.id.slug, name: $0.name, url: Nullable($0.hasPage ? Routes.actor($0.id) : nil), statements: $0.statements.map(statement))
            },
            "issues": .list(f.issues) {
                IssueJSON(id: $0.id.slug, name: $0.name, url: Routes.issue($0.id), status: Nullable($0.status), summary: Nullable($0.summary?.text),
                          citations: cites(($0.summary.map { [$0] } ?? []).flatMap(\.citations) + $0.statusEvidence.flatMap(\.statement.citations)))
            },
            "people": .list(f.people) { PersonJSON(id: $0.id.slug, name: $0.name, role: Nullable($0.role), actor: Nullable($0.actor?.slug), citations: cites($0.citations)) },
            "glossary": .list(f.glossary) { GlossaryJSON(term: $0.term, expansion: $0.expansion, citations: cites([$0.citation])) },
            "conflicts": .list(f.conflicts) { c in
                ConflictJSON(id: c.id, topic: c.topic, claims: c.claims.map { ClaimJSON(value: $0.value, citations: cites($0.citations)) })
            },
            "background": .list(f.background, statement),
        ], to: emit)
    }
}

extension Export.Nullable: Sendable where Value: Sendable {}
