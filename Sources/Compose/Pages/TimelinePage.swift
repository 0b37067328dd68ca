import Analysis

extension PageContext {
    /// Every dated event, grouped by year and month, with its actors, citations and corroboration;
    /// disagreements between sources follow.
    func timelinePage() -> PageDraft {
        let page = Routes.timeline
        var md = ["# Timeline", ""]
        if findings.events.isEmpty { md.append("No dated events were found in the sources.") }
        var year = ""
        var month = ""
        for e in findings.events {
            let y = String(e.date.start.year)
            if y != year {
                md += ["", "## \(y)", ""]
                year = y
                month = ""
            }
            let m = e.date.granularity == .day || e.date.granularity == .week || e.date.granularity == .month
                ? "\(MonthNames.englishName(e.date.start.month)) \(y)" : ""
            if m != month, !m.isEmpty {
                md += ["", "### \(m)", ""]
                month = m
            }
            var line = "- **\(MD.escape(dateLabel(e.date)))\(e.planned ? " · planned" : "")** " + MD.escape(e.summary)
            if !e.actors.isEmpty { line += " *(" + e.actors.map { actorLink($0, from: page) }.joined(separator: ", ") + ")*" }
            md.append(line + cite(e.citations, from: page))
        }
        if !findings.conflicts.isEmpty {
            md += ["", "## Where the sources disagree", ""]
            for c in findings.conflicts {
                md.append("- " + MD.escape(c.topic))
                for claim in c.claims { md.append("  - " + MD.escape(claim.value) + cite(claim.citations, from: page)) }
            }
        }
        return markdownPage(page, .timeline, "Timeline", md)
    }
}

import Corpus

extension MonthNames {
    static func englishName(_ month: Int) -> String { english[month - 1] }
}
