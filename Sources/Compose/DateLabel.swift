import Analysis
import Support

/// Every date label of the site, made here: a resolved date at its granularity, and a day at the
/// precision a page or the chart asks for.
public enum DateLabel {
    /// How much of a day a label says.
    public enum Form: Sendable {
        /// "29 June 2012"
        case day
        /// "29 June"
        case dayOfMonth
        /// "June 2012"
        case month
        /// "2012"
        case year
        /// "29 Jun", for the chart's ticks.
        case shortDay
        /// "Jun 2012", for the chart's ticks.
        case shortMonth
    }

    public static func of(_ d: CalendarDay, _ form: Form = .day) -> String {
        let month = MonthNames.english[d.month - 1]
        switch form {
        case .day: return "\(d.day) \(month) \(d.year)"
        case .dayOfMonth: return "\(d.day) \(month)"
        case .month: return "\(month) \(d.year)"
        case .year: return String(d.year)
        case .shortDay: return "\(d.day) \(month.prefix(3))"
        case .shortMonth: return "\(month.prefix(3)) \(d.year)"
        }
    }

    /// A date as readers say it, at its granularity: "29 June 2012", "mid-June 2012", "week of 18 June 2012".
    public static func of(_ d: ResolvedDate) -> String {
        switch d.granularity {
        case .day: return of(d.start)
        case .week: return "week of " + of(d.start)
        case .month: return of(d.start, .month)
        case .partOfMonth: return (d.qualifier == "mid" ? "mid-" : (d.qualifier ?? "") + " ") + of(d.start, .month)
        case .season: return "\(["SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"][String(d.value.suffix(2))] ?? "season") \(d.start.year)"
        case .half: return "\(d.value.hasSuffix("H1") ? "first" : "second") half of \(d.start.year)"
        case .quarter: return "\(["first", "second", "third", "fourth"][(d.start.month - 1) / 3]) quarter of \(d.start.year)"
        case .year: return (d.qualifier.map { $0 + " " } ?? "") + of(d.start, .year)
        case .decade: return "the \(d.start.year)s"
        case .range: return "\(d.start.year)–\(d.end.year)"
        }
    }
}
