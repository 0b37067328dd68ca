import Corpus
import Support

/// Dated happenings. Each date of a sentence gives an event (a date that only dates the report,
/// "said Thursday", only when the sentence has no other, or tells only of what is long past, still to come, or a thing's
/// description), summarised by the clause that carries the
/// date where that clause reads on its own. Reports of one happening are found by their words
/// (`Rules/event-words.rules` makes "passed" and "approved" one word): on the same date they are one
/// event with all their citations; on different days of the same week, from sources none of which
/// gives both days, they are a conflict, and both dates stay on the timeline, linked.
enum EventBuilder {
    struct Candidate {
        let date: ResolvedDate
        let planned: Bool
        let history: Bool
        let summary: String
        /// How many words the summary has.
        let length: Int
        let sentence: SentenceRef
        /// The summary's content words, distinct and sorted.
        let words: [String]
        let actors: [ActorID]
    }

    /// The candidates' words, each numbered once, so that joining reports hashes and compares numbers.
    struct NumberedWords {
        /// Each candidate's words as sorted numbers.
        let of: [[Int32]]
        /// By number: whether the word is an action of `Rules/event-words.rules`.
        let isAction: [Bool]

        init(_ candidates: [Candidate]) {
            var number: [String: Int32] = [:]
            var isAction: [Bool] = []
            of = candidates.map { c in
                c.words.map { word in
                    if let n = number[word] { return n }
                    number[word] = Int32(isAction.count)
                    isAction.append(EventBuilder.actions.contains(word))
                    return Int32(isAction.count - 1)
                }.sorted()
            }
            self.isAction = isAction
        }
    }

    static let eventWords: [String: String] = Dictionary(
        RuleTable.rows(PackageResources.event_words_rules).map { ($0[0], $0[1]) }, uniquingKeysWith: { a, _ in a })
    /// How much of the shorter report the longer must say for the two to report one happening.
    static let sameHappening = 0.5
    /// How far apart two reported days may be and still be one happening told two ways.
    static let conflictWindow = 7
    /// The fewest words a sentence that tells an event has.
    static let minimumEventWords = 4
    /// How many of an event's tellings the others are measured against when its lead is chosen.
    static let leadSample = 64
    /// How many days before a report what it tells must lie for the report to be news of its own day.
    static let staleDays = 30
    /// How many words before a date a relative word may open the clause it dates.
    static let relativeReach = 8
    /// An event this many years before its source's date is background history.
    static let historyYears = 2

    /// The date expressions of an article's sentences, found over the article's whole text so that
    /// "the next day" follows the story from sentence to sentence; offsets are the sentence's own.
    static func datesBySentence(_ sentences: [SentenceRef]) -> [[TemporalExpression]] {
        guard let dct = sentences.first?.dct else { return sentences.map { DateFinder.find(in: $0.citation.sentence, dct: nil) } }
        var text = ""
        var ranges: [Range<Int>] = []
        var offset = 0
        for (i, s) in sentences.enumerated() {
            let separator = i == 0 ? "" : s.citation.paragraph == sentences[i - 1].citation.paragraph ? " " : "\n\n"
            text += separator
            offset += separator.unicodeScalars.count
            let length = s.citation.sentence.unicodeScalars.count
            text += s.citation.sentence
            ranges.append(offset..<(offset + length))
            offset += length
        }
        let found = DateFinder.find(in: text, dct: dct)
        return ranges.map { range in
            found.filter { range.contains($0.start) && $0.end <= range.upperBound }.map { $0.shifted(by: -range.lowerBound) }
        }
    }

