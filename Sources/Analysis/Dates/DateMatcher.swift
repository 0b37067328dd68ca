/// What one rule matched: the tokens of the expression and the value of each element.
struct DateMatch {
    let rule: DateRule
    /// Token indices of the expression, context excluded.
    let span: Range<Int>
    /// Class name → value, for the normalisation's fields.
    let values: [String: String]
}

/// Runs the rules over a token stream: at every token the rules that can start with its spelling
/// (listed once per spelling), then the longest expressions kept without overlap. Rules, words and
/// classes are plain numbers in flat tables, so that trying a rule allocates nothing and touches no
/// reference counts; values are read out only for the expressions kept.
enum DateMatcher {
    /// A rule's element with its words and classes numbered.
    struct Element {
        /// Its words, in `Table.literals`, and its classes, in `Table.classes` in the order the rule names them.
        let literals: Range<Int>
        let classes: Range<Int>
        let classMask: UInt32
        let optional: Bool
        let context: Bool
        /// Context with part of the expression after it: it may stand before the expression, never inside it.
        let contextBeforeOnly: Bool
    }

    /// Every rule compiled into flat arrays.
    struct Table {
        var elements: [Element] = []
        var literals: [Int32] = []
        var classes: [Int32] = []
        /// Rule `r`'s elements are `elements[ruleStart[r]..<ruleStart[r + 1]]`.
        var ruleStart: [Int] = [0]
        /// Whether a try of rule `r` is settled by its second token first: neither of its first two
        /// elements is optional, the first is not context.
        var checkSecond: [Bool] = []
        /// Whether rule `r` reads a span of years, which must end after it starts.
        var isRange: [Bool] = []
        /// Rules by a word, and by a class, they can start with.
        var byWord: [[Int32]] = []
        var byClass: [[Int32]] = []
    }

    static let literalIDs: [String: Int] = {
        var ids: [String: Int] = [:]
        for rule in DateRule.all { for e in rule.elements { for word in e.literals.sorted() where ids[word] == nil { ids[word] = ids.count } } }
        return ids
    }()
    static let commaLiteral = Int32(literalIDs[",", default: -1])
    static let periodLiteral = Int32(literalIDs[".", default: -1])
    /// A month's or a weekday's full name: a period after it ends a sentence ("in December. 21 ships"), and
    /// no date runs on across it; after an abbreviation ("Dec. 21") it belongs to the date.
    static let fullNames = classMask(["MONTH", "WEEKDAY"])
    static let abbreviations = classMask(["MONABBR", "WDABBR"])
    static func classMask(_ names: [String]) -> UInt32 { names.reduce(0) { $0 | 1 << UInt32(classIDs[$1]!) } }
    /// Whether a period after this spelling ends its sentence rather than an abbreviation.
    static func endsASentence(after s: InternedTokens.Spelling) -> Bool {
        s.classMask & fullNames != 0 && s.classMask & abbreviations == 0
    }
    static let classNames: [String] = {
        precondition(DateRule.classNames.count <= 32, "dates.rules: a token's classes are bits of a 32-bit mask")
        return DateRule.classNames.sorted()
    }()
    static let classIDs: [String: Int] = Dictionary(uniqueKeysWithValues: classNames.enumerated().map { ($1, $0) })

    static let table: Table = {
        var t = Table()
        t.byWord = [[Int32]](repeating: [], count: literalIDs.count)
        t.byClass = [[Int32]](repeating: [], count: classNames.count)
        for (r, rule) in DateRule.all.enumerated() {
            for (e, element) in rule.elements.enumerated() {
                let literals = t.literals.count
                t.literals += element.literals.sorted().map { Int32(literalIDs[$0]!) }
                let classes = t.classes.count
                t.classes += element.classes.map { Int32(classIDs[$0]!) }
                let mask = element.classes.reduce(UInt32(0)) { $0 | 1 << UInt32(classIDs[$1]!) }
                let expressionAfter = rule.elements[(e + 1)...].contains { !$0.context }
                t.elements.append(Element(literals: literals..<t.literals.count, classes: classes..<t.classes.count, classMask: mask,
                                          optional: element.optional, context: element.context,
                                          contextBeforeOnly: element.context && expressionAfter))
            }
            t.ruleStart.append(t.elements.count)
            let e = rule.elements
            t.checkSecond.append(e.count > 1 && !e[0].optional && !e[0].context && !e[1].optional)
            t.isRange.append(rule.kind == .range)
            // The words and classes it can start with: its first element's, and the next's while they are optional.
            var words = Set<Int>(), classes = Set<Int>()
            for element in e {
                words.formUnion(element.literals.map { literalIDs[$0]! })
                classes.formUnion(element.classes.map { classIDs[$0]! })
                if !element.optional { break }
            }
            for w in words.sorted() { t.byWord[w].append(Int32(r)) }
            for c in classes.sorted() { t.byClass[c].append(Int32(r)) }
        }
        return t
    }()

