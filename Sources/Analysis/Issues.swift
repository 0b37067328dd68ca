import Corpus
import Support

/// Which issues a sentence speaks of, and where: the issues it names (aliases), and the main issue of
/// its article where it says "the pact", "the agreement" … (`Rules/issue-nouns.rules`). An article's
/// main issue is the agreement or the like it names most (the first named on a tie); an article that
/// names none is taken to be about the corpus's main issue.
struct IssueReference {
    struct Mention {
        let issue: IssueID
        let tokens: Range<Int>
        /// "The pact" pointing back, not a name.
        var generic = false
    }

    private var mentions: [Citation: [Mention]] = [:]
    private(set) var mainIssue: [ArticleID: IssueID] = [:]
    /// For each reference noun, the issues whose names end on it, and each source's most named of them.
    private var byNoun: [String: [ArticleID: IssueID]] = [:]
    /// The same for the issues whose names end on the noun or on one of its kin ("the deal" and a water
    /// agreement, "the bill" and a harbour act): where none ends on the noun itself, it points back at those.
    private var byKin: [String: [ArticleID: IssueID]] = [:]
    private var nameWords: [IssueID: Set<String>] = [:]
    private var nameHeads: [IssueID: Set<String>] = [:]
    private var caseHeads: [IssueID: Set<String>] = [:]
    private var agreements: [IssueID] = []

