import Corpus
import Support

/// A pointer to the exact sentence a finding comes from.
public struct Citation: Hashable, Sendable, Comparable {
    public let source: ArticleID
    public let sentenceID: SentenceID
    /// The exact sentence text.
    public let sentence: String

    public init(source: ArticleID, sentenceID: SentenceID, sentence: String) {
        self.source = source
        self.sentenceID = sentenceID
        self.sentence = sentence
    }

    public var paragraph: ParagraphID { sentenceID.paragraph }

    /// The cited paragraph of the corpus, for citing each paragraph once.
    public var sourceParagraph: SourceParagraph { SourceParagraph(source: source, id: paragraph) }

    public struct SourceParagraph: Hashable, Sendable {
        public let source: ArticleID
        public let id: ParagraphID
    }

    public static func < (a: Citation, b: Citation) -> Bool { (a.source, a.sentenceID) < (b.source, b.sentenceID) }

    /// A sentence's source and place name it: its text, often hundreds of bytes, is left out of the
    /// hash of the many tables keyed by citation.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(source)
        hasher.combine(sentenceID)
    }
}

/// A sentence of the corpus as the analysers see it: its text, tokens and where it stands.
public struct SentenceRef: Sendable {
    public let citation: Citation
    public let tokens: [Token]
    public let articleIndex: Int
    /// The publication day of its article, the anchor of relative dates.
    public let dct: CalendarDay?
}

extension Array where Element == SentenceRef {
    /// The runs of sentences of one article each, in order: the analysis lists an article's sentences together.
    var articleRuns: [Range<Int>] {
        var runs: [Range<Int>] = []
        var start = 0
        for i in indices.dropFirst() where self[i].articleIndex != self[i - 1].articleIndex {
            runs.append(start..<i)
            start = i
        }
        if !isEmpty { runs.append(start..<count) }
        return runs
    }
}

/// A date an expression resolved to, at the granularity the text gave.
public struct ResolvedDate: Hashable, Sendable, Comparable {
    public enum Granularity: String, Sendable, CaseIterable {
        case day, week, month, season, quarter, half, year, decade, range
        case partOfMonth = "part-of-month"
    }
    /// ISO 8601, partial where the text is (2031, 2031-03, 2031-03-04, 2031-W10), or a range `A/B`.
    public let value: String
    public let granularity: Granularity
    /// The first and last day the value covers.
    public let start: CalendarDay
    public let end: CalendarDay
    /// How the text qualified it ("early", "mid", "late"), shown with the date.
    public let qualifier: String?

    public static func < (a: ResolvedDate, b: ResolvedDate) -> Bool {
        (a.start, a.value) < (b.start, b.value)
    }
}

public struct Event: Sendable, Equatable {
    public let id: String
    public let date: ResolvedDate
    public let summary: String
    public let actors: [ActorID]
    public let citations: [Citation]
    /// Reported as planned or expected as of its article's date.
    public let planned: Bool
    /// The newest publication day among its sources: what "planned" is as of.
    public let reportedBy: CalendarDay?
    /// Background history: years before the source that tells it.
    public let history: Bool
    /// The conflict, when sources put this happening on different dates.
    public let conflict: String?
}

public struct Quote: Sendable, Equatable {
    public let id: String
    public let text: String
    /// The person's name, nil for an unnamed speaker.
    public let speaker: String?
    /// The role, or the description of an unnamed speaker ("a senior official here").
    public let speakerRole: String?
    public let actor: ActorID?
    /// Whether the side is guessed: the outlet's home side for an unnamed speaker ("officials here"),
    /// or the side a statement of no side speaks of ("“Alda will …,” the statement said").
    public let actorGuessed: Bool
    /// Further sides a shared statement speaks for ("Alda and Tarsk said …").
    public let otherActors: [ActorID]
    public let citations: [Citation]
}

/// A statement in indirect speech, attributed: "Ruiz denied reports that …".
public struct AttributedStatement: Sendable, Equatable {
    public let text: String
    public let speaker: String?
    public let speakerRole: String?
    public let actor: ActorID?
    /// Further sides a shared statement speaks for ("Alda and Tarsk said …").
    public let otherActors: [ActorID]
    public let citations: [Citation]
}

public struct Person: Sendable, Equatable {
    public let id: PersonID
    public let name: String
    public let role: String?
    public let actor: ActorID?
    public let citations: [Citation]
    /// The side is only a guess (`PeopleFinder.Context.home`, `filedFrom`): a side their quotes are given wins.
    public var actorGuessed = false
}

/// A cited line: a statement, a background item, a piece of evidence.
public struct Statement: Sendable, Equatable {
    public let text: String
    public let citations: [Citation]

    /// Eight words or more say something alone; fewer are a fragment.
    static func isWhole(_ text: String) -> Bool { Tokenizer.tokens(text).count >= 8 }

