import Corpus
import Support

/// A temporal expression found in a text: where it stands, what kind it is, and its value against
/// the publication date.
public struct TemporalExpression: Sendable, Equatable {
    public enum Kind: String, Sendable {
        /// A point or span on the calendar, or a reference to the present, past or future.
        case date = "DATE"
        /// A time of day, or a part of a day.
        case time = "TIME"
        /// A length of time ("for three years"): never an event.
        case duration = "DURATION"
        /// A recurrence ("every Monday"): never an event.
        case set = "SET"
    }

    public let text: String
    /// Unicode scalar offsets into the text, end exclusive.
    public let start: Int
    public let end: Int
    public let kind: Kind
    /// TIMEX3 value: `2031-03-04`, `2031-03`, `2031-W10`, `2031-SU`, `2031-H1`, `2031-Q3`, `199`, `19`,
    /// `1870/1895`, `2031-03-04TAF`, `2031-03-04T15:00`, `PRESENT_REF`, `P3Y`, `XXXX-WXX-1`.
    public let value: String
    public let granularity: String
    /// The calendar date, for dates and times that resolved against a publication day.
    public let date: ResolvedDate?
    /// The words before it point forward from the publication date ("will sign on Friday").
    public let forward: Bool
    /// The rule that found it.
    public let rule: String
    /// For "the next day", "two weeks later": the step from the time the story last spoke of.
    let narrativeStep: (unit: String, amount: Int)?
    /// What it is to the story's time (the rule's `story` field).
    let story: DateRule.Story

    /// The expression as TimeML marks it: a span of years ("1890-95", "from 1890 to 1921") is a
    /// TIMEX3 for each year written, at its own offsets; anything else is itself.
    public var timeMLParts: [TemporalExpression] {
        guard let date, date.granularity == .range else { return [self] }
        let scalars = Array(text.unicodeScalars)
        let lastDigits = scalars.reversed().prefix { $0.properties.numericType != nil }.count
        guard scalars.count >= 4 + lastDigits, lastDigits > 0 else { return [self] }
        func year(_ from: Int, _ to: Int, _ y: Int) -> TemporalExpression {
            let day = ResolvedDate.year(y, part: nil)
            return TemporalExpression(text: String(String.UnicodeScalarView(scalars[from..<to])), start: start + from, end: start + to,
                                      kind: kind, value: day.value, granularity: day.granularity.rawValue, date: day, forward: forward,
                                      rule: rule, narrativeStep: nil, story: story)
        }
        return [year(0, 4, date.start.year), year(scalars.count - lastDigits, scalars.count, date.end.year)]
    }

    /// The same expression, its offsets moved.
    func shifted(by delta: Int) -> TemporalExpression {
        TemporalExpression(text: text, start: start + delta, end: end + delta, kind: kind, value: value, granularity: granularity,
                           date: date, forward: forward, rule: rule, narrativeStep: narrativeStep, story: story)
    }

    public static func == (a: TemporalExpression, b: TemporalExpression) -> Bool {
        a.text == b.text && a.start == b.start && a.end == b.end && a.kind == b.kind && a.value == b.value
            && a.granularity == b.granularity && a.date == b.date && a.forward == b.forward && a.rule == b.rule
    }
}

/// Turns what a rule matched into a value: absolute parts as written, relative parts against the
/// publication date (`dct`); weekdays back by default and forward when the nearest tense cue says so;
/// a month or day without a year in the year that puts it nearest the publication date, unless the
/// tense points the other way. The rule's resolution (the kind after `=>` in `Rules/dates.rules`)
/// chooses which of the small resolutions below reads the match; never the rule's name.
enum Anchor {
    static func resolve(_ m: DateMatch, tokens: [DateToken], marks: [Tense.Mark], text: UnsafeBufferPointer<UInt8>, dct: CalendarDay?,
                        linkedDay: CalendarDay? = nil) -> TemporalExpression? {
        resolution(m.rule.kind)(resolving(m, tokens: tokens, marks: marks, text: text, dct: dct, linkedDay: linkedDay))
    }

    static func resolving(_ m: DateMatch, tokens: [DateToken], marks: [Tense.Mark], text: UnsafeBufferPointer<UInt8>, dct: CalendarDay?,
                          linkedDay: CalendarDay? = nil) -> Resolving {
        let first = tokens[m.span.lowerBound], last = tokens[m.span.upperBound - 1]
        return Resolving(match: m, surface: String(decoding: text[Int(first.byteStart)..<Int(last.byteEnd)], as: UTF8.self),
                         start: Int(first.start), end: Int(last.end), direction: Tense.direction(marks, before: m.span.lowerBound), dct: dct,
                         linkedDay: linkedDay)
    }

