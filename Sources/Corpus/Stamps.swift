import Support

/// Reads the date forms that label an article: a "Published : June 28, 2012 - 15:38" stamp, a dateline
/// line "June 29, 2012 11:16", and the full dates in its text from which a date can be inferred.
enum Stamps {
    /// A whole line (after any label) that is a date and optionally a time; nil when anything else is there.
    /// A weekday may open it ("Fri, 17 Sep, 2021 - 20:55") and the time may come first ("1:42 PM, Sep 22, 2021").
    static func parseLine(_ text: String) -> PublicationStamp? {
        var tokens = tokenize(text)
        // A leading time of day, with its meridiem or zone labels.
        var leadingTime: String?
        if let first = tokens.first, let time = ClockTime.parse(first) {
            var used = 1
            while used < tokens.count, used <= 2, isTimeLabel(tokens[used]), fullDate(tokens, at: used) == nil { used += 1 }
            leadingTime = afternoon(time, tokens[1..<used])
            tokens.removeFirst(used)
            while let first = tokens.first, ["-", "–", "|", "on", "/"].contains(first) { tokens.removeFirst() }
        }
        // A leading weekday: a short capitalised word right before the date.
        if fullDate(tokens, at: 0) == nil, let first = tokens.first, (2...9).contains(first.count),
           first.first?.isUppercase == true, first.dropLast(first.hasSuffix(".") ? 1 : 0).allSatisfy(\.isLetter),
           MonthNames.number(first) == nil, fullDate(tokens, at: 1) != nil {
            tokens.removeFirst()
        }
        guard let (day, used) = fullDate(tokens, at: 0) else { return nil }
        var rest = tokens[used...]
        while let first = rest.first, ["-", "–", "|", "at", "/"].contains(first) { rest = rest.dropFirst() }
        if rest.isEmpty { return PublicationStamp(day: day, time: leadingTime) }
        guard leadingTime == nil, let time = ClockTime.parse(rest.first!) else { return nil }
        rest = rest.dropFirst()
        // Trailing meridiem and time-zone labels are allowed: "15:38 KST", "11:16 am", "4:13 PM EDT".
        guard rest.count <= 2, rest.allSatisfy(isTimeLabel) else { return nil }
        return PublicationStamp(day: day, time: afternoon(time, rest))
    }

    /// "1:42" before "PM" is 13:42.
    private static func afternoon(_ time: String, _ labels: ArraySlice<String>) -> String {
        guard labels.contains(where: { ["pm", "p.m."].contains($0.lowercased()) }), let h = Int(time.prefix(2)), h < 12 else { return time }
        return CalendarDay.pad(h + 12, 2) + time.dropFirst(2)
    }

    /// "PM", "KST", "a.m.": a short label after a time of day.
    private static func isTimeLabel(_ s: String) -> Bool {
        s.count <= 4 && s.allSatisfy { $0.isLetter || $0 == "." }
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

    /// A dateline opening the text: "LIRSA, June 28 (Wire) -- …", "PARIS, 3 May 2021 — …".
    /// Returns the month and day, the year if written, the agency if named, and the text after it.
    static func leadingDateline(_ text: String) -> (month: Int, day: Int, year: Int?, agency: String?, rest: String)? {
        guard let comma = text.firstIndex(of: ","), text.distance(from: text.startIndex, to: comma) <= 40 else { return nil }
        let place = text[..<comma].split(separator: " ")
        guard (1...4).contains(place.count), place.allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
        var rest = Substring(text[text.index(after: comma)...]).drop(while: { $0 == " " })
        // The date: "June 28", "June 28, 2012", "28 June 2012".
        let words = rest.split(separator: " ", maxSplits: 4).map { $0.trimmingCharacters(in: ",") }
        guard words.count >= 3 else { return nil }
        var month: Int?, day: Int?, year: Int?, used = 0
        if let m = MonthNames.number(words[0]), let d = Int(words[1]), (1...31).contains(d) {
            (month, day, used) = (m, d, 2)
        } else if let d = Int(words[0]), (1...31).contains(d), let m = MonthNames.number(words[1]) {
            (month, day, used) = (m, d, 2)
        }
        guard let month, let day else { return nil }
        if words[used].count == 4, let y = Int(words[used]), (1000...2999).contains(y) { year = y; used += 1 }
        for _ in 0..<used { rest = rest.drop(while: { $0 != " " }).drop(while: { $0 == " " }) }
        var agency: String?
        if rest.hasPrefix("("), let close = rest.firstIndex(of: ")") {
            agency = String(rest[rest.index(after: rest.startIndex)..<close])
            rest = rest[rest.index(after: close)...].drop(while: { $0 == " " })
        }
        // The dateline ends at a dash or a colon.
        for separator in ["--", "—", "–", "-", ":"] where rest.hasPrefix(separator) {
            let body = rest.dropFirst(separator.count).drop(while: { $0 == " " })
            return body.isEmpty ? nil : (month, day, year, agency, String(body))
        }
        return nil
    }
}
