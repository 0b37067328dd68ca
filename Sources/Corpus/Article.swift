import Support

/// Where a fact about a source came from.
public enum Basis: String, Sendable, ByteCodableCase {
    case config, text, inferred, unknown
}

/// A fact about a source (its title, outlet, date …) with where it came from.
public struct Sourced<Value: Sendable & Equatable & ByteCodable>: Sendable, Equatable {
    public var value: Value?
    public var basis: Basis

    public init(_ value: Value?, _ basis: Basis) {
        self.value = value
        self.basis = value == nil ? .unknown : basis
    }

    public static var unknown: Sourced { Sourced(nil, .unknown) }

    /// This fact if known, else the other one.
    func or(_ other: Sourced) -> Sourced { value == nil ? other : self }
}

/// A publication date, with the clock time when the text gives one.
public struct PublicationStamp: Sendable, Equatable {
    public var day: CalendarDay
    /// `HH:MM`, local to the outlet.
    public var time: String?

    public init(day: CalendarDay, time: String? = nil) {
        self.day = day
        self.time = time
    }

    /// Parses the configuration's `YYYY-MM-DD` or `YYYY-MM-DD HH:MM`.
    public init?(config: String) {
        let parts = config.trimmed.split(separator: " ", omittingEmptySubsequences: true)
        guard (1...2).contains(parts.count), let day = CalendarDay(iso: String(parts[0])) else { return nil }
        var time: String?
        if parts.count == 2 {
            guard let t = ClockTime.parse(parts[1]) else { return nil }
            time = t
        }
        self.init(day: day, time: time)
    }
}

enum ClockTime {
    /// `H:MM` or `HH:MM` → `HH:MM`, nil otherwise; a point may part the hour from the minutes, as British
    /// papers write it ("14.02").
    static func parse(_ s: some StringProtocol) -> String? {
        let parts = s.split(whereSeparator: { $0 == ":" || $0 == "." })
        guard parts.count == 2, parts[1].count == 2, (1...2).contains(parts[0].count),
              let h = Int(parts[0]), let m = Int(parts[1]), (0..<24).contains(h), (0..<60).contains(m) else { return nil }
        return CalendarDay.pad(h, 2) + ":" + parts[1]
    }
}

/// What a block of an article's cleaned text is.
public enum BlockKind: String, Sendable, ByteCodableCase {
    /// Running text: cited, analysed.
    case paragraph
    /// A section heading inside the article ("◆ U.S. Pressure").
    case heading
    /// A photo caption or credit, kept apart from the text.
    case caption
}

/// A block's id, stable within its article and unique there by construction: its kind and its
/// number among the blocks of that kind, written `p3` for paragraphs, `h1` for headings, `c1` for captions.
public struct ParagraphID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let kind: BlockKind
    /// 1-based.
    public let number: Int

    public init(_ kind: BlockKind, _ number: Int) {
        self.kind = kind
        self.number = number
    }

    public var description: String {
        (kind == .paragraph ? "p" : kind == .heading ? "h" : "c") + String(number)
    }

    public static func < (a: ParagraphID, b: ParagraphID) -> Bool {
        (a.kind.rawValue, a.number) < (b.kind.rawValue, b.number)
    }
}

/// A sentence's id: its paragraph and its 1-based number there, written `p3.s2`.
public struct SentenceID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let paragraph: ParagraphID
    public let number: Int

    public init(_ paragraph: ParagraphID, _ number: Int) {
        self.paragraph = paragraph
        self.number = number
    }

    public var description: String { "\(paragraph).s\(number)" }
    public static func < (a: SentenceID, b: SentenceID) -> Bool { (a.paragraph, a.number) < (b.paragraph, b.number) }
}

public struct Sentence: Sendable, Equatable {
    public let id: SentenceID
    public let text: String
}

/// One block of an article's cleaned text.
public struct Paragraph: Sendable, Equatable {
    public let id: ParagraphID
    public let kind: BlockKind
    public let text: String
    /// The 1-based line of the corpus file the block starts on.
    public let line: Int
    public let sentences: [Sentence]
}

/// One corpus file, cleaned: metadata with its basis, and its text as blocks.
public struct Article: Sendable, Equatable {
    public let id: ArticleID
    /// The corpus file name.
    public let file: String
    public var title: Sourced<String>
    public var outlet: Sourced<String>
    public var byline: Sourced<String>
    public var published: Sourced<PublicationStamp>
    /// A wire service or agency credited in the text ("(Wire News)" closing the article).
    public var credit: String?
    /// The actor id of the outlet's home side, from the configuration.
    public var home: ActorID?
    public var blocks: [Paragraph]
    /// Where the article was published, from the configuration.
    public var url: String? = nil
    /// The place its dateline names, as written ("PORT ALDA", "PORT ALDA, Alda"): where it was filed from.
    public var dateline: String? = nil

    /// The running-text paragraphs, the only blocks citations point at.
    public var paragraphs: [Paragraph] { blocks.filter { $0.kind == .paragraph } }

    public func paragraph(_ id: ParagraphID) -> Paragraph? { blocks.first { $0.id == id } }
}

/// The ingested corpus, in file-name order.
public struct ArticleSet: Sendable, Equatable {
    public var articles: [Article]
    public var warnings: [BriefingError]
    /// The files left out, each with the reason: not text, unreadable, a link out of the corpus, a repeat.
    public var skipped: [BriefingError]

    public init(articles: [Article], warnings: [BriefingError] = [], skipped: [BriefingError] = []) {
        self.articles = articles
        self.warnings = warnings
        self.skipped = skipped
    }

    /// The newest publication day among the sources.
    public var asOf: CalendarDay? { articles.compactMap { $0.published.value?.day }.max() }
}
