/// A word of a sentence. Hyphens and punctuation separate words; periods inside a word stay
/// ("U.S."), and a possessive "'s" is dropped so that "Lisbon's" reads as "Lisbon".
public struct Token: Sendable, Equatable {
    public let text: String
    /// Character offset of the word in its sentence.
    public let offset: Int
    /// Whether a hyphen joins it to the word before ("Franco-Prussian", "1870-95").
    public let hyphenated: Bool

    public var lower: String { text.lowercased() }
    public var isCapitalized: Bool { text.first?.isUppercase ?? false }
}

public enum Tokenizer {
    static let apostrophes: Set<Character> = ["'", "’"]

    public static func tokens(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var current = ""
        var start = 0
        var hyphenBefore = false
        var lastSeparator: Character = " "
        func flush() {
            var word = Substring(current)
            while let l = word.last, apostrophes.contains(l) || l == "." && !word.dropLast().contains(".") { word = word.dropLast() }
            while let f = word.first, apostrophes.contains(f) || f == "." { word = word.dropFirst() }
            if word.count > 2, apostrophes.contains(word[word.index(word.endIndex, offsetBy: -2)]), word.last == "s" {
                word = word.dropLast(2)
            }
            if !word.isEmpty { tokens.append(Token(text: String(word), offset: start, hyphenated: hyphenBefore)) }
            current = ""
        }
        for (i, ch) in text.enumerated() {
            if ch.isLetter || ch.isNumber || ch == "." || apostrophes.contains(ch) || ch == "+" && !current.isEmpty {
                if current.isEmpty {
                    start = i
                    hyphenBefore = lastSeparator == "-"
                }
                current.append(ch)
            } else {
                if !current.isEmpty { flush() }
                lastSeparator = ch
            }
        }
        if !current.isEmpty { flush() }
        return tokens
    }
}

extension Array where Element == String {
    /// Whether the words hold `run` as consecutive words ("Ana Ruiz" in "said Ana Ruiz on Monday").
    func containsRun(_ run: [String]) -> Bool {
        guard !run.isEmpty, count >= run.count else { return false }
        return (0...(count - run.count)).contains { self[$0..<($0 + run.count)].elementsEqual(run) }
    }
}
