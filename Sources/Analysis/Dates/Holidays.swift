import Corpus
import Support

/// The day a holiday falls on in a given year, as `Rules/dates.rules` describes it: a fixed day of
/// the year (`date=12-25`), the nth weekday of a month (`month=11 weekday=4 nth=4`; nth -1 is the
/// last), or days from Easter Sunday (`easter=-2`).
struct Holiday {
    let fixed: (month: Int, day: Int)?
    let nthWeekday: (month: Int, weekday: Int, nth: Int)?
    let fromEaster: Int?

    /// The holiday a rule's fields describe, or nil when they describe none.
    init?(fields: (String) -> Int?, date: String?) {
        let parts = date?.split(separator: "-").compactMap { Int($0) } ?? []
        fixed = parts.count == 2 ? (parts[0], parts[1]) : nil
        if let month = fields("month"), let weekday = fields("weekday"), let nth = fields("nth") {
            nthWeekday = (month, weekday, nth)
        } else {
            nthWeekday = nil
        }
        fromEaster = fields("easter")
        if fixed == nil && nthWeekday == nil && fromEaster == nil { return nil }
    }

    func day(in year: Int) -> CalendarDay? {
        if let (month, day) = fixed { return CalendarDay(year: year, month: month, day: day) }
        if let (month, weekday, nth) = nthWeekday {
            if nth < 0 {
                guard let last = CalendarDay(year: year, month: month, day: CalendarDay.daysIn(month: month, year: year)) else { return nil }
                return last.adding(days: -((last.weekday - weekday + 7) % 7) + 7 * (nth + 1))
            }
            guard let first = CalendarDay(year: year, month: month, day: 1) else { return nil }
            return first.adding(days: (weekday - first.weekday + 7) % 7 + 7 * (nth - 1))
        }
        if let offset = fromEaster { return Self.easterSunday(year).adding(days: offset) }
        return nil
    }

    /// Easter Sunday in the Gregorian calendar, by the anonymous Gregorian computus.
    static func easterSunday(_ year: Int) -> CalendarDay {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let n = h + l - 7 * m + 114
        return CalendarDay(year: year, month: n / 31, day: n % 31 + 1)!
    }
}
