import Analysis
import Corpus
import Foundation

/// `data/briefing.json`: the whole analysed briefing, in the shape `schema/briefing.schema.json` documents.
/// Keys are sorted and nothing depends on the clock, so the same input gives the same bytes.
enum Export {
    struct CitationJSON: Encodable {
        let source: String
        let paragraph: String
        let sentence: String
    }

    struct ParagraphJSON: Encodable { let id, text: String }

    struct SourceJSON: Encodable {
        let id, file, url: String
        let title, outlet, byline, published, published_time, credit: String?
        let title_basis, outlet_basis, byline_basis, published_basis: String
        let paragraphs: [ParagraphJSON]

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            for (k, v) in [("id", id), ("file", file), ("url", url), ("title_basis", title_basis), ("outlet_basis", outlet_basis),
                           ("byline_basis", byline_basis), ("published_basis", published_basis)] {
                try c.encode(v, forKey: Key(k))
            }
            for (k, v) in [("title", title), ("outlet", outlet), ("byline", byline), ("published", published),
                           ("published_time", published_time), ("credit", credit)] {
                try c.encode(v, forKey: Key(k))
            }
            try c.encode(paragraphs, forKey: Key("paragraphs"))
        }
    }

    struct EventJSON: Encodable {
        let id, date, granularity, summary: String
        let qualifier: String?
        let planned: Bool
        let actors: [String]
        let citations: [CitationJSON]

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(id, forKey: Key("id"))
            try c.encode(date, forKey: Key("date"))
            try c.encode(granularity, forKey: Key("granularity"))
            try c.encode(qualifier, forKey: Key("qualifier"))
            try c.encode(planned, forKey: Key("planned"))
            try c.encode(summary, forKey: Key("summary"))
            try c.encode(actors, forKey: Key("actors"))
            try c.encode(citations, forKey: Key("citations"))
        }
    }

    struct QuoteJSON: Encodable {
        let id, text: String
        let speaker, speaker_role, actor: String?
        let citations: [CitationJSON]

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(id, forKey: Key("id"))
            try c.encode(text, forKey: Key("text"))
            try c.encode(speaker, forKey: Key("speaker"))
            try c.encode(speaker_role, forKey: Key("speaker_role"))
            try c.encode(actor, forKey: Key("actor"))
            try c.encode(citations, forKey: Key("citations"))
        }
    }

    struct StatementJSON: Encodable {
        let text: String
        let citations: [CitationJSON]
    }

    struct ActorJSON: Encodable {
        let id, name: String
        let url: String?
        let statements: [StatementJSON]

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(id, forKey: Key("id"))
            try c.encode(name, forKey: Key("name"))
            try c.encode(url, forKey: Key("url"))
            try c.encode(statements, forKey: Key("statements"))
        }
    }

    struct IssueJSON: Encodable {
        let id, name, url: String
        let status, summary: String?
        let citations: [CitationJSON]

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(id, forKey: Key("id"))
            try c.encode(name, forKey: Key("name"))
            try c.encode(url, forKey: Key("url"))
            try c.encode(status, forKey: Key("status"))
            try c.encode(summary, forKey: Key("summary"))
            try c.encode(citations, forKey: Key("citations"))
        }
    }

    struct PersonJSON: Encodable {
        let id, name: String
        let role, actor: String?
        let citations: [CitationJSON]

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(id, forKey: Key("id"))
            try c.encode(name, forKey: Key("name"))
            try c.encode(role, forKey: Key("role"))
            try c.encode(actor, forKey: Key("actor"))
            try c.encode(citations, forKey: Key("citations"))
        }
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

    struct BriefingJSON: Encodable {
        let schema_version = 1
        let title: String
        let as_of: String?
        let sources: [SourceJSON]
        let events: [EventJSON]
        let quotes: [QuoteJSON]
        let actors: [ActorJSON]
        let issues: [IssueJSON]
        let people: [PersonJSON]
        let glossary: [GlossaryJSON]
        let conflicts: [ConflictJSON]
        let background: [StatementJSON]

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(schema_version, forKey: Key("schema_version"))
            try c.encode(title, forKey: Key("title"))
            try c.encode(as_of, forKey: Key("as_of"))
            try c.encode(sources, forKey: Key("sources"))
            try c.encode(events, forKey: Key("events"))
            try c.encode(quotes, forKey: Key("quotes"))
            try c.encode(actors, forKey: Key("actors"))
            try c.encode(issues, forKey: Key("issues"))
            try c.encode(people, forKey: Key("people"))
            try c.encode(glossary, forKey: Key("glossary"))
            try c.encode(conflicts, forKey: Key("conflicts"))
            try c.encode(background, forKey: Key("background"))
        }
    }

    struct Key: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(_ s: String) { stringValue = s }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    static func cites(_ citations: [Citation]) -> [CitationJSON] {
        citations.map { CitationJSON(source: $0.source, paragraph: $0.paragraph, sentence: $0.sentence) }
    }

    static func statement(_ s: Statement) -> StatementJSON { StatementJSON(text: s.text, citations: cites(s.citations)) }

    static func briefingJSON(_ corpus: ArticleSet, _ f: Findings, _ config: BriefingConfig) throws -> [UInt8] {
        let doc = BriefingJSON(
            title: config.title,
            as_of: corpus.asOf?.iso,
            sources: corpus.articles.map { a in
                SourceJSON(id: a.id, file: a.file, url: Routes.source(a.id), title: a.title.value, outlet: a.outlet.value,
                           byline: a.byline.value, published: a.published.value?.day.iso, published_time: a.published.value?.time,
                           credit: a.credit, title_basis: a.title.basis.rawValue, outlet_basis: a.outlet.basis.rawValue,
                           byline_basis: a.byline.basis.rawValue, published_basis: a.published.basis.rawValue,
                           paragraphs: a.paragraphs.map { ParagraphJSON(id: $0.id, text: $0.text) })
            },
            events: f.events.map {
                EventJSON(id: $0.id, date: $0.date.value, granularity: $0.date.granularity.rawValue, summary: $0.summary,
                          qualifier: $0.date.qualifier, planned: $0.planned, actors: $0.actors, citations: cites($0.citations))
            },
            quotes: f.quotes.map {
                QuoteJSON(id: $0.id, text: $0.text, speaker: $0.speaker, speaker_role: $0.speakerRole, actor: $0.actor, citations: cites($0.citations))
            },
            actors: f.actors.map {
                ActorJSON(id: $0.id, name: $0.name, url: $0.hasPage ? Routes.actor($0.id) : nil, statements: $0.statements.map(statement))
            },
            issues: f.issues.map {
                IssueJSON(id: $0.id, name: $0.name, url: Routes.issue($0.id), status: $0.status, summary: $0.summary?.text,
                          citations: cites(($0.summary.map { [$0] } ?? []).flatMap(\.citations) + $0.statusEvidence.flatMap(\.citations)))
            },
            people: f.people.map { PersonJSON(id: $0.id, name: $0.name, role: $0.role, actor: $0.actor, citations: cites($0.citations)) },
            glossary: f.glossary.map { GlossaryJSON(term: $0.term, expansion: $0.expansion, citations: cites([$0.citation])) },
            conflicts: f.conflicts.map { c in
                ConflictJSON(id: c.id, topic: c.topic, claims: c.claims.map { ClaimJSON(value: $0.value, citations: cites($0.citations)) })
            },
            background: f.background.map(statement))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(doc)) + [0x0A]
    }
}