    /// A try in progress or done: a class an element took from a token, and how the token was taken
    /// (`via`: the class it matched, or -1 for a word). A class the element only names takes the
    /// token's value too, so that `amount=NUM` reads a NUMWORD.
    struct Capture {
        let cls: Int32
        let token: Int32
        let via: Int32
        let matched: Bool
    }

    /// A rule that matched, before overlaps are settled.
    struct Candidate {
        let rule: Int
        let span: Range<Int>
        /// Elements that matched, context included; more means a more specific reading.
        let matchedElements: Int
        let captures: Range<Int>
    }

    static func matches(_ text: InternedTokens) -> [DateMatch] {
        var run = Run(text)
        run.tryRules()
        return run.kept()
    }

    /// One text's matching. A struct rather than closures over local state, so that its arrays are
    /// checked for exclusive access when compiled, not on every access.
    struct Run {
        let t = DateMatcher.table
        let text: InternedTokens
        let tokens: [DateToken]
        let spellings: [InternedTokens.Spelling]
        let startingRules: (rules: [Int32], ranges: [Range<Int>])
        var found: [Candidate] = []
        var foundCaptures: [Capture] = []
        var captures: [Capture] = []

        init(_ text: InternedTokens) {
            self.text = text
            tokens = text.tokens
            spellings = text.spellings
            startingRules = rulesStarting(text.spellings, t)
        }

        mutating func tryRules() {
            for k in tokens.indices {
                for n in startingRules.ranges[Int(tokens[k].spelling)] {
                    let r = Int(startingRules.rules[n])
                    // Most tries end at the second token: check it before setting up a whole match.
                    if t.checkSecond[r], k + 1 >= tokens.count || taking(t.ruleStart[r] + 1, k + 1) == -2 { continue }
                    if !captures.isEmpty { captures.removeAll(keepingCapacity: true) }
                    let before = found.count
                    if step(r, t.ruleStart[r], k, -1, -1, 0), t.isRange[r],
                       !isPlausibleRange(values(foundCaptures[found[before].captures], text)) {
                        found.removeLast()
                    }
                }
            }
        }

        /// How element `e` takes token `k`: -2 not at all, -1 as a word, else by that class.
        @inline(__always) func taking(_ e: Int, _ k: Int) -> Int32 {
            let element = t.elements[e]
            let spelling = spellings[Int(tokens[k].spelling)]
            if spelling.literal == DateMatcher.periodLiteral, k > 0, DateMatcher.endsASentence(after: spellings[Int(tokens[k - 1].spelling)]) {
                return -2
            }
            if spelling.literal >= 0 { for w in element.literals where t.literals[w] == spelling.literal { return -1 } }
            if element.classMask & spelling.classMask != 0 {
                for c in element.classes where spelling.classMask & (1 << UInt32(t.classes[c])) != 0 { return t.classes[c] }
            }
            return -2
        }