    init(sentences: [SentenceRef], matchers: [IssueMatcher], nouns: Set<String>) {
        var counts: [ArticleID: [IssueID: Int]] = [:]
        var firstSeen: [ArticleID: [IssueID: Int]] = [:]
        var corpusCounts: [IssueID: Int] = [:]
        var generic: [Citation: (range: Range<Int>, noun: String)] = [:]
        let order = Dictionary(matchers.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        // What each sentence names, an article at a time on every core: the issues by their names (most
        // sentences name none: one look at each word finds those, where each matcher would look again),
        // and "the pact", "the river transit pact": a reference noun within three words of an opener.
        let startWords = Set(matchers.flatMap { $0.names?.startWords ?? [] })
        let disputeNouns = Set(matchers.flatMap { $0.dispute?.noun ?? [] })
        struct Read: Sendable {
            var mentions: [(Citation, [Mention])] = []
            var generic: [(Citation, (range: Range<Int>, noun: String))] = []
            var counts: [IssueID: Int] = [:]
            var firstSeen: [IssueID: Int] = [:]
        }
        let runs = sentences.articleRuns
        let read = ParallelMap.map(runs) { article in
            var read = Read()
            for n in article {
                let s = sentences[n]
                let mayName = s.tokens.contains { startWords.contains($0.text) || disputeNouns.contains($0.lower) }
                // A name inside a longer name of another issue names that one only: "trial" in "the appeal for a new trial".
                let all = mayName ? matchers.flatMap { $0.matches(s.tokens) } : []
                let found = all.filter { m in
                    !all.contains { $0.issue != m.issue && $0.tokens.count > m.tokens.count && $0.tokens.contains(m.tokens.lowerBound) && $0.tokens.contains(m.tokens.upperBound - 1) }
                }
                if !found.isEmpty { read.mentions.append((s.citation, found)) }
                for id in Set(found.map(\.issue)) {
                    read.counts[id, default: 0] += 1
                    if read.firstSeen[id] == nil { read.firstSeen[id] = n }
                }
                let words = s.tokens.map(\.lower)
                for (i, w) in words.enumerated() where IssueTracker.referenceOpeners.contains(w) {
                    if let k = (i + 1..<min(words.count, i + 4)).first(where: { nouns.contains(words[$0]) }) {
                        read.generic.append((s.citation, (i..<(k + 1), words[k])))
                        break
                    }
                }
            }
            return read
        }
        for (article, read) in zip(runs, read) {
            let source = sentences[article.lowerBound].citation.source
            for (citation, found) in read.mentions { mentions[citation] = found }
            for (citation, reference) in read.generic { generic[citation] = reference }
            if !read.counts.isEmpty {
                counts[source] = read.counts
                firstSeen[source] = read.firstSeen
            }
            for (id, count) in read.counts { corpusCounts[id, default: 0] += count }
        }
        let sources = Set(runs.map { sentences[$0.lowerBound].citation.source })
        /// Each source's most named issue among `ids` (then the first named, then the first in the
        /// configuration: never the order of a dictionary), else the corpus's.
        func main(among ids: Set<IssueID>) -> [ArticleID: IssueID] {
            let rank = { (id: IssueID, count: Int) in (count, -order[id]!) }
            let corpusMain = corpusCounts.filter { ids.contains($0.key) }.max { rank($0.key, $0.value) < rank($1.key, $1.value) }?.key
            var out: [ArticleID: IssueID] = [:]
            for source in sources {
                let byIssue = (counts[source] ?? [:]).filter { ids.contains($0.key) }
                out[source] = byIssue.max { a, b in
                    (a.value, -firstSeen[source]![a.key]!, -order[a.key]!) < (b.value, -firstSeen[source]![b.key]!, -order[b.key]!)
                }?.key ?? corpusMain
            }
            return out
        }
        // What an article is about: its most named issue, disputes aside. What "the pact" points back at:
        // its most named issue whose names end on that noun or its kin (`Rules/issue-nouns.rules`): "the
        // lawsuit" is never a takeover, and "Custody of the child" is no pact.
        mainIssue = main(among: Set(matchers.filter { $0.dispute == nil }.map(\.id)))
        // The nouns of a trial, a sentence and an appeal point back too, for a verdict's or a ruling's step
        // (`StatusReader.courtNouns`, `appealNouns`), at the first such issue configured when no source names one.
        let courtNouns = Set(StatusReader.caseNouns + StatusReader.sentenceNouns + StatusReader.appealNouns + StatusReader.penaltyNouns)
        for noun in nouns.union(courtNouns).union(StatusReader.walkouts) {
            // "Motion for a new trial" is no trial a verdict ends.
            let headsOf = { (m: IssueMatcher) in StatusReader.caseNouns.contains(noun) ? m.caseHeads : m.heads }
            let ids = Set(matchers.filter { headsOf($0).contains(noun) }.map(\.id))
            if !ids.isEmpty { byNoun[noun] = main(among: ids) }
            if courtNouns.contains(noun), let first = ids.min(by: { order[$0]! < order[$1]! }) {
                for source in sources where byNoun[noun]?[source] == nil { byNoun[noun, default: [:]][source] = first }
            }
            let kin = IssueTracker.kin(of: noun)
            let kinIDs = Set(matchers.filter { !headsOf($0).isDisjoint(with: kin) }.map(\.id))
            if !kinIDs.isEmpty { byKin[noun] = main(among: kinIDs) }
        }
        for (citation, reference) in generic where mentions[citation]?.isEmpty ?? true {
            if let main = byKin[reference.noun]?[citation.source] { mentions[citation] = [Mention(issue: main, tokens: reference.range, generic: true)] }
        }
        nameWords = Dictionary(matchers.map { ($0.id, $0.nameWords) }, uniquingKeysWith: { a, b in a.union(b) })
        nameHeads = Dictionary(matchers.map { ($0.id, $0.heads) }, uniquingKeysWith: { a, b in a.union(b) })
        caseHeads = Dictionary(matchers.map { ($0.id, $0.caseHeads) }, uniquingKeysWith: { a, b in a.union(b) })
        agreements = matchers.filter(\.isAgreement).map(\.id)
    }

    /// What "the NOUN" in a source points back at: its most named issue whose names are about that noun
    /// ("the contract" -> "… labour contract"), else about one of its kin ("the deal" -> "… Water Agreement").
    /// Plain words written before the noun must be words of that issue's names: "the trade agreement"
    /// is not a defence pact.
    /// An issue the sentence names whose names are about the noun comes first: "it has the Harbor Treaty
    /// and is negotiating the treaty with others" speaks of the Harbor Treaty.
    func pointsBack(_ noun: String, modifiers: [String] = [], in source: ArticleID, named: [IssueID] = []) -> IssueID? {
        let heads = StatusReader.caseNouns.contains(noun) ? caseHeads : nameHeads
        let inSentence = named.last { heads[$0]?.contains(noun) == true }
        let fits = { (id: IssueID) in modifiers.allSatisfy { nameWords[id]?.contains($0) == true } }
        if let id = inSentence ?? byNoun[noun]?[source] ?? byKin[noun]?[source], fits(id) { return id }
        // "The ferry deal": the one agreement whose names hold every plain word before the noun.
        guard !modifiers.isEmpty else { return nil }
        let fitting = agreements.filter(fits)
        return fitting.count == 1 ? fitting[0] : nil
    }

    /// What the words pointing back ("the deal", "the contract") name in a source, as text: with the
    /// issues' names, all that a reading of its sentences takes from the rest of the corpus.
    func pointingBack(in source: ArticleID) -> String {
        let nouns = byNoun.keys.sorted().map { "\($0)=\(byNoun[$0]?[source]?.slug ?? "")" }
        let kin = byKin.keys.sorted().map { "\($0)~\(byKin[$0]?[source]?.slug ?? "")" }
        return (nouns + kin).joined(separator: ";")
    }

    /// The issues a sentence speaks of, with where.
    func mentions(of c: Citation) -> [Mention] { mentions[c] ?? [] }

    func issues(of c: Citation) -> [IssueID] {
        var seen = Set<IssueID>()
        return mentions(of: c).map(\.issue).filter { seen.insert($0).inserted }
    }
}

/// How an issue is recognised in a sentence: by its aliases, or, for a dispute the corpus raised, by
/// its word for the quarrel with its qualifier beside it.
struct IssueMatcher {
    let id: IssueID
    let names: NameIndex<IssueID>?
    let dispute: (noun: Set<String>, qualifier: String)?
    /// Whether "the pact", "the agreement" can point back at it: its names call it one.
    let isAgreement: Bool
    /// The words of its names, lower-case.
    let nameWords: Set<String>
    /// The word each of its names is about: the last before a preposition, else the last ("transit law",
    /// "Treaty of Orun"), so that "the law" points back at neither "law enforcement" nor "a law firm's fees".
    let heads: Set<String>
    /// The heads of its names that are not a repeat of their noun ("new trial"): the case a verdict ends is one of these.
    let caseHeads: Set<String>
    /// The last words of its names in the plural ("contracts"), which name it only after a `plural-opener`.
    let pluralHeads: Set<String>
    /// Its names of two lower-case words as their head and modifier: "prisoner release" is also told as "the release of
    /// 400 prisoners".
    let turned: [(head: String, modifier: String)]

