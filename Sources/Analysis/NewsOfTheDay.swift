import Support

/// The news an article reports on its day: a step told in the present perfect ("Tarsk has scrapped
/// the toll"), not said, denied, reported or hedged (`Rules/news-of-the-day.rules`). An article's
/// undated lede that tells one is an event of its day.
enum NewsOfTheDay {
    static let words = RuleTable.sets(PackageResources.news_of_the_day_rules)
    static let perfect = words["perfect"]!
    static let participles = words["participle"]!
    static let between = words["between"]!

    /// The token range of the step the sentence tells as news, from its helper to its verb, if it tells
    /// one. A word outside the table between them ("has not signed", "have been in talks") is no step.
    static func step(in tokens: [Token]) -> Range<Int>? {
        for (i, helper) in tokens.enumerated() where perfect.contains(helper.lower) {
            // "Appears to have ended" is hedged; "said Tarsk has scrapped it" is someone's report, but
            // "says it has agreed" is the speaker's own step.
            if i > 0, tokens[i - 1].lower == "to" { return nil }
            if let said = tokens[..<i].lastIndex(where: { Attribution.speechVerbs.contains($0.lower) }), !isTheSpeakersOwn(tokens[(said + 1)..<i]) {
                return nil
            }
            var k = i + 1
            func skipBetween() { while k < tokens.count, between.contains(tokens[k].lower) { k += 1 } }
            skipBetween()
            // "Has been called off": a passive.
            if k < tokens.count, tokens[k].lower == "been" {
                k += 1
                skipBetween()
            }
            guard k < tokens.count else { return nil }
            let verb = tokens[k].lower
            guard verb.count > 3 && verb.hasSuffix("ed") || participles.contains(verb) else { continue }
            // A step said is no news of its own: "has warned".
            return Attribution.reportVerbs.contains(verb) ? nil : i..<(k + 1)
        }
        return pastStep(in: tokens)
    }

    /// A lede's main verb in the simple past, the clause opening on its subject ("Jurors found the
    /// mayor guilty", "Tarsk formally withdrew its bid"): a sentence that opens on a clause of its own
    /// ("When the toll rose, ..."), or whose verb is said, hedged or planned ("appeared to", "was
    /// expected to"), tells none.
    static func pastStep(in tokens: [Token]) -> Range<Int>? {
        guard let first = tokens.first, !opening.contains(first.lower) else { return nil }
        for (k, token) in tokens.enumerated().prefix(maxSubject + 1) where k > 0 {
            let word = token.lower
            if token.text == "," || stops.contains(word) { return nil }
            guard token.text.first?.isLowercase == true, word.count > 3 && word.hasSuffix("ed") || pasts.contains(word) || participles.contains(word) else { continue }
            if Attribution.reportVerbs.contains(word) || hedges.contains(word) { return nil }
            if k + 1 < tokens.count, tokens[k + 1].lower == "to" { return nil }
            return k..<(k + 1)
        }
        return nil
    }
    static let pasts = words["past"]!
    static let opening = words["opening"]!
    static let stops = words["stop"]!
    static let hedges = words["hedge"]!
    static let maxSubject = 10
    static let doers = words["doer"]!

    /// Whether the words between a speech verb and the step are only the speaker again: "says (that) it".
    static func isTheSpeakersOwn(_ between: ArraySlice<Token>) -> Bool {
        let words = between.map(\.lower).drop { $0 == "that" }
        return words.count == 1 && doers.contains(words[words.startIndex])
    }
}
