/// A token of text as the date tagger sees it, with its place in the text in Unicode scalars.
public struct DateToken: Sendable, Equatable {
    public let text: String
    public let lower: String
    /// Offset of the first scalar, and one past the last, in the text.
    public let start: Int
    public let end: Int
    /// Whether white space separates it from the token before.
    public let gapBefore: Bool
    /// Its bytes in the text's UTF-8, for cutting expressions out without decoding the text again.
    let bytes: Range<Int>
}

/// Splits text into words, numbers and single punctuation marks. A number keeps its inner
/// separators when no space breaks them ("28,500", "3.5", "15:38", "2+2", "24/7", "2012-06-28",
/// "555-0142"), so that a figure is one token and never mistaken for a date; letters after digits
/// stay with them ("28th", "1990s"). Dashes of every width read as "-". The text is read as UTF-8
/// bytes; only characters outside ASCII are decoded.
public enum DateTokenizer {
    public static func tokens(_ text: String) -> [DateToken] {
        tokens(Array(text.utf8))
    }

    static func tokens(_ utf8: [UInt8]) -> [DateToken] {
        var tokens: [DateToken] = []
        tokens.reserveCapacity(utf8.count / 5)
        var i = 0          // byte
        var scalar = 0     // scalars before byte i
        var gap = true
        var lowered: [UInt8] = []

        /// The scalar at byte `k` and its length in bytes.
        func at(_ k: Int) -> (Unicode.Scalar, Int) {
            let b = utf8[k]
            if b < 0x80 { return (Unicode.Scalar(b), 1) }
            let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
            var value = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for n in 1..<length where k + n < utf8.count { value = value << 6 | (UInt32(utf8[k + n]) & 0x3F) }
            return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
        }
        func digit(_ k: Int) -> Bool { k < utf8.count && utf8[k] >= 48 && utf8[k] <= 57 }
        func letter(_ k: Int) -> (Bool, Int) {
            guard k < utf8.count else { return (false, 0) }
            let b = utf8[k]
            if b < 0x80 { return ((b >= 65 && b <= 90) || (b >= 97 && b <= 122), 1) }
            let (s, n) = at(k)
            return (s.properties.isAlphabetic, n)
        }
        /// Bytes `a..<b` holding `count` scalars, as a token.
        func add(_ a: Int, _ b: Int, scalars count: Int, text fixed: String? = nil) {
            let slice = utf8[a..<b]
            let text = fixed ?? String(decoding: slice, as: UTF8.self)
            let lower: String
            if fixed != nil || !slice.contains(where: { $0 >= 65 && $0 <= 90 || $0 >= 0x80 }) {
                lower = text
            } else if !slice.contains(where: { $0 >= 0x80 }) {
                lowered.removeAll(keepingCapacity: true)
                for byte in slice { lowered.append(byte >= 65 && byte <= 90 ? byte + 32 : byte) }
                lower = String(decoding: lowered, as: UTF8.self)
            } else {
                lower = text.lowercased()
            }
            tokens.append(DateToken(text: text, lower: lower, start: scalar, end: scalar + count, gapBefore: gap, bytes: a..<b))
            gap = false
        }

        while i < utf8.count {
            let (s, length) = at(i)
            if isSpace(s) { gap = true; i += length; scalar += 1; continue }
            if digit(i) {
                // Digits are ASCII: bytes and scalars count alike until letters follow.
                var j = i
                while j < utf8.count {
                    if digit(j) { j += 1; continue }
                    // An inner separator between digits, with no space: part of the number.
                    if j + 1 < utf8.count, [44, 46, 58, 43, 47].contains(utf8[j]), digit(j + 1) { j += 1; continue }
                    break
                }
                // An ISO date: 2012-06-28.
                if j - i == 4, j + 5 < utf8.count, utf8[j] == 45, digit(j + 1), digit(j + 2), utf8[j + 3] == 45,
                   digit(j + 4), digit(j + 5), !digit(j + 6) {
                    j += 6
                }
                // Digits, a hyphen, digits: a phone or serial number, unless it reads as a span of
                // years ("1910-45", "1910-1945"), which the rules take apart.
                while j + 1 < utf8.count, utf8[j] == 45, digit(j + 1) {
                    var k = j + 1
                    while digit(k) { k += 1 }
                    let isYearSpan = j - i == 4 && (k - j - 1 == 2 || k - j - 1 == 4) && !letter(k).0
                    if isYearSpan { break }
                    j = k
                }
                var count = j - i
                while case let (true, n) = letter(j) { j += n; count += 1 }
                add(i, j, scalars: count)
                scalar += count
                i = j
            } else if case (true, _) = letter(i) {
                // An apostrophe ends the word: "Friday's" is "Friday" and its possessive.
                var j = i
                var count = 0
                while case let (true, n) = letter(j) { j += n; count += 1 }
                add(i, j, scalars: count)
                scalar += count
                i = j
            } else {
                add(i, i + length, scalars: 1, text: dashes.contains(s) ? "-" : String(Character(s)))
                scalar += 1
                i += length
            }
        }
        return tokens
    }

    static let dashes: Set<Unicode.Scalar> = ["-", "–", "—", "‒", "−"]

    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 128 { return v == 32 || (v >= 9 && v <= 13) }
        return s.properties.isWhitespace
    }
}