    /// The resolution each kind of rule names.
    static func resolution(_ kind: DateRule.Kind) -> (Resolving) -> TemporalExpression? {
        switch kind {
        case .none: return { _ in nil }
        case .duration: return duration
        case .set: return recurrence
        case .ref: return reference
        case .day: return day
        case .weekday: return weekday
        case .daypart: return daypart
        case .time: return time
        case .month: return month
        case .season: return season
        case .half: return half
        case .quarter: return quarter
        case .year: return year
        case .decade: return decade
        case .century: return century
        case .range: return range
        case .holiday: return holiday
        case .week: return week
        case .weekend: return weekend
        case .narrative: return narrative
        case .ago: return ago
        case .relative: return relative
        }
    }

    /// A length of time. A unit counted in others ("10Y" a decade, "2W" a fortnight) multiplies the amount: "three decades" is P30Y.
    static func duration(_ r: Resolving) -> TemporalExpression? {
        let raw = r.field("unit") ?? "Y"
        let factor = Int(raw.prefix { $0.isNumber }) ?? 1
        let unit = String(raw.drop { $0.isNumber })
        let amount = r.int("amount").map { $0 * factor }
        return r.make(nil, kind: .duration, value: "P" + (amount.map(String.init) ?? "X") + unit, granularity: "duration")
    }

    /// A recurrence: every such weekday, or every unit.
    static func recurrence(_ r: Resolving) -> TemporalExpression? {
        if let weekday = r.int("weekday") { return r.make(nil, kind: .set, value: "XXXX-WXX-\(weekday)", granularity: "set") }
        return r.make(nil, kind: .set, value: "P1" + (r.field("unit") ?? "D"), granularity: "set")
    }

    /// The present, the past or the future at large.
    static func reference(_ r: Resolving) -> TemporalExpression? {
        r.make(nil, value: r.field("value"), granularity: "reference")
    }

    /// A calendar day; without a year, the one nearest the publication date that the tense allows.
    static func day(_ r: Resolving) -> TemporalExpression? {
        if let iso = r.field("iso"), let day = CalendarDay(iso: iso) { return r.make(.day(day)) }
        guard let month = r.int("month"), let d = r.int("day") else { return nil }
        if let y = r.int("year") { return r.make(CalendarDay(year: y, month: month, day: d).map(ResolvedDate.day)) }
        guard let dct = r.dct else { return r.make(nil, value: "XXXX-\(pad(month))-\(pad(d))", granularity: "day") }
        return r.make(nearestYear(month: month, dct: dct, direction: r.direction).flatMap { CalendarDay(year: $0, month: month, day: d) }.map(ResolvedDate.day))
    }

    /// A weekday: back or forward by the tense, or by the direction word before it.
    static func weekday(_ r: Resolving) -> TemporalExpression? {
        guard let weekday = r.int("weekday") else { return nil }
        guard let dct = r.dct else { return r.make(nil, value: "XXXX-WXX-\(weekday)", granularity: "day") }
        // "this Friday" is the Friday of the publication day's week.
        if r.field("dir") == "this" { return r.make(.day(dct.adding(days: weekday - dct.weekday))) }
        let explicit: Tense.Direction? = r.field("dir") == "back" ? .back : r.field("dir") == "forward" ? .forward : nil
        return r.make(.day(Anchor.weekday(weekday, dct: dct, direction: explicit ?? r.direction, strict: explicit != nil)))
    }

    /// A part of a day, on the day it falls on.
    static func daypart(_ r: Resolving) -> TemporalExpression? {
        guard let code = r.field("part") else { return nil }
        guard let d = r.day() else { return r.make(nil, kind: .time, value: "XXXX-XX-XXT\(code)", granularity: "part-of-day") }
        return r.make(.day(d), kind: .time, value: d.iso + "T" + code, granularity: "part-of-day")
    }

    /// A time of day, on the day it falls on.
    static func time(_ r: Resolving) -> TemporalExpression? {
        guard var hour = r.field("clock").flatMap({ Int($0.split(separator: ":")[0]) }) ?? r.int("hour") else { return nil }
        let minute = r.field("clock").flatMap { $0.split(separator: ":").dropFirst().first.map(String.init) } ?? "00"
        switch r.field("meridiem") {
        case "pm": if hour < 12 { hour += 12 }
        case "am": if hour == 12 { hour = 0 }
        default: break
        }
        guard (0...24).contains(hour), Int(minute).map({ (0..<60).contains($0) }) == true else { return nil }
        let clock = pad(hour) + ":" + minute
        guard let d = r.day() else { return r.make(nil, kind: .time, value: "XXXX-XX-XXT" + clock, granularity: "time") }
        return r.make(.day(d), kind: .time, value: d.iso + "T" + clock, granularity: "time")
    }

    /// A month, or a part of one; without a year, the nearest the tense allows, or the one a direction word names.
    static func month(_ r: Resolving) -> TemporalExpression? {
        guard let month = r.int("month") else { return nil }
        let part = r.field("part")
        if let y = r.int("year") { return r.make(.month(y, month, part: part)) }
        guard let dct = r.dct else { return r.make(nil, value: "XXXX-\(pad(month))", granularity: part == nil ? "month" : "part-of-month") }
        if let shift = r.int("yearshift") { return r.make(.month(dct.year + shift, month, part: part)) }
        // "last April": the latest April before the publication month.
        if r.field("dir") == "back" { return r.make(.month(month < dct.month ? dct.year : dct.year - 1, month, part: part)) }
        return r.make(nearestYear(month: month, dct: dct, direction: r.direction).map { .month($0, month, part: part) })
    }

