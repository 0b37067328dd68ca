import Analysis
import Corpus
import Support

/// What every page writer needs: the corpus and findings, lookups by id, and the citation format.
struct PageContext {
    let corpus: ArticleSet
    let findings: Findings
    let config: BriefingConfig
    let articles: [ArticleID: Article]
    let actorNames: [ActorID: String]
    let actorsWithPages: Set<ActorID>
    let linker: EntityLinker

    init(corpus: ArticleSet, findings: Findings, config: BriefingConfig) {
        linker = EntityLinker(findings: findings, config: config)
        self.corpus = corpus
        self.findings = findings
        self.config = config
        articles = Dictionary(uniqueKeysWithValues: corpus.articles.map { ($0.id, $0) })
        actorNames = Dictionary(uniqueKeysWithValues: config.actors.map { ($0.id, $0.name) })
        actorsWithPages = Set(config.actors.filter(\.positions).map(\.id))
    }

    /// A short label for a source: its outlet, else its title, else its file.
    func sourceLabel(_ id: ArticleID) -> String {
        guard let a = articles[id] else { return id.slug }
        return a.outlet.value ?? a.title.value ?? a.file
    }

    /// "Outlet, ¶3": how a citation names its paragraph, as plain text.
    func citationLabel(_ c: Citation) -> String {
        "\(sourceLabel(c.source)), ¶\(c.paragraph.number)"
    }

    /// Citation links for a line, e.g. " — [Outlet, ¶3](sources/x.html#p3); [Other, ¶1](…) · reported by 2 sources";
    /// the count is left out where the citations are places, not corroboration.
    func cite(_ citations: [Citation], from page: String, counted: Bool = true) -> String {
        let links = citationLinks(citations, from: page).map { MD.link($0.label, $0.href) }
        guard !links.isEmpty else { return "" }
        let sources = Set(citations.map(\.source)).count
        let corroboration = counted && sources > 1 ? " · reported by \(sources) sources" : ""
        return " — " + links.joined(separator: "; ") + corroboration
    }

    /// Citation links as plain labels and relative hrefs, each paragraph once.
    func citationLinks(_ citations: [Citation], from page: String) -> [TextLink] {
        var seen = Set<Citation.SourceParagraph>()
        return citations.filter { seen.insert($0.sourceParagraph).inserted }.map { c in
            TextLink(label: citationLabel(c), href: Routes.relative(from: page, to: Routes.paragraph(c)))
        }
    }

    func actorLink(_ id: ActorID, from page: String) -> String {
        let name = actorNames[id] ?? id.slug
        return actorsWithPages.contains(id) ? MD.link(name, Routes.relative(from: page, to: Routes.actor(id))) : MD.escape(name)
    }
}
