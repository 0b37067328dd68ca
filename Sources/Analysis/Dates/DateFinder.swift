import Corpus

/// A date expression found in a sentence and resolved against its article's publication day.
public struct DateMention: Sendable, Equatable {
    public let tokenRange: Range<Int>
    public let date: ResolvedDate
    /// The words before it point forward ("will sign on Friday", "as early as Friday").
    public let forward: Bool
    /// It dates the reporting itself ("said Thursday", "told reporters Thursday"), not a happening.
    public let datesTheReport: Bool
}

/// Finds explicit and relative date expressions in a token stream. Word lists are data
/// (`Rules/months.words`, `Rules/weekdays.words`, `Rules/tense.words`); the shapes are below,
/// longest first: "June 28, 2012", "28 June 2012", "June 28", "mid-June", "in April last year",
/// "1910-45", "from 1910 to 1945", "2006", "Friday", "tomorrow", "last month", "early 2011".
public enum DateFinder {
    static let weekdays: [String: Int] = Dictionary(
        RuleTable.rows(PackageResources.weekdays_words).map { ($0[0], Int($0[1])!) }, uniquingKeysWith: { a, _ in a })
    static let forwardCues = Set(RuleTable.words(PackageResources.tense_words))
    static let speechVerbs = Set(RuleTable.words(PackageResources.speech_verbs_words))
    /// Words before a date that narrow it: "early 2011", "mid-June", "late this month".
    static let qualifiers: Set<String> = ["early", "mid", "late"]

    public static func find(_ tokens: [Token], dct: CalendarDay?) -> [DateMention] {
        var found: [DateMention] = []
        var i = 0
        while i < tokens.count {
            if let (length, date) = match(tokens, at: i, dct: dct) {
                let range = i..<(i + length)
                found.append(DateMention(tokenRange: range, date: date, forward: pointsForward(tokens, before: i),
                                         datesTheReport: datesTheReport(tokens, range)))
                i += length
            } else {
                i += 1
            }
        }
        return found
    }

    private static func match(_ t: [Token], at i: Int, dct: CalendarDay?) -> (Int, ResolvedDate)? {
        let word = t[i].text
        let lower = word.lowercased()
        func next(_ k: Int) -> Token? { i + k < t.count ? t[i + k] : nil }

        // Month-led forms: "June 28, 2012", "June 28", "June 2012", "(in) June".
        if let month = monthNumber(t[i]) {
            if let d = next(1).flatMap({ dayNumber($0.text) }) {
                if let y = next(2).flatMap({ year($0.text) }), let day = CalendarDay(year: y, month: month, day: d) {
                    return (3, dayDate(day))
                }
                if let dct, let day = CalendarDay(year: dct.year, month: month, day: d) { return (2, dayDate(day)) }
            }
            if let y = next(1).flatMap({ year($0.text) }) { return (2, monthDate(y, month, qualifier(t, i))) }
            if next(1)?.text == "last", next(2)?.text == "year", let dct { return (3, monthDate(dct.year - 1, month, qualifier(t, i))) }
            if next(1)?.text == "this", next(2)?.text == "year", let dct { return (3, monthDate(dct.year, month, qualifier(t, i))) }
            if let dct, standsAsMonth(t, i) {
                let forward = pointsForward(t, before: i)
                var y = dct.year
                if !forward && month > dct.month { y -= 1 }
                if forward && month < dct.month { y += 1 }
                return (1, monthDate(y, month, qualifier(t, i)))
            }
        }
        // "28 June 2012", "28 June".
        if let d = dayNumber(word), let m = next(1).flatMap({ monthNumber($0) }) {
            if let y = next(2).flatMap({ year($0.text) }), let day = CalendarDay(year: y, month: m, day: d) { return (3, dayDate(day)) }
            if let dct, let day = CalendarDay(year: dct.year, month: m, day: d) { return (2, dayDate(day)) }
        }
        // Years and year ranges: "1910-45", "1910-1945", "from 1910 to 1945", "2006".
        if let y = year(word), !isCount(t, i) {
            if let n = next(1), n.hyphenated, let end = rangeEnd(n.text, start: y) { return (2, rangeDate(y, end)) }
            if next(1)?.lower == "to" || next(1)?.lower == "through", let end = next(2).flatMap({ year($0.text) }), end > y,
               i > 0, t[i - 1].lower == "from" {
                return (3, rangeDate(y, end))
            }
            return (1, yearDate(y, qualifier(t, i)))
        }
        // Weekdays, resolved by tense: back by default, forward when the words before say so.
        if let weekday = weekdays[lower], t[i].isCapitalized, let dct {
            let forward = pointsForward(t, before: i)
            let delta = forward ? (weekday - dct.weekday + 7) % 7 : -((dct.weekday - weekday + 7) % 7)
            return (1, dayDate(dct.adding(days: delta)))
        }
        guard let dct else { return nil }
        switch lower {
        case "today", "tonight": return (1, dayDate(dct))
        case "yesterday": return (1, dayDate(dct.adding(days: -1)))
        case "tomorrow": return (1, dayDate(dct.adding(days: 1)))
        default: break
        }
        // "last/this/next week|month|year", "earlier/later this month", "the end of the month".
        if ["last", "this", "next", "past"].contains(lower), let unit = next(1)?.lower {
            let shift = lower == "last" || lower == "past" ? -1 : lower == "next" ? 1 : 0
            switch unit {
            case "week": return (2, weekDate(dct.adding(days: 7 * shift)))
            case "month":
                let (y, m) = addMonths(dct.year, dct.month, shift)
                return (2, monthDate(y, m, qualifier(t, i)))
            case "year": return (2, yearDate(dct.year + shift, qualifier(t, i)))
            default: break
            }
        }
        if lower == "the", next(1)?.lower == "end" || next(1)?.lower == "beginning", next(2)?.lower == "of",
           next(3)?.lower == "the", next(4)?.lower == "month" {
            return (5, monthDate(dct.year, dct.month, next(1)?.lower == "end" ? "late" : "early"))
        }
        return nil
    }

