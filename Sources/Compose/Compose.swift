import Analysis
import Corpus
import Support

/// The compose stage's entry point: every page of the briefing as CommonMark, and the JSON export.
public func compose(_ corpus: ArticleSet, _ findings: Findings, config: BriefingConfig) throws -> Briefing {
    let context = PageContext(corpus: corpus, findings: findings, config: config)
    let asOf = corpus.asOf.map { "\($0.day) \(MonthNames.english[$0.month - 1]) \($0.year)" } ?? "an unknown date"
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
    // The people and the glossary come last, and the "Mentioned on" lists after every page: they list
    // the pages that link to each entry.
    var titles = Dictionary(pages.map { ($0.route, $0.kind == .index ? "Front page" : $0.title) }, uniquingKeysWith: { a, _ in a })
    titles[Routes.people] = "People"
    titles[Routes.glossary] = "Glossary"
    pages += [context.peoplePage(titles: titles), context.glossaryPage(titles: titles)]
    pages = pages.map { page in
        let key: String? = page.kind == .actor ? "actor:" + page.route.dropFirst("positions/".count).dropLast(5)
            : page.kind == .issue ? "issue:" + page.route.dropFirst("issues/".count).dropLast(5) : nil
        guard let key, let list = context.mentionedOn(key, from: page.route, titles: titles) else { return page }
        var withList = page
        withList.markdown += "\n## Mentioned on\n\n" + list + "\n"
        return withList
    }
    return Briefing(
        title: config.title, language: config.language, asOf: asOf, sourceCount: corpus.articles.count,
        pages: pages,
        dataFiles: [
            DataFile(route: Routes.briefingJSON, bytes: try Export.briefingJSON(corpus, findings, config)),
            DataFile(route: Routes.timelineJSON, bytes: try TimelineJSExport.json(findings, context, title: config.title, asOf: asOf)),
            DataFile(route: Routes.timelineChart, bytes: Array(TimelineChart(events: findings.events, label: context.dateLabel).svg(title: config.title).utf8)),
        ],
        sections: [
            ("Background", Routes.background, [.background]),
            ("Timeline", Routes.timeline, [.timeline]),
            ("Positions", Routes.positions, [.positions, .actor]),
            ("Issues", Routes.issues, [.issues, .issue]),
            ("People", Routes.people, [.people]),
            ("Glossary", Routes.glossary, [.glossary]),
            ("Sources", Routes.sources, [.sources, .source]),
        ])
}
