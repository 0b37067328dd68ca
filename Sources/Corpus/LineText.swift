import Support

/// Cheap forms of the text clean-ups that every line of every article goes through: most lines need
/// none of them, and are then left as they are rather than copied.
extension String {
    /// The text with its white space collapsed (`collapsingWhitespace`): itself when it already is.
    var withWhitespaceCollapsed: String {
        hasCollapsedWhitespace ? self : collapsingWhitespace
    }

    /// The text with its typewriter quotes curled (`curlingTypewriterQuotes`): itself when it has no pair
    /// of backticks or apostrophes, the only marks that change.
    var withTypewriterQuotesCurled: String {
        var previous: UInt8 = 0
        for byte in utf8 {
            if byte == previous, byte == UInt8(ascii: "`") || byte == UInt8(ascii: "'") { return curlingTypewriterQuotes }
            previous = byte
        }
        return self
    }
}

extension StringProtocol {
    /// Whether the text has at most `limit` words, as `split(separator: " ")` counts them, read no further than needed.
    func hasAtMost(words limit: Int) -> Bool {
        var words = 0, inWord = false
        for character in self {
            if character == " " {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
                if words > limit { return false }
            }
        }
        return true
    }

    /// Whether each Unicode scalar of the text is a character of its own, equal to no other: then the text can
    /// be read scalar by scalar, far cheaper than character by character, with the same result. True of the
    /// scalars below the combining marks but a carriage return (which joins a line feed after it): ASCII, Latin
    /// letters with their accents precomposed; and of general punctuation (curly quotes, dashes, the ellipsis)
    /// and currency signs. False where a combining mark, a joiner, an emoji or another script may join scalars
    /// into one character.
    public var scalarsAreCharacters: Bool {
        for scalar in unicodeScalars {
            switch scalar.value {
            case 0x0D: return false
            case 0..<0x300, 0x2010...0x205E, 0x20A0...0x20CF: continue
            default: return false
            }
        }
        return true
    }
}

/// One character of a text, read either as a `Character` or, in a text whose scalars are its characters
/// (`scalarsAreCharacters`), as a `Unicode.Scalar`, for the readers that walk a text character by character.
protocol TextUnit: Hashable, ExpressibleByUnicodeScalarLiteral {
    var isWhitespace: Bool { get }
    var isUppercase: Bool { get }
    var isLowercase: Bool { get }
    var isLetter: Bool { get }
    var isNumber: Bool { get }
    static func string(_ units: ArraySlice<Self>) -> String
}

extension Character: TextUnit {
    static func string(_ units: ArraySlice<Character>) -> String { String(units) }
}

/// As the `Character` of the one scalar: ASCII decided at once, the rest by the character's own properties.
extension Unicode.Scalar: TextUnit {
    var isWhitespace: Bool { isASCII ? value == 32 || (9...13).contains(value) : Character(self).isWhitespace }
    var isUppercase: Bool { isASCII ? (65...90).contains(value) : Character(self).isUppercase }
    var isLowercase: Bool { isASCII ? (97...122).contains(value) : Character(self).isLowercase }
    var isLetter: Bool { isASCII ? (65...90).contains(value) || (97...122).contains(value) : Character(self).isLetter }
    var isNumber: Bool { isASCII ? (48...57).contains(value) : Character(self).isNumber }

    static func string(_ units: ArraySlice<Unicode.Scalar>) -> String {
        // Encoded into bytes by hand: appending to a String's scalars goes through generic code, many times slower.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(units.count)
        for unit in units {
            if unit.isASCII { bytes.append(UInt8(unit.value)) } else { bytes.append(contentsOf: unit.utf8) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
