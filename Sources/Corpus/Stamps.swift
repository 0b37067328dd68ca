/// Reads the date forms that label an article: a "Published : June 28, 2012 - 15:38" stamp, a dateline
/// line "June 29, 2012 11:16", and the full dates in its text from which a date can be inferred.
enum Stamps {
    /// A whole line (after any label) that is a date and optionally a time; nil when anything else is there.
    static func parseLine(_ text: String) -> PublicationStamp? {
        let tokens = tokenize(text)
        guard let (day, used) = fullDate(tokens, at: 0) else { return nil }
        var rest = tokens[used...]
        while let first = rest.first, ["-", "–", "|", "at", "/"].contains(first) { rest = rest.dropFirst() }
        if rest.isEmpty { return PublicationStamp(day: day) }
        guard let time = ClockTime.parse(rest.first!) else { return nil }
        rest = rest.dropFirst()
        // A trailing time-zone or meridiem label is allowed: "15:38 KST", "11:16 am".
        guard rest.count <= 1, rest.allSatisfy({ $0.count <= 4 && $0.allSatisfy(\.isLetter) }) else { return nil }
        return PublicationStamp(day: day, time: time)
    }

    /// Every full date (day, month and year) written in running text, in order.
    static func fullDates(in text: String) -> [CalendarDay] {
        let tokens = tokenize(text)
        var days: [CalendarDay] = []
        var i = 0
        while i < tokens.count {
            if let (day, used) = fullDate(tokens, at: i) {
                days.append(day)
                i += used
            } else {
                i += 1
            }
        }
        return days
    }

    /// "June 28, 2012", "Jun. 28 2012", "28 June 2012", "2012-06-28", "2012.06.28", "2012/06/28".
    static func fullDate(_ t: [String], at i: Int) -> (CalendarDay, Int)? {
        guard i < t.count else { return nil }
        if let day = isoLike(t[i]) { return (day, 1) }
        if i + 2 < t.count, let m = MonthNames.number(t[i]), let d = dayNumber(t[i + 1]), let y = year(t[i + 2]),
           let day = CalendarDay(year: y, month: m, day: d) {
            return (day, 3)
        }
        if i + 2 < t.count, let d = dayNumber(t[i]), let m = MonthNames.number(t[i + 1]), let y = year(t[i + 2]),
           let day = CalendarDay(year: y, month: m, day: d) {
            return (day, 3)
        }
        return nil
    }

    private static func isoLike(_ s: String) -> CalendarDay? {
        for sep in ["-", ".", "/"] {
            let parts = s.split(separator: Character(sep))
            if parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
               (1...2).contains(parts[1].count), (1...2).contains(parts[2].count) {
                return CalendarDay(year: y, month: m, day: d)
            }
        }
        return nil
    }

    private static func dayNumber(_ s: String) -> Int? {
        var digits = Substring(s)
        for suffix in ["st", "nd", "rd", "th"] where digits.hasSuffix(suffix) { digits = digits.dropLast(2) }
        guard (1...2).contains(digits.count), let d = Int(digits), (1...31).contains(d) else { return nil }
        return d
    }

    private static func year(_ s: String) -> Int? {
        guard s.count == 4, let y = Int(s), (1000...2999).contains(y) else { return nil }
        return y
    }

    /// Words and numbers, with commas dropped and a lone dash kept as its own token.
    static func tokenize(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" })
            .map { token in
                var t = String(token)
                while let last = t.last, last == ":" || last == ";" || last == ")" { t.removeLast() }
                while let first = t.first, first == "(" { t.removeFirst() }
                return t
            }
            .filter { !$0.isEmpty }
    }
}