    /// A season: of a year, shifted from the publication date's, or the nearest the tense allows.
    static func season(_ r: Resolving) -> TemporalExpression? {
        guard let season = r.field("season") else { return nil }
        if let y = r.int("year") { return r.make(.season(y, season)) }
        guard let dct = r.dct else { return r.make(nil, value: "XXXX-\(season)", granularity: "season") }
        let startMonth = ResolvedDate.seasonStart[season] ?? 1
        var y = dct.year
        switch r.int("shift") {
        // "last spring": the one before the season the publication date is in, or the last one ended.
        case -1:
            y = startMonth <= dct.month ? dct.year : dct.year - 1
            if (dct.year - y) * 12 + dct.month - startMonth < 3 { y -= 1 }
        case 1: if startMonth <= dct.month { y += 1 }
        case 0: break
        // "the summer": the one nearest the publication date that the tense allows, as for a month.
        default: y = nearestYear(month: startMonth, dct: dct, direction: r.direction) ?? y
        }
        return r.make(.season(y, season))
    }

    /// The first or second half of a year, the publication date's by default.
    static func half(_ r: Resolving) -> TemporalExpression? {
        guard let half = r.int("half"), let y = r.int("year") ?? r.dct?.year else { return nil }
        return r.make(.half(y, half))
    }

    /// A quarter: named, or counted back from the publication date.
    static func quarter(_ r: Resolving) -> TemporalExpression? {
        if let q = r.int("q") {
            guard (1...4).contains(q) else { return nil }
            if let y = r.int("year") { return r.make(.quarter(y, q)) }
            guard let dct = r.dct else { return nil }
            if let shift = r.int("yearshift") { return r.make(.quarter(dct.year + shift, q)) }
            // "the third quarter": the one nearest the publication date, whatever the tense, since a
            // report ahead ("expects to report third-quarter results") still looks back at the quarter;
            // "the year-ago third quarter" is that one a year before.
            let back = r.int("yearago") == 1 ? 1 : 0
            return r.make(nearestYear(month: (q - 1) * 3 + 1, dct: dct, direction: .none).map { .quarter($0 - back, q) })
        }
        guard let dct = r.dct else { return nil }
        // "the latest quarter": the last one ended before the publication date; "a year earlier": that one
        // a year back; "this quarter": the one under way.
        let index = dct.year * 4 + (dct.month - 1) / 3 - (r.int("current") == 1 ? 0 : 1) - (r.int("yearago") == 1 ? 4 : 0)
        return r.make(.quarter(index / 4, index % 4 + 1))
    }

    /// A year as written, or shifted from the publication date's.
    static func year(_ r: Resolving) -> TemporalExpression? {
        if let y = r.int("year") { return r.make(.year(y, part: r.field("part"))) }
        guard let dct = r.dct, let shift = r.int("shift") else { return nil }
        return r.make(.year(dct.year + shift, part: r.field("part")))
    }

    static func decade(_ r: Resolving) -> TemporalExpression? {
        guard let decade = r.int("decade") else { return nil }
        return r.make(.decade(decade))
    }

    /// "the 20th century" → 19.
    static func century(_ r: Resolving) -> TemporalExpression? {
        guard let ordinal = r.int("ordinal") else { return nil }
        return r.make(nil, value: pad(ordinal - 1), granularity: "century")
    }

    /// A span of years; a two-digit end is in the century of the start ("1870-95").
    static func range(_ r: Resolving) -> TemporalExpression? {
        guard let from = r.int("from"), let raw = r.field("to"), let to = Int(raw) else { return nil }
        let end = raw.count == 2 ? from / 100 * 100 + to : to
        guard end > from else { return nil }
        return r.make(.range(from, end))
    }

    /// A holiday: in the year given, the one a direction word names, or the nearest the tense allows.
    static func holiday(_ r: Resolving) -> TemporalExpression? {
        guard let holiday = Holiday(fields: r.int, date: r.field("date")) else { return nil }
        if let y = r.int("year") { return r.make(holiday.day(in: y).map(ResolvedDate.day)) }
        guard let dct = r.dct, let thisYear = holiday.day(in: dct.year) else {
            guard let (month, day) = holiday.fixed else { return nil }
            return r.make(nil, value: "XXXX-\(pad(month))-\(pad(day))", granularity: "day")
        }
        let year: Int?
        switch r.field("dir") {
        case "this": year = dct.year
        case "back": year = thisYear < dct ? dct.year : dct.year - 1
        case "forward": year = thisYear > dct ? dct.year : dct.year + 1
        default: year = nearestYear(month: thisYear.month, dct: dct, direction: r.direction)
        }
        return r.make(year.flatMap { holiday.day(in: $0) }.map(ResolvedDate.day))
    }

