import Analysis
import Corpus
import Foundation
import Support

/// A value of the export: its Encodable form is the shape `schema/briefing.schema.json` documents, and
/// `write` writes the bytes JSONEncoder would make of it (pretty, keys sorted, slashes as they are), as
/// it goes: a test holds the two to each other.
protocol JSONWritable: Encodable {
    func write(to json: inout JSONText)
}

extension String: JSONWritable {
    func write(to json: inout JSONText) { json.string(self) }
}

extension Int: JSONWritable {
    func write(to json: inout JSONText) { json.int(self) }
}

extension JSONText {
    mutating func list(_ items: [some JSONWritable]) {
        array(items) { $1.write(to: &$0) }
    }
}

/// `data/briefing.json`: the whole analysed briefing, in the shape `schema/briefing.schema.json` documents.
/// Keys are sorted and nothing depends on the clock, so the same input gives the same bytes.
enum Export {
    /// An optional that is written as `null` rather than left out, so every field is always present.
    struct Nullable<Value: JSONWritable>: JSONWritable {
        let value: Value?
        init(_ value: Value?) { self.value = value }

        func encode(to encoder: Encoder) throws {
            var c = encoder.singleValueContainer()
            if let value { try c.encode(value) } else { try c.encodeNil() }
        }

        func write(to json: inout JSONText) {
            if let value { value.write(to: &json) } else { json.null() }
        }
    }

    struct CitationJSON: JSONWritable {
        let source, paragraph, sentence: String

        func write(to json: inout JSONText) {
            json.object {
                $0.key("paragraph"); $0.string(paragraph)
                $0.key("sentence"); $0.string(sentence)
                $0.key("source"); $0.string(source)
            }
        }
    }

    struct ParagraphJSON: JSONWritable {
        let id, text: String

        func write(to json: inout JSONText) {
            json.object {
                $0.key("id"); $0.string(id)
                $0.key("text"); $0.string(text)
            }
        }
    }

    struct SourceJSON: JSONWritable {
        let id, file, page: String
        /// The original article's address, from the configuration.
        let url: Nullable<String>
        let title, outlet, byline, published, published_time, credit: Nullable<String>
        let title_basis, outlet_basis, byline_basis, published_basis: String
        let paragraphs: [ParagraphJSON]

        func write(to json: inout JSONText) {
            json.object {
                $0.key("byline"); byline.write(to: &$0)
                $0.key("byline_basis"); $0.string(byline_basis)
                $0.key("credit"); credit.write(to: &$0)
                $0.key("file"); $0.string(file)
                $0.key("id"); $0.string(id)
                $0.key("outlet"); outlet.write(to: &$0)
                $0.key("outlet_basis"); $0.string(outlet_basis)
                $0.key("page"); $0.string(page)
                $0.key("paragraphs"); $0.list(paragraphs)
                $0.key("published"); published.write(to: &$0)
                $0.key("published_basis"); $0.string(published_basis)
                $0.key("published_time"); published_time.write(to: &$0)
                $0.key("title"); title.write(to: &$0)
                $0.key("title_basis"); $0.string(title_basis)
                $0.key("url"); url.write(to: &$0)
            }
        }
    }

    struct EventJSON: JSONWritable {
        let id, date, granularity, summary: String
        let qualifier: Nullable<String>
        let planned, history: Bool
        let actors: [String]
        let conflict: Nullable<String>
        let citations: [CitationJSON]

        func write(to json: inout JSONText) {
            json.object {
                $0.key("actors"); $0.array(of: actors)
                $0.key("citations"); $0.list(citations)
                $0.key("conflict"); conflict.write(to: &$0)
                $0.key("date"); $0.string(date)
                $0.key("granularity"); $0.string(granularity)
                $0.key("history"); $0.bool(history)
                $0.key("id"); $0.string(id)
                $0.key("planned"); $0.bool(planned)
                $0.key("qualifier"); qualifier.write(to: &$0)
                $0.key("summary"); $0.string(summary)
            }
        }
    }

    struct QuoteJSON: JSONWritable {
        let id, text: String
        let speaker, speaker_role, actor: Nullable<String>
        let actor_guessed: Bool
        let citations: [CitationJSON]

        func write(to json: inout JSONText) {
            json.object {
                $0.key("actor"); actor.write(to: &$0)
                $0.key("actor_guessed"); $0.bool(actor_guessed)
                $0.key("citations"); $0.list(citations)
                $0.key("id"); $0.string(id)
                $0.key("speaker"); speaker.write(to: &$0)
                $0.key("speaker_role"); speaker_role.write(to: &$0)
                $0.key("text"); $0.string(text)
            }
        }
    }