    /// `names` that only point back ("the treaty", `IssueTracker.isPointer`) name nothing: "the treaty" of an article
    /// about another treaty is that one. They let the issue be pointed back at by their noun.
    init(id: IssueID, names all: [String], dispute: (noun: Set<String>, qualifier: String)? = nil) {
        self.id = id
        let names = all.filter { !IssueTracker.isPointer($0) }
        // A name in lower case that ends on an agreement's noun names the issue in the plural too: "ratified new contracts
        // at both plants" after "contract".
        let plurals = names.compactMap { name -> String? in
            guard let last = name.split(separator: " ").last, last.first?.isLowercase == true, IssueTracker.referenceNouns.contains(String(last)),
                  let plural = IssueMatcher.plural(of: String(last)) else { return nil }
            return name.dropLast(last.count) + plural
        }
        self.names = names.isEmpty ? nil : NameIndex([(id, names + plurals)], commonNouns: true)
        pluralHeads = Set(plurals.compactMap { $0.split(separator: " ").last.map { $0.lowercased() } })
        self.dispute = dispute
        let words = names.map { $0.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init) }
        nameWords = Set(words.joined())
        let headAt = { (name: [String]) -> Int? in
            name.firstIndex(where: StatusReader.prepositions.contains).flatMap { $0 > 0 ? $0 - 1 : nil } ?? (name.isEmpty ? nil : name.count - 1)
        }
        heads = Set(words.compactMap { name in headAt(name).map { name[$0] } })
            .union(all.filter(IssueTracker.isPointer).compactMap { Tokenizer.tokens($0).last?.lower })
        caseHeads = Set(words.compactMap { name in
            headAt(name).flatMap { h in h > 0 && IssueTracker.repeats.contains(name[h - 1]) ? nil : name[h] }
        })
        isAgreement = heads.contains { IssueTracker.referenceNouns.contains($0) }
        turned = names.compactMap { name -> (head: String, modifier: String)? in
            let parts = name.split(separator: " ").map(String.init)
            guard parts.count == 2, parts.allSatisfy({ $0.count > 2 && $0.allSatisfy { $0.isLetter && $0.isLowercase } }),
                  !ContentWords.stopwords.contains(parts[0]) else { return nil }
            return (parts[1], parts[0])
        }
    }

    /// "The release of 400 hard-core prisoners" for the name "prisoner release": the head, "of", then within a few words
    /// that are no link, no helper verb and no "and", the modifier, in the singular or the plural.
    func turnedMatches(_ tokens: [Token]) -> [IssueReference.Mention] {
        var found: [IssueReference.Mention] = []
        for (k, t) in tokens.enumerated() where k + 2 < tokens.count && tokens[k + 1].lower == "of" {
            for (head, modifier) in turned where t.lower == head {
                var j = k + 2
                while j < tokens.count, j - k - 2 <= IssueMatcher.turnedReach {
                    let w = tokens[j].lower
                    if w == modifier || w == IssueMatcher.plural(of: modifier) {
                        found.append(IssueReference.Mention(issue: id, tokens: k..<(j + 1)))
                        break
                    }
                    if StatusReader.prepositions.contains(w) || StatusReader.finiteHelpers.contains(w) || Attribution.joiners.contains(w) { break }
                    j += 1
                }
            }
        }
        return found
    }
    /// At most how many words stand between "of" and the modifier of a turned name.
    static let turnedReach = 4

    /// A noun's plural ("contract" -> "contracts", "treaty" -> "treaties"); nil for one that ends in "s" already.
    static func plural(of noun: String) -> String? {
        if noun.hasSuffix("y"), let before = noun.dropLast().last, !"aeiou".contains(before) { return noun.dropLast() + "ies" }
        return noun.hasSuffix("s") ? nil : noun + "s"
    }

    func matches(_ tokens: [Token]) -> [IssueReference.Mention] {
        if let names {
            return names.matches(in: tokens).filter { m in
                guard pluralHeads.contains(tokens[m.tokenRange.upperBound - 1].lower) else { return true }
                let before = m.tokenRange.lowerBound - 1
                return before >= 0 && (IssueTracker.pluralOpeners.contains(tokens[before].lower) || tokens[before].text.allSatisfy(\.isNumber))
            }.map { IssueReference.Mention(issue: id, tokens: $0.tokenRange) } + (turned.isEmpty ? [] : turnedMatches(tokens))
        }
        guard let dispute else { return [] }
        for (i, t) in tokens.enumerated() where dispute.noun.contains(t.lower) {
            let near = tokens[max(0, i - 3)..<min(tokens.count, i + 4)]
            if near.contains(where: { $0.lower == dispute.qualifier }) { return [IssueReference.Mention(issue: id, tokens: i..<(i + 1))] }
        }
        return []
    }
}