    /// The week that holds a day; "the second week of May": the week that holds its 8th.
    static func week(_ r: Resolving) -> TemporalExpression? {
        if let nth = r.int("nth"), let month = r.int("month"), let dct = r.dct {
            guard (1...4).contains(nth), let y = nearestYear(month: month, dct: dct, direction: r.direction) else { return nil }
            return CalendarDay(year: y, month: month, day: nth * 7 - 6).flatMap { r.make(.week(containing: $0)) }
        }
        return r.day().flatMap { r.make(.week(containing: $0)) }
    }

    /// The Saturday before the publication day (or after it, looking forward), and its week.
    static func weekend(_ r: Resolving) -> TemporalExpression? {
        guard let dct = r.dct else { return r.make(nil, value: "XXXX-WXX-WE", granularity: "week") }
        let shift = r.int("shift") ?? (r.direction == .forward || r.direction == .near ? 1 : -1)
        let saturday = shift < 0 ? dct.adding(days: -((dct.weekday - 6 + 7) % 7)) : dct.adding(days: (6 - dct.weekday + 7) % 7)
        let week = ResolvedDate.week(containing: saturday)
        return r.make(ResolvedDate(value: week.value + "-WE", granularity: .week, start: saturday, end: saturday.adding(days: 1), qualifier: nil))
    }

    /// A step from the story's time: resolved here against the publication date; the narrative pass moves it to the story's time.
    static func narrative(_ r: Resolving) -> TemporalExpression? {
        guard let dct = r.dct, let unit = r.field("unit"), let shift = r.narrativeShift else { return nil }
        return r.make(shifted(dct, unit: unit, by: shift))
    }

    /// So many units before the publication date; without a count, the past at large.
    static func ago(_ r: Resolving) -> TemporalExpression? {
        guard let dct = r.dct, let unit = r.field("unit") else { return r.make(nil, value: "PAST_REF", granularity: "reference") }
        guard let amount = r.int("amount") else { return r.make(nil, value: "PAST_REF", granularity: "reference") }
        return r.make(shifted(dct, unit: unit, by: -amount))
    }

    /// A unit shifted from the publication date's. The shift is a number, or a direction word's: "the end of next month", "earlier last year".
    static func relative(_ r: Resolving) -> TemporalExpression? {
        let byDirection = ["back": -1, "this": 0, "forward": 1][r.field("dir") ?? ""]
        guard let dct = r.dct, let unit = r.field("unit"), let shift = r.int("shift") ?? byDirection else { return nil }
        let part = r.field("part")
        switch unit {
        case "day": return r.make(.day(dct.adding(days: shift)))
        case "week": return r.make(.week(containing: dct.adding(days: 7 * shift)))
        case "month":
            let index = dct.year * 12 + dct.month - 1 + shift
            return r.make(.month(index / 12, index % 12 + 1, part: part))
        case "year": return r.make(.year(dct.year + shift, part: part))
        case "decade": return r.make(.decade(dct.year / 10 + shift))
        default: return nil
        }
    }

    /// The publication day moved by whole units, at the unit's granularity: "two weeks ago" is a week.
    static func shifted(_ dct: CalendarDay, unit: String, by amount: Int) -> ResolvedDate? {
        switch unit {
        case "D": return .day(dct.adding(days: amount))
        case "W": return .week(containing: dct.adding(days: 7 * amount))
        case "M":
            let index = dct.year * 12 + dct.month - 1 + amount
            return .month(index / 12, index % 12 + 1, part: nil)
        case "Q":
            let index = dct.year * 4 + (dct.month - 1) / 3 + amount
            return .quarter(index / 4, index % 4 + 1)
        case "Y": return .year(dct.year + amount, part: nil)
        case "10Y": return .decade((dct.year + 10 * amount) / 10)
        default: return nil
        }
    }

    /// The weekday nearest the publication day in the given direction (a plan's, forward); with no
    /// direction, back (news reports the past) or the day itself. `strict` ("last Friday", "next Friday")
    /// never means that day.
    static func weekday(_ weekday: Int, dct: CalendarDay, direction: Tense.Direction, strict: Bool) -> CalendarDay {
        let forward = direction == .forward || direction == .near
        var delta = forward ? (weekday - dct.weekday + 7) % 7 : -((dct.weekday - weekday + 7) % 7)
        if strict && delta == 0 { delta = forward ? 7 : -7 }
        return dct.adding(days: delta)
    }