    /// The sentences as lines, one line per wording: a sentence that several sources carry word for word
    /// (a wire story reprinted) is one line citing each of them, in the place of its first, so that
    /// the corroboration shows and a large corpus does not list the same words thousands of times.
    static func lines(_ sentences: [Citation]) -> [Statement] {
        merged(sentences.map { Statement(text: $0.sentence, citations: [$0]) })
    }

    /// Statements of the same text as one, with every citation, in the place of the first.
    static func merged(_ statements: [Statement]) -> [Statement] {
        oneLinePer(statements, key: \.text, citations: \.citations) { Statement(text: $0.text, citations: $1) }
    }
}

/// The items with the same key as one, in the place of the first, with the citations of them all: how
/// words that several sources carry word for word (a wire story reprinted) become one cited line.
func oneLinePer<Item, Key: Hashable>(_ items: [Item], key: (Item) -> Key, citations: (Item) -> [Citation],
                                     _ citing: (Item, [Citation]) -> Item) -> [Item] {
    var place: [Key: Int] = [:]
    var firsts: [Item] = []
    var cited: [[Citation]] = []
    for item in items {
        let k = key(item)
        if let i = place[k] {
            cited[i] += citations(item)
        } else {
            place[k] = firsts.count
            firsts.append(item)
            cited.append(citations(item))
        }
    }
    return zip(firsts, cited).map(citing)
}

public struct ActorFindings: Sendable, Equatable {
    public let id: ActorID
    public let name: String
    public let hasPage: Bool
    /// What its officials and representatives said: their quotes, most corroborated first.
    public let said: [Statement]
    /// What the sentences that open on it say it did or said.
    public let did: [Statement]
    /// What others say about it: sentences that mention it.
    public let mentions: [Statement]
    /// Its most telling line on each issue it speaks to, by issue id.
    public let onIssues: [IssueID: Statement]

    /// Everything it said and did, for the export and the overview.
    public var statements: [Statement] { said + did }

    /// Its most telling line: the most widely reported, a whole sentence (eight words or more) before
    /// a fragment, the first among equals.
    public var keyLine: Statement? {
        // Each statement's rank is reckoned once: a statement of a large corpus has thousands of citations.
        let ranks = statements.enumerated().map { i, s in (Set(s.citations.map(\.source)).count, Statement.isWhole(s.text) ? 1 : 0, -i) }
        return ranks.indices.max { ranks[$0] < ranks[$1] }.map { statements[$0] }
    }
}

/// A sentence that gives an issue a status, with the status it gives.
public struct EvidenceLine: Sendable, Equatable {
    public let status: String
    /// The publication day of the source that says it.
    public let date: CalendarDay?
    public let statement: Statement

    /// The lines that give the same status in the same words on the same day (a wire story reprinted)
    /// as one line citing each source, in the place of the first.
    static func merged(_ lines: [EvidenceLine]) -> [EvidenceLine] {
        struct Key: Hashable { let status: String, date: CalendarDay?, text: String }
        return oneLinePer(lines, key: { Key(status: $0.status, date: $0.date, text: $0.statement.text) }, citations: \.statement.citations) {
            EvidenceLine(status: $0.status, date: $0.date, statement: Statement(text: $0.statement.text, citations: $1))
        }
    }
}

public struct IssueFindings: Sendable, Equatable {
    public let id: IssueID
    public let name: String
    /// As of the newest source that gives one ("approved; due to be signed").
    public let status: String?
    /// What it is: its defining sentence.
    public let summary: Statement?
    /// The sentences that gave the status, newest source first.
    public let statusEvidence: [EvidenceLine]
    /// The sentences that say what is undecided or uncertain about it.
    public let openQuestions: [Statement]
    /// What each actor says of it, by actor id.
    public let positions: [ActorID: [Statement]]
    public let mentions: [Statement]
    /// The events its mentions tell, in timeline order.
    public let events: [Event]
    /// Not in the configuration: the corpus raised it.
    public let raisedByCorpus: Bool
}

public struct GlossaryEntry: Sendable, Equatable {
    public let term: String
    public let expansion: String
    public let citation: Citation
}

public struct Conflict: Sendable, Equatable {
    public struct Claim: Sendable, Equatable {
        public let value: String
        public let citations: [Citation]
    }
    public let id: String
    public let topic: String
    public let claims: [Claim]
    /// The quote the disagreement is about, when it is about who said one.
    public let quote: String?
}

/// Everything the analysis found, as plain values, each finding cited.
public struct Findings: Sendable {
    public let events: [Event]
    public let quotes: [Quote]
    public let statements: [AttributedStatement]
    public let people: [Person]
    public let actors: [ActorFindings]
    public let issues: [IssueFindings]
    public let glossary: [GlossaryEntry]
    public let conflicts: [Conflict]
    public let background: [Statement]
    /// The few background points that open the briefing, each still true as of the newest source.
    public var brief: [Statement] = []

    /// An actor's quotes, the most widely reported first.
    public func quotes(of actor: ActorID) -> [Quote] {
        quotes.filter { $0.actor == actor }.sorted { Set($0.citations.map(\.source)).count > Set($1.citations.map(\.source)).count }
    }
}