    // MARK: the pieces

    private static func monthNumber(_ token: Token) -> Int? {
        guard token.isCapitalized, let m = MonthNames.number(token.text) else { return nil }
        // "May" is also a verb: only a month when a date shape or a preposition makes it one.
        return m
    }

    /// A lone month name reads as a month after "in", "since", "until", "of", "by" or "early/mid/late".
    private static func standsAsMonth(_ t: [Token], _ i: Int) -> Bool {
        guard i > 0 else { return false }
        return ["in", "since", "until", "of", "by", "from", "early", "mid", "late", "last", "this", "next", "before", "after"]
            .contains(t[i - 1].lower)
    }

    private static func dayNumber(_ s: String) -> Int? {
        var digits = Substring(s)
        for suffix in ["st", "nd", "rd", "th"] where digits.hasSuffix(suffix) { digits = digits.dropLast(2) }
        guard (1...2).contains(digits.count), digits.allSatisfy(\.isNumber), let d = Int(digits), (1...31).contains(d) else { return nil }
        return d
    }

    private static func year(_ s: String) -> Int? {
        guard s.count == 4, s.allSatisfy(\.isASCII), let y = Int(s), (1000...2199).contains(y) else { return nil }
        return y
    }

    /// "45" after 1910 → 1945; "1945" → 1945.
    private static func rangeEnd(_ s: String, start: Int) -> Int? {
        guard s.allSatisfy(\.isNumber), let n = Int(s) else { return nil }
        if s.count == 4, n > start { return n }
        if s.count == 2 {
            let end = start / 100 * 100 + n
            return end > start ? end : nil
        }
        return nil
    }

    /// A number followed by a plural noun is a count ("2000 troops"); one inside a figure is not a year.
    private static func isCount(_ t: [Token], _ i: Int) -> Bool {
        if i + 1 < t.count {
            let n = t[i + 1]
            if !n.isCapitalized, n.text.count > 3, n.text.hasSuffix("s"), !n.hyphenated,
               !["was", "has", "is", "as", "this", "its", "his"].contains(n.lower) { return true }
        }
        return false
    }

    private static func qualifier(_ t: [Token], _ i: Int) -> String? {
        guard i > 0 else { return nil }
        let before = t[i - 1].lower
        return qualifiers.contains(before) ? before : nil
    }

    /// Whether a cue of `Rules/tense.words` stands among the ten words before position `i`.
    static func pointsForward(_ t: [Token], before i: Int) -> Bool {
        let window = " " + t[max(0, i - 10)..<i].map(\.lower).joined(separator: " ") + " "
        return forwardCues.contains { window.contains(" \($0) ") }
    }

    /// "said Thursday", "told reporters on Thursday", "said on Tuesday": the date of the report itself.
    private static func datesTheReport(_ t: [Token], _ range: Range<Int>) -> Bool {
        let before = t[max(0, range.lowerBound - 3)..<range.lowerBound].map(\.lower)
        return before.contains { speechVerbs.contains($0) } && range.count == 1
    }

    private static func addMonths(_ y: Int, _ m: Int, _ delta: Int) -> (Int, Int) {
        let index = y * 12 + (m - 1) + delta
        return (index / 12, index % 12 + 1)
    }

    // MARK: values

    private static func two(_ n: Int) -> String { CalendarDay.pad(n, 2) }
    private static func year4(_ y: Int) -> String { CalendarDay.pad(y, 4) }

    static func dayDate(_ d: CalendarDay) -> ResolvedDate {
        ResolvedDate(value: d.iso, granularity: .day, start: d, qualifier: nil)
    }

    static func monthDate(_ y: Int, _ m: Int, _ qualifier: String?) -> ResolvedDate {
        ResolvedDate(value: "\(year4(y))-\(two(m))", granularity: .month,
                     start: CalendarDay(year: y, month: m, day: 1)!, qualifier: qualifier)
    }

    static func yearDate(_ y: Int, _ qualifier: String?) -> ResolvedDate {
        ResolvedDate(value: year4(y), granularity: .year, start: CalendarDay(year: y, month: 1, day: 1)!,
                     qualifier: qualifier)
    }

    static func rangeDate(_ a: Int, _ b: Int) -> ResolvedDate {
        ResolvedDate(value: "\(year4(a))/\(year4(b))", granularity: .range,
                     start: CalendarDay(year: a, month: 1, day: 1)!, qualifier: nil)
    }

    /// The ISO week (`2012-W25`) that contains the day.
    static func weekDate(_ d: CalendarDay) -> ResolvedDate {
        let monday = d.adding(days: 1 - d.weekday)
        let thursday = monday.adding(days: 3)
        let jan1 = CalendarDay(year: thursday.year, month: 1, day: 1)!
        let week = (thursday.daysSince1970 - jan1.daysSince1970) / 7 + 1
        return ResolvedDate(value: "\(year4(thursday.year))-W\(two(week))", granularity: .week,
                            start: monday, qualifier: nil)
    }
}