    /// `people` are the article's named people with their sides: a sentence that names one concerns that side too.
    /// `lede`: the sentence is its article's first of the body; undated, it may tell the news of the
    /// article's day (`NewsOfTheDay`).
    static func candidates(_ s: SentenceRef, dates found: [TemporalExpression], actors: NameIndex<ActorID>, names: Set<String>,
                           people: [PersonMention], lede: Bool = false) -> [Candidate] {
        let sentence = s.citation.sentence
        // "Earlier Monday.", "Friday.": a day and a word or two tell no happening of their own.
        guard s.tokens.count >= minimumEventWords else { return [] }
        // Dates and times of day on the calendar: durations, recurrences and references to "now" never are;
        // nor years that only name a thing or measure against it.
        let dates = DatingWords.happenings(found.filter { ($0.kind == .date || $0.kind == .time) && $0.date != nil }, in: sentence)
        func candidate(_ date: ResolvedDate, planned: Bool, told range: Range<Int>) -> Candidate {
            let summary = Clauses.carrying(range, in: sentence)
            let tokens = Tokenizer.tokens(summary)
            return Candidate(
                date: date,
                planned: planned || (s.dct.map { date.start > $0 } ?? false),
                history: s.dct.map { date.end.year <= $0.year - historyYears } ?? false,
                summary: summary, length: tokens.count, sentence: s,
                words: Set(tokens.filter { !names.contains($0.text) && DateLexicon.weekdays[$0.lower] == nil }.map(stem))
                    .subtracting(ContentWords.stopwords).sorted(),
                actors: actorsConcerned(s, actors: actors, people: people))
        }
        if dates.isEmpty {
            guard lede, let dct = s.dct, !QuoteFinder.opensAQuote(sentence), let step = NewsOfTheDay.step(in: s.tokens) else { return [] }
            let day = ResolvedDate(value: dct.iso, granularity: .day, start: dct, end: dct, qualifier: nil)
            return [candidate(day, planned: false, told: s.tokens[step.lowerBound].offset..<s.tokens[step.upperBound - 1].end)]
        }
        /// The sentence's words before a date, from its own tokens.
        func words(before e: TemporalExpression) -> ArraySlice<Token> { s.tokens.prefix { $0.offset < e.start } }
        func datesTheReport(_ e: TemporalExpression) -> Bool {
            words(before: e).suffix(3).contains { Attribution.reportVerbs.contains($0.lower) }
        }
        let happenings = dates.filter { !datesTheReport($0) }
        // "Ratified the agreements that were reached in May": a date in a clause that describes a thing the report names,
        // a relative word after a word that is no verb of saying and before a verb of the clause's own.
        func describesAThing(_ e: TemporalExpression) -> Bool {
            let before = Array(words(before: e))
            guard let r = before.indices.suffix(relativeReach).last(where: { StatusReader.relatives.contains(before[$0].lower) }), r > 0,
                  r + 1 < before.count, case let noun = before[r - 1].lower, noun.first?.isLetter == true,
                  !Attribution.reportVerbs.contains(noun), !Attribution.speechVerbs.contains(noun), !Tense.isPastForm(noun),
                  DateLexicon.weekdays[noun] == nil else { return false }
            return Tense.beForms.contains(before[r + 1].lower) || Tense.isPastForm(before[r + 1].lower)
        }
        // "Told reporters Friday that … after the shootings last year", "said Tuesday that the crews will return on Thursday",
        // "announced Friday that members ratified the agreements that were reached in May": a report of something long past, of a
        // plan, or of a thing only described by its date, is the news of its own day too.
        let reports = dates.filter { e in
            guard datesTheReport(e), let day = e.date, !happenings.isEmpty else { return false }
            return happenings.allSatisfy { $0.date.map { $0.end.adding(days: staleDays) < day.start } ?? false }
                || happenings.allSatisfy { $0.date.map { $0.start > day.end } ?? false }
                || happenings.allSatisfy(describesAThing)
        }
        var seen = Set<String>()
        return (happenings.isEmpty ? Array(dates.prefix(1)) : happenings + reports).compactMap { e in
            guard let date = e.date, seen.insert(date.value).inserted else { return nil }
            return candidate(date, planned: e.forward, told: e.start..<e.end)
        }
    }

    /// The actors a sentence names, then the sides of the people it names (in full, or by one part of
    /// the name that no other person of the article shares).
    static func actorsConcerned(_ s: SentenceRef, actors: NameIndex<ActorID>, people: [PersonMention]) -> [ActorID] {
        var ids = actors.ids(in: s.tokens)
        let words = Set(s.tokens.map(\.text))
        let parts = people.flatMap { Set($0.name.split(separator: " ").map(String.init)) }
        let shared = Set(Dictionary(grouping: parts, by: { $0 }).filter { $0.value.count > 1 }.keys)
        for person in people {
            guard let side = person.actor, !ids.contains(side) else { continue }
            let nameParts = person.name.split(separator: " ").map(String.init)
            if s.citation.sentence.contains(person.name) || nameParts.contains(where: { words.contains($0) && !shared.contains($0) }) {
                ids.append(side)
            }
        }
        return ids
    }

