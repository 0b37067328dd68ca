import Analysis
import Support

/// A thing a reader may search for, as plain values: what it is, its name, where it lives (from the
/// site root, with its anchor) and the text to search and quote.
public struct SearchEntry: Sendable, Equatable {
    public enum Kind: String, Sendable { case actor, person, issue, event, term, source, paragraph }

    public let kind: Kind
    public let title: String
    public let route: String
    public let text: String
}

extension PageContext {
    /// Entities first, then the sources' paragraphs, each in the briefing's order.
    func searchEntries() -> [SearchEntry] {
        var entries: [SearchEntry] = []
        for actor in findings.actors where actor.hasPage {
            entries.append(SearchEntry(kind: .actor, title: actor.name, route: Routes.actor(actor.id), text: ""))
        }
        for person in findings.people {
            let side = person.actor.flatMap { actorNames[$0] }
            entries.append(SearchEntry(kind: .person, title: person.name, route: Routes.person(person.id),
                                       text: [person.role, side].compactMap { $0 }.joined(separator: ", ")))
        }
        for issue in findings.issues {
            entries.append(SearchEntry(kind: .issue, title: issue.name, route: Routes.issue(issue.id),
                                       text: [issue.status, issue.summary?.text].compactMap { $0 }.joined(separator: " · ")))
        }
        for event in findings.events {
            entries.append(SearchEntry(kind: .event, title: DateLabel.of(event.date), route: Routes.event(event.id), text: event.summary))
        }
        for entry in findings.glossary {
            entries.append(SearchEntry(kind: .term, title: entry.term, route: Routes.term(entry.term), text: entry.expansion))
        }
        for article in corpus.articles {
            let name = article.title.value ?? article.file
            entries.append(SearchEntry(kind: .source, title: name, route: Routes.source(article.id),
                                       text: [article.outlet.value, article.byline.value].compactMap { $0 }.joined(separator: ", ")))
            let label = citedAs[article.id] ?? sourceLabel(article.id)
            for paragraph in article.paragraphs {
                entries.append(SearchEntry(kind: .paragraph, title: "\(label), ¶\(paragraph.id.number)",
                                           route: Routes.source(article.id) + "#" + paragraph.id.description, text: paragraph.text))
            }
        }
        return entries
    }
}
