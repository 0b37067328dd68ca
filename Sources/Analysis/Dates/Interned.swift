/// A text's tokens with each distinct spelling described once: its number among the rules' words,
/// its classes and their values, and what it says of the tense. Everything after this works on numbers.
struct InternedTokens {
    /// What a spelling is, found once for all its occurrences.
    struct Spelling {
        /// Its lower-cased form's number among the rules' words, or -1.
        let literal: Int32
        /// Its classes as bits of `DateMatcher.classNames`.
        let classMask: UInt32
        /// Its classes with their values, in `classValues`.
        let values: Range<Int32>
        let tense: Tense.WordKind
        /// Its lower-cased form's number among the words of the tense cues, or -1.
        let cueWord: Int32
        /// A period after it closes an abbreviation or an initial, not a sentence.
        let closesAbbreviation: Bool
    }

    let tokens: [DateToken]
    let spellings: [Spelling]
    let classValues: [(cls: Int, value: String)]

    init(_ text: TokenizedText) {
        var spellings: [Spelling] = []
        spellings.reserveCapacity(text.spellings.count)
        var classValues: [(cls: Int, value: String)] = []
        for written in text.spellings {
            spellings.append(DateLexicon.describe(written, lower: Self.lowercased(written), values: &classValues))
        }
        self.tokens = text.tokens
        self.spellings = spellings
        self.classValues = classValues
    }

    /// The spelling of token `i`.
    func spelling(_ i: Int) -> Spelling { spellings[Int(tokens[i].spelling)] }

    /// The value of class `cls` on token `i` (its first, where a word has the class twice).
    func value(of cls: Int, at i: Int) -> String {
        let range = spelling(i).values
        for k in Int(range.lowerBound)..<Int(range.upperBound) where classValues[k].cls == cls { return classValues[k].value }
        return ""
    }

    static func lowercased(_ s: String) -> String {
        var utf8 = Array(s.utf8)
        guard !utf8.contains(where: { $0 >= 0x80 }) else { return s.lowercased() }
        guard utf8.contains(where: { $0 &- 65 < 26 }) else { return s }
        for k in utf8.indices where utf8[k] &- 65 < 26 { utf8[k] += 32 }
        return String(decoding: utf8, as: UTF8.self)
    }
}
