import Analysis
import Corpus
import Support

/// The compose stage's entry point: every page of the briefing as CommonMark, the JSON export, and
/// the events as plain values for the timeline exports.
public func compose(_ corpus: ArticleSet, _ findings: Findings, config: BriefingConfig) throws -> Briefing {
    let context = PageContext(corpus: corpus, findings: findings, config: config)
    let asOf = corpus.asOf.map { DateLabel.of($0) } ?? "an unknown date"
    var pages = [
        context.frontPage(asOf: asOf),
        context.backgroundPage(),
        context.timelinePage(),
        context.positionsIndex(),
    ]
    pages += findings.actors.filter(\.hasPage).map(context.actorPage)
    pages.append(context.issuesIndex())
    pages += findings.issues.map(context.issuePage)
    pages.append(context.sourcesIndex())
    pages += corpus.articles.map(context.sourcePage)
    pages += [context.peoplePage(), context.glossaryPage(), context.searchPage(), context.notFoundPage()]
    let (paginated, moves) = Pagination.paginate(fillingMentions(pages), splittingTimeline: findings.events.count > Pagination.eventsPerTimeline)
    return Briefing(
        title: config.title, language: config.language, asOf: asOf, asOfDay: corpus.asOf, sourceCount: corpus.articles.count,
        pages: paginated,
        dataFiles: [DataFile(route: Routes.briefingJSON, bytes: try Export.briefingJSON(corpus, findings, config))],
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

/// Fills every "Mentioned on" list once all drafts exist: the pages that link the entity, in the order
/// of the briefing, less the page that holds the list.
func fillingMentions(_ drafts: [PageDraft]) -> [PageDraft] {
    var linking: [EntityKey: [String]] = [:]
    for draft in drafts {
        for entity in draft.mentions { linking[entity, default: []].append(draft.route) }
    }
    let titles = Dictionary(drafts.map { ($0.route, $0.kind == .index ? "Front page" : $0.title) }, uniquingKeysWith: { a, _ in a })
    return drafts.map { draft in
        var filled = draft
        filled.lines = draft.lines.compactMap { line in
            guard case .mentionedOn(let entity, let lead) = line else { return line }
            let pages = (linking[entity] ?? []).filter { $0 != draft.route }
            guard !pages.isEmpty else { return nil }
            return .text(lead + pages.map { MD.link(titles[$0] ?? $0, Routes.relative(from: draft.route, to: $0)) }.joined(separator: ", "))
        }
        return filled
    }
}