/// The issues of the briefing: the configured ones, then those the corpus raises (defined names of
/// agreements, treaties … the configuration lacks; disputes named twice or more, `Rules/issue-kinds.rules`).
/// For each: what it is, its status from the wording around its mentions (`Rules/status.rules`, the
/// newest source first), its open questions (`Rules/uncertainty.words`), what each actor says of it
/// and its events: those told by a sentence that mentions it.
enum IssueTracker {
    static let kinds: [String: Set<String>] = Dictionary(grouping: RuleTable.rows(PackageResources.issue_kinds_rules), by: { $0[0] })
        .mapValues { Set($0.map { $0[1] }) }
    static let uncertainty: [[String]] = RuleTable.words(PackageResources.uncertainty_words).map { $0.split(separator: " ").map(String.init) }
    static let referenceWords = RuleTable.sets(PackageResources.issue_nouns_rules)
    static let referenceNouns = referenceWords["noun"]!
    /// The words that open "the pact" pointing back.
    static let referenceOpeners = referenceWords["opener"]!
    static let pluralOpeners = referenceWords["plural-opener"]!
    /// The words that make a noun after them a repeat of a thing, not the thing: "a new trial".
    static let repeats = referenceWords["repeat"]!
    /// The families of reference nouns that stand for one another (`kin-…` rows).
    static let referenceKin = referenceWords.filter { $0.key.hasPrefix("kin-") }.map(\.value)

    /// Whether a name only points back: an opener and a reference noun ("the treaty", "the deal").
    static func isPointer(_ name: String) -> Bool {
        let words = Tokenizer.tokens(name).map(\.lower)
        return words.count == 2 && referenceOpeners.contains(words[0]) && referenceNouns.contains(words[1])
    }

    /// A reference noun and the nouns that may stand for it.
    static func kin(of noun: String) -> Set<String> {
        referenceKin.filter { $0.contains(noun) }.reduce([noun]) { $0.union($1) }
    }

    /// The configured issues and those the corpus raises, each with a way to find it.
    static func issues(configured: [IssueConfig], glossary: [GlossaryEntry], sentences: [SentenceRef]) -> [(IssueConfig, IssueMatcher)] {
        var all = configured.map { ($0, IssueMatcher(id: $0.id, names: $0.aliases + [$0.name])) }
        let known = Set(configured.flatMap { $0.aliases + [$0.name] })
        var ids = UniqueSlugs(reserving: configured.map(\.id.slug))
        for entry in glossary where !known.contains(entry.term) && !known.contains(entry.expansion) {
            guard let head = Tokenizer.tokens(entry.expansion).last?.lower, kinds["named"]?.contains(head) == true else { continue }
            guard let id = ids.claimIfFree(entry.term).map(IssueID.init(slug:)) else { continue }
            let issue = IssueConfig(id: id, name: entry.expansion, aliases: [entry.term, entry.expansion])
            all.append((issue, IssueMatcher(id: id, names: issue.aliases)))
        }
        for qualifier in disputes(in: sentences) {
            let name = qualifier.prefix(1).uppercased() + qualifier.dropFirst() + " disputes"
            guard let id = ids.claimIfFree(name).map(IssueID.init(slug:)) else { continue }
            all.append((IssueConfig(id: id, name: name), IssueMatcher(id: id, names: [], dispute: (kinds["dispute"] ?? [], qualifier))))
        }
        return all
    }

    /// The qualifiers of quarrels the corpus names twice or more with the same qualifier beside them: "coastal".
    static func disputes(in sentences: [SentenceRef]) -> [String] {
        let nouns = kinds["dispute"] ?? []
        var counts: [String: Int] = [:]
        var order: [String] = []
        for s in sentences {
            for (i, t) in s.tokens.enumerated() where nouns.contains(t.lower) {
                // The qualifier: the adjective-like word just before ("coastal disputes") or after "on/over" ("disputes on coastal issues").
                var q: String?
                if i > 0, isQualifier(s.tokens[i - 1]) { q = s.tokens[i - 1].lower }
                else if i + 2 < s.tokens.count, (kinds["dispute-link"] ?? []).contains(s.tokens[i + 1].lower), isQualifier(s.tokens[i + 2]) { q = s.tokens[i + 2].lower }
                guard let q else { continue }
                if counts[q] == nil { order.append(q) }
                counts[q, default: 0] += 1
            }
        }
        return order.filter { counts[$0]! >= 2 }
    }

    /// An adjective-like word: lower-case, not a function word, ending as adjectives do.
    /// The endings of adjectives that qualify a quarrel (`qualifier` in `Rules/issue-kinds.rules`).
    static let qualifierEndings = kinds["qualifier"] ?? []

    static func isQualifier(_ t: Token) -> Bool {
        let w = t.lower
        return !t.isCapitalized && !ContentWords.stopwords.contains(w) && w.count > 4
            && qualifierEndings.contains { w.hasSuffix($0) }
    }

    static func startsWithin(_ window: Range<Int>, _ words: [String], _ phrase: [String]) -> Bool {
        window.contains { i in i + phrase.count <= words.count && words[i..<(i + phrase.count)].elementsEqual(phrase) }
    }