    /// A word's class from `event-words.rules`, else its first five letters.
    static func stem(_ token: Token) -> String {
        let lower = token.lower
        return eventWords[lower] ?? String(lower.prefix(5))
    }

    static func merge(_ candidates: [Candidate]) -> (events: [Event], conflicts: [Conflict]) {
        let numbered = NumberedWords(candidates)
        let clusters = cluster(candidates, numbered)
        // Each group holds the positions of its candidates.
        var groups: [(members: [Int], conflict: Int?)] = []
        var conflictGroups = 0
        for members in clusters {
            let byDate = Dictionary(grouping: members, by: { candidates[$0].date.value })
            let dateGroups = byDate.keys.sorted().map { byDate[$0]! }
            if dateGroups.count > 1, isConflict(dateGroups.map { $0.map { candidates[$0] } }) {
                groups += dateGroups.map { ($0, conflictGroups) }
                conflictGroups += 1
            } else {
                groups += dateGroups.map { ($0, nil) }
            }
        }
        // A reporter's words lead before a quote; among them, the telling that says most of what the
        // others say; then the shortest that is still a sentence. What a telling shares with the others
        // is reckoned once for each distinct set of words, so that copies of one wire story cost one,
        // and against the first tellings only, so that a story told a thousand ways costs no more.
        let leads = ParallelMap.map(groups.map(\.members)) { members -> Int in
            var sharedByWords: [[Int32]: Double] = [:]
            let sample = members.prefix(leadSample).map { numbered.of[$0] }
            func rank(_ k: Int) -> (Int, Double, Int) {
                let c = candidates[k], words = numbered.of[k]
                let shared = sharedByWords[words] ?? sample.reduce(0.0) { $0 + ContentWords.overlap(words, $1) }
                sharedByWords[words] = shared
                return (QuoteFinder.opensAQuote(c.summary) ? 1 : 0, -shared, c.length < Clauses.minimumWords ? Int.max : c.length)
            }
            return members.map { (rank: rank($0), member: $0) }.min { a, b in
                (a.rank.0, a.rank.1, a.rank.2, candidates[a.member].sentence.citation) < (b.rank.0, b.rank.1, b.rank.2, candidates[b.member].sentence.citation)
            }!.member
        }
        // In the order of the dates the events show, their leads' ("mid-June" leads a group that "June" opens).
        let ordered = zip(groups, leads).map { (key: (candidates[$1].date, $0.members.map { candidates[$0].sentence.citation }.min()!), group: $0, lead: $1) }
            .sorted { $0.key < $1.key }
        groups = ordered.map(\.group)

        // Conflicts are numbered in the order their first event appears on the timeline.
        var numbering: [Int: String] = [:]
        var conflictOrder: [String] = []
        for group in groups {
            if let c = group.conflict, numbering[c] == nil {
                numbering[c] = "d\(conflictOrder.count + 1)"
                conflictOrder.append(numbering[c]!)
            }
        }
        let conflictIDs = numbering
        let ids = stableIDs(ordered.map { (candidates[$0.lead].date, $0.key.1) })
        let events = ParallelMap.map(Array(zip(groups, ordered.map(\.lead)).enumerated())) { i, pair -> Event in
            let (group, lead) = (pair.0, candidates[pair.1])
            let members = group.members.map { candidates[$0] }
            var actors: [ActorID] = []
            for c in members { for a in c.actors where !actors.contains(a) { actors.append(a) } }
            return Event(id: ids[i], date: lead.date, summary: lead.summary, actors: actors,
                         citations: members.map(\.sentence.citation).sorted(), planned: members.allSatisfy(\.planned),
                         reportedBy: members.compactMap(\.sentence.dct).max(),
                         history: members.allSatisfy(\.history), conflict: group.conflict.flatMap { conflictIDs[$0] })
        }
        let conflicts = conflictOrder.map { id -> Conflict in
                let dated = events.filter { $0.conflict == id }
                return Conflict(id: id, topic: "When: " + dated[0].summary,
                                claims: dated.map { Conflict.Claim(value: $0.date.value, citations: $0.citations) }, quote: nil)
            }
        return (events, conflicts)
    }

