/// Reads the plain-text rule tables that live beside the code (`Rules/*.words`, `Rules/*.rules`):
/// one entry a line, `#` starting a comment line, columns separated by two or more spaces or a tab
/// so that a column may itself hold single spaces ("back to top").
public enum RuleTable {
    /// The rows of a table, each split into its columns; blank and comment lines are skipped. Read as
    /// UTF-8 bytes: every table is read at every start.
    public static func rows(_ bytes: [UInt8]) -> [[String]] {
        bytes.split(separator: UInt8(ascii: "\n")).compactMap { line -> [String]? in
            let trimmed = String(decoding: line, as: UTF8.self).trimmed
            if trimmed.isEmpty || trimmed.hasPrefix("#") { return nil }
            return columns(of: trimmed)
        }
    }

    /// Named word sets, one `KIND  WORD, WORD, …` a row (a kind may take several rows): kind → its words.
    public static func sets(_ bytes: [UInt8]) -> [String: Set<String>] {
        var sets: [String: Set<String>] = [:]
        for row in rows(bytes) {
            precondition(row.count == 2, "a word-set row needs KIND  WORDS: \(row)")
            sets[row[0], default: []].formUnion(row[1].split(separator: ",").map { $0.trimmed })
        }
        return sets
    }

    /// The first column of every row: a word list.
    public static func words(_ bytes: [UInt8]) -> [String] {
        rows(bytes).map { $0[0] }
    }

    private static func columns(of line: String) -> [String] {
        var columns: [String] = []
        var current: [UInt8] = []
        var pendingSpaces = 0
        for byte in line.utf8 {
            if byte == UInt8(ascii: " ") { pendingSpaces += 1; continue }
            if byte == UInt8(ascii: "\t") { pendingSpaces += 2; continue }
            if pendingSpaces >= 2 {
                columns.append(String(decoding: current, as: UTF8.self))
                current = []
            } else if pendingSpaces == 1 {
                current.append(UInt8(ascii: " "))
            }
            pendingSpaces = 0
            current.append(byte)
        }
        columns.append(String(decoding: current, as: UTF8.self))
        return columns
    }
}

extension Unicode.Scalar {
    /// White space: spaces, tabs, line ends, no-break and other Unicode spaces; ASCII decided without
    /// a property lookup, since nearly every scalar of a text is ASCII.
    var isSpace: Bool {
        value < 0x80 ? value == 32 || (9...13).contains(value) : properties.isWhitespace
    }
}

extension StringProtocol {
    /// The text without leading and trailing white space (spaces, tabs, no-break spaces, line ends).
    public var trimmed: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isSpace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.isSpace })!
        return String(self[first...last])
    }

    /// Runs of white space collapsed to one space, ends trimmed. Runs of other text are copied whole.
    public var collapsingWhitespace: String {
        var out = ""
        out.reserveCapacity(utf8.count)
        let scalars = unicodeScalars
        var runStart: String.Index?
        var i = scalars.startIndex
        while i < scalars.endIndex {
            if scalars[i].isSpace {
                if let start = runStart {
                    if !out.isEmpty { out.append(" ") }
                    out.append(contentsOf: self[start..<i])
                    runStart = nil
                }
            } else if runStart == nil {
                runStart = i
            }
            i = scalars.index(after: i)
        }
        if let start = runStart {
            if !out.isEmpty { out.append(" ") }
            out.append(contentsOf: self[start...])
        }
        return out
    }

    /// Whether `collapsingWhitespace` would give the text back as it is: single spaces between words and no
    /// other white space. Most lines already are, and need no copy.
    public var hasCollapsedWhitespace: Bool {
        var afterSpace = true
        for scalar in unicodeScalars {
            if scalar == " " {
                if afterSpace { return false }
                afterSpace = true
            } else if scalar.isSpace {
                return false
            } else {
                afterSpace = false
            }
        }
        return !afterSpace || isEmpty
    }

    /// The typewriter quotes of some news archives, ``like this'', as the marks they stand for: “like this”.
    /// Two apostrophes that open a word (''like this'', as some archives also type it) open the quote.
    public var curlingTypewriterQuotes: String {
        let scalars = Array(unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            let pair = i + 1 < scalars.count && scalars[i + 1] == scalars[i]
            if pair, scalars[i] == "`" || scalars[i] == "'" {
                let opensWord = (i == 0 || scalars[i - 1].properties.isWhitespace || "([—".unicodeScalars.contains(scalars[i - 1]))
                    && i + 2 < scalars.count && !scalars[i + 2].properties.isWhitespace
                out.append(scalars[i] == "`" || opensWord ? "“" : "”")
                i += 2
            } else {
                out.append(scalars[i])
                i += 1
            }
        }
        return String(out)
    }

    /// The text without the given characters at either end.
    public func trimmingCharacters(in set: String) -> String {
        let chars = Set(set)
        var s = Substring(self)
        while let f = s.first, chars.contains(f) { s = s.dropFirst() }
        while let l = s.last, chars.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