    /// The uncertainty phrases by their first word, so that a sentence is read once, not once per phrase.
    static let uncertaintyByFirstWord = Dictionary(grouping: uncertainty.filter { !$0.isEmpty }, by: { $0[0] })

    static func isUncertain(_ tokens: [Token]) -> Bool {
        let words = tokens.map(\.lower)
        return words.indices.contains { i in
            uncertaintyByFirstWord[words[i]]?.contains { startsWithin(i..<(i + 1), words, $0) } == true
        }
    }

    /// The reviews among the issues, by the actor that reviews each: an issue named as an actor's review,
    /// the actor's name before a review's noun, which ends the name or is followed by what it is of ("Harbour
    /// Board review", "the Tarsk regulator's decision", "Tarsk in-depth investigation of the deal"; `review` in
    /// `Rules/status.rules`). An actor reviewing two issues reviews the first.
    static func reviews(_ issues: [IssueConfig], actors: NameIndex<ActorID>) -> [ActorID: IssueID] {
        var out: [ActorID: IssueID] = [:]
        for issue in issues {
            for name in [issue.name] + issue.aliases {
                let tokens = Tokenizer.tokens(name)
                guard let head = tokens.firstIndex(where: { StatusReader.reviews.contains($0.lower) }),
                      head == tokens.count - 1 || StatusReader.reviewLinks.contains(tokens[head + 1].lower),
                      let body = actors.matches(in: Array(tokens[..<head])).last?.id, out[body] == nil else { continue }
                out[body] = issue.id
                break
            }
        }
        return out
    }

    /// The lawsuits among the issues, by the actor that brings each: an issue named as an actor's lawsuit, the
    /// actor's name right before a lawsuit's noun, or one word before it ("Harbour Board lawsuit to block the merger",
    /// "Kelvar's suit against Orsa", "Harbour Board antitrust lawsuit"; `suit-noun` in `Rules/status.rules`). An actor
    /// bringing two lawsuits brings the first.
    static func suits(_ issues: [IssueConfig], actors: NameIndex<ActorID>) -> [ActorID: IssueID] {
        owned(issues, actors: actors, nouns: StatusReader.suitNouns, gap: 1)
    }

    /// The strikes among the issues, by the actor on each: an issue named as an actor's walkout, the actor's name
    /// at most two words before a walkout's noun ("Dockers Union strike", "Pilots Guild crew walkout"; `walkout` in
    /// `Rules/status.rules`). An actor on two strikes is on the first.
    static func strikes(_ issues: [IssueConfig], actors: NameIndex<ActorID>) -> [ActorID: IssueID] {
        owned(issues, actors: actors, nouns: StatusReader.walkouts, gap: 2)
    }

    /// The issues named as an actor's own thing, a noun of `nouns` at most `gap` words after the actor's name.
    static func owned(_ issues: [IssueConfig], actors: NameIndex<ActorID>, nouns: Set<String>, gap: Int) -> [ActorID: IssueID] {
        var out: [ActorID: IssueID] = [:]
        for issue in issues {
            for name in [issue.name] + issue.aliases {
                let tokens = Tokenizer.tokens(name)
                guard let noun = tokens.firstIndex(where: { nouns.contains($0.lower) }),
                      let body = actors.matches(in: Array(tokens[..<noun])).last, noun - body.tokenRange.upperBound <= gap, out[body.id] == nil else { continue }
                out[body.id] = issue.id
                break
            }
        }
        return out
    }

    /// The status as of the newest source that gives one: what is done there (approved, shelved …), and
    /// what it says is planned next, unless what is done is final ("approved; due to be signed"). Of the
    /// steps that source tells, the latest told counts: "filed in 2020" is history beside "rejected in
    /// 2021", and a step it gives no date is news of its own day. A step done is dated by the latest day
    /// its sentence tells up to its source's day: "was extended in 2019 and runs through 2040" is 2019.
    /// Of each rank, the reporter's own telling counts before words a quote gives ("signed last week"
    /// beside "“By approving the deal, we …”"); of the steps of the latest time, a final one ("ended") before a process's running.
    static func currentStatus(_ evidence: [(SentenceRef, StatusReader.Reading)], happened: [Citation: [ClosedRange<CalendarDay>]]) -> String? {
        // A step told as what came first ("which had initially blocked it") is history: the status only when nothing else is told.
        let current = evidence.filter { !$0.1.history }
        let evidence = current.isEmpty ? evidence : current
        let newestDay = evidence.compactMap { $0.0.dct }.max()
        let older = evidence.filter { $0.0.dct != newestDay }
        let status = newestStatus(evidence, newestDay: newestDay, older: older, happened: happened)
        // A process the newest source tells running in a time it dates back ("went on strike in August") is the story
        // retold when an older source told its end no earlier than that time began ("ended the strike on 19 August").
        if let status, StatusReader.ongoing.contains(status),
           let began = evidence.filter({ $0.0.dct == newestDay && $0.1.status == status }).compactMap({ toldDays($0, happened)?.lowerBound }).min(),
           let end = older.filter({ $0.1.rank == 3 && !$0.1.quoted && StatusReader.final.contains($0.1.status) })
               .compactMap({ r in toldDays(r, happened).map { (day: $0.upperBound, status: r.1.status) } })
               .filter({ $0.day >= began }).max(by: { $0.day < $1.day }) {
            return end.status
        }
        // An agreement reached, or a step before it, that a newer source tells after an older one told a later step taken
        // ("sealing the takeover last week" after "has completed the takeover") is the story retold: the furthest step stands.
        // So is a case's verdict or sentence told after an older source told the appeal against it upheld.
        guard let status else { return nil }
        func furthest(in sequence: [String: Int], beyond place: Int) -> String {
            let furthest = older.filter { $0.1.rank == 3 && !$0.1.quoted }.compactMap { r in sequence[r.1.status].map { (place: $0, status: r.1.status) } }
                .max { $0.place < $1.place }
            return furthest.map { $0.place > place ? $0.status : status } ?? status
        }
        if let place = StatusReader.sequence[status], let reached = StatusReader.sequence[StatusReader.reachedStage], place <= reached {
            return furthest(in: StatusReader.sequence, beyond: place)
        }
        if let place = StatusReader.courtSequence[status], let sentenced = StatusReader.courtSequence[StatusReader.sentencedStage], place <= sentenced {
            return furthest(in: StatusReader.courtSequence, beyond: place)
        }
        return status
    }