    /// Reports joined when they tell one happening: same value, or (for days) within the window, both
    /// planned or both past, sharing most of their words.
    /// Candidates are compared only with those near them in time, never all pairs.
    /// Reports alike in date, tense and words (copies of one wire story) are one happening from the
    /// start, and only one of them is compared with the rest.
    struct Likeness: Hashable {
        let date: ResolvedDate
        let planned: Bool
        let words: [Int32]
    }

    static func cluster(_ candidates: [Candidate], _ numbered: NumberedWords) -> [[Int]] {
        var likenessIndex: [Likeness: Int] = [:]
        var representatives: [Int] = []
        let kind = candidates.indices.map { i -> Int in
            let c = candidates[i]
            let key = Likeness(date: c.date, planned: c.planned, words: numbered.of[i])
            if let k = likenessIndex[key] { return k }
            likenessIndex[key] = representatives.count
            representatives.append(i)
            return representatives.count - 1
        }
        var parent = Array(representatives.indices)
        func root(_ i: Int) -> Int { parent[i] == i ? i : root(parent[i]) }
        // How many of the reports being joined hold each word, by the word's number.
        var frequency = [Int](repeating: 0, count: numbered.isAction.count)
        /// Joins the reports among `reps` (in date order) that tell one happening, each with the earlier
        /// ones of the last `window` days when a window is given.
        /// Pairs are found through the words' lists of reports, never all pairs, and without walking the
        /// long lists of common words: two reports that share at least half of the shorter one's words
        /// share one among the rarest words of the shorter one (its `prefix`, the words ordered rarest
        /// first, of the length that leaves too few to make half), so each report meets the earlier ones
        /// holding a word of its prefix, and the earlier ones whose prefix holds one of its words. Reports
        /// of one action on one day meet through the action.
        func join(_ reps: [Int], window: Int?) {
            let start = reps.map { candidates[representatives[$0]].date.start.daysSince1970 }
            let words = reps.map { numbered.of[representatives[$0]] }
            for list in words { for word in list { frequency[Int(word)] += 1 } }
            defer { for list in words { for word in list { frequency[Int(word)] = 0 } } }
            /// The reports of earlier positions holding a word, the first of them still inside the window.
            struct Reports { var positions: [Int] = []; var first = 0 }
            struct DayAction: Hashable { let date: String; let word: Int32 }
            var holding: [Int32: Reports] = [:], prefixHolding: [Int32: Reports] = [:], sameDayAction: [DayAction: [Int]] = [:]
            func earlier(_ lists: inout [Int32: Reports], _ word: Int32, before k: Int, into found: inout Set<Int>) {
                guard var list = lists[word] else { return }
                if let window {
                    while list.first < list.positions.count, start[list.positions[list.first]] < start[k] - window { list.first += 1 }
                    lists[word] = list
                }
                found.formUnion(list.positions[list.first...])
            }
            for (k, j) in reps.enumerated() {
                let b = candidates[representatives[j]]
                let rarestFirst = words[k].sorted { (frequency[Int($0)], $0) < (frequency[Int($1)], $1) }
                let prefix = rarestFirst.prefix(rarestFirst.count - fewestShared(rarestFirst.count) + 1)
                var met = Set<Int>()
                for word in prefix { earlier(&holding, word, before: k, into: &met) }
                for word in words[k] { earlier(&prefixHolding, word, before: k, into: &met) }
                let dayActions = words[k].filter { numbered.isAction[Int($0)] }.map { DayAction(date: b.date.value, word: $0) }
                for key in dayActions { met.formUnion(sameDayAction[key] ?? []) }
                for p in met {
                    let a = candidates[representatives[reps[p]]]
                    let overlap = Double(ContentWords.sharedCount(words[p], words[k])) / Double(min(words[p].count, words[k].count))
                    if a.planned == b.planned, overlap >= sameHappening || sameDayAndAction(a, b, words[p], words[k], numbered) {
                        parent[root(j)] = root(reps[p])
                    }
                }
                for word in words[k] { holding[word, default: Reports()].positions.append(k) }
                for word in prefix { prefixHolding[word, default: Reports()].positions.append(k) }
                for key in dayActions { sameDayAction[key, default: []].append(k) }
            }
        }
        // Days join within a week of each other; other spans ("March 2031", "mid-March 2031") when they are
        // the same span.
        let order = representatives.indices.sorted { candidates[representatives[$0]].date < candidates[representatives[$1]].date }
        join(order.filter { candidates[representatives[$0]].date.granularity == .day }, window: conflictWindow)
        let spans = Dictionary(grouping: order.filter { candidates[representatives[$0]].date.granularity != .day },
                               by: { candidates[representatives[$0]].date.value })
        for value in spans.keys.sorted() { join(spans[value]!, window: nil) }
        return Dictionary(grouping: candidates.indices, by: { root(kind[$0]) }).values.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }

