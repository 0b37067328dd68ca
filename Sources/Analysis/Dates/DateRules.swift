import Corpus
import Support

/// One rule of `Rules/dates.rules`: a pattern over tokens and how to normalise what it matches.
struct DateRule: Sendable {
    struct Element: Sendable {
        /// Token classes (upper case) and literal words (lower case) this element accepts.
        let classes: [String]
        let literals: Set<String>
        let optional: Bool
        let context: Bool
    }

    let name: String
    let elements: [Element]
    let kind: Kind
    /// What the expression is to the story's time (the `story` field): the time the text now speaks of
    /// (`sets`, the default), "a year before" whatever it last spoke of (`year-before`), a time
    /// reckoned from it that does not move it (`aside`), or a step that only the story's time anchors
    /// (`later`: "two weeks later" with no time before it to count from is no date).
    let story: Story
    /// Normalisation fields: a constant, or the name of a class the pattern matched.
    let fields: [String: String]
    /// Order in the file, for ties.
    let order: Int

    static let classNames: Set<String> = ["MONTH", "MONABBR", "WEEKDAY", "WDABBR", "DAY", "YEAR", "YY", "DECADE", "SHORTDECADE", "HHMM", "ISODATE", "NUM", "NUMWORD",
                                          "ORDINAL", "CLOCK", "TZ", "TENS", "DIGITWORD", "DECADEWORD", "STREET", "CAPWORD", "UNIT", "UNITS", "SEASON", "PART", "DAYPART", "PLURAL", "DIR"]
    /// How a match resolves: the kind after `=>`, which picks the resolution of `Anchor`.
    enum Kind: String, Sendable, CaseIterable {
        case day, weekday, daypart, time, month, season, quarter, half, year, decade,
             century, range, relative, narrative, ago, week, weekend, holiday, ref, duration, set, none
    }

    enum Story: String, Sendable {
        case sets
        case yearBefore = "year-before"
        case aside
        case later
    }

    /// Every rule of the file, checked as it is read: a malformed rule stops the program at once.
    static let all: [DateRule] = parse(String(decoding: PackageResources.dates_rules, as: UTF8.self))

    /// Read as UTF-8 bytes: the grammar is compiled at every start, and Character-wise splitting made
    /// that a third of the sample corpus's build.
    static func parse(_ text: String) -> [DateRule] {
        func words(_ bytes: ArraySlice<UInt8>) -> [String] {
            bytes.split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }
        }
        var rules: [DateRule] = []
        for line in Array(text.utf8).split(separator: UInt8(ascii: "\n")) {
            let trimmed = String(decoding: line, as: UTF8.self).trimmed
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let bytes = Array(trimmed.utf8)[...]
            let arrow = bytes.firstOffset(of: Array("=>".utf8))
            precondition(arrow != nil && bytes[(arrow! + 2)...].firstOffset(of: Array("=>".utf8)) == nil, "dates.rules: no single '=>' in \(trimmed)")
            let left = words(bytes[..<arrow!])
            let right = words(bytes[(arrow! + 2)...])
            precondition(left.count >= 2 && !right.isEmpty, "dates.rules: incomplete rule \(trimmed)")
            let elements = left.dropFirst().map(element)
            guard let kind = Kind(rawValue: right[0]) else { preconditionFailure("dates.rules: unknown kind \(right[0]) in \(left[0])") }
            var fields: [String: String] = [:]
            for field in right.dropFirst() {
                let pair = field.split(separator: "=", maxSplits: 1).map(String.init)
                precondition(pair.count == 2, "dates.rules: field \(field) of \(left[0]) is not key=value")
                fields[pair[0]] = pair[1]
            }
            let story = fields.removeValue(forKey: "story").map { raw -> Story in
                guard let story = Story(rawValue: raw) else { preconditionFailure("dates.rules: unknown story \(raw) in \(left[0])") }
                return story
            } ?? .sets
            rules.append(DateRule(name: left[0], elements: elements, kind: kind, story: story, fields: fields, order: rules.count))
        }
        return rules
    }

    private static func element(_ raw: String) -> Element {
        var text = Substring(raw)
        let context = text.hasPrefix("[") && text.hasSuffix("]")
        if context { text = text.dropFirst().dropLast() }
        let optional = text.hasSuffix("?") && text.count > 1
        if optional { text = text.dropLast() }
        var classes: [String] = []
        var literals = Set<String>()
        for alternative in text.split(separator: "|").map(String.init) {
            precondition(!alternative.isEmpty, "dates.rules: empty alternative in \(raw)")
            if alternative.uppercased() == alternative, alternative.first?.isLetter == true {
                precondition(classNames.contains(alternative), "dates.rules: unknown class \(alternative)")
                classes.append(alternative)
            } else {
                literals.insert(alternative.lowercased())
            }
        }
        return Element(classes: classes, literals: literals, optional: optional, context: context)
    }
}