    /// A status in the text's own words: each of its stages as the newest source that tells it words it most often
    /// ("scrapped" told as "abandoned the bid" is "abandoned").
    static func worded(_ status: String, _ evidence: [(SentenceRef, StatusReader.Reading)]) -> String {
        status.components(separatedBy: "; ").map { stage in
            let telling = evidence.filter { $0.1.status == stage }
            let newest = telling.compactMap { $0.0.dct }.max()
            return mostCommon(telling.filter { $0.0.dct == newest }.map { $0.1.wording ?? stage }) ?? stage
        }.joined(separator: "; ")
    }

    /// The days a step took, as its sentence dates it: the latest it tells of up to its source's day (a month, "last
    /// month", is its days up to then), else that day.
    private static func toldDays(_ s: (SentenceRef, StatusReader.Reading), _ happened: [Citation: [ClosedRange<CalendarDay>]]) -> ClosedRange<CalendarDay>? {
        let told = (happened[s.0.citation] ?? []).filter { days in s.0.dct.map { days.lowerBound <= $0 } ?? true }
        guard let last = told.max(by: { $0.lowerBound < $1.lowerBound }) else { return s.0.dct.map { $0...$0 } }
        return last.lowerBound...(s.0.dct.map { min(last.upperBound, $0) } ?? last.upperBound)
    }

    /// The status the newest source gives (`currentStatus`), older sources' steps aside.
    private static func newestStatus(_ evidence: [(SentenceRef, StatusReader.Reading)], newestDay: CalendarDay?, older: [(SentenceRef, StatusReader.Reading)],
                                     happened: [Citation: [ClosedRange<CalendarDay>]]) -> String? {
        let newest = evidence.filter { $0.0.dct == newestDay }
        // Talk of a process in a newer source ("a new trial in the case") does not reopen what an older one closed ("dismissed").
        if !newest.isEmpty, !older.isEmpty, newest.allSatisfy({ $0.1.rank == 1 }), let closed = currentStatus(older, happened: happened),
           StatusReader.final.contains(closed) { return closed }
        // A step the source dates more than a month before its own day is history beside one it tells as recent,
        // however each is told: "withdrew on 9 March two years ago" beside a quote of the restoration.
        func isPast(_ s: (SentenceRef, StatusReader.Reading)) -> Bool {
            guard let dct = s.0.dct, let d = toldDays(s, happened)?.upperBound else { return false }
            return d < dct.adding(days: -31)
        }
        let stepsTold = newest.filter { $0.1.rank == 3 }
        // A step told as what came before another ("ending the merger after a court blocked it") gives way to the
        // source's other steps taken, unless it ends the matter and they do not, or one of them is an earlier stage of
        // an agreement than it; a process told as running is no later step ("had been on strike for weeks" beside
        // "welcomed them back after they ended the strike").
        let main = stepsTold.filter { !$0.1.preceding && !StatusReader.ongoing.contains($0.1.status) }
        let taken = stepsTold.filter { step in
            guard step.1.preceding, !main.isEmpty else { return true }
            if StatusReader.final.contains(step.1.status), !main.contains(where: { StatusReader.final.contains($0.1.status) }) { return true }
            guard let place = StatusReader.sequence[step.1.status] else { return false }
            return main.contains { StatusReader.sequence[$0.1.status].map { $0 < place } ?? false }
        }
        let recent = taken.contains { !isPast($0) } ? taken.filter { !isPast($0) } : taken
        func told(_ rank: Int) -> [(SentenceRef, StatusReader.Reading)] {
            let all = rank == 3 ? recent : newest.filter { $0.1.rank == rank }
            let reported = all.filter { !$0.1.quoted }
            return reported.isEmpty ? all : reported
        }
        let steps = told(3)
        let when = steps.map { toldDays($0, happened) }
        let latest = when.compactMap { $0?.lowerBound }.max()
        // The steps of the latest time: those whose days reach the latest step's first day ("went on strike from 16
        // to 18 May" beside "ended the strike last month", told in June).
        let done = zip(steps, when).filter { pair in latest.map { first in pair.1.map { $0.upperBound >= first } ?? false } ?? true }.map(\.0.1.status)
        let planned = told(2).map(\.1.status)
        let process = told(1).map(\.1.status)
        // A process's end outranks its running, told of the same time: "workers, on strike for 11 weeks, approved the deal
        // ending the strike" has ended it.
        let closed = done.contains(where: StatusReader.final.contains) ? done.filter { !StatusReader.ongoing.contains($0) } : done
        if let d = mostCommon(closed, furthestOnATie: true) {
            if StatusReader.final.contains(d) { return d }
            // A step planned before the one taken, or the same, is behind it: "ratified; due to be approved" is "ratified".
            let ahead = planned.filter { p in
                guard let stage = StatusReader.stage(ofPlanned: p) else { return true }
                guard stage != d else { return false }
                guard let taken = StatusReader.sequence[d], let next = StatusReader.sequence[stage] else { return true }
                return next >= taken
            }
            return mostCommon(ahead).map { "\(d); \($0)" } ?? d
        }
        return mostCommon(planned) ?? mostCommon(process)
    }

