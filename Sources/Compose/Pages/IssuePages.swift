import Analysis

extension PageContext {
    func issuesIndex() -> PageDraft {
        let page = Routes.issues
        var md = ["# Open issues", ""]
        for issue in findings.issues {
            md.append("## " + MD.link(issue.name, Routes.relative(from: page, to: Routes.issue(issue.id))))
            md.append("")
            md.append("Status: " + (issue.status.map { "**\(MD.escape($0))**" } ?? "not stated in the sources"))
            md.append("")
            if let summary = issue.summary { md += [MD.escape(summary.text) + cite(summary.citations, from: page), ""] }
        }
        if findings.issues.isEmpty { md.append("The configuration names no issues to track.") }
        return markdownPage(page, .issues, "Open issues", md)
    }

    func issuePage(_ issue: IssueFindings) -> PageDraft {
        let page = Routes.issue(issue.id)
        var md = ["# " + MD.escape(issue.name), "", "## What it is", ""]
        md.append(issue.summary.map { MD.escape($0.text) + cite($0.citations, from: page) } ?? "Not defined in the sources.")
        md += ["", "## Status", ""]
        md.append(issue.status.map { "**\(MD.escape($0))**, as of the newest source that says." } ?? "Not stated in the sources.")
        if !issue.statusEvidence.isEmpty {
            md += ["", "The evidence, newest source first:", ""]
            md += issue.statusEvidence.map { item($0.text, $0.citations, from: page) }
        }
        let mentioned = Set(issue.mentions.flatMap(\.citations))
        let events = findings.events.filter { !mentioned.isDisjoint(with: $0.citations) }
        md += ["", "## Its events", ""]
        md += events.isEmpty ? ["No dated events name it."] : events.map { eventItem($0, from: page) }
        md += ["", "## Mentions", ""]
        md += issue.mentions.isEmpty ? ["None."] : issue.mentions.map { item($0.text, $0.citations, from: page) }
        return markdownPage(page, .issue, issue.name, md)
    }
}