        /// Matches rule `r` from element `e` at token `k`, taking each optional element before trying without it.
        mutating func step(_ r: Int, _ e: Int, _ k: Int, _ spanStart: Int, _ spanEnd: Int, _ count: Int) -> Bool {
            if e == t.ruleStart[r + 1] {
                // An optional comma before an optional part that is not there ends no expression: "Christmas, the ferry".
                var spanEnd = spanEnd
                while spanEnd > spanStart + 1, spellings[Int(tokens[spanEnd - 1].spelling)].literal == DateMatcher.commaLiteral { spanEnd -= 1 }
                guard spanStart >= 0, spanStart < spanEnd else { return false }
                let first = foundCaptures.count
                foundCaptures += captures
                found.append(Candidate(rule: r, span: spanStart..<spanEnd, matchedElements: count, captures: first..<foundCaptures.count))
                return true
            }
            let element = t.elements[e]
            if k < tokens.count, !(element.contextBeforeOnly && spanStart >= 0) {
                let how = taking(e, k)
                if how != -2 {
                    let mark = captures.count
                    if how >= 0 { captures.append(Capture(cls: how, token: Int32(k), via: how, matched: true)) }
                    for c in element.classes where t.classes[c] != how {
                        captures.append(Capture(cls: t.classes[c], token: Int32(k), via: how, matched: false))
                    }
                    let start = element.context || spanStart >= 0 ? spanStart : k
                    let end = element.context ? spanEnd : k + 1
                    if step(r, e + 1, k + 1, start, end, count + 1) { return true }
                    captures.removeLast(captures.count - mark)
                }
            }
            return element.optional && step(r, e + 1, k, spanStart, spanEnd, count)
        }

        /// The longest expressions without overlap, in text order: longest first, then the more
        /// specific, then the earlier rule.
        mutating func kept() -> [DateMatch] {
            found.sort { a, b in
                if a.span.count != b.span.count { return a.span.count > b.span.count }
                if a.matchedElements != b.matchedElements { return a.matchedElements > b.matchedElements }
                if a.rule != b.rule { return a.rule < b.rule }
                return a.span.lowerBound < b.span.lowerBound
            }
            var taken = [Bool](repeating: false, count: tokens.count)
            var kept: [DateMatch] = []
            for m in found where !m.span.contains(where: { taken[$0] }) {
                m.span.forEach { taken[$0] = true }
                kept.append(DateMatch(rule: DateRule.all[m.rule], span: m.span, values: values(foundCaptures[m.captures], text)))
            }
            return kept.sorted { $0.span.lowerBound < $1.span.lowerBound }
        }
    }

    /// For each spelling, the rules that can start with it: the same list for every spelling with the
    /// same rule word and classes, made once.
    static func rulesStarting(_ spellings: [InternedTokens.Spelling], _ t: Table) -> (rules: [Int32], ranges: [Range<Int>]) {
        var made: [UInt64: Range<Int>] = [:]
        var rules: [Int32] = []
        let ranges = spellings.map { s in
            let key = UInt64(UInt32(bitPattern: s.literal)) << 32 | UInt64(s.classMask)
            if let range = made[key] { return range }
            var starting = Set<Int32>()
            if s.literal >= 0 { starting.formUnion(t.byWord[Int(s.literal)]) }
            for c in 0..<classNames.count where s.classMask & (1 << UInt32(c)) != 0 { starting.formUnion(t.byClass[c]) }
            let range = rules.count..<rules.count + starting.count
            rules += starting.sorted()
            made[key] = range
            return range
        }
        return (rules, ranges)
    }

    /// A span of years must end after it starts: "1870-95" is one, "1890-21" is not.
    static func isPlausibleRange(_ values: [String: String]) -> Bool {
        guard let from = values["YEAR"].flatMap({ Int($0) }), let to = (values["YY"] ?? values["YEAR2"]).flatMap({ Int($0) }) else { return true }
        return (to < 100 ? from / 100 * 100 + to : to) > from
    }

    /// Class name → value: a class matched twice gives NAME and NAME2; a class an element only names
    /// takes the value where nothing matched that class itself.
    static func values(_ captures: ArraySlice<Capture>, _ text: InternedTokens) -> [String: String] {
        func value(_ c: Capture) -> String { c.via < 0 ? "" : text.value(of: Int(c.via), at: Int(c.token)) }
        var out: [String: String] = [:]
        for c in captures where c.matched {
            let name = classNames[Int(c.cls)]
            out[out[name] == nil ? name : name + "2"] = value(c)
        }
        for c in captures where !c.matched && out[classNames[Int(c.cls)]] == nil { out[classNames[Int(c.cls)]] = value(c) }
        return out
    }
}
