/// A token of text as the date tagger sees it: where it stands, in UTF-8 bytes and in Unicode
/// scalars, and which of the text's distinct spellings it is. Offsets are 32-bit: a text under 2 GB.
struct DateToken: Equatable {
    /// Its bytes in the text's UTF-8, for cutting expressions out without decoding the text again.
    let byteStart: Int32
    let byteEnd: Int32
    /// Offset of the first scalar, and one past the last, in the text.
    let start: Int32
    let end: Int32
    /// Its place in the text's `Spellings`.
    let spelling: Int32
    /// Whether white space separates it from the token before.
    let gapBefore: Bool
}

/// A text cut into tokens, each distinct spelling kept once.
struct TokenizedText {
    let tokens: [DateToken]
    /// Spelling number → the spelling as written.
    let spellings: [String]
}

/// The date tagger's view of the tokenizer's scan: words, numbers and single punctuation marks. A
/// number keeps its inner separators when no space breaks them ("41,250", "3.5", "09:12", "3+1",
/// "24/7", "2031-03-03", "555-0142"), so that a figure is one token and never mistaken for a date;
/// letters after digits stay with them ("28th", "1990s"). Dashes of every width read as "-",
/// typographic apostrophes as "'". A string is made once per distinct spelling.
enum DateTokenizer {
    static func tokenize(_ utf8: UnsafeBufferPointer<UInt8>) -> TokenizedText {
        let text = ScalarReader(bytes: utf8)
        var tokens: [DateToken] = []
        tokens.reserveCapacity(utf8.count / 4)
        var spellings = SpellingIndex()
        let count = utf8.count
        var i = 0          // byte
        var scalar = 0     // scalars before byte i
        var gap = true

        /// Bytes `a..<b` holding `scalars` scalars, as a token spelled by those bytes or by `key`.
        func add(_ a: Int, _ b: Int, scalars: Int, key: UnsafeBufferPointer<UInt8>? = nil) {
            let spelling = spellings.number(of: key ?? UnsafeBufferPointer(rebasing: utf8[a..<b]))
            tokens.append(DateToken(byteStart: Int32(a), byteEnd: Int32(b), start: Int32(scalar), end: Int32(scalar + scalars),
                                    spelling: spelling, gapBefore: gap))
            gap = false
        }
        /// The letters from byte `k` on: where they end, and how many scalars they hold.
        func letters(from k: Int) -> (end: Int, scalars: Int) {
            var j = k, scalars = 0
            while case let l = text.letter(at: j), l.bytes > 0 { j += l.bytes; scalars += l.scalars }
            return (j, scalars)
        }

        while i < count {
            if text.isDigit(i) {
                // Digits are ASCII: bytes and scalars count alike until letters follow.
                var j = i
                while j < count {
                    if text.isDigit(j) { j += 1; continue }
                    // An inner separator between digits, with no space: part of the number.
                    if text.isDigit(j + 1), Self.innerSeparators.contains(utf8[j]) { j += 1; continue }
                    break
                }
                // An ISO date: 2031-03-03.
                if j - i == 4, j + 5 < count, utf8[j] == 45, text.isDigit(j + 1), text.isDigit(j + 2), utf8[j + 3] == 45,
                   text.isDigit(j + 4), text.isDigit(j + 5), !text.isDigit(j + 6) {
                    j += 6
                }
                // Digits, a hyphen, digits: a phone or serial number, unless it reads as a span of
                // years ("1870-95", "1870-1895") or of days ("Jan. 6-12"), which the rules take apart.
                while j + 1 < count, utf8[j] == 45, text.isDigit(j + 1) {
                    var k = j + 1
                    while text.isDigit(k) { k += 1 }
                    let isYearSpan = j - i == 4 && (k - j - 1 == 2 || k - j - 1 == 4) && text.letter(at: k).bytes == 0
                    // "10-08-2014", "6-12.5": the number goes on after the second part.
                    let continues = k + 1 < count && (utf8[k] == 45 || utf8[k] == 46 || utf8[k] == 47) && text.isDigit(k + 1)
                    let isDaySpan = j - i <= 2 && k - j - 1 <= 2 && text.letter(at: k).bytes == 0 && !continues
                    if isYearSpan || isDaySpan { break }
                    j = k
                }
                var scalars = j - i
                // A clock glued to its meridiem ("5pm", "10:30am", "9a.m.") is two tokens, as if spaced.
                if !Self.startsMeridiem(text, j) {
                    let glued = letters(from: j)
                    (j, scalars) = (glued.end, scalars + glued.scalars)
                }
                add(i, j, scalars: scalars)
                scalar += scalars
                i = j
                continue
            }
            let (kind, length, scalars) = text.kind(at: i)
            switch kind {
            case .space:
                gap = true
            case .letter:
                // An apostrophe ends the word: "Friday's" is "Friday" and its possessive.
                let word = letters(from: i)
                add(i, word.end, scalars: word.scalars)
                i = word.end
                scalar += word.scalars
                continue
            case .dash:
                Self.hyphen.withUnsafeBufferPointer { add(i, i + length, scalars: 1, key: $0) }
            case .apostrophe where length > 1:
                Self.apostrophe.withUnsafeBufferPointer { add(i, i + length, scalars: 1, key: $0) }
            default:
                add(i, i + length, scalars: 1)
            }
            i += length
            scalar += scalars
        }
        return TokenizedText(tokens: tokens, spellings: spellings.strings)
    }

