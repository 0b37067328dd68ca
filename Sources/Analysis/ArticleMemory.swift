import Corpus
import Foundation
import Support

/// Analyses kept by earlier builds (on disk, beside the output), so that a rebuild analyses again only
/// the articles that changed. The store answers for an article only when the article and everything
/// its analysis reads (the configuration, the tool itself) are what they were; the analysis checks
/// the inputs that come from other articles: the people the corpus confirms for its findings, the
/// issues' names and what "the deal" points back at for what its sentences say of the issues' status.
public protocol AnalysisMemory: Sendable {
    func recall(_ part: AnalysisPart, of article: ArticleID) -> [UInt8]?
    func keep(_ bytes: [UInt8], as part: AnalysisPart, of article: ArticleID)
}

/// The parts of an article's analysis kept apart, each checked against what it read from other articles.
public enum AnalysisPart: String, CaseIterable, Sendable {
    /// `ArticleFindings`: people, quotes, statements, glossary, events.
    case findings = "analysis"
    /// What each sentence says of the issues' status (`IssueTracker.statusReader`).
    case status
}

/// What each sentence of an article says of the issues' status, and the state of the corpus it was read
/// in (the issues' names, what its "the deal" points back at: `IssueReference.pointingBack`): kept apart
/// from the findings, for it is read only once the issues the corpus raises are known.
struct ArticleStatus: ByteCodable {
    let state: String
    let sentences: [IssueTracker.SentenceStatus]

    func write(to writer: inout ByteWriter) {
        writer.write(state)
        writer.write(sentences)
    }

    init(state: String, sentences: [IssueTracker.SentenceStatus]) {
        self.state = state
        self.sentences = sentences
    }

    init(from reader: inout ByteReader) throws {
        state = try reader.read()
        sentences = try reader.read()
    }
}

extension IssueTracker.SentenceStatus: ByteCodable {
    func write(to writer: inout ByteWriter) {
        writer.write(readings)
        writer.write(uncertain)
    }

    init(from reader: inout ByteReader) throws {
        self.init(readings: try reader.read(), uncertain: try reader.read())
    }
}

extension StatusReader.Reading: ByteCodable {
    func write(to writer: inout ByteWriter) {
        writer.write(issue)
        writer.write(status)
        writer.write(rank)
        writer.write(byAdjective)
        writer.write(quoted)
        writer.write(aside)
        writer.write(wording)
        writer.write(perfect)
        writer.write(history)
        writer.write(preceding)
    }

    init(from reader: inout ByteReader) throws {
        self.init(issue: try reader.read(), status: try reader.read(), rank: try reader.read(), byAdjective: try reader.read(), quoted: try reader.read(),
                  aside: try reader.read(), wording: try reader.read(), perfect: try reader.read(), history: try reader.read(), preceding: try reader.read())
    }
}

/// What the analysis of one article finds on its own: first the people it names by a cue, then,
/// once the corpus has said which configured people it names, everything else.
struct ArticleFindings: Sendable {
    let cued: [PersonMention]
    /// Which configured people the corpus confirmed (`KnownPeople.confirmed`) when `found` was made.
    let confirmed: String
    let found: Found?

    struct Found: Sendable {
        let people: [PersonMention]
        let quotes: [QuoteMention]
        let statements: [StatementMention]
        let glossary: [GlossaryEntry]
        let actors: [PositionBuilder.SentenceActors]
        let events: [EventBuilder.Candidate]
    }
}

