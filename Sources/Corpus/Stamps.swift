import Support

/// Reads the date forms that label an article: a "Published : March 3, 2031 - 09:12" stamp, a dateline
/// line "March 4, 2031 10:05", and the full dates in its text from which a date can be inferred.
enum Stamps {
    /// The word sets of `Rules/stamp-words.rules`.
    static let words = RuleTable.sets(PackageResources.stamp_words_rules)
    static let afterTime = words["after-time"]!, afterDate = words["after-date"]!, afterLabel = words["after-label"]!
    static let afternoonLabels = words["afternoon"]!
    static let ageCounts = words["age-count"]!, ageUnits = words["age-unit"]!, ageEnds = words["age-end"]!

    /// Whether a whole line is a page's relative stamp, "7 years ago", "an hour ago": when the page was shown, no news.
    static func isRelativeStamp(_ line: String) -> Bool {
        let words = line.lowercased().split(separator: " ").map(String.init)
        guard words.count == 3, ageUnits.contains(words[1]), ageEnds.contains(words[2]) else { return false }
        return ageCounts.contains(words[0]) || words[0].allSatisfy(\.isNumber)
    }
    /// Whether a whole line is a time of day alone, its meridiem or zone after it ("12:55 a.m.", "10:30 EDT"): a
    /// live report's heading over the entries it times, no news of its own.
    static func isClockLine(_ line: String) -> Bool {
        let tokens = tokenize(line)
        guard let first = tokens.first, tokens.count <= 3, ClockTime.parse(first) != nil else { return false }
        return tokens.dropFirst().allSatisfy(isTimeLabel)
    }
    /// The endings of a day's number, in the table's order.
    static let ordinals = RuleTable.rows(PackageResources.stamp_words_rules).filter { $0[0] == "ordinal" }
        .flatMap { $0[1].split(separator: ",").map { $0.trimmed } }

    /// A whole line (after any label) that is a date and optionally a time; nil when anything else is there.
    /// A weekday may open it ("Tue, 8 Apr, 2031 - 18:40") and the time may come first ("2:05 PM, Apr 9, 2031").
    static func parseLine(_ text: String) -> PublicationStamp? {
        guard mayHoldFullDate(text) else { return nil }
        var tokens = tokenize(text)
        // An ISO 8601 stamp alone, "2031-03-03T09:12:00Z": its day, and its hours and minutes.
        if tokens.count == 1, let t = tokens[0].firstIndex(of: "T"), tokens[0].prefix(4).allSatisfy(\.isNumber), numericDay(String(tokens[0][..<t])) != nil {
            let clock = tokens[0][tokens[0].index(after: t)...].prefix(5)
            let isClock = clock.count == 5 && clock.enumerated().allSatisfy { k, c in k == 2 ? c == ":" : c.isNumber }
            tokens = [String(tokens[0][..<t])] + (isClock ? [String(clock)] : [])
        }
        // A leading time of day, with its meridiem or zone labels.
        var leadingTime: String?
        if let first = tokens.first, let time = ClockTime.parse(first) {
            var used = 1
            while used < tokens.count, used <= 2, isTimeLabel(tokens[used]), fullDate(tokens, at: used) == nil { used += 1 }
            leadingTime = afternoon(time, tokens[1..<used])
            tokens.removeFirst(used)
            while let first = tokens.first, afterTime.contains(first) { tokens.removeFirst() }
        }
        // A leading weekday: a short capitalised word right before the date.
        if fullDate(tokens, at: 0) == nil, let first = tokens.first, (2...9).contains(first.count),
           first.first?.isUppercase == true, first.dropLast(first.hasSuffix(".") ? 1 : 0).allSatisfy(\.isLetter),
           MonthNames.number(first) == nil, fullDate(tokens, at: 1) != nil {
            tokens.removeFirst()
        }
        guard let (day, used) = fullDate(tokens, at: 0) else { return nil }
        var rest = tokens[used...]
        while let first = rest.first, afterDate.contains(first) { rest = rest.dropFirst() }
        if rest.isEmpty { return PublicationStamp(day: day, time: leadingTime) }
        guard leadingTime == nil, let time = ClockTime.parse(rest.first!) else { return nil }
        rest = rest.dropFirst()
        // Trailing meridiem and time-zone labels are allowed: "09:12 CET", "10:05 am", "8:20 AM EDT".
        guard rest.count <= 2, rest.allSatisfy(isTimeLabel) else { return nil }
        return PublicationStamp(day: day, time: afternoon(time, rest))
    }

    /// "2:05" before "PM" is 14:05.
    private static func afternoon(_ time: String, _ labels: ArraySlice<String>) -> String {
        guard labels.contains(where: { afternoonLabels.contains($0.lowercased()) }), let h = Int(time.prefix(2)), h < 12 else { return time }
        return CalendarDay.pad(h + 12, 2) + time.dropFirst(2)
    }