    /// Whether "am" or "pm" (or "a.m", "p.m") starts at byte `k` and no letter follows it.
    static func startsMeridiem(_ text: ScalarReader, _ k: Int) -> Bool {
        func at(_ n: Int) -> UInt8 { n < text.count ? text.bytes[n] | 0x20 : 0 }
        guard at(k) == 97 || at(k) == 112 else { return false }
        if at(k + 1) == 109 { return text.letter(at: k + 2).bytes == 0 }
        return k + 2 < text.count && text.bytes[k + 1] == 46 && at(k + 2) == 109 && text.letter(at: k + 3).bytes == 0
    }

    /// Bytes that stay inside a number when digits stand on both sides: , . : + /
    static let innerSeparators: Set<UInt8> = [44, 46, 58, 43, 47]
    /// The ASCII twins that dashes of every width and typographic apostrophes are spelt as.
    static let hyphen: [UInt8] = [45]
    static let apostrophe: [UInt8] = [39]
}

/// The distinct spellings of a text by their bytes: an open-addressing hash table over one arena of
/// bytes, so that a token costs a hash and a compare, and only a new spelling makes a string.
struct SpellingIndex {
    private(set) var strings: [String] = []
    private var arena: [UInt8] = []
    private var keyStart: [Int32] = []
    private var keyHash: [UInt64] = []
    /// Spelling number + 1 at each slot; 0 is an empty slot.
    private var slots = [Int32](repeating: 0, count: 1024)

    mutating func number(of key: UnsafeBufferPointer<UInt8>) -> Int32 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while slots[slot] != 0 {
            let n = Int(slots[slot] - 1)
            if keyHash[n] == hash, equals(n, key) { return Int32(n) }
            slot = (slot + 1) & mask
        }
        let n = Int32(strings.count)
        keyStart.append(Int32(arena.count))
        keyHash.append(hash)
        arena.append(contentsOf: key)
        strings.append(String(decoding: key, as: UTF8.self))
        slots[slot] = n + 1
        if strings.count * 2 > slots.count { grow() }
        return n
    }

    private func equals(_ n: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(keyStart[n])
        let end = n + 1 < keyStart.count ? Int(keyStart[n + 1]) : arena.count
        guard end - start == key.count else { return false }
        var k = 0
        while k < key.count {
            if arena[start + k] != key[k] { return false }
            k += 1
        }
        return true
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (n, hash) in keyHash.enumerated() {
            var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(n + 1)
        }
    }
}
