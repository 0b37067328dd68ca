import Corpus
import Support

/// Finds configured names (actor aliases, issue aliases) in token streams: whole words, case as
/// written (a word written in lower case may be capitalised in the text), longest match first, so
/// "South Sudanese" is never read as a shorter alias inside it.
/// An alias two ids share goes to the first id in order.
public struct NameIndex<ID: Hashable & Comparable & Sendable>: Sendable {
    public struct Match: Sendable, Equatable {
        public let id: ID
        public let tokenRange: Range<Int>
    }

    /// The names that may start at a word as a text writes it, longest first: those that start with it
    /// as written and, for a capitalised word, those the configuration writes in lower case. Looked up
    /// once for each word of every sentence, by every index: one table, one hash.
    private let byStartWord: [String: [([String], ID)]]
    /// Whether a one-word name written in lower case ("envoy", "walkout") is a common noun that a
    /// proper word before it only qualifies ("the Velmar strike"): for issues, never for actors.
    private let commonNouns: Bool

    public init(_ names: [(id: ID, aliases: [String])], commonNouns: Bool = false) {
        self.commonNouns = commonNouns
        var table: [String: [([String], ID)]] = [:]
        for (id, aliases) in names {
            for alias in aliases {
                let words = Tokenizer.tokens(alias).map(\.text)
                guard let first = words.first else { continue }
                table[first, default: []].append((words, id))
            }
        }
        let longestFirst = { (names: [([String], ID)]) in names.sorted { ($0.0.count, $1.1) > ($1.0.count, $0.1) } }
        var byStartWord = table.mapValues(longestFirst)
        for (word, names) in table {
            guard let first = word.first, first.isLowercase else { continue }
            let capitalised = first.uppercased() + word.dropFirst()
            byStartWord[capitalised] = longestFirst((table[capitalised] ?? []) + names)
        }
        self.byStartWord = byStartWord
    }

    public func matches(in tokens: [Token]) -> [Match] {
        var found: [Match] = []
        var i = 0
        while i < tokens.count {
            var advanced = false
            if let candidates = byStartWord[tokens[i].text] {
                for (words, id) in candidates where i + words.count <= tokens.count {
                    if commonNouns, let end = Self.matchAfterAgent(words, tokens, at: i) {
                        found.append(Match(id: id, tokenRange: i..<end))
                        i = end
                        advanced = true
                        break
                    }
                    if zip(words, tokens[i..<(i + words.count)]).allSatisfy({ Self.reads($0, as: $1.text) }),
                       words.count > 1 || commonNouns && !tokens[i].isCapitalized
                        || !Self.startsOrEndsLongerName(tokens, at: i, afterName: found.last?.tokenRange.upperBound == i) {
                        found.append(Match(id: id, tokenRange: i..<(i + words.count)))
                        i += words.count
                        advanced = true
                        break
                    }
                }
            }
            if !advanced { i += 1 }
        }
        return found
    }

    /// The words a name may start at, as a text writes them: a text none of whose words is one names none.
    public var startWords: Set<String> { Set(byStartWord.keys) }

    /// Whether a word of the text reads as a configured name's word: as written, or capitalised where the
    /// configuration writes it in lower case, as a sentence's first word or a title is ("The union said",
    /// "the Kingdom's envoy" for "the kingdom"). A name written with a capital is matched only so.
    static func reads(_ word: String, as text: String) -> Bool {
        guard word != text else { return true }
        guard let w = word.first, let t = text.first, w.isLowercase, t.isUppercase else { return false }
        return t.lowercased() == String(w) && text.dropFirst() == word.dropFirst()
    }

    /// Where a name of a process ends that its agent parts after its first word: "a motion by Kelvar to
    /// dismiss" is the motion to dismiss, "an invitation from the Tarskan king to visit" the invitation to
    /// visit. The name goes on with "to" or "for"; the agent, after "by" or "from", is one to five words
    /// with nothing but a space or a possessive between them.
    static func matchAfterAgent(_ words: [String], _ tokens: [Token], at i: Int) -> Int? {
        guard words.count > 2, words[1] == "to" || words[1] == "for", i + 2 < tokens.count,
              tokens[i + 1].text == "by" || tokens[i + 1].text == "from", spaceOnlyBetween(tokens[i], tokens[i + 1]) else { return nil }
        var k = i + 2
        while k < min(tokens.count, i + 8) {
            let gap = tokens[k].offset - tokens[k - 1].end
            guard gap == 1 || gap == 3 && tokens[k - 1].text.first?.isLetter == true else { return nil }
            if k > i + 2, tokens[k].text == words[1] {
                let end = k + words.count - 1
                guard end <= tokens.count, !ContentWords.stopwords.contains(tokens[k - 1].lower),
                      zip(words.dropFirst(), tokens[k..<end]).allSatisfy({ $0 == $1.text }) else { return nil }
                return end
            }
            k += 1
        }
        return nil
    }

    /// Whether a one-word name is part of a longer proper name that is not the one configured. A name
    /// right after another one is not: "Alda Tarsk talks" names both.
    static func startsOrEndsLongerName(_ tokens: [Token], at i: Int, afterName: Bool) -> Bool {
        (!afterName && Self.endsLongerName(tokens, at: i)) || Self.startsLongerName(tokens, at: i)
    }

    /// Whether a one-word name at token `i` ends a longer proper name that is not the one configured:
    /// "Juanita Castro" is not "Castro", "Upper Duna" not "Duna". A title ("President Castro"), a
    /// weekday, a month or a function word before it leaves it the configured name.
    static func endsLongerName(_ tokens: [Token], at i: Int) -> Bool {
        guard i > 0, !tokens[i].hyphenated else { return false }
        let before = tokens[i - 1]
        let lower = before.lower
        return spaceOnlyBetween(before, tokens[i]) && before.isCapitalized && before.text.count > 1
            && before.text.allSatisfy(\.isLetter) && !PeopleFinder.titles.contains(lower) && !ContentWords.stopwords.contains(lower)
            && DateLexicon.weekdays[lower] == nil && MonthNames.number(lower) == nil
    }

    /// Whether a one-word name at token `i` starts the name of a body, a paper or a treaty
    /// (`Rules/organisations.words`): "the Alda Pact" is not Alda, "the Alda Times" not its government; but
    /// "the Alda Ministry of Trade" is Alda's (a state's body, `state-body` in Rules/person-cues.rules), and "the Kelvar
    /// Company" is Kelvar where Kelvar is no place (`company-suffix`).
    static func startsLongerName(_ tokens: [Token], at i: Int) -> Bool {
        guard i + 1 < tokens.count, !tokens[i + 1].hyphenated else { return false }
        let next = tokens[i + 1].lower
        if PeopleFinder.cues.companySuffixes.contains(next), !PeopleFinder.isPlace([tokens[i].text]), !PeopleFinder.demonyms.contains(tokens[i].text) { return false }
        return spaceOnlyBetween(tokens[i], tokens[i + 1]) && PeopleFinder.organisationWords.contains(tokens[i + 1].text)
            && !PeopleFinder.cues.stateBodies.contains(next)
    }

    /// Whether one space and nothing else (no comma, no possessive, no full stop) parts two words.
    static func spaceOnlyBetween(_ a: Token, _ b: Token) -> Bool {
        a.end + 1 == b.offset
    }

    /// The distinct ids mentioned, in order of first mention.
    public func ids(in tokens: [Token]) -> [ID] {
        var seen = Set<ID>()
        return matches(in: tokens).map(\.id).filter { seen.insert($0).inserted }
    }
}
