/// A token of text as the date tagger sees it, with its place in the text in Unicode scalars.
public struct DateToken: Sendable, Equatable {
    public let text: String
    public let lower: String
    /// Offset of the first scalar, and one past the last, in the text.
    public let start: Int
    public let end: Int
    /// Whether white space separates it from the token before.
    public let gapBefore: Bool
}

/// Splits text into words, numbers and single punctuation marks. A number keeps its inner
/// separators when no space breaks them ("28,500", "3.5", "15:38", "2+2", "24/7", "2012-06-28",
/// "555-0142"),
/// so that a figure is one token and never mistaken for a date; letters after digits stay with
/// them ("28th", "1990s"). Dashes of every width read as "-".
public enum DateTokenizer {
    public static func tokens(_ text: String) -> [DateToken] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [DateToken] = []
        var i = 0
        var gap = true
        var bytes: [UInt8] = []
        var lowered: [UInt8] = []
        func add(_ from: Int, _ to: Int, _ text: String? = nil) {
            if let text {
                tokens.append(DateToken(text: text, lower: text, start: from, end: to, gapBefore: gap))
            } else if scalars[from..<to].allSatisfy({ $0.isASCII }) {
                // Most words are ASCII: their lower case is a byte away.
                bytes.removeAll(keepingCapacity: true)
                lowered.removeAll(keepingCapacity: true)
                for k in from..<to {
                    let b = UInt8(scalars[k].value)
                    bytes.append(b)
                    lowered.append(b >= 65 && b <= 90 ? b + 32 : b)
                }
                let text = String(decoding: bytes, as: UTF8.self)
                tokens.append(DateToken(text: text, lower: bytes == lowered ? text : String(decoding: lowered, as: UTF8.self),
                                        start: from, end: to, gapBefore: gap))
            } else {
                let t = String(String.UnicodeScalarView(scalars[from..<to]))
                tokens.append(DateToken(text: t, lower: t.lowercased(), start: from, end: to, gapBefore: gap))
            }
            gap = false
        }
        while i < scalars.count {
            let s = scalars[i]
            if isSpace(s) { gap = true; i += 1; continue }
            if isDigit(s) {
                var j = i
                while j < scalars.count {
                    if isDigit(scalars[j]) { j += 1; continue }
                    // An inner separator between digits, with no space: part of the number.
                    if j + 1 < scalars.count, innerSeparators.contains(scalars[j]), isDigit(scalars[j + 1]) { j += 1; continue }
                    break
                }
                // An ISO date: 2012-06-28.
                if j - i == 4, j + 5 < scalars.count, scalars[j] == "-", isDigit(scalars[j + 1]), isDigit(scalars[j + 2]),
                   scalars[j + 3] == "-", isDigit(scalars[j + 4]), isDigit(scalars[j + 5]),
                   j + 6 == scalars.count || !isDigit(scalars[j + 6]) {
                    j += 6
                }
                // Digits, a hyphen, digits: a phone or serial number, unless it reads as a span of
                // years ("1910-45", "1910-1945"), which the rules take apart.
                while j + 1 < scalars.count, scalars[j] == "-", isDigit(scalars[j + 1]) {
                    var k = j + 1
                    while k < scalars.count, isDigit(scalars[k]) { k += 1 }
                    let isYearSpan = j - i == 4 && (k - j - 1 == 2 || k - j - 1 == 4) && (k == scalars.count || !isLetter(scalars[k]))
                    if isYearSpan { break }
                    j = k
                }
                while j < scalars.count, isLetter(scalars[j]) { j += 1 }
                add(i, j)
                i = j
            } else if isLetter(s) {
                var j = i
                // An apostrophe ends the word: "Friday's" is "Friday" and its possessive.
                while j < scalars.count, isLetter(scalars[j]) { j += 1 }
                add(i, j)
                i = j
            } else {
                add(i, i + 1, dashes.contains(s) ? "-" : String(Character(s)))
                i += 1
            }
        }
        return tokens
    }

    static let dashes: Set<Unicode.Scalar> = ["-", "–", "—", "‒", "−"]
    static let innerSeparators: Set<Unicode.Scalar> = [",", ".", ":", "+", "/"]

    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }

    /// ASCII answered at once; the Unicode tables only for the rest.
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 128 { return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
        return s.properties.isAlphabetic
    }

    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 128 { return v == 32 || (v >= 9 && v <= 13) }
        return s.properties.isWhitespace
    }
}
