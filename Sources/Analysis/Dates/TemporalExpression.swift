import Corpus

/// A temporal expression found in a text: where it stands, what kind it is, and its value against
/// the publication date.
public struct TemporalExpression: Sendable, Equatable {
    public enum Kind: String, Sendable {
        /// A point or span on the calendar.
        case date = "DATE"
        /// A length of time ("for three years"): never an event.
        case duration = "DURATION"
    }

    public let text: String
    /// Unicode scalar offsets into the text, end exclusive.
    public let start: Int
    public let end: Int
    public let kind: Kind
    /// ISO 8601 / TIMEX3 value: `2012-06-29`, `2012-06`, `2012-W25`, `2012-SU`, `2012-H1`, `199`, `1910/1945`, `P3Y`.
    public let value: String
    public let granularity: String
    /// The calendar date, for dates that resolved against a publication day.
    public let date: ResolvedDate?
    /// The words before it point forward from the publication date ("will sign on Friday").
    public let forward: Bool
    /// The rule that found it.
    public let rule: String
}

/// Turns what a rule matched into a value: absolute parts as written, relative parts against the
/// publication date (`dct`), weekdays and bare months forward or back by the words before them.
enum Anchor {
    static func resolve(_ m: DateMatch, tokens: [DateToken], text: [Unicode.Scalar], dct: CalendarDay?) -> TemporalExpression? {
        let first = tokens[m.span.lowerBound], last = tokens[m.span.upperBound - 1]
        let surface = String(String.UnicodeScalarView(text[first.start..<last.end]))
        func field(_ name: String) -> String? {
            guard let raw = m.rule.fields[name] else { return nil }
            return m.values[raw] ?? raw
        }
        func int(_ name: String) -> Int? { field(name).flatMap { Int($0) } }
        let forward = Tense.pointsForward(tokens, before: m.span.lowerBound)
        func make(_ date: ResolvedDate?, kind: TemporalExpression.Kind = .date, value: String? = nil, granularity: String? = nil) -> TemporalExpression? {
            guard let value = value ?? date?.value, let granularity = granularity ?? date?.granularity.rawValue else { return nil }
            return TemporalExpression(text: surface, start: first.start, end: last.end, kind: kind, value: value,
                                      granularity: granularity, date: date, forward: forward, rule: m.rule.name)
        }

        switch m.rule.kind {
        case "none":
            return nil
        case "duration":
            let unit = field("unit") ?? "Y"
            let amount = int("amount")
            return make(nil, kind: .duration, value: "P" + (amount.map(String.init) ?? "X") + unit, granularity: "duration")
        case "day":
            if let iso = field("iso"), let day = CalendarDay(iso: iso) { return make(.day(day)) }
            guard let month = int("month"), let d = int("day") else { return nil }
            if let y = int("year") { return make(CalendarDay(year: y, month: month, day: d).map(ResolvedDate.day)) }
            guard let dct else { return make(nil, value: "XXXX-\(pad(month))-\(pad(d))", granularity: "day") }
            return make(nearestYear(month: month, dct: dct, forward: forward).flatMap { CalendarDay(year: $0, month: month, day: d) }.map(ResolvedDate.day))
        case "weekday":
            guard let weekday = int("weekday") else { return nil }
            guard let dct else { return make(nil, value: "XXXX-WXX-\(weekday)", granularity: "day") }
            let delta = forward ? (weekday - dct.weekday + 7) % 7 : -((dct.weekday - weekday + 7) % 7)
            return make(.day(dct.adding(days: delta)))
        case "month":
            guard let month = int("month") else { return nil }
            let part = field("part")
            if let y = int("year") { return make(.month(y, month, part: part)) }
            guard let dct else { return make(nil, value: "XXXX-\(pad(month))", granularity: part == nil ? "month" : "part-of-month") }
            if let shift = int("yearshift") { return make(.month(dct.year + shift, month, part: part)) }
            var y = dct.year
            if forward {
                if month < dct.month { y += 1 }
            } else if Tense.pointsBack(tokens, before: m.span.lowerBound) {
                if month > dct.month { y -= 1 }
            } else if month - dct.month > 6 {
                y -= 1
            } else if dct.month - month > 6 {
                y += 1
            }
            return make(.month(y, month, part: part))
        case "season":
            guard let season = field("season") else { return nil }
            guard let y = int("year") ?? dct?.year else { return make(nil, value: "XXXX-\(season)", granularity: "season") }
            return make(.season(y, season))
        case "half":
            guard let half = int("half"), let y = int("year") ?? dct?.year else { return nil }
            return make(.half(y, half))
        case "year":
            guard let y = int("year") else { return nil }
            return make(.year(y, part: field("part")))
        case "decade":
            guard let decade = int("decade") else { return nil }
            return make(.decade(decade))
        case "range":
            guard let from = int("from"), let raw = field("to"), let to = Int(raw) else { return nil }
            let end = raw.count == 2 ? from / 100 * 100 + to : to
            guard end > from else { return nil }
            return make(.range(from, end))
        case "relative":
            guard let dct, let unit = field("unit"), let shift = int("shift") else { return nil }
            let part = field("part")
            switch unit {
            case "day": return make(.day(dct.adding(days: shift)))
            case "week": return make(.week(containing: dct.adding(days: 7 * shift)))
            case "month":
                let index = dct.year * 12 + dct.month - 1 + shift
                return make(.month(index / 12, index % 12 + 1, part: part))
            case "year": return make(.year(dct.year + shift, part: part))
            default: return nil
            }
        default:
            return nil
        }
    }