    /// The year for a month named without one: with no cue, the last such month up to the publication
    /// month, unless it comes within the next two months (news tells what happened, and what is about
    /// to); a past cue keeps only the next month ahead, a forward cue only the publication month behind,
    /// a plan's infinitive the nearer of the two.
    static func nearestYear(month: Int, dct: CalendarDay, direction: Tense.Direction) -> Int? {
        let ahead = (month - dct.month + 12) % 12  // 0 … 11 months from the publication month
        // A plan's infinitive ("to take effect in January") reaches the nearest one, up to half a year ahead.
        let limit = direction == .forward ? 11 : direction == .back ? 1 : direction == .near ? 6 : 2
        if ahead == 0 { return dct.year }
        if ahead <= limit { return month > dct.month ? dct.year : dct.year + 1 }
        return month < dct.month ? dct.year : dct.year - 1
    }

    static func pad(_ n: Int) -> String { CalendarDay.pad(n, 2) }
}

/// A match as the resolutions read it: its fields, where it stands, the tense before it and the publication day.
struct Resolving {
    let match: DateMatch
    let surface: String
    let start: Int, end: Int
    let direction: Tense.Direction
    let dct: CalendarDay?
    /// The day of a date the time is joined to ("5 p.m. on Friday", "Sept. 14 at noon"), when its own words name none.
    var linkedDay: CalendarDay? = nil

    /// A field names a class the pattern matched, or gives a constant; a class that did not match gives nothing.
    func field(_ name: String) -> String? {
        guard let raw = match.rule.fields[name] else { return nil }
        if let value = match.values[raw] { return value }
        return DateRule.classNames.contains(raw) ? nil : raw
    }

    func int(_ name: String) -> Int? {
        // A year said aloud: "nineteen ninety-six" → 1996.
        if name == "year", let century = field("spoken").flatMap({ Int($0) }), let tens = match.values["TENS"].flatMap({ Int($0) }) {
            return century * 100 + tens * 10 + (match.values["DIGITWORD"].flatMap { Int($0) } ?? 0)
        }
        return field(name).flatMap { Int($0) }
    }

    /// A narrative rule's shift, back from the story's time with `back` ("three days before").
    var narrativeShift: Int? { int("shift").map { field("back") != nil ? -$0 : $0 } }

    func make(_ date: ResolvedDate?, kind: TemporalExpression.Kind = .date, value: String? = nil, granularity: String? = nil) -> TemporalExpression? {
        guard let value = value ?? date?.value, let granularity = granularity ?? date?.granularity.rawValue else { return nil }
        let step: (String, Int)? = match.rule.kind == .narrative ? field("unit").flatMap { u in narrativeShift.map { (u, $0) } } : nil
        return TemporalExpression(text: surface, start: start, end: end, kind: kind, value: value,
                                  granularity: granularity, date: date, forward: direction == .forward, rule: match.rule.name,
                                  narrativeStep: step, story: match.rule.story)
    }

    /// Whether its own words name the day it falls on: a weekday, a date, a shift ("yesterday").
    var namesItsDay: Bool {
        int("weekday") != nil || (int("month") != nil && int("day") != nil) || field("shift") != nil
    }

    /// The day a time or part of a day falls on: a date joined to it, a weekday, a shift from the publication day, a date, or that day itself.
    func day() -> CalendarDay? {
        if !namesItsDay, let linkedDay { return linkedDay }
        guard let dct else { return nil }
        if let weekday = int("weekday") { return Anchor.weekday(weekday, dct: dct, direction: direction, strict: false) }
        if let month = int("month"), let d = int("day") {
            return Anchor.nearestYear(month: month, dct: dct, direction: direction).flatMap { CalendarDay(year: $0, month: month, day: d) }
        }
        return dct.adding(days: int("shift") ?? 0)
    }
}

/// The tense around an expression, from the nearest cue before it in its sentence.
enum Tense {
    /// `near`: a plan told in an infinitive ("agreed to extend the contract through Jan. 15"), whose time
    /// the tense of the clause before does not set: a weekday forward, a month the nearest one; planned
    /// only when that falls after the publication day.
    enum Direction { case forward, back, near, none }

    /// A cue of `Rules/tense.words`: its words, and what it marks: forward, an infinitive's plan
    /// (`near`), or back (`back`: a modal's perfect, "would have paid").
    struct Cue { let words: [String]; let mark: Mark }

    /// The cues of `Rules/tense.words`, by their last word.
    static let cues: [String: [Cue]] = Dictionary(
        grouping: RuleTable.rows(PackageResources.tense_words).map { row in
            Cue(words: row[0].split(separator: " ").map(String.init),
                mark: row.dropFirst().contains("near") ? .near : row.dropFirst().contains("back") ? .back : .forward)
        },
        by: { $0.words.last! })
    static let pastCues = Set(RuleTable.words(PackageResources.past_words))
    static let window = 14

    /// What each token says of the tense: a cue of `Rules/tense.words` ends there; a word of
    /// `Rules/past.words`, or a past tense in "-ed" — not a name ("United"), not "need" or "speed",
    /// neither of them a participle after "be", "is" or "are" ("could be signed", "is held", where the
    /// words before decide); or the end of a sentence.
    /// `present`: "is" or "are", a clause in the present tense whose time the words before it do not set
    /// ("said it is calling the bonds on Dec. 7").
    enum Mark { case none, forward, near, back, present, sentenceEnd }

