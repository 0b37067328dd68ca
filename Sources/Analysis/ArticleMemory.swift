import Corpus
import Foundation
import Support

/// Analyses kept by earlier builds (on disk, beside the output), so that a rebuild analyses again only
/// the articles that changed. The store answers for an article only when the article and everything
/// its analysis reads (the configuration, the tool itself) are what they were; the analysis checks
/// the one input that comes from other articles, the people the corpus confirms.
public protocol AnalysisMemory: Sendable {
    func recall(analysisOf article: ArticleID) -> [UInt8]?
    func keep(_ analysis: [UInt8], of article: ArticleID)
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
        let events: [EventBuilder.Candidate]
    }
}

/// The stored form: a sentence is its place among the article's sentences, so that its text, tokens
/// and citation are made again from the article rather than kept twice.
extension ArticleFindings {
    private struct Stored: Codable {
        let cued: [Person]
        let confirmed: String
        let found: Found?

        struct Found: Codable {
            let people: [Person]
            let quotes: [Quote]
            let statements: [Statement]
            let glossary: [Term]
            let events: [Event]
        }
        // The two most numerous kinds are kept as arrays of their fields rather than as keyed
        // objects, which JSONDecoder reads back with no key to look up.
        struct Person: Codable {
            let name: String
            let role: String?
            let title: String?
            let actor: ActorID?
            let sentence: Int
            let partial: Bool
            let sideGuessed: Bool

            init(name: String, role: String?, title: String?, actor: ActorID?, sentence: Int, partial: Bool, sideGuessed: Bool) {
                (self.name, self.role, self.title, self.actor) = (name, role, title, actor)
                (self.sentence, self.partial, self.sideGuessed) = (sentence, partial, sideGuessed)
            }

            func encode(to encoder: Encoder) throws {
                var fields = encoder.unkeyedContainer()
                try fields.encode(name)
                try fields.encode(role)
                try fields.encode(title)
                try fields.encode(actor)
                try fields.encode(sentence)
                try fields.encode(partial)
                try fields.encode(sideGuessed)
            }

            init(from decoder: Decoder) throws {
                var fields = try decoder.unkeyedContainer()
                name = try fields.decode(String.self)
                role = try fields.decode(String?.self)
                title = try fields.decode(String?.self)
                actor = try fields.decode(ActorID?.self)
                sentence = try fields.decode(Int.self)
                partial = try fields.decode(Bool.self)
                sideGuessed = try fields.decode(Bool.self)
            }
        }
        struct Quote: Codable {
            let text: String
            let speaker: Speaker
            let sentences: [Int]
        }
        struct Statement: Codable {
            let text: String
            let speaker: Speaker
            let sentence: Int
        }
        struct Term: Codable {
            let term: String
            let expansion: String
            let sentence: Int
        }
        struct Event: Codable {
            let date: ResolvedDate
            let planned: Bool
            let history: Bool
            let summary: String
            let sentence: Int
            let words: [String]
            let actors: [ActorID]

            init(date: ResolvedDate, planned: Bool, history: Bool, summary: String, sentence: Int, words: [String], actors: [ActorID]) {
                (self.date, self.planned, self.history, self.summary) = (date, planned, history, summary)
                (self.sentence, self.words, self.actors) = (sentence, words, actors)
            }

            func encode(to encoder: Encoder) throws {
                var fields = encoder.unkeyedContainer()
                try fields.encode(date.value)
                try fields.encode(date.granularity)
                try fields.encode(date.start)
                try fields.encode(date.end)
                try fields.encode(date.qualifier)
                try fields.encode(planned)
                try fields.encode(history)
                try fields.encode(summary)
                try fields.encode(sentence)
                try fields.encode(words)
                try fields.encode(actors)
            }

