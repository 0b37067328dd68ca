import Support

/// The one reader of datelines, the line or opening words that say where (and when, and from which
/// agency) a story was filed, before a dash that leads into its text:
/// - with a date: "LIRSA, March 3 (Wire) -- The council …", "PORT ALDA, 3 March 2031 — …";
/// - an agency alone: "(WIRE) — The council …";
/// - a place alone: "PORT ALDA (Wire) -- The council …", "PORT ALDA _ The council …", or the place on a
///   line of its own with nothing after the dash ("PORT ALDA (Wire) --").
/// `ArticleReader` takes a dateline off the first paragraph; `Boilerplate` reads a line that is only one.
struct Dateline {
    /// Month, day and year if written; nil for a dateline without a date.
    let date: (month: Int, day: Int, year: Int?)?
    let agency: String?
    /// The place it was filed from, as written ("PORT ALDA", "PORT ALDA, Alda"); nil for an agency alone.
    let place: String?
    /// The text after the dash; empty only for a place on a line of its own.
    let rest: String

    /// The first form that reads the text: with a date, an agency alone, a place alone.
    static func read(_ text: String) -> Dateline? {
        if let d = dated(text) { return Dateline(date: (d.month, d.day, d.year), agency: d.agency, place: d.place, rest: d.rest) }
        if let (agency, rest) = agencyAlone(text) { return Dateline(date: nil, agency: agency, place: nil, rest: rest) }
        if let (agency, place, rest) = placed(text) { return Dateline(date: nil, agency: agency, place: place, rest: rest) }
        return nil
    }

    /// The dashes (and the colon) that end a dateline.
    static let ends: Set<String> = ["--", "—", "–", "-", "_", ":"]
    /// The same, longest first (ties in a fixed order), for a dash that opens or closes a word.
    static let endsLongestFirst = ends.sorted { ($0.count, $1) > ($1.count, $0) }
    /// Each end after a closing bracket, as written onto an agency's bracket: "(Wire)--".
    static let endsAfterBracket = ends.sorted().map { (end: $0, written: ")" + $0) }
    /// The most bytes an end has: a longer word is none (no other text is canonically equal to one).
    static let longestEnd = ends.map(\.utf8.count).max()!
    /// Those that end a dateline with a date, longest first; never the underscore.
    static let datedEnds = ["--", "—", "–", "-", ":"]

    /// A dateline opening the text: "LIRSA, March 3 (Wire) -- …", "PORT ALDA, 3 March 2031 — …".
    /// Returns the month and day, the year if written, the agency if named, the place and the text after it.
    static func dated(_ text: String) -> (month: Int, day: Int, year: Int?, agency: String?, place: String, rest: String)? {
        // The first comma, looked for only as far as it may stand.
        guard let comma = text.prefix(41).firstIndex(of: ",") else { return nil }
        let place = text[..<comma].split(separator: " ")
        guard (1...4).contains(place.count), place.allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
        var rest = Substring(text[text.index(after: comma)...]).drop(while: { $0 == " " })
        // The date: "March 3", "March 3, 2031", "3 March 2031".
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
        for separator in datedEnds where rest.hasPrefix(separator) {
            let body = rest.dropFirst(separator.count).drop(while: { $0 == " " })
            return body.isEmpty ? nil : (month, day, year, agency, place.joined(separator: " "), String(body))
        }
        return nil
    }

    /// "(WIRE) — The council …" → ("WIRE", "The council …"): an agency's name alone in brackets, then a dash.
    static func agencyAlone(_ text: String) -> (String, String)? {
        guard text.hasPrefix("("), let close = text.firstIndex(of: ")") else { return nil }
        let agency = text[text.index(after: text.startIndex)..<close].trimmed
        let words = agency.split(separator: " ")
        guard (1...4).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
        var rest = text[text.index(after: close)...].drop(while: { $0 == " " })
        guard let dash = endsLongestFirst.first(where: { rest.hasPrefix($0) }) else { return nil }
        rest = rest.dropFirst(dash.count).drop(while: { $0 == " " })
        guard let first = rest.first, first.isUppercase || first == "\"" || first == "“" else { return nil }
        return (agency, String(rest))
    }

    /// A place in capitals opening a text, perhaps an agency in brackets, then a dash: "PORT ALDA (Wire) --
    /// The council …", "PORT ALDA, Alda _ The council …". Returns the agency, the place and the text after the dash.
    static func placed(_ text: String) -> (agency: String?, place: String, rest: String)? {
        // The place's first word opens the text: most texts open otherwise, and are read no further.
        guard let opening = text.split(separator: " ", maxSplits: 1).first, isPlaceWord(opening) else { return nil }
        var words = text.split(separator: " ", maxSplits: 8).map(String.init)
        // The dash stands alone ("(Wire) --") or is written onto the bracket ("(Wire)--"); the place
        // ends before a lone dash, and with the bracket that carries one.
        var dash: (end: Int, placeEnd: Int)?
        for (k, w) in words.enumerated() {
            if w.utf8.count <= longestEnd, ends.contains(w) { dash = (k, k); break }
            // "(Wire) -The council …": the dash written onto the text's first word.
            if k > 0, words[k - 1].hasSuffix(")"),
               let separator = endsLongestFirst.first(where: { w.count > $0.count && w.hasPrefix($0) }),
               w.dropFirst(separator.count).first?.isUppercase == true {
                words[k] = String(w.dropFirst(separator.count))
                words.insert(separator, at: k)
                dash = (k, k)
                break
            }
            // At most one end can close a word after its bracket, so their order does not matter.
            if let separator = endsAfterBracket.first(where: { w.count > $0.end.count && w.hasSuffix($0.written) })?.end {
                words[k] = String(w.dropLast(separator.count))
                dash = (k, k + 1)
                break
            }
        }
        guard let (end, placeEnd) = dash, end > 0 else { return nil }
        let rest = words[(end + 1)...].joined(separator: " ").trimmed
        // The text after a dateline starts a sentence: "UNESCO -- the agency said …" is running text.
        if let first = rest.first, first.isLowercase { return nil }
        var place = Array(words[..<placeEnd])
        var agency: String?
        if let open = place.firstIndex(where: { $0.hasPrefix("(") }), place.last?.hasSuffix(")") == true {
            agency = place[open...].joined(separator: " ").trimmingCharacters(in: "()")
            place.removeSubrange(open...)
        }
        guard (1...4).contains(place.count), isPlaceWord(place[0]) else { return nil }
        return (agency?.isEmpty == false ? agency : nil, place.joined(separator: " "), rest)
    }

    /// A place's first word: in capitals, two characters or more, letters but no digits ("PORT", "U.S.").
    private static func isPlaceWord(_ word: some StringProtocol) -> Bool {
        word.count > 1 && word.allSatisfy({ !$0.isLowercase }) && word.contains(where: \.isLetter) && !word.contains(where: \.isNumber)
    }
}
