import Support

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
    /// The article's own web address printed on a line of its own ("Source: https://…").
    case address(String)
}

enum Boilerplate {
    enum Match: String { case exact, prefix, suffix, contains, opens, word }
    enum Action: String {
        case drop, teasers, caption, heading, published, updated, label, credit, biography, pronoun, connector, byline, about
        case writerVerb = "writer-verb"
    }

    struct Rule {
        let action: Action
        let match: Match
        let text: String
        /// The text's UTF-8: lines are matched byte by byte.
        let bytes: [UInt8]
        /// Whether the rule searches the whole line rather than its ends.
        var searches: Bool { match == .contains || match == .word }
    }

    static let table: [Rule] = RuleTable.rows(PackageResources.boilerplate_rules).map { row in
        precondition(row.count == 3, "boilerplate.rules: each row needs ACTION MATCH TEXT: \(row)")
        let text = row[2].lowercased()
        return Rule(action: Action(rawValue: row[0])!, match: Match(rawValue: row[1])!, text: text, bytes: Array(text.utf8))
    }
    /// The rules a whole line is matched against, in the table's order.
    static let rules = table.filter { ![.credit, .biography, .pronoun, .connector, .byline, .about, .writerVerb].contains($0.action) }
    /// The rules of labels over a list of teasers ("Related stories").
    static let teaserRules = rules.filter { $0.action == .teasers }
    /// Whether a line is a label over a list of teasers.
    static func opensTeasers(_ line: String) -> Bool {
        let key = Key(line.withWhitespaceCollapsed)
        return teaserRules.contains { matches($0, key) }
    }
    /// The rules of labels that open a line, in the table's order.
    static let labelRules = rules.filter { $0.action == .label }
    /// The words of picture credits and of writers' biographies.
    static let creditWords = table.filter { $0.action == .credit }
    static let biographyWords = table.filter { $0.action == .biography }
    /// The verbs that follow a writer's name in a biography that closes a story ("Mira Castell is a reporter …").
    static let writerVerbs = Set(table.filter { $0.action == .writerVerb }.map(\.text))
    /// The pronouns that open a biography's paragraphs, capitalised as they open one ("He", "Their").
    static let biographyPronouns = Set(table.filter { $0.action == .pronoun }.map { capitalised($0.text) })
    /// The words that may join the names of a credit line.
    static let creditConnectors = Set(table.filter { $0.action == .connector }.map(\.text))
    /// The words that open a byline, capitalised and in capitals ("By ", "BY "), each with its space.
    static let bylineOpeners = table.filter { $0.action == .byline }.flatMap { [capitalised($0.text) + " ", $0.text.uppercased() + " "] }
    /// The words that open the heading of a writer's biography, capitalised ("About").
    static let biographyHeadingWords = Set(table.filter { $0.action == .about }.map { capitalised($0.text) })

    private static func capitalised(_ word: String) -> String { word.prefix(1).uppercased() + word.dropFirst() }

    /// A prompt or teaser is short: at most this many words.
    static let promptWords = 16
    /// A line of page structure (a stamp, a byline, a credit, a breadcrumb, a dateline) has at most this many words.
    static let structuralWords = 60

    /// Leading list bullets that furniture lines carry ("• Link copied").
    static let bullets: Set<Character> = ["•", "·", "▪", "‣", "-", "–", "—", "*"]

    /// A line as the rules see it: lower-cased, leading bullets dropped, as UTF-8.
    struct Key {
        let bytes: [UInt8]

        init(_ line: String) {
            // Lower-cased scalar by scalar, as `lowercased()` does, without a String in between.
            var lowered: [UInt8] = []
            lowered.reserveCapacity(line.utf8.count)
            for scalar in line.unicodeScalars {
                if scalar.isASCII {
                    let byte = UInt8(scalar.value)
                    lowered.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte)
                } else {
                    lowered.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
                }
            }
            bytes = Self.droppingBullets(lowered)
        }

