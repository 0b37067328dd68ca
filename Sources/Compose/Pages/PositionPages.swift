import Analysis

extension PageContext {
    /// The overview: each actor with, for every issue, the first of its statements that names the
    /// issue, or an honest "not stated in the sources".
    func positionsIndex() -> PageDraft {
        let page = Routes.positions
        var md = ["# Positions", "", "What each actor's officials said and did, issue by issue.", ""]
        for actor in findings.actors where actor.hasPage {
            md.append("## " + actorLink(actor.id, from: page))
            md.append("")
            for issue in config.issues {
                let names = issue.aliases + [issue.name]
                let line = actor.statements.first { s in names.contains { s.text.contains($0) } }
                let cell = line.map { MD.escape($0.text) + cite($0.citations, from: page) } ?? "not stated in the sources"
                md.append("- " + MD.link(issue.name, Routes.relative(from: page, to: Routes.issue(issue.id))) + ": " + cell)
            }
            md.append("- \(actor.statements.count) statements, \(actor.mentions.count) mentions by others")
            md.append("")
        }
        return markdownPage(page, .positions, "Positions", md)
    }

    func actorPage(_ actor: ActorFindings) -> PageDraft {
        let page = Routes.actor(actor.id)
        var md = ["# " + MD.escape(actor.name), ""]
        let quotes = findings.quotes.filter { $0.actor == actor.id }
        md += ["## What its officials said", ""]
        if quotes.isEmpty { md.append("Not stated in the sources.") }
        for q in quotes {
            md.append("> “" + MD.escape(q.text) + "”")
            md.append(">")
            md.append("> — " + speakerLabel(q, from: page) + cite(q.citations, from: page))
            if let differ = speakerDisagreement(q, from: page) { md += [">", "> " + differ] }
            md.append("")
        }
        md += ["", "## What it said and did", ""]
        md += actor.did.isEmpty ? ["Not stated in the sources."] : actor.did.map { item($0.text, $0.citations, from: page) }
        let events = findings.events.filter { $0.actors.contains(actor.id) }
        md += ["", "## Its events", ""]
        md += events.isEmpty ? ["No dated events."] : events.map { eventItem($0, from: page) }
        md += ["", "## What others say about it", ""]
        md += actor.mentions.isEmpty ? ["Nothing."] : actor.mentions.map { item($0.text, $0.citations, from: page) }
        let people = findings.people.filter { $0.actor == actor.id }
        if !people.isEmpty {
            md += ["", "## Its people", ""]
            md += people.map { "- " + MD.link($0.name, Routes.relative(from: page, to: Routes.person($0.id))) + ($0.role.map { ", " + MD.escape($0) } ?? "") }
        }
        return markdownPage(page, .actor, actor.name, md)
    }

    /// "Sources differ on who said it: …" when outlets name different speakers for the same words.
    func speakerDisagreement(_ q: Quote, from page: String) -> String? {
        guard let conflict = findings.conflicts.first(where: { $0.quote == q.id }) else { return nil }
        return "*Sources differ on who said it:* " + conflict.claims.map { MD.escape($0.value) + cite($0.citations, from: page) }
            .joined(separator: "; ")
    }

    func speakerLabel(_ q: Quote, from page: String) -> String {
        if let name = q.speaker, let person = findings.people.first(where: { $0.name == name }) {
            return MD.link(name, Routes.relative(from: page, to: Routes.person(person.id))) + (q.speakerRole.map { ", " + MD.escape($0) } ?? "")
        }
        return MD.escape(q.speaker ?? q.speakerRole ?? "unattributed")
    }
}
