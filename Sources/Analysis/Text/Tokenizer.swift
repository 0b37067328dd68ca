import Support

/// A word of a sentence. Hyphens and punctuation separate words; periods inside a word stay
/// ("U.S."), and a possessive "'s" is dropped so that "Lisbon's" reads as "Lisbon".
public struct Token: Sendable, Equatable {
    public let text: String
    /// Offset of the word's first Unicode scalar in its sentence, in 32 bits: every sentence's tokens
    /// are kept for the work across articles, a large share of the memory of a large corpus.
    private let start: Int32
    /// Whether a hyphen joins it to the word before ("Franco-Prussian", "1870-95").
    public let hyphenated: Bool

    init(text: String, offset: Int, hyphenated: Bool) {
        self.text = text
        start = Int32(clamping: offset)
        self.hyphenated = hyphenated
    }

    /// Offset of the word's first Unicode scalar in its sentence.
    public var offset: Int { Int(start) }

    /// Scalar offset just past the word as kept: a dropped possessive or closing period lies beyond it.
    public var end: Int { offset + text.unicodeScalars.count }
    /// The word in lower case. Most words have no capital and are all ASCII: those are their own
    /// lower case, given without making a new string (every stage asks, for every word).
    public var lower: String {
        text.utf8.contains { $0 >= 0x80 || ($0 >= 0x41 && $0 <= 0x5A) } ? text.lowercased() : text
    }

    /// Whether the word's first character is a capital. A first character of one ASCII scalar (a byte
    /// below 0x80 not followed by a combining mark) is a capital just when it is A to Z.
    public var isCapitalized: Bool {
        var bytes = text.utf8.makeIterator()
        guard let first = bytes.next() else { return false }
        // A brand written with a lower-case first letter and a capital after it ("eBay", "iRobot") is a name too.
        if first < 0x80, case let second = bytes.next() ?? 0, second < 0x80 {
            return first >= 0x41 && first <= 0x5A || first >= 0x61 && first <= 0x7A && second >= 0x41 && second <= 0x5A
        }
        return text.first?.isUppercase ?? false
    }
}

/// The words of a text, the tokenizer's view for names, similarity, events and issues (the date
/// tagger's view of the same scan is `DateTokenizer`). Letters, numbers, periods and apostrophes
/// make a word, and a "+" inside one ("C++"); anything else parts words.
public enum Tokenizer {
    public static func tokens(_ text: String) -> [Token] {
        var text = text
        return text.withUTF8 { words(ScalarReader(bytes: $0)) }
    }

    static func words(_ text: ScalarReader) -> [Token] {
        var tokens: [Token] = []
        var i = 0, scalar = 0
        var word: (byte: Int, scalar: Int, hyphenated: Bool)?
        var afterHyphen = false
        while i < text.count {
            let (kind, bytes, scalars) = text.kind(at: i)
            let joins: Bool
            switch kind {
            case .letter, .digit, .numeral, .period, .apostrophe: joins = true
            case .plus: joins = word != nil
            case .hyphen, .dash, .space, .other: joins = false
            }
            if joins, word == nil {
                word = (i, scalar, afterHyphen)
            } else if !joins {
                if let w = word, let token = trimmed(text, w.byte..<i, offset: w.scalar, hyphenated: w.hyphenated) { tokens.append(token) }
                word = nil
                afterHyphen = kind == .hyphen
            }
            i += bytes
            scalar += scalars
        }
        if let w = word, let token = trimmed(text, w.byte..<i, offset: w.scalar, hyphenated: w.hyphenated) { tokens.append(token) }
        return tokens.withoutSpareRoom()
    }

    /// The word in `bytes` without the apostrophes and periods around it, nor a possessive "'s". A closing
    /// period goes only when it is the word's one period: "etc." is "etc", "U.S." stays "U.S.".
    static func trimmed(_ text: ScalarReader, _ bytes: Range<Int>, offset: Int, hyphenated: Bool) -> Token? {
        var (a, b, offset) = (bytes.lowerBound, bytes.upperBound, offset)
        while b > a {
            let last = text.scalarStart(before: b)
            let kind = text.kind(at: last).kind
            guard kind == .apostrophe || kind == .period && !text.bytes[a..<last].contains(46) else { break }
            b = last
        }
        while a < b, case let (kind, length, _) = text.kind(at: a), kind == .apostrophe || kind == .period {
            a += length
            offset += 1
        }
        if b - 1 > a, text.bytes[b - 1] == 115 {
            let apostrophe = text.scalarStart(before: b - 1)
            if apostrophe > a, text.kind(at: apostrophe).kind == .apostrophe { b = apostrophe }
        }
        guard a < b else { return nil }
        return Token(text: String(decoding: UnsafeBufferPointer(rebasing: text.bytes[a..<b]), as: UTF8.self), offset: offset,
                     hyphenated: hyphenated)
    }
}

extension Array where Element == String {
    /// Whether the words hold `run` as consecutive words ("Ana Ruiz" in "said Ana Ruiz on Monday").
    func containsRun(_ run: [String]) -> Bool {
        guard !run.isEmpty, count >= run.count else { return false }
        return (0...(count - run.count)).contains { self[$0..<($0 + run.count)].elementsEqual(run) }
    }

    /// Whether the words hold a name's words in order, initials allowed between them ("Ana Ruiz" in
    /// "said Ana J. Ruiz", whose tokens are "Ana", "J", "Ruiz").
    func containsName(_ name: [String]) -> Bool {
        guard let first = name.first else { return false }
        for start in indices where self[start] == first {
            var k = start + 1, matched = 1
            while matched < name.count, k < count {
                if self[k] == name[matched] {
                    matched += 1
                } else if !(self[k].unicodeScalars.count == 1 && self[k].first!.isUppercase) {
                    break
                }
                k += 1
            }
            if matched == name.count { return true }
        }
        return false
    }
}
