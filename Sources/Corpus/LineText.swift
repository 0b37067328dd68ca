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