    struct StatementJSON: JSONWritable {
        let text: String
        let citations: [CitationJSON]

        func write(to json: inout JSONText) {
            json.object {
                $0.key("citations"); $0.list(citations)
                $0.key("text"); $0.string(text)
            }
        }
    }

    struct ActorJSON: JSONWritable {
        let id, name: String
        let url: Nullable<String>
        let statements: [StatementJSON]

        func write(to json: inout JSONText) {
            json.object {
                $0.key("id"); $0.string(id)
                $0.key("name"); $0.string(name)
                $0.key("statements"); $0.list(statements)
                $0.key("url"); url.write(to: &$0)
            }
        }
    }

    struct IssueJSON: JSONWritable {
        let id, name, url: String
        let status, summary: Nullable<String>
        let citations: [CitationJSON]

        func write(to json: inout JSONText) {
            json.object {
                $0.key("citations"); $0.list(citations)
                $0.key("id"); $0.string(id)
                $0.key("name"); $0.string(name)
                $0.key("status"); status.write(to: &$0)
                $0.key("summary"); summary.write(to: &$0)
                $0.key("url"); $0.string(url)
            }
        }
    }

    struct PersonJSON: JSONWritable {
        let id, name: String
        let role, actor: Nullable<String>
        let citations: [CitationJSON]

        func write(to json: inout JSONText) {
            json.object {
                $0.key("actor"); actor.write(to: &$0)
                $0.key("citations"); $0.list(citations)
                $0.key("id"); $0.string(id)
                $0.key("name"); $0.string(name)
                $0.key("role"); role.write(to: &$0)
            }
        }
    }

    struct GlossaryJSON: JSONWritable {
        let term, expansion: String
        let citations: [CitationJSON]

        func write(to json: inout JSONText) {
            json.object {
                $0.key("citations"); $0.list(citations)
                $0.key("expansion"); $0.string(expansion)
                $0.key("term"); $0.string(term)
            }
        }
    }

    struct ClaimJSON: JSONWritable {
        let value: String
        let citations: [CitationJSON]

        func write(to json: inout JSONText) {
            json.object {
                $0.key("citations"); $0.list(citations)
                $0.key("value"); $0.string(value)
            }
        }
    }

    struct ConflictJSON: JSONWritable {
        let id, topic: String
        let claims: [ClaimJSON]

        func write(to json: inout JSONText) {
            json.object {
                $0.key("claims"); $0.list(claims)
                $0.key("id"); $0.string(id)
                $0.key("topic"); $0.string(topic)
            }
        }
    }

    /// A field of the export's top-level object: one value, or a list whose elements are made and
    /// written one at a time.
    enum Field {
        case value(any JSONWritable)
        case list(count: Int, element: @Sendable (Int) -> any JSONWritable)

        static func list<T: Sendable>(_ items: [T], _ element: @escaping @Sendable (T) -> any JSONWritable) -> Field {
            .list(count: items.count) { element(items[$0]) }
        }
    }

    /// About how many bytes are written before they are handed over.
    static let piece = 1 << 16
    /// How many elements of a list are written at once, on every core.
    static let batch = 256

    /// The top-level object, pretty-printed with its keys sorted, handed to `emit` a piece at a time as
    /// its list elements are made and written, a batch at a time on every core, so that neither a tree of
    /// the whole briefing nor its bytes (hundreds of megabytes at 10,000 articles) are ever held.
    static func write(_ fields: [String: Field], to emit: ([UInt8]) throws -> Void) throws {
        var json = JSONText()
        var failure: Error?
        json.object { json in
            for key in fields.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) where failure == nil {
                json.key(key)
                switch fields[key]! {
                case .value(let value): value.write(to: &json)
                case .list(let count, let element):
                    json.array(stride(from: 0, to: count, by: batch)) { json, start in
                        let written = ParallelMap.map(Array(start..<min(start + batch, count))) { i -> [UInt8] in
                            var part = JSONText(valueAtDepth: 2)
                            element(i).write(to: &part)
                            return part.take()
                        }
                        for bytes in written {
                            json.value(written: bytes)
                            do { if json.bytes.count >= piece { try emit(json.take()) } } catch { failure = failure ?? error }
                        }
                    }
                }
            }
        }
        if let failure { throw failure }
        try emit(json.take() + [0x0A])
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
