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
            // "Appears to have ended" is hedged; "said Tarsk has scrapped it" is someone's report.
            if i > 0, tokens[i - 1].lower == "to" { return nil }
            if tokens[..<i].contains(where: { Attribution.speechVerbs.contains($0.lower) }) { return nil }
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
            return Attribution.speechVerbs.contains(verb) ? nil : i..<(k + 1)
        }
        return nil
    }
}