    /// The year that puts a month nearest the publication date, forward or back as the tense says.
    static func nearestYear(month: Int, dct: CalendarDay, forward: Bool) -> Int? {
        if forward && month < dct.month - 6 { return dct.year + 1 }
        if !forward && month > dct.month + 6 { return dct.year - 1 }
        return dct.year
    }

    static func pad(_ n: Int) -> String { CalendarDay.pad(n, 2) }
}

/// Whether the words before an expression point it forward from the publication date.
enum Tense {
    static let forwardCues: [[String]] = RuleTable.words(PackageResources.tense_words).map { $0.split(separator: " ").map(String.init) }
    static let window = 10

    static let pastCues = Set(RuleTable.words(PackageResources.past_words))

    /// A cue of `Rules/tense.words` among the ten tokens before, within the same sentence.
    static func pointsForward(_ tokens: [DateToken], before i: Int) -> Bool {
        let words = wordsBefore(tokens, i)
        return forwardCues.contains { cue in
            words.count >= cue.count && (0...(words.count - cue.count)).contains { Array(words[$0..<($0 + cue.count)]) == cue }
        }
    }

    /// A cue of `Rules/past.words`, or a word in "-ed", among the ten tokens before.
    static func pointsBack(_ tokens: [DateToken], before i: Int) -> Bool {
        wordsBefore(tokens, i).contains { pastCues.contains($0) || $0.count > 3 && $0.hasSuffix("ed") }
    }

    private static func wordsBefore(_ tokens: [DateToken], _ i: Int) -> [String] {
        var from = i
        while from > 0, i - from < window, ![".", "?", "!"].contains(tokens[from - 1].text) { from -= 1 }
        return tokens[from..<i].map(\.lower)
    }
}

extension ResolvedDate {
    public static func day(_ d: CalendarDay) -> ResolvedDate {
        ResolvedDate(value: d.iso, granularity: .day, start: d, end: d, qualifier: nil)
    }

    /// A month, or a part of one: early is days 1–10, mid 11–20, late 21 to the end.
    static func month(_ y: Int, _ m: Int, part: String?) -> ResolvedDate {
        let length = CalendarDay.daysIn(month: m, year: y)
        let (from, to) = part == "early" ? (1, 10) : part == "mid" ? (11, 20) : part == "late" ? (21, length) : (1, length)
        let first = CalendarDay(year: y, month: m, day: from)!
        let last = CalendarDay(year: y, month: m, day: to)!
        return ResolvedDate(value: "\(CalendarDay.pad(y, 4))-\(CalendarDay.pad(m, 2))", granularity: part == nil ? .month : .partOfMonth,
                            start: first, end: last, qualifier: part)
    }

    static func year(_ y: Int, part: String?) -> ResolvedDate {
        ResolvedDate(value: CalendarDay.pad(y, 4), granularity: .year, start: CalendarDay(year: y, month: 1, day: 1)!,
                     end: CalendarDay(year: y, month: 12, day: 31)!, qualifier: part)
    }

    static func season(_ y: Int, _ code: String) -> ResolvedDate {
        let startMonth = ["SP": 3, "SU": 6, "FA": 9, "WI": 12][code] ?? 1
        let start = CalendarDay(year: y, month: startMonth, day: 1)!
        return ResolvedDate(value: "\(CalendarDay.pad(y, 4))-\(code)", granularity: .season, start: start, end: start.adding(days: 90), qualifier: nil)
    }

    static func half(_ y: Int, _ half: Int) -> ResolvedDate {
        let start = CalendarDay(year: y, month: half == 1 ? 1 : 7, day: 1)!
        let end = half == 1 ? CalendarDay(year: y, month: 6, day: 30)! : CalendarDay(year: y, month: 12, day: 31)!
        return ResolvedDate(value: "\(CalendarDay.pad(y, 4))-H\(half)", granularity: .half, start: start, end: end, qualifier: nil)
    }

    static func decade(_ d: Int) -> ResolvedDate {
        ResolvedDate(value: String(d), granularity: .decade, start: CalendarDay(year: d * 10, month: 1, day: 1)!,
                     end: CalendarDay(year: d * 10 + 9, month: 12, day: 31)!, qualifier: nil)
    }

    static func range(_ a: Int, _ b: Int) -> ResolvedDate {
        ResolvedDate(value: "\(CalendarDay.pad(a, 4))/\(CalendarDay.pad(b, 4))", granularity: .range,
                     start: CalendarDay(year: a, month: 1, day: 1)!, end: CalendarDay(year: b, month: 12, day: 31)!, qualifier: nil)
    }

    /// The ISO week (`2012-W25`) that contains the day.
    static func week(containing d: CalendarDay) -> ResolvedDate {
        let monday = d.adding(days: 1 - d.weekday)
        let thursday = monday.adding(days: 3)
        let jan1 = CalendarDay(year: thursday.year, month: 1, day: 1)!
        let week = (thursday.daysSince1970 - jan1.daysSince1970) / 7 + 1
        return ResolvedDate(value: "\(CalendarDay.pad(thursday.year, 4))-W\(CalendarDay.pad(week, 2))", granularity: .week,
                            start: monday, end: monday.adding(days: 6), qualifier: nil)
    }
}

/// The analysis' entry point for dates: every temporal expression of a text, resolved against `dct`.
public enum DateFinder {
    public static func find(in text: String, dct: CalendarDay?) -> [TemporalExpression] {
        let tokens = DateTokenizer.tokens(text)
        let scalars = Array(text.unicodeScalars)
        return DateMatcher.matches(tokens).compactMap { Anchor.resolve($0, tokens: tokens, text: scalars, dct: dct) }
    }
}
