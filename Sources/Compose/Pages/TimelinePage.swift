import Analysis
import Corpus
import Support

extension PageContext {
    /// Every dated event, grouped by year and month, at its real granularity, with its actors,
    /// citations and corroboration; planned and historical events marked; where sources put one
    /// happening on different dates, each date says so and links the other.
    func timelinePage() -> PageDraft {
        let page = Routes.timeline
        var links = PageLinks(self, page: page)
        var md = [""]
        if findings.events.isEmpty {
            md.append("No dated events were found in the sources.")
            return links.draft(.timeline, "Timeline", md)
        }
        let sources = Set(findings.events.flatMap { $0.citations.map(\.source) }).count
        let disputed = Set(findings.events.compactMap(\.conflict)).count
        md += ["[The events on a time axis, as a picture (SVG)](\(Routes.timelineChart))", ""]
        md += ["\(MD.count(findings.events.count, "event", "events")) from \(MD.count(sources, "source", "sources"))"
               + (disputed > 0 ? "; sources disagree on the date of \(disputed == 1 ? "one" : String(disputed))." : "."), ""]
        var year = ""
        var month = ""
        for e in findings.events {
            let y = e.date.granularity == .range ? DateLabel.of(e.date) : DateLabel.of(e.date.start, .year)
            if y != year {
                md += ["", "## \(y)", ""]
                year = y
                month = ""
            }
            let m = [.day, .week, .month, .partOfMonth].contains(e.date.granularity) ? DateLabel.of(e.date.start, .month) : ""
            if m != month, !m.isEmpty {
                md += ["", "### \(m)", ""]
                month = m
            }
            md.append(links.eventItem(e, anchored: true))
            if let conflict = e.conflict {
                let others = (eventsDisputing[conflict] ?? []).filter { $0.id != e.id }
                let dates = others.map { other in
                    MD.link(DateLabel.of(other.date), "#" + other.id) + " (" + sourceNames(other.citations) + ")"
                }
                md.append("  - **Sources disagree on the date:** " + sourceNames(e.citations) + " against " + dates.joined(separator: "; "))
            }
        }
        let speakers = findings.conflicts.filter { $0.quote != nil }
        if !speakers.isEmpty {
            md += ["", "## Other disagreements between sources", ""]
            for c in speakers {
                md.append("- " + MD.escape(c.topic))
                for claim in c.claims { md.append("  - " + MD.escape(claim.value) + cite(claim.citations, from: page)) }
            }
        }
        return links.draft(.timeline, "Timeline", md)
    }

    /// "· planned (as of 28 June)", "· history", "· disputed".
    func marks(_ e: Event) -> String {
        let asOf = e.reportedBy.map { " (as of " + DateLabel.of($0, .dayOfMonth) + ")" } ?? ""
        return (e.planned ? " · planned" + asOf : "") + (e.history ? " · history" : "") + (e.conflict != nil ? " · disputed" : "")
    }

    /// "Tarsk Morning Bell, Lirsa Daily": the outlets of some citations, each once.
    func sourceNames(_ citations: [Citation]) -> String {
        var seen = Set<String>()
        return citations.map { sourceLabel($0.source) }.filter { seen.insert($0).inserted }.map { MD.escape($0) }.joined(separator: ", ")
    }
}
