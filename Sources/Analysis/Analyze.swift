import Corpus
import Support

/// Compiles the date grammar (`Rules/dates.rules` and the word lists under it) now rather than at the
/// first sentence: a build asks for it on another core while it reads its configuration and corpus.
public func prepareDateGrammar() {
    _ = DateMatcher.table
    _ = DateLexicon.vocabulary
}

/// The analysis stage's entry point: every finding drawn from the articles by the rules in `Rules/`,
/// each cited to its sentence. Per-article work runs in parallel; cross-source merging is keyed, never
/// a comparison of every pair of sentences.
public func analyze(_ corpus: ArticleSet, config: BriefingConfig, memory: (any AnalysisMemory)? = nil) -> Findings {
    let actorIndex = NameIndex(config.actors.map { ($0.id, $0.aliases + [$0.name]) })
    let actorNames = Dictionary(config.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
    // The actors' names whose every word is in capitals, but for "the" and "of": "Tarsk", "the TSU", "Ministry of Works";
    // not "the airline" nor "Harbour company".
    let properNames = NameIndex(config.actors.map { a in
        (a.id, (a.aliases + [a.name]).filter { Tokenizer.tokens($0).allSatisfy { $0.text.contains(where: \.isUppercase) || Attribution.bodyNameLinks.contains($0.lower) || Attribution.definites.contains($0.lower) } })
    })
    let aliasWords: [String] = config.actors.flatMap { $0.aliases + [$0.name] }.flatMap { Tokenizer.tokens($0).map(\.text) }
    let weekdayNames: [String] = DateLexicon.weekdays.keys.map { $0.prefix(1).uppercased() + $0.dropFirst() }
    let known = KnownPeople(config: config)
    let personNames = Set(known.entries.flatMap { [$0.name] + $0.aliases })
    let bodies = Set(config.actors.flatMap { $0.aliases + [$0.name] }.filter { !personNames.contains($0) })
    let bodyKinds = Attribution.Context.kinds(of: config.actors.map { ($0.id, $0.aliases + [$0.name]) })
    let aliasHeads = Attribution.Context.heads(of: config.actors.map { ($0.id, $0.aliases + [$0.name]) })
    let personWords = Set(personNames.flatMap { $0.split(separator: " ").map(String.init) })
    let oneWordAliases = config.actors.flatMap { $0.aliases + [$0.name] }.filter { !$0.contains(" ") && !personWords.contains($0) }
    let peopleContext = PeopleFinder.Context(actors: actorIndex, known: known, bodies: bodies,
                                             notNames: Set(MonthNames.english).union(weekdayNames),
                                             notFirstNames: PeopleFinder.demonyms.union(oneWordAliases), heads: aliasHeads,
                                             workforce: PeopleFinder.workforce(of: config.actors.map { ($0.id, $0.aliases + [$0.name]) }))

    // First the people each article names by a cue, so that an alias is taken for a person only once
    // some article names it as one. An article analysed by an earlier build is not read again.
    let cued = ParallelMap.map(Array(corpus.articles.enumerated())) { index, article -> ([SentenceRef], ArticleFindings) in
        let dct = article.published.value?.day
        let sentences = article.paragraphs.flatMap { p in
            p.sentences.map { s in
                SentenceRef(citation: Citation(source: article.id, sentenceID: s.id, sentence: s.text),
                            tokens: Tokenizer.tokens(s.text), articleIndex: index, dct: dct)
            }
        }
        if let bytes = memory?.recall(.findings, of: article.id), let earlier = ArticleFindings(stored: bytes, sentences: sentences) {
            return (sentences, earlier)
        }
        var context = peopleContext
        context.home = article.home
        context.filedFrom = article.dateline.flatMap { PeopleFinder.side(ofPlace: $0, actors: actorIndex) }
        return (sentences, ArticleFindings(cued: PeopleFinder.find(inArticle: sentences, context), confirmed: "", found: nil))
    }
    let confirmed = known.confirmed(named: Set(cued.flatMap { $0.1.cued.map(\.name) }))
    let confirmedIndex = NameIndex(confirmed.entries.map { ($0.name, [$0.name] + $0.aliases.filter { $0.contains(" ") }) })
    // The titles the corpus gives each person: "the prime minister said" in an article that names them without it.
    let titleHolders = PersonMention.titleHolders(cued.flatMap(\.1.cued))
    // What an article's findings read from the others: the configured people confirmed, and the titles' holders.
    let corpusPeople = confirmed.entries.map(\.name).sorted()
        + titleHolders.sorted { $0.key < $1.key }.map { name, titles in "\(name)=" + titles.map { "\($0.title)|\($0.holder.role ?? "")" }.joined(separator: ";") }
    let confirmedNames = ContentHash.of(Array(corpusPeople.joined(separator: "\n").utf8))

    /// Everything but the cued people, once the corpus has confirmed the configured people it names.
    @Sendable func findings(of article: Article, _ sentences: [SentenceRef], cued cuedPeople: [PersonMention]) -> ArticleFindings.Found {
        var found = cuedPeople.filter { !known.isUnconfirmed($0.name, confirmed: confirmed) }
        var named = Set(found.map(\.name))
        for s in sentences {
            let more = PeopleFinder.known(in: s, confirmed, index: confirmedIndex, besides: named)
            found += more
            named.formUnion(more.map(\.name))
        }
        let introduced = found + knownPeopleNamedByPart(confirmed, in: sentences, found: found, bodies: bodies)
        let people = ArticlePeople(introduced, titles: titleHolders, sentences: sentences.map(\.tokens))
        // Every sentence that refers to a person, by name or as "the spokesman", is a mention of them.
        let mentions = sentences.flatMap { s in
            people.referenced(in: s.tokens).map { PersonMention(name: $0.name, role: $0.role, title: $0.title, actor: $0.actor, citation: s.citation,
                                                                partial: $0.partial, sideGuessed: $0.sideGuessed) }
        }
        let speech = QuoteFinder.find(in: sentences, Attribution.Context(people: people, actors: actorIndex, home: article.home, kinds: bodyKinds,
                                                                         heads: aliasHeads))
        let lede = sentences.firstIndex { $0.citation.sentenceID.paragraph.kind == .paragraph }
        // A name in part ("Ms Ruiz", "Prince Hamid") that the article's full names hold ("Ana Ruiz", "Hamid bin
        // Tarsi") is that person, no other.
        let shown = Set(people.people.map(\.name))
        return ArticleFindings.Found(
            people: introduced.filter { !$0.partial || shown.contains($0.name) } + mentions,
            quotes: speech.quotes,
            statements: speech.statements,
            glossary: sentences.flatMap(GlossaryFinder.find),
            actors: PositionBuilder.actors(in: sentences, index: actorIndex),
            events: zip(sentences.indices, EventBuilder.datesBySentence(sentences)).flatMap { i, dates in
                EventBuilder.candidates(sentences[i], dates: dates, actors: actorIndex, names: Set(aliasWords), people: people.people, lede: i == lede)
            })
    }
    let perArticle = ParallelMap.map(Array(zip(corpus.articles, cued))) { article, cued -> ArticleFindings.Found in
        let (sentences, earlier) = cued
        if earlier.confirmed == confirmedNames, let found = earlier.found { return found }
        let found = findings(of: article, sentences, cued: earlier.cued)
        if let memory, let bytes = ArticleFindings(cued: earlier.cued, confirmed: confirmedNames, found: found).stored(sentences) {
            memory.keep(bytes, as: .findings, of: article.id)
        }
        return found
    }
    let sentences = cued.flatMap(\.0)

    /// The people and what they said, each speaker under the full name and side another article gives them.
    @Sendable func peopleAndSpeech() -> (people: [Person], quotes: [Quote], quoteConflicts: [Conflict], statements: [AttributedStatement]) {
        let (people, fullName) = mergePeople(perArticle.flatMap(\.people), configured: personNames) { !actorIndex.matches(in: Tokenizer.tokens($0)).isEmpty }
        var personNamed = Dictionary(people.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        // A name no mention introduced ("Ruiz said") is the one person whose name ends or starts with it.
        let byPart = Dictionary(grouping: people.flatMap { p in
            let words = p.name.split(separator: " ").map(String.init)
            return Set((1..<max(words.count, 1)).flatMap { [words.suffix($0).joined(separator: " "), words.prefix($0).joined(separator: " ")] })
                .map { ($0, p.name) }
        }, by: \.0).compactMapValues { (names: [(String, String)]) -> String? in names.count == 1 ? names[0].1 : nil }
        // The people by the title of their role, for a title only one of them holds.
        func fullTitle(_ title: String) -> String { PeopleFinder.cues.fullTitles[title] ?? title }
        let titledOnce = Dictionary(grouping: people.compactMap { p in p.role.flatMap(PeopleFinder.lastTitle(in:)).map { (fullTitle($0), p) } }, by: \.0)
            .compactMapValues { $0.count == 1 ? $0[0].1 : nil }
        /// "The airline said", "the union said": a body that a description alone names speaks as the actor it was found
        /// to be, and is shown so, by the actor's name after the description ("the airline (Kelvar Air)"). Not one whose
        /// words hold a proper name of that actor ("the Tarsk Harbour Board", "a Tarsk spokesman"; "the Harbour company"
        /// is a description), nor a name that is no description ("Harbour Court of Appeals"), nor a guessed side.
        func shownAsItsActor(_ s: Speaker) -> Speaker {
            guard let actor = s.actor, !s.sideGuessed, s.alsoFor.isEmpty, let role = s.role, let shown = actorNames[actor] else { return s }
            let words = Tokenizer.tokens(role)
            guard let first = words.first?.lower, Attribution.describers.contains(first) || StatusReader.possessivePronouns.contains(first),
                  !properNames.matches(in: words).contains(where: { $0.id == actor }) else { return s }
            return Speaker(name: nil, role: "\(role) (\(shown))", actor: actor)
        }
        /// A speaker named by surname in one article takes the full name another article gives them, and their side.
        func named(_ s: Speaker) -> Speaker {
            if s.name == nil, s.shortName, let short = s.role, let full = byPart[short] {
                return Speaker(name: full, role: personNamed[full]?.role, actor: personNamed[full]?.actor)
            }
            // A surname misspelt ("Marden said" where the corpus names Ana Marsden), when it fits one person's only.
            if s.name == nil, s.shortName, let short = s.role, !short.contains(" "), byPart[short] == nil,
               case let fitting = Set(people.map(\.name).filter { name in name.split(separator: " ").last.map { GivenNames.isMisspelling(short, of: String($0)) } ?? false }),
               fitting.count == 1, let full = fitting.first {
                return Speaker(name: full, role: personNamed[full]?.role, actor: personNamed[full]?.actor)
            }
            // A title and a surname ("Judge Quell") are the one person with that surname whose role, if any, holds the title.
            if s.name == nil, let role = s.role, case let words = role.split(separator: " ").map(String.init), words.count >= 2,
               PeopleFinder.isTitle(words[words.count - 2]), let full = byPart[words[words.count - 1]], let person = personNamed[full],
               case let title = words[words.count - 2].lowercased(), case let fullTitle = PeopleFinder.cues.fullTitles[title] ?? title,
               person.role.map({ $0.lowercased().split(separator: " ").contains { $0 == title || $0 == fullTitle } }) ?? true {
                return Speaker(name: full, role: person.role, actor: s.actor ?? person.actor)
            }
            // "The judge said" in an article that names no judge: the one person of the corpus whose role holds that title.
            if s.name == nil, let role = s.role, case let words = role.split(separator: " ").map { $0.lowercased() }, words.count == 2,
               Attribution.definites.contains(words[0]), PeopleFinder.isTitle(words[1]),
               let person = titledOnce[fullTitle(words[1])],
               s.actor == nil || person.actor == nil || s.actor == person.actor {
                return Speaker(name: person.name, role: person.role, actor: s.actor ?? person.actor)
            }
            guard let name = s.name else { return shownAsItsActor(s) }
            // Named as the person is shown, the speaker takes their side where this article gives none.
            let full = fullName[name] ?? name
            if full == name, s.actor != nil || personNamed[name]?.actor == nil { return s }
            var who = Speaker(name: full, role: s.role, actor: s.actor ?? personNamed[full]?.actor)
            who.alsoFor = s.alsoFor
            return who
        }
        // A person no mention gave a side, or only a guessed one, takes the one side their quotes are given, not guessed ("ministry
        // spokesperson Oren Lask" after "Tarsk's foreign ministry"), when the sources give them only that one;
        // then their words in other articles ("Mr Lask said") are of that side too.
        var sidesSpoken: [String: Set<ActorID>] = [:]
        for q in perArticle.flatMap(\.quotes) where !q.speaker.sideGuessed {
            let who = named(q.speaker)
            if let name = who.name, let actor = who.actor { sidesSpoken[name, default: []].insert(actor) }
        }
        let spokenFor = people.map { p -> Person in
            guard p.actor == nil || p.actorGuessed, let spoken = sidesSpoken[p.name], spoken.count == 1 else { return p }
            return Person(id: p.id, name: p.name, role: p.role, actor: spoken.first, citations: p.citations)
        }
        personNamed = Dictionary(spokenFor.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        // "Rey's spokesman, Ali Hassan": one of no side whose role a person owns is of that person's side.
        let sided = spokenFor.map { p -> Person in
            guard p.actor == nil, let role = p.role,
                  let mark = role.range(of: "'s ") ?? role.range(of: "’s "), case let owner = String(role[..<mark.lowerBound]),
                  let side = personNamed[byPart[owner] ?? owner]?.actor else { return p }
            return Person(id: p.id, name: p.name, role: p.role, actor: side, citations: p.citations)
        }
        personNamed = Dictionary(sided.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        let (quotes, quoteConflicts) = mergeQuotes(perArticle.flatMap(\.quotes).map {
            QuoteMention(text: $0.text, speaker: named($0.speaker), citations: $0.citations)
        })
        let statements = mergeStatements(perArticle.flatMap(\.statements).map {
            let who = named($0.speaker)
            return AttributedStatement(text: $0.text, speaker: who.name, speakerRole: who.role, actor: who.actor, otherActors: who.alsoFor,
                                       citations: [$0.citation])
        })
        return (sided, quotes, quoteConflicts, statements)
    }

    /// The glossary, and the issues (configured, and raised by the corpus) with the sentences that speak of each.
    @Sendable func glossaryAndIssues() -> (glossary: [GlossaryEntry], issues: [(IssueConfig, IssueMatcher)], reference: IssueReference) {
        let defined = firstDefinitions(perArticle.flatMap(\.glossary))
        let bare = Set(sentences.flatMap { $0.tokens.map(\.text).filter(GlossaryFinder.isAcronym) })
            .union(config.actors.flatMap(\.aliases).filter(GlossaryFinder.isAcronym))
        let glossary = (defined + GlossaryFinder.expansionsElsewhere(acronyms: bare.sorted(), sentences: sentences,
                                                                     known: Set(defined.map(\.term)))).sorted { $0.term < $1.term }
        let issues = IssueTracker.issues(configured: config.issues, glossary: glossary, sentences: sentences)
        let reference = IssueReference(sentences: sentences, matchers: issues.map(\.1), nouns: IssueTracker.referenceNouns)
        return (glossary, issues, reference)
    }
    /// What each sentence says of the issues' status, article by article on every core; an article read by
    /// an earlier build in the same state of the corpus (the issues' names, what its "the deal" points back
    /// at) is not read again.
    @Sendable func statuses(_ raised: (glossary: [GlossaryEntry], issues: [(IssueConfig, IssueMatcher)], reference: IssueReference)) -> [IssueTracker.SentenceStatus] {
        let read = IssueTracker.statusReader(raised.issues, reference: raised.reference, actorIndex: actorIndex)
        let names = ContentHash.of(Array(raised.issues.map { issue, matcher in
            ([issue.id.slug, issue.name] + issue.aliases + (matcher.dispute.map { $0.noun.sorted() + [$0.qualifier] } ?? [])).joined(separator: "|")
        }.joined(separator: "\n").utf8))
        return ParallelMap.map(Array(zip(corpus.articles, cued))) { article, cued -> [IssueTracker.SentenceStatus] in
            let sentences = cued.0
            let state = ContentHash.of(Array((names + "\n" + raised.reference.pointingBack(in: article.id)).utf8))
            if let bytes = memory?.recall(.status, of: article.id) {
                var reader = ByteReader(bytes)
                if let kept = try? reader.read(ArticleStatus.self), reader.isAtEnd, kept.state == state, kept.sentences.count == sentences.count {
                    return kept.sentences
                }
            }
            let status = ArticleStatus(state: state, sentences: sentences.map(read))
            if let memory {
                var writer = ByteWriter()
                writer.write(status)
                memory.keep(writer.bytes, as: .status, of: article.id)
            }
            return status.sentences
        }.flatMap { $0 }
    }

    // The work across articles in two halves of about the same length, one on each core: the events and
    // the people; the glossary and the issues. Then the actors' positions and the issues' status on one,
    // and the background, which needs nothing else, on the other.
    let (told, raised) = ParallelMap.both({ (EventBuilder.merge(perArticle.flatMap(\.events)), peopleAndSpeech()) }, glossaryAndIssues)
    let ((events, dateConflicts), said) = told
    let expansions = Dictionary(raised.glossary.map { ($0.term, $0.expansion) }, uniquingKeysWith: { first, _ in first })
    let quotes = said.quotes.map { spelledOut($0, expansions) }
    let (positions, background) = ParallelMap.both({
        let actors = PositionBuilder.build(config.actors, quotes: quotes, statements: said.statements, named: perArticle.flatMap(\.actors),
                                           issueOf: raised.reference)
        let issues = IssueTracker.track(raised.issues, configured: Set(config.issues.map(\.id)), sentences: sentences, read: statuses(raised),
                                        glossary: raised.glossary, reference: raised.reference, actors: actors, events: events)
        return (actors: actors, issues: issues)
    }, { BackgroundSummary.select(sentences, limit: 12) })
    let published = Dictionary(uniqueKeysWithValues: corpus.articles.compactMap { a in a.published.value.map { (a.id, $0.day) } })
    return Findings(
        events: events,
        quotes: quotes,
        statements: said.statements,
        people: said.people,
        actors: positions.actors,
        issues: positions.issues,
        glossary: raised.glossary,
        conflicts: dateConflicts + said.quoteConflicts,
        background: background,
        brief: BackgroundSummary.brief(background, published: published, asOf: corpus.asOf))
}

/// A body speaking by an acronym that the corpus spells out reads with its name: "the THC" is "the Tessin Harbour
/// Commission (THC)", as a person is shown by their full name.
func spelledOut(_ quote: Quote, _ expansions: [String: String]) -> Quote {
    guard quote.speaker == nil, let role = quote.speakerRole else { return quote }
    let article = role.hasPrefix("the ") ? "the " : ""
    let term = String(role.dropFirst(article.count))
    guard let name = expansions[term] else { return quote }
    return Quote(id: quote.id, text: quote.text, speaker: nil, speakerRole: "\(article)\(name) (\(term))", actor: quote.actor,
                 actorGuessed: quote.actorGuessed, otherActors: quote.otherActors, citations: quote.citations)
}

/// One entry per term, from its first defining sentence in corpus order.
func firstDefinitions(_ entries: [GlossaryEntry]) -> [GlossaryEntry] {
    var seen = Set<String>()
    return entries.filter { seen.insert($0.term).inserted }.sorted { $0.term < $1.term }
}

/// The configured people an article names only by a shorter name of theirs ("Ruiz"), each cited to
/// the first sentence that does; a shorter name that is also a body's ("Harbour" of a "Harbour
/// Board") does not count.
func knownPeopleNamedByPart(_ known: KnownPeople, in sentences: [SentenceRef], found: [PersonMention], bodies: Set<String>) -> [PersonMention] {
    let present = Set(found.map(\.name))
    var out: [PersonMention] = []
    for entry in known.entries where !present.contains(entry.name) {
        // A shorter name the article gives someone else too ("Greg Ruiz" for "Gregory Ruiz") is theirs there.
        let parts = entry.aliases.filter { part in !bodies.contains(part) && !present.contains { $0.hasSuffix(" " + part) } }
            .map { Tokenizer.tokens($0).map(\.text) }
        guard !parts.isEmpty else { continue }
        let hit = sentences.first { s in
            let words = s.tokens.map(\.text)
            return parts.contains(where: words.containsRun)
        }
        if let hit {
            out.append(PersonMention(name: entry.name, role: entry.role, title: entry.role.flatMap(PeopleFinder.lastTitle), actor: entry.actor,
                                     citation: hit.citation))
        }
    }
    return out
}

/// One person per real person: mentions by the same full name are one, and a shorter name ("Ruiz",
/// "Greg Ruiz", "Tom Ruiz") joins the one full name of the corpus it fits ("Gregory Ruiz", "Thomas
/// J. Ruiz": the same last words, each other word the full name's, its start or a short form of it
/// (`Rules/given-names.rules`), the full name's initials left out) when no two full names fit it and
/// the sides agree; a name after a title of those who go by one joins the one full name that opens on it.
/// Gives the first role that names a side ("Alda Water Minister" before "minister"), else the first
/// role given; the first side given; every sentence that introduces them; and each shorter name's full name.
/// `configured`: the names the configuration gives people, shown before the names the sources write.
func mergePeople(_ mentions: [PersonMention], configured: Set<String> = [], namesASide: (String) -> Bool = { _ in false }) -> ([Person], fullName: [String: String]) {
    var order: [String] = []
    var byName: [String: [PersonMention]] = [:]
    // A name written with or without its accents ("Zoë Brandt", "Zoe Brandt") is one name, as the sources
    // write it most often (the first written on a tie).
    func folded(_ name: String) -> String { name.utf8.allSatisfy { $0 < 0x80 } ? name : name.folding(options: [.diacriticInsensitive], locale: nil) }
    var writings: [String: Int] = [:]
    for m in mentions { writings[m.name, default: 0] += 1 }
    var spelled: [String: String] = [:]
    for m in mentions {
        let key = folded(m.name)
        if let old = spelled[key], writings[old]! >= writings[m.name]! { continue }
        spelled[key] = m.name
    }
    var variants: [String: String] = [:]
    for m in mentions {
        let name = spelled[folded(m.name)]!
        if name != m.name { variants[m.name] = name }
        if byName[name] == nil { order.append(name) }
        byName[name, default: []].append(m)
    }
    // Each name's words, split once: a common surname's names are compared with one another.
    let wordsOf = Dictionary(order.map { ($0, $0.split(separator: " ").map(String.init)) }, uniquingKeysWith: { a, _ in a })
    func words(_ name: String) -> [String] { wordsOf[name]! }
    // A guessed side parts no names: "Ruiz" of the home side at a guess is still "Ana Ruiz" of another.
    func side(_ name: String) -> ActorID? { byName[name]!.first { $0.actor != nil && !$0.sideGuessed }?.actor }
    // Full names by their last word, so that a shorter name meets only the names it may fit.
    let byLast = Dictionary(grouping: order, by: { words($0).last ?? "" })
    // A name after a title of those who go by one ("King Hamid", "Prince Tarsi") is the full name that opens on it.
    let byFirst = Dictionary(grouping: order.filter { words($0).count > 1 }, by: { words($0)[0] })
    var fullName: [String: String] = [:]
    func isSingleName(_ name: String) -> Bool {
        let words = words(name)
        return (words.count == 1 || words.count == 2 && PeopleFinder.cues.numerals.contains(words[1]))
            && byName[name]!.allSatisfy { $0.title.map(PeopleFinder.cues.singleNameTitles.contains) == true }
    }
    for name in order {
        let candidates = isSingleName(name) ? (byFirst[words(name)[0]] ?? []).filter { $0 != name } : (byLast[words(name).last ?? ""] ?? []).filter { GivenNames.fits(words(name), words($0)) }
        // The candidates no other candidate is longer than; two are enough to leave the name alone.
        var longest: [String] = []
        for c in candidates where !candidates.contains(where: { $0 != c && GivenNames.fits(words(c), words($0)) }) {
            longest.append(c)
            if longest.count > 1 { break }
        }
        guard longest.count == 1, let full = longest.first else { continue }
        if let a = side(name), let b = side(full), a != b { continue }
        fullName[name] = full
    }
    for (variant, name) in variants { fullName[variant] = fullName[name] ?? name }
    var merged: [String: [PersonMention]] = [:]
    for name in order { merged[fullName[name] ?? name, default: []].append(contentsOf: byName[name]!) }
    // A person is shown under a name the configuration gives, then the full name the sources write most
    // often ("Ana Ruiz" before one "Ana M. Ruiz"); the fullest name keeps its place on a tie.
    for name in order where fullName[name] == nil {
        let written = Dictionary(grouping: merged[name]!.map { variants[$0.name] ?? $0.name }.filter { $0.contains(" ") }, by: { $0 }).mapValues(\.count)
        func rank(_ n: String) -> (Int, Int) { (configured.contains(n) ? 1 : 0, written[n] ?? 0) }
        guard let shown = written.keys.filter({ rank($0) > rank(name) }).max(by: { a, b in rank(a) != rank(b) ? rank(a) < rank(b) : a > b }) else { continue }
        for (short, full) in fullName where full == name { fullName[short] = shown }
        fullName[shown] = nil
        fullName[name] = shown
        merged[shown] = merged.removeValue(forKey: name)
    }
    // One who goes by one name is shown with the title they go by, as written: "King Hamid", not "Hamid".
    var titled: [String: String] = [:]
    for name in order where fullName[name] == nil && isSingleName(name) {
        let title = byName[name]![0].title!
        let written = byName[name]!.compactMap { m in m.role?.split(separator: " ").last.map(String.init) }.first { $0.lowercased() == title }
        titled[name] = (written ?? title.capitalized) + " " + name
    }
    for (name, full) in fullName { if let shown = titled[full] { fullName[name] = shown } }
    for (name, shown) in titled { fullName[name] = shown }
    var ids = UniqueSlugs()
    let people = order.filter { fullName[$0] == nil || titled[$0] != nil }.map { name in
        let all = merged[name]!
        let shown = titled[name] ?? name
        let id = PersonID(slug: ids.claim(shown))
        let roles = all.compactMap(\.role)
        // A side a mention gives outranks one a mention guesses.
        let sider = all.first { $0.actor != nil && !$0.sideGuessed } ?? all.first { $0.actor != nil }
        return Person(id: id, name: shown, role: roles.first(where: namesASide) ?? roles.first, actor: sider?.actor,
                      citations: Array(Set(all.map(\.citation))).sorted(), actorGuessed: sider?.sideGuessed ?? false)
    }
    .sorted { $0.name < $1.name }
    return (people, fullName)
}

/// One statement per text and speaker: words that several sources give the same speaker word for word
/// (a wire story reprinted) are one statement citing each of them, in the place of the first.
func mergeStatements(_ statements: [AttributedStatement]) -> [AttributedStatement] {
    struct Key: Hashable {
        let text: String
        let speaker: String?, role: String?, actor: ActorID?, others: [ActorID]
    }
    return oneLinePer(statements, key: { Key(text: $0.text, speaker: $0.speaker, role: $0.speakerRole, actor: $0.actor, others: $0.otherActors) },
                      citations: \.citations) {
        AttributedStatement(text: $0.text, speaker: $0.speaker, speakerRole: $0.speakerRole, actor: $0.actor, otherActors: $0.otherActors, citations: $1)
    }
}

/// One quote per wording (`QuoteFinder.wording`), with every source that carries it; when the
/// sources name different speakers for the same words, that is a conflict. Words that stand whole
/// inside a longer quote of the same speaker are that quote (`withinLongerQuotes`).
func mergeQuotes(_ mentions: [QuoteMention]) -> ([Quote], [Conflict]) {
    var keys: [String] = []
    var byKey: [String: [QuoteMention]] = [:]
    for m in mentions {
        let key = QuoteFinder.wording(m.text)
        if byKey[key] == nil { keys.append(key) }
        byKey[key, default: []].append(m)
    }
    let order = withinLongerQuotes(keys: keys, mentions: byKey)
    var quotes: [Quote] = []
    var conflicts: [Conflict] = []
    for (i, group) in order.enumerated() {
        let all = group.flatMap { byKey[$0]! }
        // A named speaker outranks a description of one, and a description no one; of the speakers the
        // copies name, the one most sources name, so that one article misread is outvoted by the others
        // (the first named, when as many sources name each).
        func bestNamed(_ ms: [QuoteMention]) -> QuoteMention {
            for told in [ms.filter { $0.speaker.name != nil }, ms.filter { $0.speaker.role != nil }] where !told.isEmpty {
                let who = { (m: QuoteMention) in m.speaker.name ?? m.speaker.role! }
                let sources = Dictionary(grouping: told, by: who).mapValues { Set($0.flatMap { $0.citations.map(\.source) }).count }
                let most = sources.values.max()!
                return told.first { sources[who($0)] == most }!
            }
            return ms[0]
        }
        let best = bestNamed(all)
        quotes.append(Quote(id: "q\(i + 1)", text: bestNamed(byKey[group[0]]!).text, speaker: best.speaker.name, speakerRole: best.speaker.role,
                            actor: best.speaker.actor, actorGuessed: best.speaker.sideGuessed, otherActors: best.speaker.alsoFor,
                            citations: all.flatMap(\.citations).sorted()))
        // A copy that names no speaker gives no claim of who said it.
        let speakers = Dictionary(grouping: all.filter { $0.speaker != .unnamed }) { $0.speaker.name ?? $0.speaker.role ?? "" }
        if speakers.count > 1, Set(all.flatMap { $0.citations.map(\.source) }).count > 1 {
            let claims = speakers.keys.sorted().map { Conflict.Claim(value: $0, citations: speakers[$0]!.flatMap(\.citations).sorted()) }
            conflicts.append(Conflict(id: "s\(conflicts.count + 1)", topic: "Who said “\(best.text)”", claims: claims, quote: "q\(i + 1)"))
        }
    }
    return (quotes, conflicts)
}

/// The wordings in their order, each with the shorter ones that stand whole inside it: a headline's
/// “a bad outcome” and the body's “It is a bad outcome for the port” are one quote, cited twice.
/// Across articles the two must name the same person, and the shorter be four words or more, which
/// one would not say again of something else; within an article a quote may also name no speaker,
/// or its longer one none, or both the same description. Candidates come from an index of words,
/// not from every pair.
func withinLongerQuotes(keys: [String], mentions: [String: [QuoteMention]]) -> [[String]] {
    let words = keys.map { $0.split(separator: " ") }
    let names = keys.map { mentions[$0]!.lazy.compactMap(\.speaker.name).first }
    let roles = keys.map { mentions[$0]!.lazy.compactMap(\.speaker.role).first }
    let sources = keys.map { Set(mentions[$0]!.flatMap { $0.citations.map(\.source) }) }
    var postings: [Substring: [Int]] = [:]
    for (i, ws) in words.enumerated() {
        for w in Set(ws) { postings[w, default: []].append(i) }
    }
    func joins(_ short: Int, _ long: Int) -> Bool {
        guard words[long].count > words[short].count, " \(keys[long]) ".contains(" \(keys[short]) ") else { return false }
        let sameArticle = !sources[short].isDisjoint(with: sources[long])
        if let name = names[short], name == names[long] { return sameArticle || words[short].count >= 4 }
        guard sameArticle else { return false }
        let unheard = { (i: Int) in names[i] == nil && roles[i] == nil }
        return unheard(short) || unheard(long) || (names[short] == nil && names[long] == nil && roles[short] == roles[long])
    }
    // Longest first, so that a quote joins the longest that holds it and a chain ends in one quote.
    var into = Array(keys.indices)
    for short in keys.indices.sorted(by: { (words[$0].count, $1) > (words[$1].count, $0) }) where !words[short].isEmpty {
        let rarest = Set(words[short]).min { (postings[$0]!.count, $0) < (postings[$1]!.count, $1) }!
        let hosts = postings[rarest]!.filter { joins(short, $0) }
        if let host = hosts.max(by: { (words[$0].count, $1) < (words[$1].count, $0) }) { into[short] = into[host] }
    }
    // Each quote in the place of its first words met, the longest wording first.
    var members: [Int: [String]] = [:]
    var places: [Int] = []
    for i in keys.indices {
        if members[into[i]] == nil { places.append(into[i]); members[into[i]] = [keys[into[i]]] }
        if into[i] != i { members[into[i]]!.append(keys[i]) }
    }
    return places.map { members[$0]! }
}