    /// The most frequent value, the first seen on a tie; with `furthestOnATie`, of tied stages of an agreement's
    /// sequence the furthest ("reached a deal" and "members approved the deal", told of one day, is approved).
    static func mostCommon(_ values: [String], furthestOnATie: Bool = false) -> String? {
        var counts: [String: Int] = [:]
        for v in values { counts[v, default: 0] += 1 }
        let top = values.filter { counts[$0] == counts.values.max() }
        if furthestOnATie, top.allSatisfy({ StatusReader.sequence[$0] != nil }),
           let furthest = top.max(by: { StatusReader.sequence[$0]! < StatusReader.sequence[$1]! }) { return furthest }
        return top.first
    }

    /// What one sentence says of the issues: the steps it tells of them, and whether it is uncertain (a
    /// question of the issues it names).
    struct SentenceStatus: Equatable {
        let readings: [StatusReader.Reading]
        let uncertain: Bool
    }

    /// How each sentence is read for status. What a reading depends on besides the sentence: the issues'
    /// names and the reviews (the same for the whole corpus), and what "the deal" points back at in the
    /// sentence's article (`IssueReference.pointingBack`).
    static func statusReader(_ issues: [(IssueConfig, IssueMatcher)], reference: IssueReference,
                             actorIndex: NameIndex<ActorID>) -> @Sendable (SentenceRef) -> SentenceStatus {
        let reviewOf = reviews(issues.map(\.0), actors: actorIndex)
        let suitOf = suits(issues.map(\.0), actors: actorIndex)
        let strikeOf = strikes(issues.map(\.0), actors: actorIndex)
        // An issue is a lawsuit when its name's head says so: "Kelvar v. Orsa fare lawsuit", "litigation over the harbour".
        let lawsuits = Set(issues.map(\.0).filter { issue in
            Tokenizer.tokens(issue.name).prefix { !StatusReader.prepositions.contains($0.lower) }.last.map { StatusReader.suitNouns.contains($0.lower) } ?? false
        }.map(\.id))
        return { s in
            // An issue named by a body ("the Tarskan parliament" for its ratification) stands for that body's review: what it does is a step.
            var names = reference.mentions(of: s.citation).filter { !$0.generic }.map {
                StatusReader.Name(issue: $0.issue, tokens: $0.tokens, body: StatusReader.reviewingBodies.contains(s.tokens[$0.tokens.upperBound - 1].lower))
            }
            // The actors the sentence names, looked for once, where some reviews, brings or is on an issue.
            let bodies = reviewOf.isEmpty && suitOf.isEmpty && strikeOf.isEmpty ? [] : actorIndex.matches(in: s.tokens)
            // A walkout's noun a few words after a body on strike, right after it or after "on" or "its", is its strike,
            // whatever issue the noun names alone: "the guild, which has been on strike since May", "the guild ended its
            // strike", "the guild's strike"; not past another body or a clause of its own ("the guild talked but workers remained on strike").
            for m in bodies {
                guard let strike = strikeOf[m.id], case let after = m.tokenRange.upperBound,
                      let k = (after..<min(s.tokens.count, after + 6)).first(where: { StatusReader.walkouts.contains(s.tokens[$0].lower) }),
                      k == after || StatusReader.strikeOpeners.contains(s.tokens[k - 1].lower),
                      !s.tokens[after..<k].contains(where: { StatusReader.clauseWords.contains($0.lower) && !StatusReader.relatives.contains($0.lower) }),
                      !bodies.contains(where: { (after..<k).contains($0.tokenRange.lowerBound) }),
                      !names.contains(where: { $0.tokens.contains(k) && $0.issue == strike }) else { continue }
                names.removeAll { $0.tokens.contains(k) }
                names.append(StatusReader.Name(issue: strike, tokens: k..<(k + 1)))
                names.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
            }
            // The body that reviews an issue stands for its review: "the regulator's approval" approves the review.
            if !reviewOf.isEmpty {
                names += bodies.compactMap { m in
                    reviewOf[m.id].map { StatusReader.Name(issue: $0, tokens: m.tokenRange, body: true) }
                }.filter { body in !names.contains { $0.tokens.overlaps(body.tokens) } }
                names.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
            }
            // A body whose lawsuit is an issue brings it: "the Harbour Board sued".
            let suers = bodies.compactMap { m in
                suitOf[m.id].map { StatusReader.Name(issue: $0, tokens: m.tokenRange) }
            }
            let readings = StatusReader.read(text: s.citation.sentence, tokens: s.tokens, names: names, suers: suers, lawsuits: lawsuits, nouns: referenceNouns,
                                             pointsBack: { reference.pointsBack($0, modifiers: $1, in: s.citation.source, named: names.map(\.issue)) },
                                             namesParty: { !actorIndex.matches(in: s.tokens).isEmpty })
            return SentenceStatus(readings: readings, uncertain: isUncertain(s.tokens))
        }
    }

