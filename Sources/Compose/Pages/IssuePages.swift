import Analysis
import Corpus
import Support

extension PageContext {
    func issuesIndex() -> PageDraft {
        let page = Routes.issues
        var links = PageLinks(self, page: page)
        var md = [""]
        if findings.issues.isEmpty { md.append("No issues were configured or raised by the sources.") }
        for issue in findings.issues {
            md.append("## " + MD.link(issue.name, Routes.relative(from: page, to: Routes.issue(issue.id))))
            md.append("")
            md.append("Status: " + (issue.status.map { "**\(MD.escape($0))**" } ?? "not stated in the sources")
                      + (issue.openQuestions.isEmpty ? "" : " · " + MD.count(issue.openQuestions.count, "open question", "open questions"))
                      + (issue.raisedByCorpus ? " · raised by the sources" : ""))
            md.append("")
            if let summary = issue.summary { md += [links.linked(summary.text) + cite(summary.citations, from: page), ""] }
        }
        return links.draft(.issues, "Open issues", md)
    }

    /// An issue: what it is, its status with the evidence, the open questions, what each actor says
    /// of it, its events and its mentions.
    func issuePage(_ issue: IssueFindings) -> PageDraft {
        let page = Routes.issue(issue.id)
        var links = PageLinks(self, page: page)
        var md = [""]
        if issue.raisedByCorpus { md += ["*Raised by the sources themselves, beyond the issues this briefing set out to follow.*", ""] }
        md += ["## What it is", ""]
        md.append(issue.summary.map { links.linked($0.text) + cite($0.citations, from: page) } ?? "Not defined in the sources.")
        md += ["", "## Status", ""]
        md.append(issue.status.map { "**\(MD.escape($0))**, as of the newest source that says." } ?? "Not stated in the sources.")
        if !issue.statusEvidence.isEmpty {
            md += ["", "The evidence, newest source first:", ""]
            md += issue.statusEvidence.map { line in
                let day = line.date.map { " (" + DateLabel.of($0) + ")" } ?? ""
                return "- *\(MD.escape(line.status)):*\(day) " + links.linked(line.statement.text) + cite(line.statement.citations, from: page)
            }
        }
        md += ["", "## Open questions", ""]
        md += issue.openQuestions.isEmpty ? ["None raised in the sources."] : issue.openQuestions.map { links.item($0.text, $0.citations) }
        md += ["", "## Who says what", ""]
        let speaking = findings.actors.filter { issue.positions[$0.id] != nil }
        if speaking.isEmpty { md.append("No actor's statement names it.") }
        for actor in speaking {
            md += ["### " + actorLink(actor.id, from: page), ""]
            md += issue.positions[actor.id]!.prefix(5).map { links.item($0.text, $0.citations) }
            md.append("")
        }
        md += ["", "## Its events", ""]
        md += issue.events.isEmpty ? ["No dated events name it."] : issue.events.map { links.eventItem($0) }
        md += ["", "## Mentions", ""]
        md += issue.mentions.isEmpty ? ["None."] : issue.mentions.map { links.item($0.text, $0.citations) }
        return links.draft(.issue, issue.name, md.map(PageDraft.Line.text) + [.mentionedOn(entity: .issue(issue.id), lead: "\n## Mentioned on\n\n")])
    }
}
