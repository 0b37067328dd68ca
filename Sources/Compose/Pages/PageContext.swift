import Analysis
import Corpus
import Support

/// What every page writer needs: the corpus and findings, lookups by id, and the citation format.
struct PageContext {
    let corpus: ArticleSet
    let findings: Findings
    let config: BriefingConfig
    let articles: [String: Article]
    let actorNames: [String: String]
    let actorsWithPages: Set<String>
    let links: EntityLinks

    init(corpus: ArticleSet, findings: Findings, config: BriefingConfig) {
        links = EntityLinks(findings: findings, config: config)
        self.corpus = corpus
        self.findings = findings
        self.config = config
        articles = Dictionary(uniqueKeysWithValues: corpus.articles.map { ($0.id, $0) })
        actorNames = Dictionary(uniqueKeysWithValues: config.actors.map { ($0.id, $0.name) })
        actorsWithPages = Set(config.actors.filter(\.positions).map(\.id))
    }

    /// A short label for a source: its outlet, else its title, else its file.
    func sourceLabel(_ id: String) -> String {
        guard let a = articles[id] else { return id }
        return a.outlet.value ?? a.title.value ?? a.file
    }

    /// Citation links for a line, e.g. " — [Outlet, ¶3](sources/x.html#p3); [Other, ¶1](…) · reported by 2 sources";
    /// the count is left out where the citations are places, not corroboration.
    func cite(_ citations: [Citation], from page: String, counted: Bool = true) -> String {
        var seen = Set<String>()
        let links = citations.filter { seen.insert($0.source + "#" + $0.paragraph).inserted }.map { c in
            MD.link("\(sourceLabel(c.source)), ¶\(c.paragraph.dropFirst())", Routes.relative(from: page, to: Routes.paragraph(c)))
        }
        guard !links.isEmpty else { return "" }
        let sources = Set(citations.map(\.source)).count
        let corroboration = counted && sources > 1 ? " · reported by \(sources) sources" : ""
        return " — " + links.joined(separator: "; ") + corroboration
    }

    /// Citation links as plain labels and relative hrefs, for tables the template draws.
    func citationLinks(_ citations: [Citation], from page: String) -> [OverviewTable.Link] {
        var seen = Set<String>()
        return citations.filter { seen.insert($0.source + "#" + $0.paragraph).inserted }.map { c in
            OverviewTable.Link(label: "\(sourceLabel(c.source)), ¶\(c.paragraph.dropFirst())", href: Routes.relative(from: page, to: Routes.paragraph(c)))
        }
    }

    /// A bullet item: the text, escaped, its first mentions of people, actors, issues and terms linked,
    /// and its citations.
    func item(_ text: String, _ citations: [Citation], from page: String) -> String {
        "- " + links.linked(text, from: page) + cite(citations, from: page)
    }

    /// "Mentioned on: [Timeline](…), [Lisbon](…)": the briefing's pages that link to an entity.
    func mentionedOn(_ key: String, from page: String, titles: [String: String]) -> String? {
        let pages = links.pages(mentioning: key)
        guard !pages.isEmpty else { return nil }
        return pages.map { MD.link(titles[$0] ?? $0, Routes.relative(from: page, to: $0)) }.joined(separator: ", ")
    }

    func actorLink(_ id: String, from page: String) -> String {
        let name = actorNames[id] ?? id
        return actorsWithPages.contains(id) ? MD.link(name, Routes.relative(from: page, to: Routes.actor(id))) : MD.escape(name)
    }

    /// A date as readers say it, at its granularity: "29 June 2012", "mid-June 2012", "week of 18 June 2012".
    func dateLabel(_ d: ResolvedDate) -> String {
        let month = MonthNames.english[d.start.month - 1]
        switch d.granularity {
        case .day: return "\(d.start.day) \(month) \(d.start.year)"
        case .week: return "week of \(d.start.day) \(month) \(d.start.year)"
        case .month: return "\(month) \(d.start.year)"
        case .partOfMonth:
            return (d.qualifier == "mid" ? "mid-" : (d.qualifier ?? "") + " ") + "\(month) \(d.start.year)"
        case .season: return "\(["SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"][String(d.value.suffix(2))] ?? "season") \(d.start.year)"
        case .half: return "\(d.value.hasSuffix("H1") ? "first" : "second") half of \(d.start.year)"
        case .quarter: return "\(["first", "second", "third", "fourth"][(d.start.month - 1) / 3]) quarter of \(d.start.year)"
        case .year: return (d.qualifier.map { $0 + " " } ?? "") + String(d.start.year)
        case .decade: return "the \(d.start.year)s"
        case .range: return "\(d.start.year)–\(d.end.year)"
        }
    }

    func markdownPage(_ route: String, _ kind: PageKind, _ title: String, _ lines: [String]) -> PageDraft {
        PageDraft(route: route, kind: kind, title: title, markdown: lines.joined(separator: "\n") + "\n", table: nil)
    }
}
