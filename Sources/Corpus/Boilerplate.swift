/// Classifies one line of an article: site furniture, credits, captions, headings, stamps, or text.
/// The words are data (`Rules/boilerplate.rules`); the shapes (an e-mail alone, a byline, a date alone)
/// are the few structural rules below.
enum LineRole: Equatable {
    case text
    case furniture
    case caption
    case heading(String)
    case published(PublicationStamp)
    case dateline(PublicationStamp)
    /// A dateline without a date on a line of its own, "PORT ALDA (Wire) --": the agency, if named.
    case placeline(agency: String?)
    case byline(String)
    case email(domain: String)
}

enum Boilerplate {
    enum Match: String { case exact, prefix, suffix, contains }
    enum Action: String { case drop, caption, heading, published, updated }

    struct Rule {
        let action: Action
        let match: Match
        let text: String
    }

    static let rules: [Rule] = RuleTable.rows(PackageResources.boilerplate_rules).map { row in
        precondition(row.count == 3, "boilerplate.rules: each row needs ACTION MATCH TEXT: \(row)")
        let text = row[2].lowercased()
        return Rule(action: Action(rawValue: row[0])!, match: Match(rawValue: row[1])!, text: text)
    }

    /// Leading list bullets that furniture lines carry ("• Link copied").
    static let bullets: Set<Character> = ["•", "·", "▪", "‣", "-", "–", "—", "*"]

    static func classify(_ raw: String) -> LineRole {
        let line = raw.collapsingWhitespace
        var key = Substring(line.lowercased())
        while let f = key.first, bullets.contains(f) { key = key.dropFirst().drop(while: { $0 == " " }) }

        for rule in rules where matches(rule, key) {
            switch rule.action {
            case .drop: return .furniture
            case .caption: return .caption
            case .updated: return .furniture
            case .heading:
                let text = line.drop(while: { !$0.isLetter && !$0.isNumber }).trimmed
                return text.isEmpty || text.split(separator: " ").count > 14 ? .text : .heading(text)
            case .published:
                // The stamp is what follows the label word: "Published : June 28, 2012 - 15:38".
                let rest = line.split(separator: " ").dropFirst().drop(while: { [":", "-", "on", "at"].contains($0) })
                guard let stamp = Stamps.parseLine(rest.joined(separator: " ")) else { continue }
                return .published(stamp)
            }
        }
        if let stamp = Stamps.parseLine(line) { return .dateline(stamp) }
        if let domain = loneEmailDomain(line) { return .email(domain: domain) }
        if let name = byline(line) { return .byline(name) }
        if isCreditedPhoto(line) { return .caption }
        if let role = placeline(line) { return role }
        return .text
    }

    /// "PORT ALDA (Wire) --", "PORT ALDA _", "NEW PORT, Alda —": a place in capitals, perhaps an
    /// agency in brackets, and the dash that would have led into the text, with nothing after it.
    static func placeline(_ line: String) -> LineRole? {
        guard let (agency, rest) = leadingPlace(line), rest.isEmpty else { return nil }
        return .placeline(agency: agency)
    }

    /// A place in capitals opening a text, perhaps an agency in brackets, then a dash: "PORT ALDA (Wire) --
    /// The council …", "PORT ALDA, Alda _ The council …". Returns the agency and the text after the dash.
    static func leadingPlace(_ text: String) -> (agency: String?, rest: String)? {
        var words = text.split(separator: " ", maxSplits: 8).map(String.init)
        // The dash stands alone ("(Wire) --") or is written onto the bracket ("(Wire)--"); the place
        // ends before a lone dash, and with the bracket that carries one.
        var dash: (end: Int, placeEnd: Int)?
        for (k, w) in words.enumerated() {
            if datelineEnds.contains(w) { dash = (k, k); break }
            if let separator = datelineEnds.first(where: { w.count > $0.count && w.hasSuffix(")" + $0) }) {
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
        guard (1...4).contains(place.count), place[0].count > 1, place[0].allSatisfy({ !$0.isLowercase }),
              place[0].contains(where: \.isLetter), !place[0].contains(where: \.isNumber) else { return nil }
        return (agency?.isEmpty == false ? agency : nil, rest)
    }

    static let datelineEnds: Set<String> = ["--", "—", "–", "-", "_", ":"]

    private static func matches(_ rule: Rule, _ key: Substring) -> Bool {
        switch rule.match {
        case .exact: return key == rule.text
        case .prefix:
            return key.hasPrefix(rule.text)
        case .suffix: return key.hasSuffix(rule.text)
        case .contains: return key.contains(rule.text)
        }
    }

    /// A line that is nothing but an e-mail address gives the outlet's domain.
    static func loneEmailDomain(_ line: String) -> String? {
        let token = line.trimmingCharacters(in: "()<>[] ")
        guard !token.contains(" "), let at = token.firstIndex(of: "@") else { return nil }
        let domain = token[token.index(after: at)...]
        guard token[..<at].count > 0, domain.contains("."), !domain.hasPrefix("."), !domain.hasSuffix(".") else { return nil }
        return String(domain).lowercased()
    }

    /// "By Jung Sung-ki", "By Choi He-suk (" — a short line naming the writer, without sentence punctuation.
    static func byline(_ line: String) -> String? {
        guard line.hasPrefix("By ") || line.hasPrefix("BY ") else { return nil }
        var name = String(line.dropFirst(3)).trimmingCharacters(in: " (),;|-")
        if let at = name.firstIndex(of: "("), name[at...].contains("@") || name[at...].count <= 1 {
            name = String(name[..<at]).trimmed
        }
        let words = name.split(separator: " ")
        guard (1...8).contains(words.count), let first = name.first, first.isUppercase || !first.isASCII,
              !name.hasSuffix(".") || name.dropLast().last?.isUppercase == true else { return nil }
        return name
    }

    /// "… on June 22. /Courtesy of the Navy": a sentence followed by a slash credit.
    static func isCreditedPhoto(_ line: String) -> Bool {
        guard let slash = line.range(of: ". /") ?? line.range(of: ".\" /") else { return false }
        let credit = line[slash.upperBound...]
        return !credit.isEmpty && credit.first!.isUppercase && credit.split(separator: " ").count <= 8
    }
}

