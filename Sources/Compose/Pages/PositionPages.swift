import Analysis

extension PageContext {
    /// The overview, actors × issues: in each cell the actor's most telling line on the issue, cited,
    /// or an honest "not stated in the sources". The template draws it as a table; the Markdown lists it.
    func positionsIndex() -> PageDraft {
        let page = Routes.positions
        let actors = findings.actors.filter(\.hasPage)
        var links = PageLinks(self, page: page)
        var md = ["", "What each actor's officials said and did, issue by issue.", ""]
        for actor in actors {
            md += ["## " + actorLink(actor.id, from: page), ""]
            for issue in findings.issues {
                let cell = actor.onIssues[issue.id].map { links.linked($0.text) + cite($0.citations, from: page) } ?? "not stated in the sources"
                md.append("- " + MD.link(issue.name, Routes.relative(from: page, to: Routes.issue(issue.id))) + ": " + cell)
            }
            md.append("- " + MD.link("All of it", Routes.relative(from: page, to: Routes.actor(actor.id)))
                      + ": \(MD.count(actor.said.count, "thing", "things")) its people said, \(MD.count(actor.did.count, "thing", "things")) it did, "
                      + "\(MD.count(actor.mentions.count, "time", "times")) others spoke of it")
            md.append("")
        }
        var draft = links.draft(.positions, "Positions", md)
        guard !actors.isEmpty, !findings.issues.isEmpty else { return draft }
        draft.table = OverviewTable(
            caption: "Each actor on each issue: its most telling cited line",
            corner: "Actor",
            columns: findings.issues.map { TextLink(label: $0.name, href: Routes.relative(from: page, to: Routes.issue($0.id))) },
            rows: actors.map { actor in
                OverviewTable.Row(
                    header: TextLink(label: actor.name, href: Routes.relative(from: page, to: Routes.actor(actor.id))),
                    cells: findings.issues.map { issue in
                        let line = actor.onIssues[issue.id]
                        return OverviewTable.Cell(text: line?.text, citations: line.map { Array(citationLinks($0.citations, from: page).prefix(Self.mostCitations)) } ?? [])
                    })
            })
        return draft
    }

    func actorPage(_ actor: ActorFindings) -> PageDraft {
        let page = Routes.actor(actor.id)
        var links = PageLinks(self, page: page)
        var md = [""]
        let quotes = findings.quotes(of: actor.id)
        let reported = findings.statements.filter { $0.actor == actor.id }
        md += ["## What its officials said", ""]
        if quotes.isEmpty && reported.isEmpty { md.append("Not stated in the sources.") }
        for q in quotes {
            md.append("> “" + links.linked(q.text) + "”")
            md.append(">")
            md.append("> — " + speakerLabel(name: q.speaker, role: q.speakerRole, from: page) + cite(q.citations, from: page))
            if let differ = speakerDisagreement(q, from: page) { md += [">", "> " + differ] }
            md.append("")
        }
        if !reported.isEmpty {
            md += ["In reported speech:", ""]
            md += reported.map { "- " + speakerLabel(name: $0.speaker, role: $0.speakerRole, from: page) + ": " + links.linked($0.text) + cite($0.citations, from: page) }
        }
        md += ["", "## What it did", ""]
        md += actor.did.isEmpty ? ["Not stated in the sources."] : actor.did.map { links.item($0.text, $0.citations) }
        let events = findings.events.filter { $0.actors.contains(actor.id) }
        md += ["", "## Its events", ""]
        md += events.isEmpty ? ["No dated events."] : events.map { links.eventItem($0) }
        md += ["", "## What others say about it", ""]
        md += actor.mentions.isEmpty ? ["Nothing."] : actor.mentions.map { links.item($0.text, $0.citations) }
        let people = findings.people.filter { $0.actor == actor.id }
        if !people.isEmpty {
            md += ["", "## Its people", ""]
            md += people.map { "- " + MD.link($0.name, Routes.relative(from: page, to: Routes.person($0.id))) + ($0.role.map { ", " + MD.escape($0) } ?? "") }
        }
        return links.draft(.actor, actor.name, md.map(PageDraft.Line.text) + [.mentionedOn(entity: .actor(actor.id), lead: "\n## Mentioned on\n\n")])
    }

    /// "Sources differ on who said it: …" when outlets name different speakers for the same words. A
    /// line cannot be cut into pages: past `mostClaims` speakers it names those the most citations
    /// give, in their order, and counts the rest (`data/briefing.json` has every one).
    func speakerDisagreement(_ q: Quote, from page: String) -> String? {
        guard let conflict = conflictOverQuote[q.id] else { return nil }
        var claims = conflict.claims
        var rest = ""
        if claims.count > Self.mostClaims {
            let kept = Set(claims.indices.sorted { (claims[$0].citations.count, $1) > (claims[$1].citations.count, $0) }.prefix(Self.mostClaims))
            rest = "; and \(claims.count - Self.mostClaims) other speakers"
            claims = claims.indices.filter(kept.contains).map { claims[$0] }
        }
        return "*Sources differ on who said it:* " + claims.map { MD.escape($0.value) + cite($0.citations, from: page) }
            .joined(separator: "; ") + rest
    }

    /// The speakers a disagreement over who said a quote shows.
    static let mostClaims = 10

    /// A named speaker links to their entry on the people page; an unnamed one is their description.
    func speakerLabel(name: String?, role: String?, from page: String) -> String {
        if let name, let person = personNamed[name] {
            return MD.link(name, Routes.relative(from: page, to: Routes.person(person.id))) + (role.map { ", " + MD.escape($0) } ?? "")
        }
        return MD.escape(name ?? role ?? "unattributed")
    }
}
