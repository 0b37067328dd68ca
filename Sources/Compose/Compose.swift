import Analysis
import Corpus
import Support

/// The compose stage's entry point: every page of the briefing as CommonMark, the JSON export, and
/// the events as plain values for the timeline exports.
public func compose(_ corpus: ArticleSet, _ findings: Findings, config: BriefingConfig) -> Briefing {
    let context = PageContext(corpus: corpus, findings: findings, config: config)
    let asOf = corpus.asOf.map { DateLabel.of($0) } ?? "an unknown date"
    // Every page in the briefing's order, each written on its own: they are written on every core.
    var jobs: [PageJob] = [.front, .background, .timeline, .positions]
    jobs += findings.actors.filter(\.hasPage).map(PageJob.actor)
    jobs.append(.issues)
    jobs += findings.issues.map(PageJob.issue)
    jobs.append(.sources)
    jobs += corpus.articles.map(PageJob.source)
    jobs += [.people, .glossary, .search, .notFound]
    // The longest pages are written first, so that no core is left writing a long one alone at the
    // end; each page's lines are joined as soon as it is written, and it is put back in its place.
    let longestFirst = jobs.indices.sorted { jobs[$0].length > jobs[$1].length }
    let made = ParallelMap.map(longestFirst.map { (place: $0, job: jobs[$0]) }) {
        (place: $0.place, draft: context.page($0.job, asOf: asOf).compacted())
    }
    // Each step below takes the drafts over, so that no two versions of every page are held at once:
    // at 10,000 articles the pages' Markdown is hundreds of megabytes.
    var drafts = made.sorted { $0.place < $1.place }.map(\.draft)
    _ = consume made
    fillMentions(&drafts)
    let splittingTimeline = findings.events.count > Pagination.eventsPerTimeline
    let split = ParallelMap.mapReleasing(consume drafts) { Pagination.split($0, splittingTimeline: splittingTimeline) }
    var moves = Pagination.Moves()
    for (_, more) in split { moves.add(more) }
    let parts = split.flatMap(\.parts)
    _ = consume split
    let paginated = Pagination.finish(consume parts, moves)
    return Briefing(
        title: config.title, language: config.language, asOf: asOf, asOfDay: corpus.asOf, sourceCount: corpus.articles.count,
        pages: paginated,
        // The export is made as it is written, from the corpus and the findings: never held whole.
        dataFiles: [DataFile(route: Routes.briefingJSON) { emit in try Export.briefing(corpus, findings, config, to: emit) }],
        timeline: findings.events.map { event in
            var entry = context.timelineEntry(event)
            entry.route = moves.resolve(entry.route)
            return entry
        },
        search: context.searchEntries().map { SearchEntry(kind: $0.kind, title: $0.title, route: moves.resolve($0.route), text: $0.text) },
        sections: [
            ("Background", Routes.background, [.background]),
            ("Timeline", Routes.timeline, [.timeline]),
            ("Positions", Routes.positions, [.positions, .actor]),
            ("Issues", Routes.issues, [.issues, .issue]),
            ("People", Routes.people, [.people]),
            ("Glossary", Routes.glossary, [.glossary]),
            ("Sources", Routes.sources, [.sources, .source]),
            ("Search", Routes.search, [.search]),
        ])
}

extension PageContext {
    func page(_ job: PageJob, asOf: String) -> PageDraft {
        switch job {
        case .front: frontPage(asOf: asOf)
        case .background: backgroundPage()
        case .timeline: timelinePage()
        case .positions: positionsIndex()
        case .actor(let actor): actorPage(actor)
        case .issues: issuesIndex()
        case .issue(let issue): issuePage(issue)
        case .sources: sourcesIndex()
        case .source(let article): sourcePage(article)
        case .people: peoplePage()
        case .glossary: glossaryPage()
        case .search: searchPage()
        case .notFound: notFoundPage()
        }
    }
}

/// A page to write: one of the briefing's own, or the page of one actor, issue or source.
enum PageJob: Sendable {
    case front, background, timeline, positions, issues, sources, people, glossary, search, notFound
    case actor(ActorFindings)
    case issue(IssueFindings)
    case source(Article)

    /// About how many lines the page lists; a page of the whole briefing counts as among the longest.
    var length: Int {
        switch self {
        case .actor(let actor): actor.said.count + actor.did.count + actor.mentions.count
        case .issue(let issue): issue.statusEvidence.count + issue.openQuestions.count + issue.mentions.count + issue.events.count
        case .source(let article): article.blocks.count
        default: .max
        }
    }
}

/// Fills every "Mentioned on" list once all drafts exist: the pages that link the entity, in the order
/// of the briefing, less the page that holds the list.
func fillMentions(_ drafts: inout [PageDraft]) {
    var linking: [EntityKey: [String]] = [:]
    for draft in drafts {
        for entity in draft.mentions { linking[entity, default: []].append(draft.route) }
    }
    let titles = Dictionary(drafts.map { ($0.route, $0.kind == .index ? "Front page" : $0.title) }, uniquingKeysWith: { a, _ in a })
    for i in drafts.indices where drafts[i].lines.contains(where: { if case .mentionedOn = $0 { true } else { false } }) {
        let route = drafts[i].route
        drafts[i].lines = drafts[i].lines.compactMap { line in
            guard case .mentionedOn(let entity, let lead) = line else { return line }
            let pages = (linking[entity] ?? []).filter { $0 != route }
            guard !pages.isEmpty else { return nil }
            return .text(lead + pages.map { MD.link(titles[$0] ?? $0, Routes.relative(from: route, to: $0)) }.joined(separator: ", "))
        }
    }
}