    /// Each event's id, from its date and its first citation, so that it stays the same when other
    /// events come or go and a link to it from a page not rebuilt still finds it: "e" and ten hex digits
    /// of their fingerprint, the rare repeat numbered in timeline order.
    static func stableIDs(_ events: [(date: ResolvedDate, first: Citation)]) -> [String] {
        var used = Set<String>()
        return events.map { event in
            var hash = ContentHash()
            for part in [event.date.value, event.first.source.slug, event.first.sentenceID.description] { hash.add(part) }
            let base = "e" + hash.hex.prefix(10)
            var id = base, n = 1
            while !used.insert(id).inserted { n += 1; id = base + "-\(n)" }
            return id
        }
    }

    static let actions = Set(eventWords.values)

    /// The fewest words two reports must share to tell one happening when the shorter has `count` words.
    static func fewestShared(_ count: Int) -> Int {
        var shared = 1
        while Double(shared) / Double(count) < sameHappening { shared += 1 }
        return shared
    }

    /// On the same day, two reports of the same action (`Rules/event-words.rules`: "sign", "approve" …)
    /// that share two more words tell one happening, however differently they word the rest.
    static func sameDayAndAction(_ a: Candidate, _ b: Candidate, _ aWords: [Int32], _ bWords: [Int32], _ numbered: NumberedWords) -> Bool {
        guard a.date.value == b.date.value, a.planned == b.planned else { return false }
        var (sharedActions, sharedOthers) = (0, 0)
        ContentWords.forEachShared(aWords, bWords) { word in
            if numbered.isAction[Int(word)] { sharedActions += 1 } else { sharedOthers += 1 }
        }
        return sharedActions > 0 && sharedOthers >= 2
    }

    /// Sources disagree when each date comes from sources that give no other date, about the past.
    static func isConflict(_ dateGroups: [[Candidate]]) -> Bool {
        guard dateGroups.allSatisfy({ $0.allSatisfy { $0.date.granularity == .day && !$0.planned } }) else { return false }
        let sourceSets = dateGroups.map { Set($0.map(\.sentence.citation.source)) }
        for (i, a) in sourceSets.enumerated() {
            for b in sourceSets[(i + 1)...] where !a.isDisjoint(with: b) { return false }
        }
        return true
    }
}

/// Cuts a sentence after the clause that carries a date, where a clause joint follows it: the sentence
/// keeps its start, so that it keeps its subject, and loses only what follows ("… colonial rule …").
enum Clauses {
    /// Joints between clauses; what follows a joint could stand alone.
    static let joints = [", and ", ", but ", "; ", ", while ", ", yet ", ", although ", ", whereas "]
    static let minimumWords = 6

    static let jointBytes = joints.map { Array($0.utf8) }

    /// `range` counts Unicode scalars; the joints are looked for in the sentence's UTF-8 bytes.
    static func carrying(_ range: Range<Int>, in sentence: String) -> String {
        // Quoted speech is never cut: a quote is given whole or not at all.
        guard !QuoteFinder.hasMark(sentence, doubleOnly: true) else { return sentence }
        let bytes = Array(sentence.utf8)
        // The byte where the date's clause ends: after `range.upperBound` scalars (a scalar starts at every byte but 10xxxxxx).
        var end = 0, scalars = 0
        while end < bytes.count, scalars < range.upperBound || bytes[end] & 0xC0 == 0x80 {
            if bytes[end] & 0xC0 != 0x80 { scalars += 1 }
            end += 1
        }
        let cut = jointBytes.compactMap { bytes.firstOffset(of: $0, from: end) }.min() ?? bytes.count
        guard cut < bytes.count else { return sentence }
        let clause = String(decoding: bytes[..<cut], as: UTF8.self).trimmed
        return Tokenizer.tokens(clause).count >= minimumWords ? clause + " …" : sentence
    }
}

