import Corpus
import Support

/// Each actor's side of the story: what its people said (their quotes and their reported speech),
/// what the sentences that open on it say it did, and the other sentences that mention it.
enum PositionBuilder {
    /// The actors a sentence names, each once however often named there: leading when it opens the sentence.
    struct SentenceActors: Sendable {
        let citation: Citation
        let leading: [ActorID]
        let named: [ActorID]
    }

    /// The sentences of an article that name actors, in order: read with the article's other findings,
    /// on every core and kept between builds, so that the positions join only what each article found.
    static func actors(in sentences: [SentenceRef], index: NameIndex<ActorID>) -> [SentenceActors] {
        sentences.compactMap { s in
            var leads: [ActorID] = [], named: [ActorID] = []
            for m in index.matches(in: s.tokens) {
                if m.tokenRange.lowerBound <= 1 {
                    if !leads.contains(m.id) { leads.append(m.id) }
                } else if !named.contains(m.id) {
                    named.append(m.id)
                }
            }
            return leads.isEmpty && named.isEmpty ? nil : SentenceActors(citation: s.citation, leading: leads, named: named)
        }
    }

    static func build(_ actors: [ActorConfig], quotes: [Quote], statements: [AttributedStatement], named: [SentenceActors],
                      issueOf: IssueReference) -> [ActorFindings] {
        var leading: [ActorID: [Citation]] = [:]
        var mentioned: [ActorID: [Citation]] = [:]
        for s in named {
            for id in s.leading { leading[id, default: []].append(s.citation) }
            for id in s.named { mentioned[id, default: []].append(s.citation) }
        }
        let speech = Set(quotes.flatMap(\.citations) + statements.flatMap(\.citations))
        return actors.map { actor in
            let quoted = quotes.filter { $0.actor == actor.id || $0.otherActors.contains(actor.id) }.map { Statement(text: "“\($0.text)”", citations: $0.citations) }
            let reported = Statement.merged(statements.filter { $0.actor == actor.id || $0.otherActors.contains(actor.id) }
                .map { Statement(text: $0.text, citations: $0.citations) })
            // The most widely reported first; among equals, quotes before reported speech, in corpus order.
            let said = (quoted + reported).enumerated().sorted { a, b in
                let ka = Set(a.element.citations.map(\.source)).count, kb = Set(b.element.citations.map(\.source)).count
                return ka != kb ? ka > kb : a.offset < b.offset
            }.map(\.element)
            let saidSentences = Set(said.flatMap(\.citations))
            // What it did: sentences that open on it, less anyone's words about it.
            let didSentences = (leading[actor.id] ?? []).filter { !speech.contains($0) }
            let did = Statement.lines(didSentences)
            let leads = Set(didSentences)
            let others = Statement.lines((mentioned[actor.id] ?? []).filter { c in !leads.contains(c) && !saidSentences.contains(c) })
            // A quote of a few words says little alone: its line on an issue is then the whole sentence.
            let lines = quotes.filter { $0.actor == actor.id }.map { q in
                Statement.isWhole(q.text) ? Statement(text: "“\(q.text)”", citations: q.citations)
                    : Statement(text: q.citations[0].sentence, citations: q.citations)
            } + said.filter { !$0.text.hasPrefix("“") } + did
            var onIssues: [IssueID: Statement] = [:]
            for line in lines {
                for id in issueOf.issues(of: line.citations[0]) where onIssues[id] == nil { onIssues[id] = line }
            }
            return ActorFindings(id: actor.id, name: actor.name, hasPage: actor.positions, said: said, did: did, mentions: others,
                                 onIssues: onIssues)
        }
    }
}
