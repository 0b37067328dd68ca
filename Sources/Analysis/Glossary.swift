import Corpus

/// Acronyms defined in the text: "the North Atlantic Treaty Organization (NATO)"
/// and the like, where the capitalised words before the brackets give the acronym's letters (small
/// words such as "of" may or may not give one).
enum GlossaryFinder {
    static let smallWords: Set<String> = ["of", "and", "the", "for", "on", "in", "to", "de", "&"]

    static func find(in s: SentenceRef) -> [GlossaryEntry] {
        let text = s.citation.sentence
        var entries: [GlossaryEntry] = []
        var searchFrom = text.startIndex
        while let open = text[searchFrom...].firstIndex(of: "("), let close = text[open...].firstIndex(of: ")") {
            searchFrom = text.index(after: close)
            let term = String(text[text.index(after: open)..<close])
            guard (2...10).contains(term.count), term.allSatisfy({ $0.isUppercase || $0.isNumber || $0 == "-" }),
                  term.first!.isLetter else { continue }
            let before = Tokenizer.tokens(String(text[..<open]))
            if let expansion = expansion(for: term, before: before, in: String(text[..<open])) {
                entries.append(GlossaryEntry(term: term, expansion: expansion, citation: s.citation))
            }
        }
        return entries
    }

    /// The shortest run of words ending just before the bracket whose initials spell the acronym.
    static func expansion(for term: String, before tokens: [Token], in text: String) -> String? {
        let letters = Array(term.lowercased().filter(\.isLetter))
        let maxWords = min(tokens.count, letters.count * 2 + 2)
        guard maxWords > 0 else { return nil }
        for count in 1...maxWords {
            let words = Array(tokens[(tokens.count - count)...])
            guard let first = words.first, first.isCapitalized else { continue }
            if spells(letters[...], words[...]) {
                let start = text.index(text.startIndex, offsetBy: first.offset)
                return String(text[start...]).trimmed.trimmingCharacters(in: ",")
            }
        }
        return nil
    }

    /// Whether the words' initials, each required unless a small word, spell the letters in order.
    static func spells(_ letters: ArraySlice<Character>, _ words: ArraySlice<Token>) -> Bool {
        guard let word = words.first else { return letters.isEmpty }
        let small = smallWords.contains(word.lower)
        let initial = word.lower.first!
        if let l = letters.first, l == initial, spells(letters.dropFirst(), words.dropFirst()) { return true }
        return small && spells(letters, words.dropFirst())
    }
}