        /// The lowered line without its leading bullets, each a character followed by any spaces. A line that
        /// opens with an ASCII byte other than "-" and "*" (nearly every line) has none.
        private static func droppingBullets(_ lowered: [UInt8]) -> [UInt8] {
            guard let first = lowered.first, first >= 0x80 || first == UInt8(ascii: "-") || first == UInt8(ascii: "*") else { return lowered }
            var key = Substring(String(decoding: lowered, as: UTF8.self))
            while let f = key.first, bullets.contains(f) { key = key.dropFirst().drop(while: { $0 == " " }) }
            return Array(key.utf8)
        }

        /// Whether the line has at most `limit` words, counting no further than needed.
        func hasAtMost(words limit: Int) -> Bool {
            var words = 0, inWord = false
            for b in bytes {
                if b == 32 { inWord = false } else if !inWord {
                    inWord = true
                    words += 1
                    if words > limit { return false }
                }
            }
            return true
        }

        /// Whether the character that starts at byte `offset`, a boundary of a scalar before the line's end,
        /// ends a word (`Boilerplate.isWordEnd`). An ASCII byte before another is a character of its own.
        func endsWord(at offset: Int) -> Bool {
            let byte = bytes[offset]
            if byte < 0x80, offset + 1 == bytes.count || bytes[offset + 1] < 0x80 { return isWordEnd(Character(Unicode.Scalar(byte))) }
            return String(decoding: bytes[offset...], as: UTF8.self).first.map(isWordEnd) == true
        }
    }

    static func classify(_ raw: String) -> LineRole {
        let line = raw.withWhitespaceCollapsed
        return classify(line, key: Key(line))
    }

    /// `classify` for a line whose white space is collapsed, with its key.
    static func classify(_ line: String, key: Key) -> LineRole {
        let searched = searchedRules(key)

        for (i, rule) in rules.enumerated() where rule.searches ? searched[i] : matches(rule, key) {
            switch rule.action {
            case .drop, .teasers: return .furniture
            case .caption: return .caption
            case .updated: return .furniture
            case .label:
                // A label before a headline is removed (`unlabel`); alone or before a date, the line is furniture.
                if unlabel(line, key: key) == nil { return .furniture }
            case .credit, .biography, .pronoun, .connector, .byline, .about, .writerVerb: continue
            case .heading:
                let text = line.drop(while: { !$0.isLetter && !$0.isNumber }).trimmed
                return text.isEmpty || text.split(separator: " ").count > 14 ? .text : .heading(text)
            case .published:
                // The stamp is what follows the label's words: "Published : March 3, 2031 - 09:12", "First published
                // on …"; what follows a bar is another stamp ("|Updated: an hour ago").
                let stampText = line.split(separator: "|", maxSplits: 1).first.map(String.init) ?? line
                let labelWords = max(1, rule.text.split(separator: " ").reversed().drop(while: { Stamps.afterLabel.contains(String($0)) }).count)
                let rest = stampText.split(separator: " ").dropFirst(labelWords).drop(while: { Stamps.afterLabel.contains(String($0)) })
                guard let stamp = Stamps.parseLine(rest.joined(separator: " ")) else { continue }
                return .published(stamp)
            }
        }
        // A caption that closes on its credit may run long.
        if isCreditedPhoto(line) { return .caption }
        // Stamps, bylines, credits, breadcrumbs and datelines are short lines: a long one is running text.
        guard key.hasAtMost(words: structuralWords) else { return .text }
        if let stamp = Stamps.parseLine(line) { return .dateline(stamp) }
        if Stamps.isClockLine(line) { return .heading(line) }
        // A date and a byline after a bar: "July 13, 2031|By Ana Ruiz, The Harbour Times".
        if let bar = line.firstIndex(of: "|"), let stamp = Stamps.parseLine(String(line[..<bar])),
           byline(String(line[line.index(after: bar)...]).trimmed) != nil { return .dateline(stamp) }
        if let domain = loneEmailDomain(line) { return .email(domain: domain) }
        if let address = loneAddress(line) { return .address(address) }
        if let name = byline(line) { return .byline(name) }
        if isCredit(line, key: key) { return .caption }
        if isBreadcrumb(line) || isLoneDomain(line) || isTicker(line) || Stamps.isRelativeStamp(line) { return .furniture }
        if let role = placeline(line) { return role }
        return .text
    }

    /// "Update: Harbour council votes …" → "Harbour council votes …": the line without a leading label, when
    /// a label opens it and a headline (three words or more, not a date) follows; nil otherwise.
    static func unlabel(_ raw: String) -> String? {
        let line = raw.withWhitespaceCollapsed
        return unlabel(line, key: Key(line))
    }

    /// `unlabel` for a line whose white space is collapsed, with its key.
    static func unlabel(_ line: String, key: Key) -> String? {
        for rule in labelRules where matches(rule, key) {
            // The characters before the rest: any bullets the key left out, and the label.
            let skipped = line.count - String(decoding: key.bytes, as: UTF8.self).count
            let rest = line.dropFirst(skipped + rule.text.count).trimmed
            guard rest.split(separator: " ").count >= 3, Stamps.parseLine(rest) == nil else { return nil }
            return rest
        }
        return nil
    }

    /// A picture credit: a short line of capitalised names with a credit word ("MIRA CASTELL via Harbour
    /// Images"), or a line that closes with a bracket holding one ("Ana Ruiz (Tomas Vey/Pool Photo via Wire)",
    /// "….(Source: City of Port Alda)").
    static func isCredit(_ line: String, key: Key) -> Bool {
        if line.hasSuffix(")"), let open = line.lastIndex(of: "(") {
            let inner = String(line[line.index(after: open)..<line.index(before: line.endIndex)])
            let words = inner.split(separator: " ")
            if (1...10).contains(words.count), hasCreditWord(inner) || isNameSlashName(inner) { return true }
        }
        guard creditWords.contains(where: { containsWord($0, in: key) }) else { return false }
        let words = line.split(separator: " ")
        guard (2...8).contains(words.count), !ArticleReader.endsSentence(line) else { return false }
        return words.allSatisfy { w in
            let lower = w.lowercased()
            return w.first.map { $0.isUppercase || !$0.isLetter } ?? true || creditConnectors.contains(lower)
                || creditWords.contains(where: { $0.text.split(separator: " ").contains(Substring(lower)) })
        }
    }

    static func hasCreditWord(_ text: String) -> Bool {
        let key = Key(text)
        return creditWords.contains { containsWord($0, in: key) }
    }

    /// "Tomas Vey/Wire": capitalised words on both sides of a slash, the form of photographer/agency credits.
    static func isNameSlashName(_ text: String) -> Bool {
        guard let slash = text.firstIndex(of: "/") else { return false }
        let before = text[..<slash].split(separator: " ").last, after = text[text.index(after: slash)...].split(separator: " ").first
        return before?.first?.isUppercase == true && after?.first?.isUppercase == true
    }

    /// A stock ticker: a symbol in capitals (a market's suffix after a dot allowed) and signed numbers or
    /// prices after it, nothing else, the change in percent maybe in brackets ("ORNF +2.31%", "ORNF.L -0.8%
    /// 412.50", "ORNF +0.45 (+1.2%)").
    static func isTicker(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        guard (2...4).contains(words.count), let symbol = words.first, (1...8).contains(symbol.count),
              symbol.allSatisfy({ $0.isUppercase || $0 == "." }), symbol.first?.isUppercase == true else { return false }
        let numbers = words.dropFirst().map { $0.hasPrefix("(") && $0.hasSuffix(")") ? $0.dropFirst().dropLast() : $0 }
        return numbers.first.map { "+-−".contains($0.first ?? " ") } == true
            && numbers.allSatisfy { $0.allSatisfy { $0.isNumber || "+-−.,%".contains($0) } && $0.contains(where: \.isNumber) }
    }

    /// A breadcrumb trail, "Home / News / Harbour council votes", "Home > World > Veloria": three short parts
    /// or more joined by path separators, no sentence.
    static func isBreadcrumb(_ line: String) -> Bool {
        // Most lines have no byte of a separator ("»" and "›" end in 0xBB and 0xBA).
        guard line.utf8.contains(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: ">") || $0 == 0xBB || $0 == 0xBA }) else { return false }
        // Words between separators standing alone; the line's white space is already collapsed.
        var parts = [0]
        for word in line.split(separator: " ", omittingEmptySubsequences: false) {
            if breadcrumbSeparators.contains(word) { parts.append(0) } else { parts[parts.count - 1] += 1 }
            if parts.last! > 8 { return false }
        }
        return parts.count >= 3 && parts.allSatisfy { $0 >= 1 } && !ArticleReader.endsSentence(line)
    }

    static let breadcrumbSeparators: Set<Substring> = ["/", ">", "»", "›"]

    /// A site's name alone on a line: "harbourwire.com".
    static func isLoneDomain(_ line: String) -> Bool {
        !line.contains(" ") && isDomain(line)
    }

    /// A web host written out: lower-case letters, digits and hyphens in two parts or more joined by dots, the
    /// last all letters ("harbourwire.com", "news.example.co.uk"); "U.S." and "e.g." are not.
    static func isDomain(_ token: some StringProtocol) -> Bool {
        var t = Substring(token)
        if t.hasPrefix("www.") { t = t.dropFirst(4) }
        let parts = t.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2, parts.allSatisfy({ !$0.isEmpty }), let tld = parts.last, (2...6).contains(tld.count),
              tld.allSatisfy({ $0.isLetter && $0.isLowercase }), parts[0].count >= 2 else { return false }
        return parts.allSatisfy { $0.allSatisfy { ($0.isLetter && $0.isLowercase) || $0.isNumber || $0 == "-" } }
    }

    /// `text` in `key` as whole words: nothing but a space, a bracket, a slash or the line's end on either side.
    static func containsWord(_ rule: Rule, in key: Key) -> Bool {
        var from = 0
        while let start = key.bytes.firstOffset(of: rule.bytes, from: from) {
            if isWord(rule, in: key, at: start) { return true }
            from = start + 1
        }
        return false
    }

    /// Whether the rule's text, found at byte `start`, stands there as a word of its own.
    static func isWord(_ rule: Rule, in key: Key, at start: Int) -> Bool {
        let end = start + rule.bytes.count
        let beforeOK = start == 0 || Self.wordStartBytes.contains(key.bytes[start - 1])
            || start >= 3 && key.bytes[(start - 3)..<start].elementsEqual("“".utf8)
        return beforeOK && (end == key.bytes.count || rule.text.last == ":" || key.endsWord(at: end))
    }

    /// The rules that search a whole line (`contains`, `word`), by their first two bytes, so that one pass
    /// over a line tries each only where it may start, rather than one pass per rule.
    static let searchersByBigram: [[Int]] = {
        var index = [[Int]](repeating: [], count: 1 << 16)
        for (i, rule) in rules.enumerated() where rule.searches {
            precondition(rule.bytes.count >= 2, "boilerplate.rules: a contains or word rule needs two letters or more: \(rule.text)")
            index[Int(rule.bytes[0]) << 8 | Int(rule.bytes[1])].append(i)
        }
        return index
    }()

    /// Which of `rules` that search the line hold for it, by index.
    static func searchedRules(_ key: Key) -> [Bool] {
        var found = [Bool](repeating: false, count: rules.count)
        let bytes = key.bytes
        guard bytes.count >= 2 else { return found }
        for start in 0..<(bytes.count - 1) {
            for i in searchersByBigram[Int(bytes[start]) << 8 | Int(bytes[start + 1])] where !found[i] {
                let rule = rules[i]
                guard bytes.count - start >= rule.bytes.count, bytes[start..<(start + rule.bytes.count)].elementsEqual(rule.bytes) else { continue }
                found[i] = rule.match == .contains || isWord(rule, in: key, at: start)
            }
        }
        return found
    }

    /// What may come right before a word: a space, an opening bracket or a quotation mark.
    static let wordStartBytes = Set(" (/[\"".utf8)

    /// After a word: a space or punctuation that ends it; a hyphen or an apostrophe joins the next word.
    static func isWordEnd(_ c: Character) -> Bool {
        c == " " || ":;,.!?|)/\"”".contains(c)
    }

    /// "PORT ALDA (Wire) --", "PORT ALDA _", "NEW PORT, Alda —": a place in capitals, perhaps an
    /// agency in brackets, and the dash that would have led into the text, with nothing after it.
    /// (`Dateline.read`: the forms with a date or an agency alone never end with the dash.)
    static func placeline(_ line: String) -> LineRole? {
        guard let dateline = Dateline.read(line), dateline.rest.isEmpty else { return nil }
        return .placeline(agency: dateline.agency)
    }


    private static func matches(_ rule: Rule, _ key: Key) -> Bool {
        switch rule.match {
        case .exact: return key.bytes == rule.bytes
        case .prefix: return key.bytes.starts(with: rule.bytes)
        case .suffix: return key.bytes.count >= rule.bytes.count && key.bytes.suffix(rule.bytes.count).elementsEqual(rule.bytes)
        case .contains: return key.bytes.firstOffset(of: rule.bytes) != nil
        case .opens:
            guard key.bytes.starts(with: rule.bytes), key.hasAtMost(words: promptWords) else { return false }
            return key.bytes.count == rule.bytes.count || rule.text.last == ":" || key.endsWord(at: rule.bytes.count)
        case .word: return containsWord(rule, in: key)
        }
    }

    /// A line that is nothing but an e-mail address gives the outlet's domain.
    static func loneEmailDomain(_ line: String) -> String? {
        guard line.utf8.contains(UInt8(ascii: "@")) else { return nil }
        let token = line.trimmingCharacters(in: "()<>[] ")
        guard !token.contains(" "), let at = token.firstIndex(of: "@") else { return nil }
        let domain = token[token.index(after: at)...]
        guard token[..<at].count > 0, domain.contains("."), !domain.hasPrefix("."), !domain.hasSuffix(".") else { return nil }
        return String(domain).lowercased()
    }

    /// A line that is one http or https address, alone or after a short label ("Source:", "Read it at:").
    static func loneAddress(_ line: String) -> String? {
        guard mayHoldAddress(line) else { return nil }
        let words = line.split(separator: " ")
        guard let address = words.last, words.count <= 6, address.lowercased().hasPrefix("http"),
              words.dropLast().last.map({ $0.hasSuffix(":") }) ?? true,
              SourceConfig.isWebAddress(String(address)) else { return nil }
        return String(address)
    }

    /// Whether the line holds "http" in any case, as an address does: most lines do not.
    static func mayHoldAddress(_ line: String) -> Bool {
        var lastFour: UInt32 = 0
        for byte in line.utf8 {
            let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
            lastFour = lastFour << 8 | UInt32(lower)
            if lastFour == 0x6874_7470 { return true }  // "http"
        }
        return false
    }

    /// "By Ana Ruiz", "By Li Wei (", "By Ana Ruiz | The Harbour Times" — a short line naming the writer,
    /// without sentence punctuation.
    static func byline(_ line: String) -> String? {
        guard let opener = bylineOpeners.first(where: { line.hasPrefix($0) }) else { return nil }
        var name = String(line.dropFirst(opener.count)).trimmingCharacters(in: " (),;|-")
        if let at = name.firstIndex(of: "("), name[at...].contains("@") || name[at...].count <= 1 {
            name = String(name[..<at]).trimmed
        }
        // "By Ana Ruiz | The Harbour Times": the outlet after a bar is no part of the name.
        if let bar = name.firstIndex(of: "|") { name = String(name[..<bar]).trimmed }
        let words = name.split(separator: " ")
        guard (1...8).contains(words.count), let first = name.first, first.isUppercase || !first.isASCII,
              !name.hasSuffix(".") || name.dropLast().last?.isUppercase == true else { return nil }
        return name
    }

    /// "… on June 22. /Courtesy of the Navy": a sentence followed by a slash credit; or by an agency in
    /// capitals, a slash and the photographer ("… in Orun, May 3, 2031. WIRE/Tomas Vey").
    static func isCreditedPhoto(_ line: String) -> Bool {
        guard line.utf8.contains(UInt8(ascii: "/")) else { return false }
        if let slash = line.range(of: ". /") ?? line.range(of: ".\" /") {
            let credit = line[slash.upperBound...]
            return !credit.isEmpty && credit.first!.isUppercase && credit.split(separator: " ").count <= 8
        }
        guard let stop = line.range(of: ". ", options: .backwards) else { return false }
        let credit = line[stop.upperBound...]
        guard let slash = credit.firstIndex(of: "/"), credit.split(separator: " ").count <= 5 else { return false }
        let agency = credit[..<slash]
        return agency.count >= 2 && agency.allSatisfy { $0.isUppercase || $0 == "-" } && credit[credit.index(after: slash)...].first?.isUppercase == true
    }
}

