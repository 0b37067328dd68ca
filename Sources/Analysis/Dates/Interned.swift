/// A text's tokens with each distinct spelling looked up once: its number among the rules' words,
/// its classes, and what it says of the tense. Everything after this works on numbers.
struct InternedTokens {
    /// What a spelling is, found once for all its occurrences.
    struct Word {
        let seen: DateMatcher.Seen
        let tense: Tense.WordKind
    }

    let tokens: [DateToken]
    /// For each token, its spelling's place in `words`.
    let wordOf: [Int]
    let words: [Word]

    init(_ tokens: [DateToken]) {
        var index: [String: Int] = [:]
        var words: [Word] = []
        var wordOf: [Int] = []
        wordOf.reserveCapacity(tokens.count)
        for t in tokens {
            if let k = index[t.text] {
                wordOf.append(k)
            } else {
                index[t.text] = words.count
                wordOf.append(words.count)
                words.append(Word(seen: DateMatcher.Seen(literal: DateMatcher.literalIDs[t.lower] ?? -1, classes: DateLexicon.classIDs(of: t)),
                                  tense: Tense.kind(of: t)))
            }
        }
        self.tokens = tokens
        self.wordOf = wordOf
        self.words = words
    }

    func seen(_ i: Int) -> DateMatcher.Seen { words[wordOf[i]].seen }
}
