import Corpus

/// A person named in one sentence, with the role the sentence gives them.
struct PersonMention {
    let name: String
    let role: String?
    /// The title word of the role ("spokesman", "minister"), by which "the spokesman" points back.
    let title: String?
    let actor: String?
    let citation: Citation
}

/// Finds named people from titles ("Foreign Ministry spokesman Kim Ji-ho", "Secretary of State Ana Ruiz")
/// and appositions ("Li Wei, an expert on trade at the University of X"; "the ambassador to Y, Ana Ruiz,").
/// A person's side is the first actor their role names (not one they are posted "to", nor a field of
/// "studies"); without one, the home side of the outlet.
enum PeopleFinder {
    static let titles = Set(RuleTable.words(PackageResources.titles_words).map { $0.lowercased() })
    /// Last words of bodies' names (`Rules/organisations.words`): "National Assembly" is no person.
    static let organisationWords = Set(RuleTable.words(PackageResources.organisations_words))
    static let determiners: Set<String> = ["a", "an", "the"]
    static let linkWords: Set<String> = ["of", "to", "at", "for", "on"]

    /// Words of a sentence with hyphenated parts joined back ("Byung-jae").
    struct Word {
        let text: String
        let first: Int
        let last: Int
        var lower: String { text.lowercased() }
        var isCapitalized: Bool { text.first?.isUppercase ?? false }
    }

    static func words(_ tokens: [Token]) -> [Word] {
        var out: [Word] = []
        for (i, t) in tokens.enumerated() {
            if t.hyphenated, let prev = out.last, prev.last == i - 1, t.text.first?.isLetter == true, prev.text.last?.isLetter == true {
                out[out.count - 1] = Word(text: prev.text + "-" + t.text, first: prev.first, last: i)
            } else {
                out.append(Word(text: t.text, first: i, last: i))
            }
        }
        return out
    }

    static func find(in s: SentenceRef, actors: NameIndex, home: String?, excluded: Set<String>) -> [PersonMention] {
        let text = s.citation.sentence
        let chars = Array(text)
        let w = words(s.tokens)
        func isNameWord(_ k: Int) -> Bool {
            guard k < w.count else { return false }
            let word = w[k]
            return word.isCapitalized && word.text.allSatisfy({ $0.isLetter || $0 == "-" }) && word.text.count > 1
                && !titles.contains(word.lower) && !excluded.contains(word.text)
                && word.text.uppercased() != word.text
        }
        func commaBetween(_ a: Int, _ b: Int) -> Bool {
            let from = s.tokens[w[a].last].offset + s.tokens[w[a].last].text.count
            let to = s.tokens[w[b].first].offset
            return from < to && chars[from..<to].contains(",")
        }
        func name(at k: Int) -> Range<Int>? {
            var end = k
            while end < w.count, end - k < 3, isNameWord(end), end == k || !commaBetween(end - 1, end) { end += 1 }
            return end - k >= 2 && !organisationWords.contains(w[end - 1].text) ? k..<end : nil
        }
        func slice(_ a: Int, _ b: Int) -> String {
            let start = s.tokens[w[a].first].offset
            let endToken = s.tokens[w[b].last]
            return String(chars[start..<min(chars.count, endToken.offset + endToken.text.count)])
        }
        func mention(_ nameRange: Range<Int>, roleFrom a: Int, to b: Int, title: Int) -> PersonMention {
            let name = nameRange.map { w[$0].text }.joined(separator: " ")
            let roleTokens = Array(s.tokens[w[a].first...w[b].last])
            return PersonMention(name: name, role: slice(a, b), title: w[title].lower,
                                 actor: side(of: roleTokens, actors: actors) ?? home, citation: s.citation)
        }

        var found: [PersonMention] = []
        for j in w.indices where titles.contains(w[j].lower) {
            var titleEnd = j
            // "Secretary of Defense", "ambassador to Peru": a link word and capitalised words extend the title.
            if titleEnd + 2 < w.count, linkWords.contains(w[titleEnd + 1].lower), w[titleEnd + 2].isCapitalized {
                titleEnd += 2
                while titleEnd + 1 < w.count, w[titleEnd + 1].isCapitalized, !commaBetween(titleEnd, titleEnd + 1),
                      name(at: titleEnd + 1).map({ $0.count < 2 }) ?? true { titleEnd += 1 }
            }
            var roleStart = j
            while roleStart > 0, w[roleStart - 1].isCapitalized, !commaBetween(roleStart - 1, roleStart),
                  !isSentenceOpener(w[roleStart - 1].lower) { roleStart -= 1 }
            // Title then name: "Defense Minister Kim Kwan-jin"; or title, comma, name: "the ambassador, Ana Ruiz,".
            if titleEnd + 1 < w.count, let n = name(at: titleEnd + 1) {
                found.append(mention(n, roleFrom: roleStart, to: titleEnd, title: j))
                continue
            }
            // Apposition: "Li Wei, an expert on trade at …" — a name, a comma, a determiner, the role.
            var d = j
            while d > 0, !determiners.contains(w[d - 1].lower), j - d < 6 { d -= 1 }
            if d > 0, determiners.contains(w[d - 1].lower), d - 1 > 0, commaBetween(d - 2, d - 1) {
                var start = d - 2
                while start > 0, isNameWord(start - 1), d - 2 - start < 2 { start -= 1 }
                if let n = name(at: start), n.upperBound == d - 1 {
                    var roleEnd = titleEnd
                    while roleEnd + 1 < w.count, !commaBetween(roleEnd, roleEnd + 1), !isVerbLike(w[roleEnd + 1].lower) { roleEnd += 1 }
                    found.append(mention(n, roleFrom: d, to: roleEnd, title: j))
                }
            }
        }
        return found
    }

    private static func isSentenceOpener(_ lower: String) -> Bool {
        ["however", "but", "and", "meanwhile", "also", "then", "in", "on", "at", "the", "a", "an"].contains(lower)
    }

    private static func isVerbLike(_ lower: String) -> Bool {
        Attribution.speechVerbs.contains(lower) || ["is", "was", "has", "had", "will", "would", "and"].contains(lower)
    }

    /// The first actor a role names, skipping the place one is posted "to" and a field of "studies".
    static func side(of role: [Token], actors: NameIndex) -> String? {
        for m in actors.matches(in: role) {
            let before = m.tokenRange.lowerBound > 0 ? role[m.tokenRange.lowerBound - 1].lower : ""
            let after = m.tokenRange.upperBound < role.count ? role[m.tokenRange.upperBound].lower : ""
            if before == "to" || after == "studies" || after == "affairs" { continue }
            return m.id
        }
        return nil
    }
}
