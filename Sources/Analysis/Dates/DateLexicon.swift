import Corpus
import Support

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
    static let notPlural = grammar["not-plural"]!
    /// Whether a lower-case word is a number spelt out ("four", `NUMWORD` in `Rules/date-words.rules`).
    static func isNumberWord(_ lower: String) -> Bool { words[lower]?.contains { $0.0 == "NUMWORD" } == true }
    /// The word sets of `Rules/date-grammar.rules`.
    static let grammar = RuleTable.sets(PackageResources.date_grammar_rules)
    static let ordinalEndings = grammar["ordinal"]!

    /// Every word of every list, lower-cased, with its classes: months and weekdays (full names and
    /// abbreviations apart), and the words of `date-words.rules`.
    static let wordTable: [String: [(cls: String, value: String, capitalized: Bool)]] = {
        var table: [String: [(cls: String, value: String, capitalized: Bool)]] = [:]
        for (word, month) in MonthNames.table {
            let full = MonthNames.english[month - 1].lowercased() == word
            table[word, default: []].append((full ? "MONTH" : "MONABBR", String(month), true))
        }
        for (word, day) in weekdays { table[word, default: []].append((word.count > 4 ? "WEEKDAY" : "WDABBR", String(day), true)) }
        for (word, entries) in words { for (cls, value) in entries { table[word, default: []].append((cls, value, false)) } }
        return table
    }()

    /// Everything the tables say of one lower-cased word, so that a spelling costs one look-up.
    struct WordFacts {
        /// Its number among the rules' words, or -1.
        var literal: Int32 = -1
        var classes: [(cls: String, value: String, capitalized: Bool)] = []
        var tense: Tense.WordKind = .none
        /// Its number among the words of the tense cues, or -1.
        var cueWord: Int32 = -1
        var notPlural = false
    }

    /// Every word of the rules, the word lists and the tense tables, with its facts.
    static let vocabulary: [String: WordFacts] = {
        var table: [String: WordFacts] = [:]
        for (word, id) in DateMatcher.literalIDs { table[word, default: WordFacts()].literal = Int32(id) }
        for (word, entries) in wordTable { table[word, default: WordFacts()].classes = entries }
        for word in Tense.listedWords { table[word, default: WordFacts()].tense = Tense.listedKind(word) }
        for (word, id) in Tense.cueWordIDs { table[word, default: WordFacts()].cueWord = id }
        for word in notPlural { table[word, default: WordFacts()].notPlural = true }
        return table
    }()

    /// What the tagger needs of a spelling, from its shape and one look-up; its classes and their values
    /// are added to `values`.
    static func describe(_ text: String, lower: String, values: inout [(cls: Int, value: String)]) -> InternedTokens.Spelling {
        let facts = vocabulary[lower]
        let bytes = Array(text.utf8)
        let first = text.unicodeScalars.first
        let capitalized = first.map { $0.isASCII ? $0.value &- 65 < 26 : $0.properties.isUppercase } ?? false
        var classes: [(cls: String, value: String)] = []
        if let b = bytes.first, b &- 48 < 10 {
            classes = numberClasses(bytes, text)
        } else if let first, first.isASCII ? (first.value | 0x20) &- 97 < 26 : first.properties.isAlphabetic {
            for entry in facts?.classes ?? [] where !entry.capitalized || capitalized { classes.append((entry.cls, entry.value)) }
            if capitalized { classes.append(("CAPWORD", text)) }
            // A plural noun, for the rule that a number before one is a count: "2000 soldiers".
            if !capitalized, bytes.count > 3, bytes.last == 115, bytes.allSatisfy({ $0 &- 97 < 26 }), facts?.notPlural != true {
                classes.append(("PLURAL", lower))
            }
        }
        let firstValue = Int32(values.count)
        var mask: UInt32 = 0
        for (cls, value) in classes {
            let id = DateMatcher.classIDs[cls]!
            mask |= 1 << UInt32(id)
            values.append((id, value))
        }
        var tense = facts?.tense ?? .none
        if tense == .none, Tense.isPastByEnding(lower, capitalized: capitalized) { tense = .past }
        return InternedTokens.Spelling(literal: facts?.literal ?? -1, classMask: mask, values: firstValue..<Int32(values.count),
                                       tense: tense, cueWord: facts?.cueWord ?? -1,
                                       closesAbbreviation: capitalized && bytes.count <= 6 && Sentences.closesAbbreviation(text))
    }

    /// The classes of a token that starts with a digit: "28", "2031", "95", "1990s", "28th", "09:12", "2031-03-03".
    private static func numberClasses(_ bytes: [UInt8], _ text: String) -> [(cls: String, value: String)] {
        let digits = bytes.prefix { $0 >= 48 && $0 <= 57 }
        let rest = bytes[digits.count...]
        let n = digits.count <= 9 ? digits.reduce(0) { $0 * 10 + Int($1 - 48) } : nil
        var out: [(cls: String, value: String)] = []
        if rest.isEmpty, let n {
            out.append(("NUM", String(n)))
            if digits.count <= 2, (1...31).contains(n) { out.append(("DAY", String(n))) }
            if digits.count == 2 { out.append(("YY", text)) }
            if digits.count == 4, (1000...2199).contains(n) { out.append(("YEAR", text)) }
            // A clock written in four digits, for the rules that want a time zone after it: "1400 GMT".
            if digits.count == 4, n / 100 < 24, n % 100 < 60 { out.append(("HHMM", "\(n / 100):\(String(text.suffix(2)))")) }
            return out
        }
        let suffix = String(decoding: rest, as: UTF8.self).lowercased()
        if let n, ordinalEndings.contains(suffix) {
            if digits.count <= 2, (1...31).contains(n) { out.append(("DAY", String(n))) }
            if (1...99).contains(n) { out.append(("ORDINAL", String(n))) }
        } else if suffix == "s", digits.count == 4, digits.last == 48 {
            out.append(("DECADE", String(decoding: digits.prefix(3), as: UTF8.self)))
        } else if suffix == "s", digits.count == 2, digits.last == 48, let n {
            // "'80s": the rules want the apostrophe before it ("in their 80s" is an age); "'00s" and "'10s" are this century's.
            out.append(("SHORTDECADE", String((n < 20 ? 200 : 190) + n / 10)))
        } else if bytes.count == 10, CalendarDay(iso: text) != nil {
            out.append(("ISODATE", text))
        } else if let iso = isoOfNumericDate(text) {
            out.append(("ISODATE", iso))
        } else if let v = value(ofClock: text) {
            out.append(("CLOCK", v))
        }
        return out
    }

    /// A date written in numbers with a four-digit year: with slashes, month first as in American use
    /// ("3/19/2013") or day first where the first number cannot be a month ("19/3/2013"); with dots,
    /// day first as in Europe ("10.08.2014") or month first where the second cannot be one.
    static func isoOfNumericDate(_ t: String) -> String? {
        let separator: Character = t.contains("/") ? "/" : "."
        let parts = t.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].count == 4, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
              let a = Int(parts[0]), let b = Int(parts[1]), let y = Int(parts[2]) else { return nil }
        let dayFirst = separator == "." ? b <= 12 : a > 12
        let (month, day) = dayFirst ? (b, a) : (a, b)
        return CalendarDay(year: y, month: month, day: day)?.iso
    }

    static func value(ofClock t: String) -> String? {
        let parts = t.split(separator: ":")
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              let h = Int(parts[0]), let m = Int(parts[1]), (0...24).contains(h), (0..<60).contains(m) else { return nil }
        return t
    }
}
