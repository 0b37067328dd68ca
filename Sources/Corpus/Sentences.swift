import Support

/// Splits a paragraph into sentences. A sentence ends at `.`, `?`, `!` or `…` (with any closing quotes
/// or brackets after it) when white space and then a capital, a digit or an opening quote follow,
/// unless the period closes an abbreviation (`Rules/abbreviations.words`), an initial ("J. Smith",
/// "John F. Kennedy") or a dotted acronym ("U.S.") that a sentence-starting word does not follow.
/// Scraped text often loses the space between sentences ("left at noon.A second boat"): a period, `?`
/// or `!` right after a lower-case word, and right before a capitalised word or an opening quote and a
/// capital, ends a sentence too, unless the word is an abbreviation ("Gov.Adams").
public enum Sentences {
    static let abbreviations = Set(RuleTable.words(PackageResources.abbreviations_words))
    static let sentenceStarters = Set(RuleTable.words(PackageResources.sentence_starters_words))

    static let closers: Set<Character> = ["\"", "”", "’", "'", ")", "]", "»"]
    static let openers: Set<Character> = ["\"", "“", "‘", "'", "(", "[", "«"]
    /// The same marks as scalars, each one scalar.
    static let closerScalars = Set(closers.map { $0.unicodeScalars.first! })
    static let openerScalars = Set(openers.map { $0.unicodeScalars.first! })

    public static func split(_ text: String) -> [String] {
        // Most paragraphs read as scalars, which is many times faster than as characters.
        text.scalarsAreCharacters ? split(Array(text.unicodeScalars), closers: closerScalars, openers: openerScalars)
            : split(Array(text), closers: closers, openers: openers)
    }

    private static func split<Unit: TextUnit>(_ chars: [Unit], closers: Set<Unit>, openers: Set<Unit>) -> [String] {
        var sentences: [String] = []
        var start = 0
        var i = 0
        while i < chars.count {
            let c = chars[i]
            guard c == "." || c == "?" || c == "!" || c == "…" else { i += 1; continue }
            var end = i + 1
            while end < chars.count, closers.contains(chars[end]) || chars[end] == "." { end += 1 }
            guard end < chars.count else { break }
            guard chars[end].isWhitespace else {
                // A straight mark against the next word opens its quote (`followed."We` splits before the mark)
                // unless it closes one the sentence opened (`"Not again."Nobody`).
                let opensNext = end - 1 > i && chars[end - 1] == "\"" && chars[start..<(end - 1)].filter { $0 == "\"" }.count % 2 == 0
                let next = opensNext ? end - 1 : end
                if c != "…", fusedSentenceStart(chars, period: i, nextAt: next, openers: openers) {
                    sentences.append(Unit.string(chars[start..<next]).trimmed)
                    start = next
                }
                i = end
                continue
            }
            var next = end
            while next < chars.count, chars[next].isWhitespace { next += 1 }
            guard next < chars.count else { break }
            let n = chars[next]
            let opensSentence = n.isUppercase || n.isNumber || openers.contains(n) || (n.isLetter && !n.isLowercase)
            if opensSentence && !(c == "." && continuesAfterPeriod(chars, period: i, nextWordAt: next, openers: openers)) {
                sentences.append(Unit.string(chars[start..<end]).trimmed)
                start = next
            }
            i = next
        }
        let tail = Unit.string(chars[start...]).trimmed
        if !tail.isEmpty { sentences.append(tail) }
        return sentences
    }

    /// Whether a sentence starts at `next`, straight after the mark at `period` with no space between:
    /// a lower-case word of two letters or more that is no abbreviation before the mark, and after it a
    /// capitalised word ("noon.Another", "noon.A second") or an opening quote and a capital. Web
    /// addresses ("harbourline.com"), acronyms ("U.S.A") and brand names ("e.Motion") stay whole.
    private static func fusedSentenceStart<Unit: TextUnit>(_ chars: [Unit], period: Int, nextAt next: Int, openers: Set<Unit>) -> Bool {
        guard period >= 2, chars[period - 1].isLowercase, chars[period - 2].isLowercase, next + 1 < chars.count else { return false }
        let first = chars[next], second = chars[next + 1]
        let opens = first.isUppercase ? second.isLowercase || ((first == "A" || first == "I") && second.isWhitespace)
            : openers.contains(first) && second.isUppercase
        guard opens else { return false }
        var wordStart = period
        while wordStart > 0, chars[wordStart - 1].isLetter { wordStart -= 1 }
        return !closesAbbreviation(Unit.string(chars[wordStart..<period]))
    }

    /// Whether the period at `period` belongs to an abbreviation, an initial or a dotted acronym.
    private static func continuesAfterPeriod<Unit: TextUnit>(_ chars: [Unit], period: Int, nextWordAt next: Int, openers: Set<Unit>) -> Bool {
        var wordStart = period
        while wordStart > 0, !chars[wordStart - 1].isWhitespace, !openers.contains(chars[wordStart - 1]) { wordStart -= 1 }
        let word = Unit.string(chars[wordStart..<period])
        if word.isEmpty { return false }
        if closesAbbreviation(word) { return true }
        if isDottedAcronym(word) {
            var nextEnd = next
            while nextEnd < chars.count, chars[nextEnd].isLetter { nextEnd += 1 }
            return !sentenceStarters.contains(Unit.string(chars[next..<nextEnd]))
        }
        return false
    }

    /// Whether a period after this word closes an abbreviation ("Mr", "Sept") or an initial ("J").
    public static func closesAbbreviation(_ word: String) -> Bool {
        abbreviations.contains(word) || (word.count == 1 && word.first!.isUppercase)
    }

    /// "U.S", "N.Y", "a.m": single letters joined by periods.
    private static func isDottedAcronym(_ word: String) -> Bool {
        let parts = word.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts.allSatisfy { $0.count == 1 && $0.first!.isLetter }
    }
}
