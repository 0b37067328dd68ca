import Analysis
import Corpus
import Support

/// What every page writer needs: the corpus and findings, lookups by id, and the citation format.
struct PageContext: Sendable {
    let corpus: ArticleSet
    let findings: Findings
    let config: BriefingConfig
    let articles: [ArticleID: Article]
    let actorNames: [ActorID: String]
    let actorsWithPages: Set<ActorID>
    let linker: EntityLinker
    /// How citations name each source: its outlet, with the date where the outlet has several
    /// articles, and the headline's first words where that still leaves two alike.
    let citedAs: [ArticleID: String]
    /// Lookups that keep every page linear in what it lists: people by name, what each speaker said,
    /// the disagreement over who said a quote, the events that share a disputed date.
    let personNamed: [String: Person]
    let quotesBy: [String: [Quote]]
    let statementsBy: [String: [AttributedStatement]]
    let conflictOverQuote: [String: Conflict]
    let eventsDisputing: [String: [Event]]

    init(corpus: ArticleSet, findings: Findings, config: BriefingConfig) {
        linker = EntityLinker(findings: findings, config: config)
        self.corpus = corpus
        self.findings = findings
        self.config = config
        articles = Dictionary(uniqueKeysWithValues: corpus.articles.map { ($0.id, $0) })
        actorNames = Dictionary(uniqueKeysWithValues: config.actors.map { ($0.id, $0.name) })
        actorsWithPages = Set(config.actors.filter(\.positions).map(\.id))
        citedAs = Self.distinctLabels(corpus.articles)
        personNamed = Dictionary(findings.people.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        quotesBy = Dictionary(grouping: findings.quotes.filter { $0.speaker != nil }, by: { $0.speaker! })
        statementsBy = Dictionary(grouping: findings.statements.filter { $0.speaker != nil }, by: { $0.speaker! })
        conflictOverQuote = Dictionary(findings.conflicts.compactMap { c in c.quote.map { ($0, c) } }, uniquingKeysWith: { a, _ in a })
        eventsDisputing = Dictionary(grouping: findings.events.filter { $0.conflict != nil }, by: { $0.conflict! })
    }

    /// A short label for a source: its outlet, else its title, else its file.
    static func shortLabel(_ a: Article) -> String { a.outlet.value ?? a.title.value ?? a.file }

    static func distinctLabels(_ articles: [Article]) -> [ArticleID: String] {
        let short = shortLabel
        func dated(_ a: Article) -> String { short(a) + ", " + (a.published.value.map { DateLabel.of($0.day) } ?? "undated") }
        let byOutlet = Dictionary(grouping: articles, by: short)
        let byDate = Dictionary(grouping: articles, by: dated)
        return Dictionary(uniqueKeysWithValues: articles.map { a in
            if byOutlet[short(a)]!.count == 1 { return (a.id, short(a)) }
            if byDate[dated(a)]!.count == 1 || a.title.value == nil { return (a.id, dated(a)) }
            let words = a.title.value!.split(separator: " ")
            return (a.id, dated(a) + ", “" + words.prefix(6).joined(separator: " ") + (words.count > 6 ? "…”" : "”"))
        })
    }

    func sourceLabel(_ id: ArticleID) -> String { articles[id].map(Self.shortLabel) ?? id.slug }

    /// "Outlet, ¶3", or "Outlet, 3 May 2031, ¶3" where the outlet has several articles: how a
    /// citation names its paragraph, as plain text.
    func citationLabel(_ c: Citation) -> String {
        "\(citedAs[c.source] ?? sourceLabel(c.source)), ¶\(c.paragraph.number)"
    }

    /// Citation links for a line, e.g. " — [Outlet, ¶3](sources/x.html#p3); [Other, ¶1](…) · reported by 2 sources";
    /// the count is left out where the citations are places, not corroboration. Past `mostCitations` the
    /// line says how many more there are (a wire story reprinted by hundreds of outlets); the export lists all.
    func cite(_ citations: [Citation], from page: String, counted: Bool = true) -> String {
        // Each paragraph counted once; only those shown are made links (a happening may have thousands).
        var paragraphs = Set<Citation.SourceParagraph>()
        var shown: [Citation] = []
        for c in citations where paragraphs.insert(c.sourceParagraph).inserted && shown.count < Self.mostCitations { shown.append(c) }
        guard !shown.isEmpty else { return "" }
        let sources = Set(citations.map(\.source)).count
        let corroboration = counted && sources > 1 ? " · reported by \(sources) sources" : ""
        let more = paragraphs.count > Self.mostCitations ? "; and \(paragraphs.count - Self.mostCitations) more" : ""
        return " — " + citationLinks(shown, from: page).map { MD.link($0.label, $0.href) }.joined(separator: "; ") + more + corroboration
    }

    /// The citations a line of a page shows; `data/briefing.json` has every one.
    static let mostCitations = 20

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
