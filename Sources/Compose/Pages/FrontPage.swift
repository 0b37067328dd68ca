import Analysis

extension PageContext {
    /// The front page: title, "as of", a lede from the background, the status of each issue, the
    /// latest events, one line per actor, the counts, and links into every section.
    func frontPage(asOf: String) -> PageDraft {
        let page = Routes.index
        var md = ["# " + MD.escape(config.title), "", "*As of \(asOf), from \(corpus.articles.count) sources.*", ""]
        if !findings.background.isEmpty {
            md += ["## In brief", ""]
            md += findings.background.prefix(3).map { item($0.text, $0.citations, from: page) }
            md += ["", "More in the " + MD.link("background", Routes.background) + ".", ""]
        }
        if !findings.issues.isEmpty {
            md += ["## Open issues", ""]
            for issue in findings.issues {
                let status = issue.status.map { ": **\(MD.escape($0))**" } ?? ": status not stated in the sources"
                md.append("- " + MD.link(issue.name, Routes.issue(issue.id)) + status)
            }
            md.append("")
        }
        let latest = findings.events.suffix(5).reversed()
        if !latest.isEmpty {
            md += ["## Latest events", ""]
            md += latest.map { eventItem($0, from: page) }
            md += ["", "The whole " + MD.link("timeline", Routes.timeline) + ".", ""]
        }
        let cards = findings.actors.filter(\.hasPage)
        if !cards.isEmpty {
            md += ["## Positions", ""]
            for actor in cards {
                let line = keyLine(actor).map { ": " + links.linked($0.text, from: page) + cite($0.citations, from: page) } ?? ": not stated in the sources"
                md.append("- " + actorLink(actor.id, from: page) + line)
            }
            md.append("")
        }
        md += ["## The briefing", ""]
        md += [
            "- " + MD.link("Background", Routes.background) + ": \(findings.background.count) key points",
            "- " + MD.link("Timeline", Routes.timeline) + ": \(findings.events.count) events",
            "- " + MD.link("Positions", Routes.positions) + ": \(cards.count) actors, \(findings.quotes.count) quotes",
            "- " + MD.link("Open issues", Routes.issues) + ": \(findings.issues.count) issues",
            "- " + MD.link("People", Routes.people) + ": \(findings.people.count) people",
            "- " + MD.link("Glossary", Routes.glossary) + ": \(findings.glossary.count) terms",
            "- " + MD.link("Sources", Routes.sources) + ": \(corpus.articles.count) articles, \(findings.conflicts.count) disagreements between them",
        ]
        return markdownPage(page, .index, config.title, md)
    }

    /// An actor's most telling line: the most widely reported, a whole sentence before a fragment.
    func keyLine(_ actor: ActorFindings) -> Statement? {
        actor.statements.enumerated().max { a, b in
            let ka = (Set(a.element.citations.map(\.source)).count, a.element.text.split(separator: " ").count >= 8 ? 1 : 0, -a.offset)
            let kb = (Set(b.element.citations.map(\.source)).count, b.element.text.split(separator: " ").count >= 8 ? 1 : 0, -b.offset)
            return ka < kb
        }?.element
    }

    func backgroundPage() -> PageDraft {
        let page = Routes.background
        var md = ["# Background", "", "The sentences that best say what the story is, chosen across all sources.", ""]
        md += findings.background.map { item($0.text, $0.citations, from: page) }
        if findings.background.isEmpty { md.append("No background could be drawn from the sources.") }
        return markdownPage(page, .background, "Background", md)
    }
}
