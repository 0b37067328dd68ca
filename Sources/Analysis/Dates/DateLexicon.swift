import Corpus

/// The token classes the date rules are written in, and what each token is worth in them.
/// Word lists are data: `Corpus/Rules/months.words`, `Rules/weekdays.words`, `Rules/date-words.rules`.
enum DateLexicon {
    static let weekdays: [String: Int] = Dictionary(
        RuleTable.rows(PackageResources.weekdays_words).map { ($0[0], Int($0[1])!) }, uniquingKeysWith: { a, _ in a })

    /// Lower-cased word → (class, value), from `date-words.rules`.
    static let words: [String: [(String, String)]] = {
        var table: [String: [(String, String)]] = [:]
        for row in RuleTable.rows(PackageResources.date_words_rules) {
            precondition(row.count == 3, "date-words.rules: each row needs WORD CLASS VALUE: \(row)")
            table[row[0], default: []].append((row[1], row[2]))
        }
        return table
    }()

    /// Plural-looking words that are not nouns of a count.
    static let notPlural: Set<String> = ["was", "has", "is", "as", "this", "its", "his", "hers", "us", "yes", "thus", "plus",
                                        "less", "across", "unless", "always", "perhaps", "towards", "afterwards", "whereas", "does"]

    /// The value of a token in a class, or nil when the token is not of that class.
    static func value(of token: DateToken, in cls: String) -> String? {
        let t = token.text
        switch cls {
        case "MONTH":
            // Full names only ("May" is one): "Jan" may be a name; its abbreviations need a day or a year beside them.
            guard t.first?.isUppercase == true, let m = MonthNames.number(t), MonthNames.english[m - 1].lowercased() == token.lower else { return nil }
            return String(m)
        case "MONABBR":
            guard t.first?.isUppercase == true, let m = MonthNames.number(t), MonthNames.english[m - 1].lowercased() != token.lower else { return nil }
            return String(m)
        case "WEEKDAY":
            // Full names only: "Sun" is as often a company as a Sunday.
            guard t.first?.isUppercase == true, t.count > 4, let d = weekdays[token.lower] else { return nil }
            return String(d)
        case "WDABBR":
            guard t.first?.isUppercase == true, t.count <= 4, let d = weekdays[token.lower] else { return nil }
            return String(d)
        case "CLOCK":
            // "7:15", "15:38"
            let parts = t.split(separator: ":")
            guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
                  let h = Int(parts[0]), let m = Int(parts[1]), (0...24).contains(h), (0..<60).contains(m) else { return nil }
            return t
        case "ORDINAL":
            if let v = words[token.lower]?.first(where: { $0.0 == "ORDINAL" })?.1 { return v }
            var digits = Substring(token.lower)
            for suffix in ["st", "nd", "rd", "th"] where digits.hasSuffix(suffix) { digits = digits.dropLast(2) }
            guard digits.count < token.lower.count, let n = Int(digits), (1...99).contains(n) else { return nil }
            return String(n)
        case "DAY":
            var digits = Substring(token.lower)
            for suffix in ["st", "nd", "rd", "th"] where digits.hasSuffix(suffix) { digits = digits.dropLast(2) }
            guard (1...2).contains(digits.count), digits.allSatisfy(\.isASCIIDigit), let d = Int(digits), (1...31).contains(d) else { return nil }
            return String(d)
        case "YEAR":
            guard t.count == 4, t.allSatisfy(\.isASCIIDigit), let y = Int(t), (1000...2199).contains(y) else { return nil }
            return t
        case "YY":
            guard t.count == 2, t.allSatisfy(\.isASCIIDigit) else { return nil }
            return t
        case "DECADE":
            // "1990s" → 199
            guard t.count == 5, t.hasSuffix("s"), t.dropLast().allSatisfy(\.isASCIIDigit), t.dropLast().hasSuffix("0") else { return nil }
            return String(t.prefix(3))
        case "ISODATE":
            guard t.count == 10, CalendarDay(iso: t) != nil else { return nil }
            return t
        case "NUM":
            guard t.allSatisfy(\.isASCIIDigit), let n = Int(t) else { return nil }
            return String(n)
        case "PLURAL":
            guard t.count > 3, t.first?.isLowercase == true, t.hasSuffix("s"), !notPlural.contains(t),
                  t.allSatisfy(\.isLetter) else { return nil }
            return t
        default:
            return words[token.lower]?.first { $0.0 == cls }?.1
        }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