            init(from decoder: Decoder) throws {
                var fields = try decoder.unkeyedContainer()
                date = ResolvedDate(value: try fields.decode(String.self), granularity: try fields.decode(ResolvedDate.Granularity.self),
                                    start: try fields.decode(CalendarDay.self), end: try fields.decode(CalendarDay.self),
                                    qualifier: try fields.decode(String?.self))
                planned = try fields.decode(Bool.self)
                history = try fields.decode(Bool.self)
                summary = try fields.decode(String.self)
                sentence = try fields.decode(Int.self)
                words = try fields.decode([String].self)
                actors = try fields.decode([ActorID].self)
            }
        }
    }

    /// The findings as bytes; nil when one cites a sentence not among `sentences`, which never
    /// happens, but then nothing is kept rather than something wrong.
    func stored(_ sentences: [SentenceRef]) -> [UInt8]? {
        let place = Dictionary(sentences.enumerated().map { ($1.citation.sentenceID, $0) }, uniquingKeysWith: { a, _ in a })
        func at(_ c: Citation) throws -> Int {
            guard let i = place[c.sentenceID] else { throw BriefingError("a finding cites a sentence of another article") }
            return i
        }
        func person(_ p: PersonMention) throws -> Stored.Person {
            Stored.Person(name: p.name, role: p.role, title: p.title, actor: p.actor, sentence: try at(p.citation),
                          partial: p.partial, sideGuessed: p.sideGuessed)
        }
        do {
            let stored = Stored(cued: try cued.map(person), confirmed: confirmed, found: try found.map { f in
                Stored.Found(
                    people: try f.people.map(person),
                    quotes: try f.quotes.map { Stored.Quote(text: $0.text, speaker: $0.speaker, sentences: try $0.citations.map(at)) },
                    statements: try f.statements.map { Stored.Statement(text: $0.text, speaker: $0.speaker, sentence: try at($0.citation)) },
                    glossary: try f.glossary.map { Stored.Term(term: $0.term, expansion: $0.expansion, sentence: try at($0.citation)) },
                    events: try f.events.map {
                        Stored.Event(date: $0.date, planned: $0.planned, history: $0.history, summary: $0.summary,
                                     sentence: try at($0.sentence.citation), words: $0.words.sorted(), actors: $0.actors)
                    })
            })
            return Array(try JSONEncoder().encode(stored))
        } catch {
            return nil
        }
    }

    /// The findings kept for an article whose sentences are `sentences`; nil when the bytes are not
    /// such findings (an entry cut short, or written by another version), so that the article is
    /// analysed again.
    init?(stored bytes: [UInt8], sentences: [SentenceRef]) {
        guard let stored = try? JSONDecoder().decode(Stored.self, from: Data(bytes)) else { return nil }
        func at(_ i: Int) throws -> SentenceRef {
            guard sentences.indices.contains(i) else { throw BriefingError("a kept finding cites no sentence of its article") }
            return sentences[i]
        }
        func person(_ p: Stored.Person) throws -> PersonMention {
            PersonMention(name: p.name, role: p.role, title: p.title, actor: p.actor, citation: try at(p.sentence).citation,
                          partial: p.partial, sideGuessed: p.sideGuessed)
        }
        do {
            cued = try stored.cued.map(person)
            confirmed = stored.confirmed
            found = try stored.found.map { f in
                Found(
                    people: try f.people.map(person),
                    quotes: try f.quotes.map { QuoteMention(text: $0.text, speaker: $0.speaker, citations: try $0.sentences.map { try at($0).citation }) },
                    statements: try f.statements.map { StatementMention(text: $0.text, speaker: $0.speaker, citation: try at($0.sentence).citation) },
                    glossary: try f.glossary.map { GlossaryEntry(term: $0.term, expansion: $0.expansion, citation: try at($0.sentence).citation) },
                    events: try f.events.map {
                        EventBuilder.Candidate(date: $0.date, planned: $0.planned, history: $0.history, summary: $0.summary,
                                               sentence: try at($0.sentence), words: Set($0.words), actors: $0.actors)
                    })
            }
        } catch {
            return nil
        }
    }
}
