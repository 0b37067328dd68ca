import Foundation
import Corpus

/// A quotation found in one paragraph, attributed where the text allows.
struct QuoteMention {
    let text: String
    let speaker: String?
    let role: String?
    let actor: String?
    let citation: Citation
}

/// Direct quotes in straight or curly quotation marks, attributed to the speaker named next to a
/// speech verb (`"…," X said`, `said X, a ROLE`, `X said, "…"`, `X told reporters`), to the previous
/// speaker for a quote that carries no attribution, and to a described speaker ("a government source
/// here") when no name is given. Quoted fragments of fewer than three words are terms, not quotes.
enum QuoteFinder {
    static let speechVerbs = Set(RuleTable.words(PackageResources.speech_verbs_words))
    static let openers: Set<Character> = ["\"", "“"]
    static let describers: Set<String> = ["a", "an", "the", "one", "another", "some", "two", "three", "several", "many", "officials", "experts", "analysts"]
    static let pronouns: Set<String> = ["he", "she", "they"]

    struct Speaker {
        let name: String?
        let role: String?
        let actor: String?
    }

    /// Quotes of one article, in order. `people` are the article's named people, `home` its outlet's side.
    static func find(in sentences: [SentenceRef], people: [PersonMention], actors: NameIndex, home: String?) -> [QuoteMention] {
        var found: [QuoteMention] = []
        var previous: Speaker?
        var previousParagraph = ""
        for s in sentences {
            let spans = quoteSpans(s.citation.sentence)
            let outside = outsideText(s.citation.sentence, spans)
            let attributed = speaker(in: outside, people: people, actors: actors, home: home, previous: previous)
            if let attributed { previous = attributed }
            for span in spans where span.split(separator: " ").count >= 3 {
                // A quote without attribution continues the last speaker in its paragraph or the one before.
                let who = attributed ?? (s.citation.paragraph == previousParagraph || outside.trimmed.isEmpty ? previous : nil)
                guard let who else { continue }
                found.append(QuoteMention(text: cleanQuote(span), speaker: who.name, role: who.role, actor: who.actor, citation: s.citation))
            }
            previousParagraph = s.citation.paragraph
        }
        return found
    }

    /// The quoted stretches of a sentence; an unclosed quote runs to the sentence's end.
    static func quoteSpans(_ text: String) -> [String] {
        var spans: [String] = []
        var current: String?
        var straightOpen = false
        for ch in text {
            if current == nil {
                if ch == "“" || ch == "\"" { current = ""; straightOpen = ch == "\"" }
            } else if (ch == "”" && !straightOpen) || (ch == "\"" && straightOpen) || (ch == "“" && !straightOpen) {
                spans.append(current!)
                current = nil
            } else {
                current!.append(ch)
            }
        }
        if let current, !current.isEmpty { spans.append(current) }
        return spans
    }

    static func outsideText(_ text: String, _ spans: [String]) -> String {
        var out = text
        for span in spans { out = out.replacingFirst(span, with: " ") }
        return out.filter { !openers.contains($0) && $0 != "”" }
    }

    static func cleanQuote(_ span: String) -> String {
        span.trimmed.trimmingCharacters(in: ",")
    }

    /// The speaker a sentence's unquoted words name next to a speech verb.
    static func speaker(in outside: String, people: [PersonMention], actors: NameIndex, home: String?, previous: Speaker?) -> Speaker? {
        let tokens = Tokenizer.tokens(outside)
        guard let v = tokens.firstIndex(where: { speechVerbs.contains($0.lower) }) else { return nil }
        let chars = Array(outside)
        // Before the verb: the words back to the last comma ("…, Kan said"); after it: up to a comma ("said Li Wei, a …").
        var start = v
        while start > 0 {
            let gap = chars[(tokens[start - 1].offset + tokens[start - 1].text.count)..<tokens[start].offset]
            if gap.contains(",") || gap.contains(".") { break }
            start -= 1
        }
        let before = Array(tokens[start..<v])
        var end = v + 1
        while end < tokens.count {
            let gap = chars[(tokens[end - 1].offset + tokens[end - 1].text.count)..<tokens[end].offset]
            if end > v + 1 && (gap.contains(",") || gap.contains(".")) { break }
            end += 1
        }
        let after = Array(tokens[(v + 1)..<end].drop(while: { $0.lower == "to" }))
        for phrase in [before, after] where !phrase.isEmpty {
            if let who = resolve(phrase, people: people, actors: actors, home: home, previous: previous) { return who }
        }
        return nil
    }

    static func resolve(_ phrase: [Token], people: [PersonMention], actors: NameIndex, home: String?, previous: Speaker?) -> Speaker? {
        let words = phrase.map(\.text)
        for person in people {
            let nameWords = Tokenizer.tokens(person.name).map(\.text)
            let named = words.count >= nameWords.count
                && (0...(words.count - nameWords.count)).contains { Array(words[$0..<($0 + nameWords.count)]) == nameWords }
            // A later mention by one part of the name: "Ruiz told reporters", "Vox added".
            let short = phrase.count <= 3 && words.contains { $0 == nameWords.first || $0 == nameWords.last }
            if named || short {
                return Speaker(name: person.name, role: person.role, actor: person.actor)
            }
        }
        guard let first = phrase.first?.lower else { return nil }
        if pronouns.contains(first) && phrase.count == 1 { return previous }
        if describers.contains(first) || phrase.last?.lower.hasSuffix("s") == true && phrase.count <= 4 {
            let description = words.joined(separator: " ")
            let actor = actors.ids(in: phrase).first
                ?? (["here", "official", "officials", "ministry", "government", "source", "spokesman"].contains { description.lowercased().split(separator: " ").contains(Substring($0)) } ? home : nil)
            return Speaker(name: nil, role: description, actor: actor)
        }
        return nil
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let r = range(of: target) else { return self }
        return replacingCharacters(in: r, with: replacement)
    }
}
