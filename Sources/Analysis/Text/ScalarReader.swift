/// What a scalar of text is to the tokenizer. This is the one place that says what a letter, a
/// digit, an apostrophe, a hyphen, a dash and a space are, for the words and the dates alike.
enum ScalarKind: Equatable {
    /// An alphabetic scalar with the combining marks after it: a decomposed "é" is one letter.
    case letter
    /// 0 to 9.
    case digit
    /// A number that is not an ASCII digit: "²", "½", "٣".
    case numeral
    case period
    /// ' and ’ (U+2019). The modifier letter ʼ is a letter.
    case apostrophe
    /// The ASCII hyphen-minus, the one that joins words ("Franco-Prussian").
    case hyphen
    /// Dashes of the other widths: ‒ – — −.
    case dash
    case plus
    case space
    /// Anything else: other punctuation, symbols, emoji, a combining mark after no letter.
    case other
}

/// UTF-8 text read one scalar at a time where it lies, never copied into a String. Positions are
/// byte offsets; each step says how many bytes and how many Unicode scalars it covers, so that a
/// reader can count offsets in scalars as it goes.
struct ScalarReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var count: Int { bytes.count }

    /// What stands at byte `k`, with its length in bytes and in scalars.
    @inline(__always)
    func kind(at k: Int) -> (kind: ScalarKind, bytes: Int, scalars: Int) {
        let b = bytes[k]
        guard b < 0x80 else { return nonASCIIKind(at: k) }
        let kind: ScalarKind
        switch b {
        case 48...57: kind = .digit
        case 65...90, 97...122: kind = .letter
        case 46: kind = .period
        case 39: kind = .apostrophe
        case 45: kind = .hyphen
        case 43: kind = .plus
        case 9...13, 32: kind = .space
        default: kind = .other
        }
        guard kind == .letter, k + 1 < count, bytes[k + 1] >= 0x80 else { return (kind, 1, 1) }
        let marks = combiningMarks(from: k + 1)
        return (.letter, 1 + marks.bytes, 1 + marks.scalars)
    }

    private func nonASCIIKind(at k: Int) -> (kind: ScalarKind, bytes: Int, scalars: Int) {
        let (s, n) = scalar(at: k)
        let properties = s.properties
        if properties.isAlphabetic {
            let marks = combiningMarks(from: k + n)
            return (.letter, n + marks.bytes, 1 + marks.scalars)
        }
        if properties.numericType != nil { return (.numeral, n, 1) }
        if s == "\u{2019}" { return (.apostrophe, n, 1) }
        if Self.dashes.contains(s) { return (.dash, n, 1) }
        return (properties.isWhitespace ? .space : .other, n, 1)
    }

    /// The letter at byte `k`, combining marks included: its length in bytes and scalars, zeros for none.
    @inline(__always)
    func letter(at k: Int) -> (bytes: Int, scalars: Int) {
        guard k < count else { return (0, 0) }
        let found = kind(at: k)
        return found.kind == .letter ? (found.bytes, found.scalars) : (0, 0)
    }

    @inline(__always)
    func isDigit(_ k: Int) -> Bool { k < count && bytes[k] &- 48 < 10 }

    /// The byte where the scalar that ends just before byte `k` starts.
    func scalarStart(before k: Int) -> Int {
        var start = k - 1
        while bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return start
    }

    /// The scalar at byte `k` and its length in bytes.
    func scalar(at k: Int) -> (Unicode.Scalar, Int) {
        let b = bytes[k]
        if b < 0x80 { return (Unicode.Scalar(b), 1) }
        let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
        var value = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for n in 1..<length where k + n < count { value = value << 6 | (UInt32(bytes[k + n]) & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The combining marks (and zero-width joiners) from byte `k` on, which belong to the letter before them.
    private func combiningMarks(from k: Int) -> (bytes: Int, scalars: Int) {
        var j = k, scalars = 0
        while j < count, bytes[j] >= 0x80 {
            let (s, n) = scalar(at: j)
            guard s.properties.isGraphemeExtend || s == "\u{200D}" else { break }
            j += n
            scalars += 1
        }
        return (j - k, scalars)
    }

    static let dashes: Set<Unicode.Scalar> = ["‒", "–", "—", "−"]
}
