import Corpus
import Support

/// Acronyms and their expansions, in the forms news writing uses: defined in brackets ("the North
/// Atlantic Treaty Organization (NATO)"), defined with a slip ("the Free Trade Agreement of FTA"), or
/// used bare ("the UK-ROV talks") with the expansion written out elsewhere in the corpus ("the
/// Republic of Veloria"). The capitalised words of an expansion give the acronym's letters; small
/// words such as "of" may or may not give one.
enum GlossaryFinder {
    /// Small words of an expansion (`acronym` in `Rules/small-words.rules`).
    static let smallWords = RuleTable.sets(PackageResources.small_words_rules)["acronym"]!
    /// The words an acronym written by slip follows (`slip`): "… Agreement of OWA".
    static let slipWords = RuleTable.sets(PackageResources.small_words_rules)["slip"]!
    /// Small words that end a run of capitalised words rather than join it (`run-break`).
    static let runBreaks = RuleTable.sets(PackageResources.small_words_rules)["run-break"]!

    static func find(in s: SentenceRef) -> [GlossaryEntry] {
        let text = s.citation.sentence
        var entries: [GlossaryEntry] = []
        var searchFrom = text.startIndex
        while let open = text[searchFrom...].firstIndex(of: "("), let close = text[open...].firstIndex(of: ")") {
            searchFrom = text.index(after: close)
            let term = String(text[text.index(after: open)..<close])
            guard isAcronym(term) else { continue }
            let before = Tokenizer.tokens(String(text[..<open]))
            if let expansion = expansion(for: term, before: before, in: String(text[..<open])) {
                entries.append(GlossaryEntry(term: term, expansion: expansion, citation: s.citation))
            }
        }
        // The slip "… Agreement of OWA": an acronym after "of" that the words before it spell.
        for (i, t) in s.tokens.enumerated() where i >= 2 && slipWords.contains(s.tokens[i - 1].lower) && isAcronym(t.text) {
            let before = Array(s.tokens[..<(i - 1)])
            let prefix = String(text.unicodeScalars.prefix(s.tokens[i - 1].offset))
            if let expansion = expansion(for: t.text, before: before, in: prefix), Tokenizer.tokens(expansion).count >= 2 {
                entries.append(GlossaryEntry(term: t.text, expansion: expansion.trimmingCharacters(in: " "), citation: s.citation))
            }
        }
        return entries
    }

    /// Two to ten capitals (digits and hyphens allowed after the first): "OWA", "G-20".
    static func isAcronym(_ s: String) -> Bool {
        // Most words are not: a lower-case letter after the first rules them out before counting characters.
        if s.utf8.dropFirst().contains(where: { $0 &- 97 < 26 }) { return false }
        return (2...10).contains(s.count) && s.first!.isLetter && s.allSatisfy { $0.isUppercase || $0.isNumber || $0 == "-" }
            && s.filter(\.isLetter).count >= 2
    }

    /// Acronyms used bare — in the text, or named in the configuration — whose expansion is written out
    /// somewhere in the corpus as a run of capitalised words: each gets the first such sentence.
    /// Runs are indexed by their first letter, so each acronym is tried only against runs that could spell it.
    static func expansionsElsewhere(acronyms: [String], sentences: [SentenceRef], known: Set<String>) -> [GlossaryEntry] {
        // Each sentence's runs are found on every core, then indexed in corpus order.
        let runs = ParallelMap.map(sentences) { s -> [[Token]] in
            var runs: [[Token]] = []
            var run: [Token] = []
            func flush() {
                while let last = run.last, smallWords.contains(last.lower) { run.removeLast() }
                if run.count >= 2 { runs.append(run) }
                run = []
            }
            for t in s.tokens {
                if (t.isCapitalized && !isAcronym(t.text)) || (!run.isEmpty && smallWords.contains(t.lower) && !runBreaks.contains(t.lower)) {
                    run.append(t)
                } else {
                    flush()
                }
            }
            flush()
            return runs
        }
        var index: [Character: [(tokens: [Token], sentence: SentenceRef)]] = [:]
        for (s, found) in zip(sentences, runs) {
            for run in found { if let initial = run[0].lower.first { index[initial, default: []].append((run, s)) } }
        }
        let runsByInitial = index
        return ParallelMap.map(acronyms.filter { !known.contains($0) }) { term -> GlossaryEntry? in
            let letters = Array(term.lowercased().filter(\.isLetter))
            guard let first = letters.first else { return nil }
            for (run, s) in runsByInitial[first] ?? [] {
                // The acronym may spell a stretch that starts the run and ends anywhere in it.
                for end in stride(from: run.count, through: 2, by: -1) {
                    let words = run[..<end]
                    if words.last.map({ !smallWords.contains($0.lower) }) == true, spells(letters[...], words) {
                        let scalars = s.citation.sentence.unicodeScalars
                        let from = scalars.index(scalars.startIndex, offsetBy: words.first!.offset)
                        let to = scalars.index(scalars.startIndex, offsetBy: words.last!.end)
                        return GlossaryEntry(term: term, expansion: String(scalars[from..<to]), citation: s.citation)
                    }
                }
            }
            return nil
        }.compactMap { $0 }
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
                return String(text.unicodeScalars.dropFirst(first.offset)).trimmed.trimmingCharacters(in: ",")
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
