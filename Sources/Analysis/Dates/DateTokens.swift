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

/// Splits text into words, numbers and single punctuation marks. A number keeps its inner
/// separators when no space breaks them ("41,250", "3.5", "09:12", "3+1", "24/7", "2031-03-03",
/// "555-0142"), so that a figure is one token and never mistaken for a date; letters after digits
/// stay with them ("28th", "1990s"). Dashes of every width read as "-", typographic apostrophes as "'". The text is read as UTF-8
/// bytes, only characters outside ASCII decoded, and a string is made once per distinct spelling.
enum DateTokenizer {
    static func tokenize(_ utf8: UnsafeBufferPointer<UInt8>) -> TokenizedText {
        var tokens: [DateToken] = []
        tokens.reserveCapacity(utf8.count / 4)
        var spellings = SpellingIndex()
        let count = utf8.count
        var i = 0          // byte
        var scalar = 0     // scalars before byte i
        var gap = true

        /// The scalar at byte `k` and its length in bytes.
        func at(_ k: Int) -> (Unicode.Scalar, Int) {
            let b = utf8[k]
            if b < 0x80 { return (Unicode.Scalar(b), 1) }
            let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
            var value = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for n in 1..<length where k + n < count { value = value << 6 | (UInt32(utf8[k + n]) & 0x3F) }
            return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
        }
        func digit(_ k: Int) -> Bool { k < count && utf8[k] &- 48 < 10 }
        /// Whether a letter starts at byte `k`, and its length in bytes.
        func letter(_ k: Int) -> Int {
            guard k < count else { return 0 }
            let b = utf8[k]
            if b < 0x80 { return (b | 0x20) &- 97 < 26 ? 1 : 0 }
            let (s, n) = at(k)
            return s.properties.isAlphabetic ? n : 0
        }
        /// Bytes `a..<b` holding `scalars` scalars, as a token spelled by those bytes or by `key`.
        func add(_ a: Int, _ b: Int, scalars: Int, key: UnsafeBufferPointer<UInt8>? = nil) {
            let spelling = spellings.number(of: key ?? UnsafeBufferPointer(rebasing: utf8[a..<b]))
            tokens.append(DateToken(byteStart: Int32(a), byteEnd: Int32(b), start: Int32(scalar), end: Int32(scalar + scalars),
                                    spelling: spelling, gapBefore: gap))
            gap = false
        }

        while i < count {
            let b = utf8[i]
            if b == 32 || (b >= 9 && b <= 13) { gap = true; i += 1; scalar += 1; continue }
            if digit(i) {
                // Digits are ASCII: bytes and scalars count alike until letters follow.
                var j = i
                while j < count {
                    if digit(j) { j += 1; continue }
                    // An inner separator between digits, with no space: part of the number.
                    if digit(j + 1), Self.innerSeparators.contains(utf8[j]) { j += 1; continue }
                    break
                }
                // An ISO date: 2031-03-03.
                if j - i == 4, j + 5 < count, utf8[j] == 45, digit(j + 1), digit(j + 2), utf8[j + 3] == 45,
                   digit(j + 4), digit(j + 5), !digit(j + 6) {
                    j += 6
                }
                // Digits, a hyphen, digits: a phone or serial number, unless it reads as a span of
                // years ("1870-95", "1870-1895"), which the rules take apart.
                while j + 1 < count, utf8[j] == 45, digit(j + 1) {
                    var k = j + 1
                    while digit(k) { k += 1 }
                    let isYearSpan = j - i == 4 && (k - j - 1 == 2 || k - j - 1 == 4) && letter(k) == 0
                    if isYearSpan { break }
                    j = k
                }
                var scalars = j - i
                // A clock glued to its meridiem ("5pm", "10:30am", "9a.m.") is two tokens, as if spaced.
                if !Self.startsMeridiem(utf8, j) {
                    while case let n = letter(j), n > 0 { j += n; scalars += 1 }
                }
                add(i, j, scalars: scalars)
                scalar += scalars
                i = j
            } else if letter(i) > 0 {
                // An apostrophe ends the word: "Friday's" is "Friday" and its possessive.
                var j = i
                var scalars = 0
                while case let n = letter(j), n > 0 { j += n; scalars += 1 }
                add(i, j, scalars: scalars)
                scalar += scalars
                i = j
            } else {
                let (s, length) = at(i)
                if b >= 0x80, s.properties.isWhitespace { gap = true; i += length; scalar += 1; continue }
                if b >= 0x80, let standIn = Self.asciiStandIns[s] {
                    standIn.withUnsafeBufferPointer { add(i, i + length, scalars: 1, key: $0) }
                } else {
                    add(i, i + length, scalars: 1)
                }
                scalar += 1
                i += length
            }
        }
        return TokenizedText(tokens: tokens, spellings: spellings.strings)
    }

    /// Whether "am" or "pm" (or "a.m", "p.m") starts at byte `k` and no letter follows it.
    static func startsMeridiem(_ utf8: UnsafeBufferPointer<UInt8>, _ k: Int) -> Bool {
        func at(_ n: Int) -> UInt8 { n < utf8.count ? utf8[n] | 0x20 : 0 }
        func isLetter(_ n: Int) -> Bool { n < utf8.count && (utf8[n] >= 0x80 || (utf8[n] | 0x20) &- 97 < 26) }
        guard at(k) == 97 || at(k) == 112 else { return false }
        if at(k + 1) == 109 { return !isLetter(k + 2) }
        return k + 2 < utf8.count && utf8[k + 1] == 46 && at(k + 2) == 109 && !isLetter(k + 3)
    }

    /// Bytes that stay inside a number when digits stand on both sides: , . : + /
    static let innerSeparators: Set<UInt8> = [44, 46, 58, 43, 47]
    /// Marks spelt as their ASCII twin: dashes of every width as "-", typographic apostrophes as "'".
    static let asciiStandIns: [Unicode.Scalar: [UInt8]] = [
        "–": [45], "—": [45], "‒": [45], "−": [45],
        "\u{2019}": [39], "\u{02BC}": [39],
    ]
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