    /// What a spelling can say of the tense, whatever its neighbours.
    enum WordKind {
        case none, sentenceEnd, past, be, present
        /// A period: the end of a sentence unless it closes an abbreviation or an initial ("Daniel P. Moss").
        case period
        /// The last word of a cue; `pastCueEnd` also marks the past where the cue is not there.
        case cueEnd, pastCueEnd
    }

    /// What the tense tables say of a lower-cased word: sentence ends, the last words of cues,
    /// past words, forms of "be". Read once per word, into `DateLexicon.vocabulary`.
    static func listedKind(_ w: String) -> WordKind {
        if w == "." { return .period }
        if sentenceEnds.contains(w) { return .sentenceEnd }
        if cues[w] != nil { return pastCues.contains(w) ? .pastCueEnd : .cueEnd }
        if pastCues.contains(w) { return .past }
        if presentForms.contains(w) { return .present }
        if beForms.contains(w) { return .be }
        return .none
    }

    /// Every word `listedKind` says something of.
    static var listedWords: Set<String> { sentenceEnds.union(cues.keys).union(pastCues).union(beForms) }

    static let sentenceEnds: Set<String> = [".", "?", "!"]

    /// A lower-case word in the past tense: a word of `Rules/past.words` ("went") or one by its ending ("voted").
    static func isPastForm(_ lower: String) -> Bool { pastCues.contains(lower) || isPastByEnding(lower, capitalized: false) }

    /// A past tense by its ending (`past-ending` in `Rules/date-grammar.rules`): not a name ("United"),
    /// not "need" or "speed".
    static func isPastByEnding(_ lower: String, capitalized: Bool) -> Bool {
        !capitalized && lower.utf8.count > 3 && pastEndings.contains { lower.hasSuffix($0) } && !notPastEndings.contains { lower.hasSuffix($0) }
    }

    static let pastEndings = DateLexicon.grammar["past-ending"]!
    static let notPastEndings = DateLexicon.grammar["not-past-ending"]!

    /// The forms of "be" before a participle that does not mark the past.
    static let beForms = DateLexicon.grammar["be"]!
    /// The forms of "be" in the present tense.
    static let presentForms = DateLexicon.grammar["present"]!

    /// Every word of the cues, numbered, and each cue as those numbers, by the number of its last word.
    static let cueWordIDs: [String: Int32] = {
        var ids: [String: Int32] = [:]
        for cue in cues.values.joined() { for word in cue.words where ids[word] == nil { ids[word] = Int32(ids.count) } }
        return ids
    }()
    static let cuesByLastWord: [Int32: [(words: [Int32], mark: Mark)]] = cues.reduce(into: [:]) { table, entry in
        // The longest cue first: "been expected" before "expected".
        table[cueWordIDs[entry.key]!] = entry.value.sorted { $0.words.count > $1.words.count }
            .map { (words: $0.words.map { cueWordIDs[$0]! }, mark: $0.mark) }
    }

    static func marks(_ text: InternedTokens) -> [Mark] {
        let tokens = text.tokens
        var marks = [Mark](repeating: .none, count: tokens.count)
        for j in tokens.indices {
            let spelling = text.spelling(j)
            switch spelling.tense {
            case .none, .be: continue
            case .present: marks[j] = .present
            case .sentenceEnd: marks[j] = .sentenceEnd
            case .period:
                let closesAbbreviation = j > 0 && !tokens[j].gapBefore && text.spelling(j - 1).closesAbbreviation
                marks[j] = closesAbbreviation ? .none : .sentenceEnd
            case .cueEnd, .pastCueEnd:
                let matched = cuesByLastWord[spelling.cueWord]!.first { cue in
                    j + 1 >= cue.words.count && cue.words.indices.allSatisfy { text.spelling(j + 1 - cue.words.count + $0).cueWord == cue.words[$0] }
                }
                // An infinitive after a forward cue ("going to meet", "set to vote") is as forward as the cue.
                marks[j] = matched.map { $0.mark != .near ? $0.mark : marks[j + 1 - $0.words.count] != .forward ? .near : .forward }
                    ?? (spelling.tense == .pastCueEnd ? .back : .none)
            case .past:
                let passive = j > 0 && [.be, .present].contains(text.spelling(j - 1).tense)
                marks[j] = passive ? .none : .back
            }
        }
        return marks
    }

