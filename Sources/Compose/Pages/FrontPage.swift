import Analysis

extension PageContext {
    /// The front page: title, "as of", a lede from the background, the status of each issue, the
    /// latest events, one line per actor, the counts, and links into every section.
    func frontPage(asOf: String) -> PageDraft {
        let page = Routes.index
        var links = PageLinks(self, page: page)
        var md = ["", "*As of \(asOf), from \(MD.count(corpus.articles.count, "source", "sources")).*", ""]
        if !findings.brief.isEmpty {
            md += ["## In brief", ""]
            md += findings.brief.map { links.item($0.text, $0.citations) }
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
            md += latest.map { links.eventItem($0) }
            md += ["", "The whole " + MD.link("timeline", Routes.timeline) + ".", ""]
        }
        let cards = findings.actors.filter(\.hasPage)
        if !cards.isEmpty {
            md += ["## Positions", ""]
            for actor in cards {
                let line = actor.keyLine.map { ": " + links.linked($0.text) + cite($0.citations, from: page) } ?? ": not stated in the sources"
                md.append("- " + actorLink(actor.id, from: page) + line)
            }
            md.append("")
        }
        md += ["## The briefing", ""]
        md += [
            "- " + MD.link("Background", Routes.background) + ": \(MD.count(findings.background.count, "key point", "key points"))",
            "- " + MD.link("Timeline", Routes.timeline) + ": \(MD.count(findings.events.count, "event", "events"))",
            "- " + MD.link("Positions", Routes.positions) + ": \(MD.count(cards.count, "actor", "actors")), \(MD.count(findings.quotes.count, "quote", "quotes"))",
            "- " + MD.link("Open issues", Routes.issues) + ": \(MD.count(findings.issues.count, "issue", "issues"))",
            "- " + MD.link("People", Routes.people) + ": \(MD.count(findings.people.count, "person", "people"))",
            "- " + MD.link("Glossary", Routes.glossary) + ": \(MD.count(findings.glossary.count, "term", "terms"))",
            "- " + MD.link("Sources", Routes.sources) + ": \(MD.count(corpus.articles.count, "article", "articles")), \(MD.count(findings.conflicts.count, "disagreement", "disagreements")) between them",
        ]
        return links.draft(.index, config.title, md)
    }

    func backgroundPage() -> PageDraft {
        var links = PageLinks(self, page: Routes.background)
        var md = ["", "The sentences that best say what the story is, chosen across all sources.", ""]
        md += findings.background.map { links.item($0.text, $0.citations) }
        if findings.background.isEmpty { md.append("No background could be drawn from the sources.") }
        return links.draft(.background, "Background", md)
    }
}