/// The stored form, in the build cache's own form (`ByteWriter`): a sentence is its place among the
/// article's sentences, so that its text, tokens and citation are made again from the article rather
/// than kept twice.
extension ArticleFindings {
    /// The findings as bytes; nil when one cites a sentence not among `sentences`, which never
    /// happens, but then nothing is kept rather than something wrong.
    func stored(_ sentences: [SentenceRef]) -> [UInt8]? {
        let place = Dictionary(sentences.enumerated().map { ($1.citation.sentenceID, $0) }, uniquingKeysWith: { a, _ in a })
        var out = ByteWriter()
        func sentence(_ c: Citation) throws {
            guard let i = place[c.sentenceID] else { throw BriefingError("a finding cites a sentence of another article") }
            out.write(i)
        }
        func list<T>(_ items: [T], _ each: (T) throws -> Void) rethrows {
            out.writeCount(items.count)
            for item in items { try each(item) }
        }
        func person(_ p: PersonMention) throws {
            out.write(p.name)
            out.write(p.role)
            out.write(p.title)
            out.write(p.actor)
            try sentence(p.citation)
            out.write(p.partial)
            out.write(p.sideGuessed)
        }
        do {
            try list(cued, person)
            out.write(confirmed)
            out.write(found != nil)
            if let f = found {
                try list(f.people, person)
                try list(f.quotes) { q in
                    out.write(q.text)
                    out.write(q.speaker)
                    try list(q.citations, sentence)
                }
                try list(f.statements) { s in
                    out.write(s.text)
                    out.write(s.speaker)
                    try sentence(s.citation)
                }
                try list(f.glossary) { g in
                    out.write(g.term)
                    out.write(g.expansion)
                    try sentence(g.citation)
                }
                try list(f.actors) { a in
                    try sentence(a.citation)
                    out.write(a.leading)
                    out.write(a.named)
                }
                try list(f.events) { e in
                    out.write(e.date)
                    out.write(e.planned)
                    out.write(e.history)
                    out.write(e.summary)
                    out.write(e.length)
                    try sentence(e.sentence.citation)
                    out.write(e.words)
                    out.write(e.actors)
                }
            }
            return out.bytes
        } catch {
            return nil
        }
    }

    /// The findings kept for an article whose sentences are `sentences`; nil when the bytes are not
    /// such findings (an entry cut short, or written by another version), so that the article is
    /// analysed again.
    init?(stored bytes: [UInt8], sentences: [SentenceRef]) {
        var input = ByteReader(bytes)
        func sentence() throws -> SentenceRef {
            let i = try input.read(Int.self)
            guard sentences.indices.contains(i) else { throw BriefingError("a kept finding cites no sentence of its article") }
            return sentences[i]
        }
        func list<T>(_ each: () throws -> T) throws -> [T] {
            return try (0..<input.readCount()).map { _ in try each() }
        }
        func person() throws -> PersonMention {
            PersonMention(name: try input.read(), role: try input.read(), title: try input.read(), actor: try input.read(),
                          citation: try sentence().citation, partial: try input.read(), sideGuessed: try input.read())
        }
        do {
            cued = try list(person)
            confirmed = try input.read()
            found = try input.read(Bool.self) ? Found(
                people: try list(person),
                quotes: try list { QuoteMention(text: try input.read(), speaker: try input.read(), citations: try list { try sentence().citation }) },
                statements: try list { StatementMention(text: try input.read(), speaker: try input.read(), citation: try sentence().citation) },
                glossary: try list { GlossaryEntry(term: try input.read(), expansion: try input.read(), citation: try sentence().citation) },
                actors: try list { PositionBuilder.SentenceActors(citation: try sentence().citation, leading: try input.read(), named: try input.read()) },
                events: try list {
                    EventBuilder.Candidate(date: try input.read(), planned: try input.read(), history: try input.read(), summary: try input.read(),
                                           length: try input.read(), sentence: try sentence(), words: try input.read(), actors: try input.read())
                }) : nil
            guard input.isAtEnd else { return nil }
        } catch {
            return nil
        }
    }
}

extension Speaker: ByteCodable {
    func write(to writer: inout ByteWriter) {
        writer.write(name)
        writer.write(role)
        writer.write(actor)
        writer.write(sideGuessed)
        writer.write(alsoFor)
        writer.write(shortName)
    }

    init(from reader: inout ByteReader) throws {
        self.init(name: try reader.read(), role: try reader.read(), actor: try reader.read())
        sideGuessed = try reader.read()
        alsoFor = try reader.read()
        shortName = try reader.read()
    }
}

extension ResolvedDate: ByteCodable {
    public func write(to writer: inout ByteWriter) {
        writer.write(value)
        writer.write(granularity)
        writer.write(start)
        writer.write(end)
        writer.write(qualifier)
    }

    public init(from reader: inout ByteReader) throws {
        self.init(value: try reader.read(), granularity: try reader.read(), start: try reader.read(), end: try reader.read(), qualifier: try reader.read())
    }
}

extension ResolvedDate.Granularity: ByteCodableCase {}