    /// The nearest cue among the fourteen tokens before `i`, within its sentence.
    static func direction(_ marks: [Mark], before i: Int) -> Direction {
        var j = i - 1
        while j >= 0, i - j <= window {
            switch marks[j] {
            case .sentenceEnd, .present: return .none
            case .forward: return .forward
            case .near: return .near
            case .back: return .back
            case .none: j -= 1
            }
        }
        return .none
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

    static let seasonStart = ["SP": 3, "SU": 6, "FA": 9, "WI": 12]

    static func season(_ y: Int, _ code: String) -> ResolvedDate {
        let startMonth = seasonStart[code] ?? 1
        let start = CalendarDay(year: y, month: startMonth, day: 1)!
        return ResolvedDate(value: "\(CalendarDay.pad(y, 4))-\(code)", granularity: .season, start: start, end: start.adding(days: 90), qualifier: nil)
    }

    static func half(_ y: Int, _ half: Int) -> ResolvedDate {
        let start = CalendarDay(year: y, month: half == 1 ? 1 : 7, day: 1)!
        let end = half == 1 ? CalendarDay(year: y, month: 6, day: 30)! : CalendarDay(year: y, month: 12, day: 31)!
        return ResolvedDate(value: "\(CalendarDay.pad(y, 4))-H\(half)", granularity: .half, start: start, end: end, qualifier: nil)
    }

    static func quarter(_ y: Int, _ q: Int) -> ResolvedDate {
        let start = CalendarDay(year: y, month: (q - 1) * 3 + 1, day: 1)!
        let endMonth = q * 3
        return ResolvedDate(value: "\(CalendarDay.pad(y, 4))-Q\(q)", granularity: .quarter, start: start,
                            end: CalendarDay(year: y, month: endMonth, day: CalendarDay.daysIn(month: endMonth, year: y))!, qualifier: nil)
    }

    static func decade(_ d: Int) -> ResolvedDate {
        ResolvedDate(value: String(d), granularity: .decade, start: CalendarDay(year: d * 10, month: 1, day: 1)!,
                     end: CalendarDay(year: d * 10 + 9, month: 12, day: 31)!, qualifier: nil)
    }

    static func range(_ a: Int, _ b: Int) -> ResolvedDate {
        ResolvedDate(value: "\(CalendarDay.pad(a, 4))/\(CalendarDay.pad(b, 4))", granularity: .range,
                     start: CalendarDay(year: a, month: 1, day: 1)!, end: CalendarDay(year: b, month: 12, day: 31)!, qualifier: nil)
    }

    /// The ISO week (`2031-W10`) that contains the day.
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
        var text = text
        return text.withUTF8 { utf8 in
            let interned = InternedTokens(DateTokenizer.tokenize(utf8))
            let marks = Tense.marks(interned)
            let matches = DateMatcher.matches(interned)
            var found = matches.map { Anchor.resolve($0, tokens: interned.tokens, marks: marks, text: utf8, dct: dct) }
            ClockDay.join(&found, matches, tokens: interned.tokens, marks: marks, text: utf8, dct: dct)
            return Narrative.anchor(found.compactMap { $0 })
        }
    }
}

/// The day a clock time falls on when its own words name none. Joined to the date beside it,
/// "11:59 p.m. on Thursday, Sept. 14", "about 2 a.m. local time (0900 GMT) on Sunday" and "the Sept. 14
/// at 11:59 p.m. deadline" fall on that date; the words that join them are `clock-then-day` and
/// `day-then-clock` in `Rules/date-grammar.rules`, a comma may stand before them or alone, and a
/// bracket or the words of `clock-aside` ("local time") between them change nothing. Each stays an
/// expression of its own, as TimeML marks them. A time joined to no date falls on the day the text
/// last named, the day its story is on ("police were called on Sunday … the man was found around
/// 6:50 a.m."), else on the publication day.
enum ClockDay {
    static let afterClock = DateLexicon.grammar["clock-then-day"]!
    static let beforeClock = DateLexicon.grammar["day-then-clock"]!
    static let aside = DateLexicon.grammar["clock-aside"]!