    /// Everything the corpus says of each issue. `read`: what each of `sentences` says of their status
    /// (`statusReader`), in the same order.
    static func track(_ issues: [(IssueConfig, IssueMatcher)], configured: Set<IssueID>, sentences: [SentenceRef], read: [SentenceStatus],
                      glossary: [GlossaryEntry], reference: IssueReference, actors: [ActorFindings], events: [Event]) -> [IssueFindings] {
        var mentions: [IssueID: [SentenceRef]] = [:]
        var statuses: [IssueID: [(SentenceRef, StatusReader.Reading)]] = [:]
        var questions: [IssueID: [SentenceRef]] = [:]
        let disputeIDs = Set(issues.filter { $0.1.dispute != nil }.map(\.0.id))
        for (s, status) in zip(sentences, read) {
            let (found, readings, uncertain) = (reference.mentions(of: s.citation), status.readings, status.uncertain)
            var seen = Set<IssueID>()
            for m in found where seen.insert(m.issue).inserted { mentions[m.issue, default: []].append(s) }
            // A dispute has no steps to take: statuses are for agreements and the like.
            for r in readings where !disputeIDs.contains(r.issue) { statuses[r.issue, default: []].append((s, r)) }
            // An uncertain sentence is a question of the issues it names, else of its article's main issue.
            if uncertain {
                for id in found.isEmpty ? reference.mainIssue[s.citation.source].map({ [$0] }) ?? [] : Array(seen) {
                    questions[id, default: []].append(s)
                }
            }
        }
        // The days each sentence tells of.
        var happened: [Citation: [ClosedRange<CalendarDay>]] = [:]
        for e in events {
            for c in e.citations { happened[c, default: []].append(e.date.start...e.date.end) }
        }
        return issues.map { issue, _ in
            let found = mentions[issue.id] ?? []
            let mentioned = Set(found.map(\.citation))
            let definition = glossary.first { entry in
                issue.aliases.contains(entry.term) || issue.aliases.contains(entry.expansion) || entry.expansion == issue.name
            }
            let summary = definition.map { Statement(text: $0.citation.sentence, citations: [$0.citation]) }
                ?? found.first.map { Statement(text: $0.citation.sentence, citations: [$0.citation]) }
            // A step told of days after its report only is still to come: "the contract expires on Friday";
            // not one told in the perfect ("has been postponed to next month").
            let told: [(SentenceRef, StatusReader.Reading)] = (statuses[issue.id] ?? []).map { s, r in
                guard r.rank == 3, !r.perfect, let dct = s.dct, let days = happened[s.citation], days.allSatisfy({ $0.lowerBound > dct }) else { return (s, r) }
                return (s, r.planned)
            }
            let evidence = told.sorted { ($0.0.dct ?? .distantPast, $1.0.citation) > ($1.0.dct ?? .distantPast, $0.0.citation) }
            let positions = actors.filter(\.hasPage).compactMap { actor -> (ActorID, [Statement])? in
                let lines = (actor.said + actor.did).filter { reference.issues(of: $0.citations[0]).contains(issue.id) }
                return lines.isEmpty ? nil : (actor.id, lines)
            }
            return IssueFindings(
                id: issue.id, name: issue.name, status: currentStatus(evidence, happened: happened).map { worded($0, evidence) }, summary: summary,
                statusEvidence: EvidenceLine.merged(evidence.map {
                    EvidenceLine(status: $0.1.wording ?? $0.1.status, date: $0.0.dct, statement: Statement(text: $0.0.citation.sentence, citations: [$0.0.citation]))
                }),
                openQuestions: Statement.lines((questions[issue.id] ?? []).map(\.citation)),
                positions: Dictionary(uniqueKeysWithValues: positions),
                mentions: Statement.lines(found.map(\.citation)),
                events: events.filter { !mentioned.isDisjoint(with: $0.citations) },
                raisedByCorpus: !configured.contains(issue.id))
        }
    }
}

extension CalendarDay {
    static let distantPast = CalendarDay(year: 1, month: 1, day: 1)!
}
