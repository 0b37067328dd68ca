import Corpus

/// Who is speaking, as the text gives it: a named person with their role, or an unnamed speaker's
/// description ("a government source here"), and the side either belongs to.
struct Speaker: Equatable {
    let name: String?
    let role: String?
    let actor: String?
}

/// The named people of one article, and how its later mentions point back at them: the full name,
/// a part of the name no other person of the article shares ("Cho", "Kan"), or "the" and the title
/// of exactly one person's role ("the spokesman").
struct ArticlePeople {
    let people: [PersonMention]
    private let uniqueParts: [String: PersonMention]
    private let uniqueTitles: [String: PersonMention]

    init(_ mentions: [PersonMention]) {
        var seen = Set<String>()
        people = mentions.filter { seen.insert($0.name).inserted }
        let parts = people.flatMap { p in Set(p.name.split(separator: " ").map(String.init)).map { ($0, p) } }
        uniqueParts = Dictionary(grouping: parts, by: \.0).compactMapValues { $0.count == 1 ? $0[0].1 : nil }
        let titles = people.compactMap { p in p.title.map { ($0, p) } }
        uniqueTitles = Dictionary(grouping: titles, by: \.0).compactMapValues { $0.count == 1 ? $0[0].1 : nil }
    }

    /// The person a short phrase names, if it names exactly one.
    func person(in tokens: [Token]) -> PersonMention? {
        let words = tokens.map(\.text)
        for p in people {
            let name = Tokenizer.tokens(p.name).map(\.text)
            if words.count >= name.count, (0...(words.count - name.count)).contains(where: { Array(words[$0..<($0 + name.count)]) == name }) {
                return p
            }
        }
        if tokens.count <= 3 {
            for w in tokens where w.isCapitalized { if let p = uniqueParts[w.text] { return p } }
        }
        if tokens.count == 2, tokens[0].lower == "the", let p = uniqueTitles[tokens[1].lower] { return p }
        return nil
    }

    /// Every person a sentence refers to by name, by a unique part of it, or as "the TITLE".
    func referenced(in tokens: [Token]) -> [PersonMention] {
        var found: [PersonMention] = []
        let text = tokens.map(\.text).joined(separator: " ")
        for p in people where text.contains(Tokenizer.tokens(p.name).map(\.text).joined(separator: " ")) { found.append(p) }
        for (i, t) in tokens.enumerated() {
            var p: PersonMention?
            if t.isCapitalized, let byPart = uniqueParts[t.text] { p = byPart }
            if i > 0, tokens[i - 1].lower == "the", let byTitle = uniqueTitles[t.lower] { p = byTitle }
            if let p, !found.contains(where: { $0.name == p.name }) { found.append(p) }
        }
        return found
    }
}

/// Finds the speaker of a stretch of text by its speech verb (`Rules/speech-verbs.words`): the words
/// before the verb back to a comma (`…, Kan said`), else the words after it up to a comma
/// (`said Li Wei, an expert`, `according to the official`).
enum Attribution {
    static let speechVerbs = Set(RuleTable.words(PackageResources.speech_verbs_words))
    /// Words that open a description of an unnamed speaker.
    static let describers: Set<String> = ["a", "an", "the", "one", "another", "some", "two", "three", "several", "many", "most"]
    /// Heads of descriptions that stand without an article ("Officials said", "Experts believe").
    static let pluralSpeakers: Set<String> = ["officials", "experts", "analysts", "sources", "diplomats", "observers", "critics", "lawmakers", "residents"]
    /// Words that tie an unnamed speaker to the outlet's own side.
    static let homeWords: Set<String> = ["here", "official", "officials", "ministry", "government", "source", "sources", "spokesman", "spokeswoman", "spokesperson"]
    static let pronouns: Set<String> = ["he", "she", "they"]

    struct Context {
        let people: ArticlePeople
        let actors: NameIndex
        let home: String?
    }

    /// The speaker named beside the first speech verb of the text, if any.
    static func speaker(in text: String, _ context: Context, previous: Speaker?) -> Speaker? {
        let tokens = Tokenizer.tokens(text)
        guard let v = tokens.firstIndex(where: { speechVerbs.contains($0.lower) }) else { return nil }
        let chars = Array(text)
        func gap(_ a: Int, _ b: Int) -> ArraySlice<Character> { chars[(tokens[a].offset + tokens[a].text.count)..<tokens[b].offset] }
        var start = v
        while start > 0, !gap(start - 1, start).contains(","), !gap(start - 1, start).contains(".") { start -= 1 }
        var end = v + 1
        while end < tokens.count, end == v + 1 || !(gap(end - 1, end).contains(",") || gap(end - 1, end).contains(".")) { end += 1 }
        let before = Array(tokens[start..<v])
        let after = Array(tokens[(v + 1)..<end].drop(while: { $0.lower == "to" }))
        // A long stretch before the verb is the statement itself, not its speaker.
        for phrase in [before, after] where !phrase.isEmpty && phrase.count <= 8 {
            if let who = resolve(phrase, context, previous: previous) { return who }
        }
        return nil
    }

    static func resolve(_ phrase: [Token], _ context: Context, previous: Speaker?) -> Speaker? {
        if let p = context.people.person(in: phrase) { return Speaker(name: p.name, role: p.role, actor: p.actor) }
        guard let first = phrase.first?.lower else { return nil }
        if pronouns.contains(first) && phrase.count == 1 { return previous }
        let lowerWords = phrase.map(\.lower)
        if describers.contains(first) || lowerWords.contains(where: pluralSpeakers.contains) {
            let actor = context.actors.ids(in: phrase).first ?? (lowerWords.contains(where: homeWords.contains) ? context.home : nil)
            return Speaker(name: nil, role: phrase.map(\.text).joined(separator: " "), actor: actor)
        }
        // A named body that is not a person: "Tarsk News Agency said", "the ministry said".
        if phrase.count <= 5, phrase.allSatisfy({ $0.isCapitalized }) {
            return Speaker(name: nil, role: phrase.map(\.text).joined(separator: " "), actor: context.actors.ids(in: phrase).first)
        }
        return nil
    }
}