    static func join(_ found: inout [TemporalExpression?], _ matches: [DateMatch], tokens: [DateToken], marks: [Tense.Mark],
                     text: UnsafeBufferPointer<UInt8>, dct: CalendarDay?) {
        func day(_ j: Int) -> CalendarDay? {
            guard let e = found[j], e.kind != .duration, e.kind != .set, let date = e.date, date.granularity == .day else { return nil }
            return date.start
        }
        /// Whether only a joining word (or a comma) stands between two expressions, brackets and asides apart.
        func joins(_ from: Int, _ to: Int, _ joining: Set<String>) -> Bool {
            var words: [String] = [], word = "", depth = 0
            for byte in text[Int(tokens[from].byteEnd)..<Int(tokens[to].byteStart)] {
                switch byte {
                case UInt8(ascii: "("): depth += 1
                case UInt8(ascii: ")"): depth -= 1
                case _ where depth > 0: continue
                case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\t"): if !word.isEmpty { words.append(word); word = "" }
                case UInt8(ascii: ","): if !word.isEmpty { words.append(word); word = "" }; words.append(",")
                default: word.append(Character(Unicode.Scalar(byte < 0x80 ? byte : 0x3F)).lowercased())
                }
            }
            if !word.isEmpty { words.append(word) }
            words.removeAll { aside.contains($0) }
            let rest = words.first == "," ? words.dropFirst() : words[...]
            return rest.isEmpty ? !words.isEmpty : rest.count == 1 && joining.contains(rest.first!)
        }
        func opensBracket(_ from: Int, _ to: Int) -> Bool {
            text[Int(tokens[from].byteEnd)..<Int(tokens[to].byteStart)].last { $0 != UInt8(ascii: " ") } == UInt8(ascii: "(")
        }
        func namesItsDay(_ j: Int) -> Bool {
            Anchor.resolving(matches[j], tokens: tokens, marks: marks, text: text, dct: dct).namesItsDay
        }
        var storyDay: CalendarDay?
        for i in found.indices {
            guard let e = found[i] else { continue }
            // A day still to come is a plan the story tells of, not the day it is on.
            defer { if let d = day(i), dct.map({ d <= $0 }) ?? true { storyDay = d } }
            guard matches[i].rule.kind == .time, !namesItsDay(i) else { continue }
            // The same time in another zone, in brackets, gives its day ("4 in the morning (4 a.m. EDT
            // Thursday)") or stands aside ("2 a.m. (0900 GMT) on Sunday").
            var after = found.indices.dropFirst(i + 1).first { found[$0] != nil }
            var linked = storyDay
            if let j = after, matches[j].rule.kind == .time, opensBracket(matches[i].span.upperBound - 1, matches[j].span.lowerBound) {
                if namesItsDay(j) { linked = day(j) }
                after = found.indices.dropFirst(j + 1).first { found[$0] != nil }
            }
            let before = found[..<i].lastIndex { $0 != nil }
            if let next = after, let d = day(next), joins(matches[i].span.upperBound - 1, matches[next].span.lowerBound, afterClock) {
                linked = d
            } else if let previous = before, let d = day(previous),
                      joins(matches[previous].span.upperBound - 1, matches[i].span.lowerBound, beforeClock)
                        || matches[previous].rule.kind == .time && opensBracket(matches[previous].span.upperBound - 1, matches[i].span.lowerBound) {
                linked = d
            }
            if let linked {
                found[i] = Anchor.resolve(matches[i], tokens: tokens, marks: marks, text: text, dct: dct, linkedDay: linked)
            }
        }
    }
}

/// Relative expressions that follow the narrative rather than the publication date: "a year earlier"
/// after "the third quarter" is the third quarter a year before; after a day, that day a year before.
enum Narrative {
    static func anchor(_ expressions: [TemporalExpression]) -> [TemporalExpression] {
        var out: [TemporalExpression] = []
        var last: TemporalExpression?
        for e in expressions {
            var e = e
            func moved(to date: ResolvedDate) -> TemporalExpression {
                TemporalExpression(text: e.text, start: e.start, end: e.end, kind: e.kind, value: date.value,
                                   granularity: date.granularity.rawValue, date: date, forward: e.forward, rule: e.rule, narrativeStep: nil, story: e.story)
            }
            if e.story == .yearBefore, e.value.count == 4, let reference = last?.date, let shifted = yearBefore(reference) {
                e = moved(to: shifted)
            } else if let step = e.narrativeStep, let reference = last?.date, isFine(reference.granularity, for: step.unit),
                      let shifted = Anchor.shifted(reference.start, unit: step.unit, by: step.amount) {
                e = moved(to: shifted)
            } else if e.story == .later {
                // Counted from the publication date, "two weeks later" would be a time to come: it keeps its value, but dates nothing.
                e = TemporalExpression(text: e.text, start: e.start, end: e.end, kind: e.kind, value: e.value, granularity: e.granularity,
                                       date: nil, forward: e.forward, rule: e.rule, narrativeStep: nil, story: e.story)
            }
            // The narrative's time is what the text last dated outright, not what it dated from that.
            if e.date != nil, e.granularity != "reference", e.story == .sets || e.story == .later { last = e }
            out.append(e)
        }
        return out
    }

    /// Whether a time the text spoke of pins down the unit a step counts in: "the next day" needs a
    /// day to count from, "that month" a month or a day in it; after "the 1990s" neither has one.
    static func isFine(_ g: ResolvedDate.Granularity, for unit: String) -> Bool {
        switch unit {
        case "D": return g == .day
        case "W": return g == .day || g == .week
        case "M": return [.day, .week, .month, .partOfMonth].contains(g)
        case "Q": return [.day, .week, .month, .partOfMonth, .quarter].contains(g)
        case "Y": return ![.decade, .range].contains(g)
        default: return g != .range
        }
    }

    /// The same span of time one year earlier, for the spans a year can shift: quarters, months, days.
    static func yearBefore(_ d: ResolvedDate) -> ResolvedDate? {
        switch d.granularity {
        case .quarter: return .quarter(d.start.year - 1, (d.start.month - 1) / 3 + 1)
        case .month: return .month(d.start.year - 1, d.start.month, part: nil)
        case .day: return CalendarDay(year: d.start.year - 1, month: d.start.month, day: min(d.start.day, 28)).map(ResolvedDate.day)
        default: return nil
        }
    }
}
