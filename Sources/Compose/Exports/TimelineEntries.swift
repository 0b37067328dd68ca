import Analysis
import Support

extension PageContext {
    /// An event as the timeline exports show it: its dates, labels and citations as plain values.
    func timelineEntry(_ e: Event) -> TimelineEntry {
        let precision: TimelineEntry.Precision
        switch e.date.granularity {
        case .day: precision = .day
        case .week: precision = .week
        case .month, .partOfMonth, .season, .quarter, .half: precision = .month
        case .year, .decade, .range: precision = .year
        }
        return TimelineEntry(
            id: e.id, start: e.date.start, end: e.date.end, precision: precision,
            spansYears: e.date.granularity == .range || e.date.granularity == .decade,
            dateLabel: DateLabel.of(e.date), marks: marks(e), summary: e.summary,
            planned: e.planned, history: e.history, conflict: e.conflict,
            group: e.actors.first.map { actorNames[$0] ?? $0.slug },
            citations: citationLinks(e.citations, from: Routes.index), route: Routes.event(e.id))
    }
}
