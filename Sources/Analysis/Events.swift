import Corpus

/// Dated happenings: a sentence with a date expression is an event on that date (the date of the
/// report itself, "said Thursday", only when the sentence has no other). Sentences on the same date
/// of which one says most of what the other says (by word stems) are one event with all their citations.
enum EventBuilder {
    struct Candidate {
        let date: ResolvedDate
        let planned: Bool
        let sentence: SentenceRef
        let words: Set<String>
        let actors: [String]
    }

    static func candidates(_ s: SentenceRef, actors: NameIndex) -> [Candidate] {
        let mentions = DateFinder.find(s.tokens, dct: s.dct)
        guard let chosen = mentions.first(where: { !$0.datesTheReport }) ?? mentions.first else { return [] }
        let planned = chosen.forward || (s.dct.map { chosen.date.start > $0 } ?? false)
        return [Candidate(date: chosen.date, planned: planned, sentence: s, words: ContentWords.stems(of: s.tokens),
                          actors: actors.ids(in: s.tokens))]
    }

    /// How much of the shorter sentence the longer must say for the two to report one event.
    static let sameEvent = 0.6

    static func merge(_ candidates: [Candidate]) -> [Event] {
        var groups: [[Candidate]] = []
        let byDate = Dictionary(grouping: candidates, by: \.date.value)
        for value in byDate.keys.sorted() {
            var dateGroups: [[Candidate]] = []
            for c in byDate[value]! {
                if let k = dateGroups.firstIndex(where: { g in g.contains { ContentWords.overlap($0.words, c.words) >= sameEvent } }) {
                    dateGroups[k].append(c)
                } else {
                    dateGroups.append([c])
                }
            }
            groups += dateGroups
        }
        let events = groups.map { group -> (ResolvedDate, Event) in
            let lead = group[0]
            var actors: [String] = []
            for c in group { for a in c.actors where !actors.contains(a) { actors.append(a) } }
            let date = lead.date
            return (date, Event(id: "", date: date, summary: lead.sentence.citation.sentence, actors: actors,
                                citations: group.map(\.sentence.citation).sorted(), planned: group.allSatisfy(\.planned)))
        }
        .sorted { ($0.0, $0.1.citations[0]) < ($1.0, $1.1.citations[0]) }
        return events.enumerated().map { i, pair in
            let e = pair.1
            return Event(id: "e\(i + 1)", date: e.date, summary: e.summary, actors: e.actors, citations: e.citations, planned: e.planned)
        }
    }
}