/// Which dates of a sentence date a happening it tells of (`Rules/event-dates.rules`): four digits before a
/// clock's zone are a time ("10 a.m. EDT (1400 GMT)"); a bare clock time belongs to the day the sentence names;
/// a year, month or weekday inside a name ("the 2026 deal", "the March offer", "the Saturday meeting") dates
/// nothing when the sentence tells of something else on a date;
/// a year that bounds ("pre-2019 wages"), ends a span ("2026 through 2033") or measures ("the first river pact
/// since 1921") dates nothing.
enum DatingWords {
    static let table: [String: Set<String>] = Dictionary(grouping: RuleTable.rows(PackageResources.event_dates_rules), by: { $0[0] })
        .mapValues { Set($0.map { $0[1] }) }
    static let clock = table["clock", default: []]
    static let determiners = table["determiner", default: []]
    static let bounds = table["bound", default: []]
    static let spans = table["span", default: []]
    static let yardsticks = table["yardstick", default: []]
    /// The endings of superlatives, yardsticks too ("the highest toll since 2008").
    static let yardstickEndings = table["yardstick-ending", default: []]
    /// The nouns of a figure, whose day a date after them and "on" is ("its closing price on Friday").
    static let figures = table["figure", default: []]
    /// The words a yardstick measures from ("since").
    static let measuredFrom = table["from", default: []]
    /// The last word of a date that restates the date before it ("on April 2, nearly thirty days ago").
    static let restating = table["restating", default: []]
    /// The words of the day a speaker speaks in, which inside a quotation date nothing the sentence tells.
    static let speakersDay = table["speakers-day", default: []]
    /// The endings that make a date the possessor of a name after it ("Friday's closing price").
    static let possessives = table["possessive", default: []].sorted().map { Array($0.unicodeScalars) }
    /// How many words before "since" a yardstick may stand ("the first such pact since").
    static let yardstickReach = 5

