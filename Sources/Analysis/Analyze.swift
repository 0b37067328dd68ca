import Corpus

/// The analysis stage's entry point: every finding drawn from the articles by the rules in `Rules/`,
/// each cited to its sentence. Per-article work runs in parallel; cross-source merging is keyed, never
/// a comparison of every pair of sentences.
public func analyze(_ corpus: ArticleSet, config: BriefingConfig) -> Findings {
    let actorIndex = NameIndex(config.actors.map { ($0.id, $0.aliases + [$0.name]) })
    let aliasWords: [String] = config.actors.flatMap { $0.aliases + [$0.name] }.flatMap { Tokenizer.tokens($0).map(\.text) }
    let weekdayNames: [String] = DateLexicon.weekdays.keys.map { $0.prefix(1).uppercased() + $0.dropFirst() }
    let notNames = Set(aliasWords).union(MonthNames.english).union(weekdayNames)

    struct PerArticle: Sendable {
        let sentences: [SentenceRef]
        let people: [PersonMention]
        let quotes: [QuoteMention]
        let statements: [StatementMention]
        let glossary: [GlossaryEntry]
        let events: [EventBuilder.Candidate]
    }

    let perArticle = ParallelMap.map(Array(corpus.articles.enumerated())) { index, article -> PerArticle in
        let dct = article.published.value?.day
        let sentences = article.paragraphs.flatMap { p in
            p.sentences.map { s in
                SentenceRef(citation: Citation(source: article.id, paragraph: p.id, sentenceID: s.id, sentence: s.text),
                            tokens: Tokenizer.tokens(s.text), articleIndex: index, dct: dct)
            }
        }
        let introduced = sentences.flatMap { PeopleFinder.find(in: $0, actors: actorIndex, home: article.home, excluded: notNames) }
        let people = ArticlePeople(introduced)
        // Every sentence that refers to a person, by name or as "the spokesman", is a mention of them.
        let mentions = sentences.flatMap { s in
            people.referenced(in: s.tokens).map { PersonMention(name: $0.name, role: $0.role, title: $0.title, actor: $0.actor, citation: s.citation) }
        }
        let speech = QuoteFinder.find(in: sentences, Attribution.Context(people: people, actors: actorIndex, home: article.home))
        return PerArticle(
            sentences: sentences,
            people: introduced + mentions,
            quotes: speech.quotes,
            statements: speech.statements,
            glossary: sentences.flatMap(GlossaryFinder.find),
            events: zip(sentences, EventBuilder.datesBySentence(sentences)).flatMap {
                EventBuilder.candidates($0, dates: $1, actors: actorIndex, names: Set(aliasWords), people: people.people)
            })
    }
    let sentences = perArticle.flatMap(\.sentences)

    let defined = firstDefinitions(perArticle.flatMap(\.glossary))
    let bare = Set(sentences.flatMap { $0.tokens.map(\.text).filter(GlossaryFinder.isAcronym) })
        .union(config.actors.flatMap(\.aliases).filter(GlossaryFinder.isAcronym))
    let glossary = (defined + GlossaryFinder.expansionsElsewhere(acronyms: bare.sorted(), sentences: sentences,
                                                                 known: Set(defined.map(\.term)))).sorted { $0.term < $1.term }
    let people = mergePeople(perArticle.flatMap(\.people))
    let (quotes, quoteConflicts) = mergeQuotes(perArticle.flatMap(\.quotes))
    let statements = perArticle.flatMap(\.statements).map {
        AttributedStatement(text: $0.text, speaker: $0.speaker.name, speakerRole: $0.speaker.role, actor: $0.speaker.actor, citations: [$0.citation])
    }
    let (events, dateConflicts) = EventBuilder.merge(perArticle.flatMap(\.events))
    let issues = IssueTracker.issues(configured: config.issues, glossary: glossary, sentences: sentences)
    let reference = IssueReference(sentences: sentences, matchers: issues.map(\.1), nouns: IssueTracker.referenceNouns)
    let actors = PositionBuilder.build(config.actors, quotes: quotes, statements: statements, sentences: sentences, index: actorIndex,
                                       issueOf: reference)
    return Findings(
        events: events,
        quotes: quotes,
        statements: statements,
        people: people,
        actors: actors,
        issues: IssueTracker.track(issues, configured: Set(config.issues.map(\.id)), sentences: sentences, glossary: glossary,
                                   reference: reference, actors: actors),
        glossary: glossary,
        conflicts: dateConflicts + quoteConflicts,
        background: BackgroundSummary.select(sentences, limit: 12))
}

/// One entry per term, from its first defining sentence in corpus order.
func firstDefinitions(_ entries: [GlossaryEntry]) -> [GlossaryEntry] {
    var seen = Set<String>()
    return entries.filter { seen.insert($0.term).inserted }.sorted { $0.term < $1.term }
}

/// One person per full name: the first role and side given, every sentence that introduces them.
func mergePeople(_ mentions: [PersonMention]) -> [Person] {
    var order: [String] = []
    var byName: [String: [PersonMention]] = [:]
    for m in mentions {
        if byName[m.name] == nil { order.append(m.name) }
        byName[m.name, default: []].append(m)
    }
    var ids = Set<String>()
    return order.map { name in
        let all = byName[name]!
        var id = Slug.make(name)
        while !ids.insert(id).inserted { id += "-2" }
        return Person(id: id, name: name, role: all.first { $0.role != nil }?.role, actor: all.first { $0.actor != nil }?.actor,
                      citations: Array(Set(all.map(\.citation))).sorted())
    }
    .sorted { $0.name < $1.name }
}

/// One quote per wording (letters and digits compared), with every source that carries it; when the
/// sources name different speakers for the same words, that is a conflict.
func mergeQuotes(_ mentions: [QuoteMention]) -> ([Quote], [Conflict]) {
    var order: [String] = []
    var byKey: [String: [QuoteMention]] = [:]
    for m in mentions {
        let key = String(m.text.lowercased().filter { $0.isLetter || $0.isNumber })
        if byKey[key] == nil { order.append(key) }
        byKey[key, default: []].append(m)
    }
    var quotes: [Quote] = []
    var conflicts: [Conflict] = []
    for (i, key) in order.enumerated() {
        let all = byKey[key]!
        // A named speaker outranks a description of one.
        let best = all.first { $0.speaker.name != nil } ?? all[0]
        quotes.append(Quote(id: "q\(i + 1)", text: best.text, speaker: best.speaker.name, speakerRole: best.speaker.role,
                            actor: best.speaker.actor, citations: all.flatMap(\.citations).sorted()))
        let speakers = Dictionary(grouping: all) { $0.speaker.name ?? $0.speaker.role ?? "unknown" }
        if speakers.count > 1, Set(all.flatMap { $0.citations.map(\.source) }).count > 1 {
            let claims = speakers.keys.sorted().map { Conflict.Claim(value: $0, citations: speakers[$0]!.flatMap(\.citations).sorted()) }
            conflicts.append(Conflict(id: "s\(conflicts.count + 1)", topic: "Who said “\(best.text)”", claims: claims, quote: "q\(i + 1)"))
        }
    }
    return (quotes, conflicts)
}