    /// A meridiem or a zone ("PM", "EDT", "a.m."), with its offset if any ("GMT+1", "UTC-05:00").
    private static func isTimeLabel(_ s: String) -> Bool {
        let zone = s.prefix { $0 != "+" && $0 != "-" }
        let offset = s.dropFirst(zone.count)
        return zone.count <= 4 && !zone.isEmpty && zone.allSatisfy { $0.isLetter || $0 == "." }
            && (offset.isEmpty || offset.count <= 6 && offset.dropFirst().allSatisfy { $0.isNumber || $0 == ":" } && offset.dropFirst().first?.isNumber == true)
    }

    /// Every full date (day, month and year) written in running text, in order.
    static func fullDates(in text: String) -> [CalendarDay] {
        guard mayHoldFullDate(text) else { return [] }
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

    /// Whether the text holds four digits in a row, as every full date does (its year): a text without
    /// them is read no further.
    static func mayHoldFullDate(_ text: String) -> Bool {
        var digits = 0
        for byte in text.utf8 {
            digits = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") ? digits + 1 : 0
            if digits == 4 { return true }
        }
        return false
    }

    /// "March 3, 2031", "Mar. 3 2031", "3 March 2031", "2031-03-03", "2031.03.03", "2031/03/03", "03.03.2031".
    static func fullDate(_ t: [String], at i: Int) -> (CalendarDay, Int)? {
        guard i < t.count else { return nil }
        if let day = numericDay(t[i]) { return (day, 1) }
        // The year first: most words are followed by no year two words on.
        guard i + 2 < t.count, let y = year(t[i + 2]) else { return nil }
        if let m = MonthNames.number(t[i]), let d = dayNumber(t[i + 1]), let day = CalendarDay(year: y, month: m, day: d) {
            return (day, 3)
        }
        if let d = dayNumber(t[i]), let m = MonthNames.number(t[i + 1]), let day = CalendarDay(year: y, month: m, day: d) {
            return (day, 3)
        }
        return nil
    }

    /// A day written in numbers: the year first ("2031-03-03", "2031.03.03", "2031/03/03"), or last after
    /// the day and the month parted by dots, as Europe writes them ("03.03.2031"; with slashes the order is
    /// the reader's guess, and no day is read).
    private static func numericDay(_ s: String) -> CalendarDay? {
        // Most words are no date: 8 to 10 bytes, four digits first or last.
        let bytes = s.utf8
        guard (8...10).contains(bytes.count) else { return nil }
        func digits(_ b: some Sequence<UInt8>) -> Bool { b.allSatisfy { $0 >= 48 && $0 <= 57 } }
        let yearFirst = digits(bytes.prefix(4))
        guard yearFirst || digits(bytes.suffix(4)) else { return nil }
        for sep in yearFirst ? ["-", ".", "/"] : ["."] {
            let parts = s.split(separator: Character(sep), omittingEmptySubsequences: yearFirst)
            guard parts.count == 3, (1...2).contains(parts[1].count) else { continue }
            let (y, d) = yearFirst ? (parts[0], parts[2]) : (parts[2], parts[0])
            if y.count == 4, (1...2).contains(d.count), let year = Int(y), let month = Int(parts[1]), let day = Int(d) {
                return CalendarDay(year: year, month: month, day: day)
            }
        }
        return nil
    }

    private static func dayNumber(_ s: String) -> Int? {
        guard let first = s.utf8.first, first >= 48 && first <= 57, s.utf8.count <= 4 else { return nil }
        var digits = Substring(s)
        for suffix in ordinals where digits.hasSuffix(suffix) { digits = digits.dropLast(2) }
        guard (1...2).contains(digits.count), let d = Int(digits), (1...31).contains(d) else { return nil }
        return d
    }

    private static func year(_ s: String) -> Int? {
        guard s.utf8.count == 4, let y = Int(s), (1000...2999).contains(y) else { return nil }
        return y
    }

    /// Words and numbers, with commas dropped and a lone dash kept as its own token.
    static func tokenize(_ text: String) -> [String] {
        // Most text reads as scalars, many times faster than as characters.
        text.scalarsAreCharacters ? tokenize(Array(text.unicodeScalars)) : tokenize(Array(text))
    }

    /// The runs between spaces, commas and tabs, without closing ":", ";" and ")" and then opening "(".
    private static func tokenize<Unit: TextUnit>(_ units: [Unit]) -> [String] {
        func separates(_ unit: Unit) -> Bool { unit == " " || unit == "," || unit == "\t" }
        var tokens: [String] = []
        var start = 0
        while start < units.count {
            guard !separates(units[start]) else { start += 1; continue }
            var end = start
            while end < units.count, !separates(units[end]) { end += 1 }
            var (first, last) = (start, end)
            while last > first, units[last - 1] == ":" || units[last - 1] == ";" || units[last - 1] == ")" { last -= 1 }
            while first < last, units[first] == "(" { first += 1 }
            if first < last { tokens.append(Unit.string(units[first..<last])) }
            start = end
        }
        return tokens
    }
}
