/// What one rule matched: the tokens of the expression and the value of each element.
struct DateMatch {
    let rule: DateRule
    /// Token indices of the expression, context excluded.
    let span: Range<Int>
    /// Elements that matched, context included; more means a more specific reading.
    let matchedElements: Int
    /// Class name → value, for the normalisation's fields.
    let values: [String: String]
}

/// Runs the rules over a token stream: every rule at every position (rules indexed by the words and
/// classes they can start with), then the longest expressions kept without overlap.
enum DateMatcher {
    /// Rules (by their place in `DateRule.all`) by a literal word they can start with, and by a class they can start with.
    static let byWord: [String: [Int]] = {
        var table: [String: [Int]] = [:]
        for rule in DateRule.all { for word in firstElements(rule).literals { table[word, default: []].append(rule.order) } }
        return table
    }()
    static let byClass: [String: [Int]] = {
        var table: [String: [Int]] = [:]
        for rule in DateRule.all { for cls in firstElements(rule).classes { table[cls, default: []].append(rule.order) } }
        return table
    }()

    /// The words and classes a rule can start with (its first element, or the next where that is optional).
    static func firstElements(_ rule: DateRule) -> (literals: Set<String>, classes: Set<String>) {
        var literals = Set<String>()
        var classes = Set<String>()
        for element in rule.elements {
            literals.formUnion(element.literals)
            classes.formUnion(element.classes)
            if !element.optional { break }
        }
        return (literals, classes)
    }

    static func matches(_ tokens: [DateToken]) -> [DateMatch] {
        let classes = tokens.map(DateLexicon.classes)
        let rules = DateRule.all
        var all: [DateMatch] = []
        var tried = [Int](repeating: -1, count: rules.count)
        for i in tokens.indices {
            var candidates: [Int] = byWord[tokens[i].lower] ?? []
            for (cls, _) in classes[i] { candidates += byClass[cls] ?? [] }
            for r in candidates where tried[r] != i {
                tried[r] = i
                if let m = match(rules[r], tokens, classes, at: i), isPlausible(m) { all.append(m) }
            }
        }
        // Longest expression first; then the more specific; then the earlier rule.
        all.sort { a, b in
            if a.span.count != b.span.count { return a.span.count > b.span.count }
            if a.matchedElements != b.matchedElements { return a.matchedElements > b.matchedElements }
            if a.rule.order != b.rule.order { return a.rule.order < b.rule.order }
            return a.span.lowerBound < b.span.lowerBound
        }
        var taken = [Bool](repeating: false, count: tokens.count)
        var kept: [DateMatch] = []
        for m in all where !m.span.contains(where: { taken[$0] }) {
            m.span.forEach { taken[$0] = true }
            kept.append(m)
        }
        return kept.sorted { $0.span.lowerBound < $1.span.lowerBound }
    }

    /// A span of years must end after it starts: "1910-45" is one, "1890-21" is not.
    static func isPlausible(_ m: DateMatch) -> Bool {
        guard m.rule.kind == "range", let from = m.values["YEAR"].flatMap({ Int($0) }),
              let to = (m.values["YY"] ?? m.values["YEAR2"]).flatMap({ Int($0) }) else { return true }
        return (to < 100 ? from / 100 * 100 + to : to) > from
    }

    /// Matches a rule's elements from token `start`, trying each optional element both ways.
    static func match(_ rule: DateRule, _ tokens: [DateToken], _ classes: [[(cls: String, value: String)]], at start: Int) -> DateMatch? {
        func step(_ e: Int, _ t: Int, _ values: [String: String], _ spanStart: Int?, _ spanEnd: Int?, _ count: Int) -> DateMatch? {
            if e == rule.elements.count {
                guard let spanStart, let spanEnd, spanStart < spanEnd else { return nil }
                return DateMatch(rule: rule, span: spanStart..<spanEnd, matchedElements: count, values: values)
            }
            let element = rule.elements[e]
            if t < tokens.count, let value = accepts(element, tokens[t], classes[t]) {
                var next = values
                if let cls = value.cls {
                    next[next[cls] == nil ? cls : cls + "2"] = value.value
                }
                for alias in element.classes where next[alias] == nil { next[alias] = value.value }
                let s = element.context ? spanStart : (spanStart ?? t)
                let end = element.context ? spanEnd : t + 1
                // Context may only stand before or after the expression, never inside it.
                if !(element.context && spanStart != nil && e + 1 < rule.elements.count && !rule.elements[(e + 1)...].allSatisfy(\.context)) {
                    if let m = step(e + 1, t + 1, next, s, end, count + 1) { return m }
                }
            }
            if element.optional { return step(e + 1, t, values, spanStart, spanEnd, count) }
            return nil
        }
        return step(0, start, [:], nil, nil, 0)
    }

    /// The class and value by which an element accepts a token, if it does.
    static func accepts(_ element: DateRule.Element, _ token: DateToken, _ classes: [(cls: String, value: String)]) -> (cls: String?, value: String)? {
        if element.literals.contains(token.lower) { return (nil, token.lower) }
        for cls in element.classes {
            if let hit = classes.first(where: { $0.cls == cls }) { return (cls, hit.value) }
        }
        return nil
    }
}