    static func happenings(_ dates: [TemporalExpression], in sentence: String) -> [TemporalExpression] {
        let scalars = Array(sentence.unicodeScalars)
        func words(_ range: Range<Int>) -> [String] {
            Tokenizer.tokens(String(String.UnicodeScalarView(scalars[range]))).map(\.lower)
        }
        func before(_ e: TemporalExpression) -> [String] { words(0..<e.start) }
        func after(_ e: TemporalExpression) -> [String] { Array(words(e.end..<scalars.count).prefix(2)) }
        func isYear(_ e: TemporalExpression) -> Bool {
            e.text.unicodeScalars.count == 4 && e.text.allSatisfy(\.isNumber) && e.date?.granularity == .year
        }
        // "2026 through 2033": the years of a span, by the index of the first.
        let spanStarts = Set(dates.indices.dropLast().filter { k in
            isYear(dates[k]) && isYear(dates[k + 1]) && spans.contains(words(dates[k].end..<dates[k + 1].start).joined(separator: " "))
        })
        // "On April 2, nearly thirty days ago,": the second says the first again.
        func restatesTheOneBefore(_ k: Int) -> Bool {
            // The comma between is looked for first: most dates have no date right before them.
            guard k > 0, dates[k - 1].end <= dates[k].start, scalars[dates[k - 1].end..<dates[k].start].contains(","),
                  let last = words(dates[k].start..<dates[k].end).last, restating.contains(last) else { return false }
            return words(dates[k - 1].end..<dates[k].start).count <= 2
        }
        var kept = dates.enumerated().filter { k, e in
            if restatesTheOneBefore(k) { return false }
            // "Its closing price on Friday": a figure's day. Only a date after "on " is read further.
            let afterOn = e.start >= 3 && scalars[e.start - 1] == " " && String(String.UnicodeScalarView(scalars[(e.start - 3)..<(e.start - 1)])).lowercased() == "on"
            if afterOn, case let earlier = before(e), earlier.last == "on", earlier.count > 1, figures.contains(earlier[earlier.count - 2]) { return false }
            guard isYear(e) else { return true }
            if k > 0, spanStarts.contains(k - 1) { return false }
            // "1400 GMT", "1400 local time": a time.
            if let next = after(e).first, clock.contains(next) { return false }
            // "pre-2019": a bound.
            if e.start > 0, scalars[e.start - 1] == "-", let word = before(e).last, bounds.contains(word) { return false }
            // "the first river pact since 1921": a yardstick.
            let earlier = before(e)
            if let last = earlier.last, measuredFrom.contains(last),
               earlier.dropLast().suffix(yardstickReach).contains(where: { word in
                   yardsticks.contains(word) || word.first?.isNumber == true || (word.count >= 5 && yardstickEndings.contains { word.hasSuffix($0) }) }) {
                return false
            }
            return true
        }.map(\.element)
        // A bare clock time ("11:30 p.m.") is a time of the day the sentence names.
        func isBareTime(_ e: TemporalExpression) -> Bool {
            e.kind == .time && words(e.start..<e.end).allSatisfy { word in clock.contains(word) || word.allSatisfy { $0.isNumber || $0 == ":" } }
        }
        if kept.contains(where: { !isBareTime($0) && $0.date?.granularity == .day }) {
            kept.removeAll(where: isBareTime)
        }
        // "the 2026 deal", "the March offer", "the Saturday meeting": a year, a month or a weekday inside a
        // name, when the sentence dates something else.
        func isMonthOrWeekday(_ e: TemporalExpression) -> Bool {
            !e.text.contains(" ") && (e.date?.granularity == .month && MonthNames.number(e.text) != nil
                || e.date?.granularity == .day && DateLexicon.weekdays[e.text.lowercased()] != nil)
        }
        /// The words before a name that opens its sentence: "The 2026 accord", "Under its 2026 budget".
        let openingWords = 2
        func isInName(_ e: TemporalExpression) -> Bool {
            guard isYear(e) || isMonthOrWeekday(e), let word = before(e).last, determiners.contains(word) || word.hasSuffix("'s") || word.hasSuffix("’s"),
                  e.end < scalars.count, scalars[e.end] == " ", let next = after(e).first, next.first?.isLetter == true else { return false }
            return true
        }
        // Inside a quotation, a date in a name only names the thing: "“Its 2020 election coverage was fair,”
        // Ruiz said" tells of nothing in 2020; nor does the speaker's own day, which need not be the story's:
        // "“Today we chose the river,” Ruiz told the assembly before the vote".
        func isInNameOrSpeakersDay(_ e: TemporalExpression) -> Bool { isInName(e) || speakersDay.contains(e.text.lowercased()) }
        if kept.contains(where: isInNameOrSpeakersDay) {
            let quoted = QuoteFinder.quotedScalars(sentence)
            kept.removeAll { e in isInNameOrSpeakersDay(e) && quoted.contains { $0.contains(e.start) } }
        }
        let startsASpan = Set(spanStarts.map { dates[$0].start })
        // "Friday's closing price", "last year's deal": a date that owns a name, with a word after it.
        func ownsAName(_ e: TemporalExpression) -> Bool {
            possessives.contains { written in
                let end = e.end + written.count
                return end + 1 < scalars.count && scalars[e.end..<end].elementsEqual(written) && scalars[end] == " "
                    && scalars[end + 1].properties.isAlphabetic
            }
        }
        func isInNameOrSpan(_ e: TemporalExpression) -> Bool { isInName(e) || ownsAName(e) || startsASpan.contains(e.start) }
        if kept.contains(where: { !isInNameOrSpan($0) }) {
            kept.removeAll(where: isInNameOrSpan)
        }
        // Alone, a date in a name dates what the name's thing did, when it opens the sentence ("The 2026 accord
        // cut tolls"); deeper in, the thing is what the happening is about ("Alda scrapped the 2026 accord",
        // "sued over its coverage of the 2020 vote"), not when it happened.
        kept.removeAll { isInName($0) && before($0).count > openingWords }
        return kept
    }
}
