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
/// classes they can start with), then the longest expressions kept without overlap. Words and classes
/// are compared as small integers: the text of a token is looked up once.
enum DateMatcher {
    /// The rules with their words and classes numbered.
    struct Element {
        let literals: [Int]
        let classes: [Int]
        let optional: Bool
        let context: Bool
    }

    static let literalIDs: [String: Int] = {
        var ids: [String: Int] = [:]
        for rule in DateRule.all { for e in rule.elements { for word in e.literals.sorted() where ids[word] == nil { ids[word] = ids.count } } }
        return ids
    }()
    static let classNames: [String] = DateRule.classNames.sorted()
    static let classIDs: [String: Int] = Dictionary(uniqueKeysWithValues: classNames.enumerated().map { ($1, $0) })
    static let compiled: [[Element]] = DateRule.all.map { rule in
        rule.elements.map { e in
            Element(literals: e.literals.map { literalIDs[$0]! }, classes: e.classes.map { classIDs[$0]! }, optional: e.optional, context: e.context)
        }
    }

    /// Rules (by their place in `DateRule.all`) by a word they can start with, and by a class they can start with.
    static let byWord: [[Int]] = {
        var table = [[Int]](repeating: [], count: literalIDs.count)
        for (r, elements) in compiled.enumerated() { for w in Set(firstElements(elements).literals) { table[w].append(r) } }
        return table
    }()
    static let byClass: [[Int]] = {
        var table = [[Int]](repeating: [], count: classNames.count)
        for (r, elements) in compiled.enumerated() { for c in Set(firstElements(elements).classes) { table[c].append(r) } }
        return table
    }()

    /// The words and classes a rule can start with (its first element, or the next where that is optional).
    static func firstElements(_ elements: [Element]) -> (literals: [Int], classes: [Int]) {
        var literals: [Int] = []
        var classes: [Int] = []
        for element in elements {
            literals += element.literals
            classes += element.classes
            if !element.optional { break }
        }
        return (literals, classes)
    }

    /// A token as the matcher sees it: its word's number among the rules' words (or -1), its classes.
    struct Seen {
        let literal: Int
        let classes: [(id: Int, value: String)]
    }

    static func matches(_ text: InternedTokens) -> [DateMatch] {
        let tokens = text.tokens
        var all: [DateMatch] = []
        var tried = [Int](repeating: -1, count: DateRule.all.count)
        var captures: [(Int, String, Bool)] = []
        func attempt(_ rules: [Int], at i: Int) {
            for r in rules where tried[r] != i {
                tried[r] = i
                // Most tries end at the second token: check it before setting up a whole match.
                let elements = compiled[r]
                if elements.count > 1, !elements[0].optional, !elements[0].context, !elements[1].optional,
                   i + 1 >= tokens.count || accepts(elements[1], text.seen(i + 1)) == nil { continue }
                captures.removeAll(keepingCapacity: true)
                if let m = match(r, text, at: i, &captures), isPlausible(m) { all.append(m) }
            }
        }
        for i in tokens.indices {
            let seen = text.seen(i)
            if seen.literal >= 0 { attempt(byWord[seen.literal], at: i) }
            for (c, _) in seen.classes { attempt(byClass[c], at: i) }
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

    /// Matches rule `r` from token `start`, trying each optional element both ways. `captures` holds
    /// (class, value, matched) for the elements taken so far: the class a token matched, or one that
    /// the element also names (so that `amount=NUM` reads a NUMWORD too).
    static func match(_ r: Int, _ text: InternedTokens, at start: Int, _ captures: inout [(Int, String, Bool)]) -> DateMatch? {
        let elements = compiled[r]
        func step(_ e: Int, _ t: Int, _ spanStart: Int?, _ spanEnd: Int?, _ count: Int) -> DateMatch? {
            if e == elements.count {
                guard let spanStart, let spanEnd, spanStart < spanEnd else { return nil }
                return DateMatch(rule: DateRule.all[r], span: spanStart..<spanEnd, matchedElements: count, values: values(captures))
            }
            let element = elements[e]
            // Context may only stand before or after the expression, never inside it.
            let misplaced = element.context && spanStart != nil && e + 1 < elements.count && !elements[(e + 1)...].allSatisfy(\.context)
            if t < text.tokens.count, !misplaced, let (cls, value) = accepts(element, text.seen(t)) {
                let mark = captures.count
                if let cls { captures.append((cls, value, true)) }
                for alias in element.classes where alias != cls { captures.append((alias, value, false)) }
                let s = element.context ? spanStart : (spanStart ?? t)
                let end = element.context ? spanEnd : t + 1
                if let m = step(e + 1, t + 1, s, end, count + 1) { return m }
                captures.removeSubrange(mark...)
            }
            if element.optional { return step(e + 1, t, spanStart, spanEnd, count) }
            return nil
        }
        return step(0, start, nil, nil, 0)
    }

    /// Class name → value: a class matched twice gives NAME and NAME2; a class an element only names
    /// takes the value where nothing matched that class itself.
    static func values(_ captures: [(Int, String, Bool)]) -> [String: String] {
        var out: [String: String] = [:]
        for (c, value, matched) in captures where matched {
            let name = classNames[c]
            out[out[name] == nil ? name : name + "2"] = value
        }
        for (c, value, matched) in captures where !matched && out[classNames[c]] == nil { out[classNames[c]] = value }
        return out
    }

    /// The class (nil for a word) and value by which an element accepts a token, if it does.
    static func accepts(_ element: Element, _ token: Seen) -> (Int?, String)? {
        if token.literal >= 0, element.literals.contains(token.literal) { return (nil, "") }
        for c in element.classes {
            if let hit = token.classes.first(where: { $0.id == c }) { return (c, hit.value) }
        }
        return nil
    }
}
