import Corpus

/// Each actor's side of the story: what its people said (their quotes), what the sentences that
/// open on it say it did or said, and the other sentences that mention it.
enum PositionBuilder {
    static func build(_ actors: [ActorConfig], quotes: [Quote], sentences: [SentenceRef], index: NameIndex) -> [ActorFindings] {
        var leading: [String: [Citation]] = [:]
        var mentioned: [String: [Citation]] = [:]
        for s in sentences {
            for m in index.matches(in: s.tokens) {
                if m.tokenRange.lowerBound <= 1 {
                    if !(leading[m.id]?.contains(s.citation) ?? false) { leading[m.id, default: []].append(s.citation) }
                } else if !(mentioned[m.id]?.contains(s.citation) ?? false) {
                    mentioned[m.id, default: []].append(s.citation)
                }
            }
        }
        return actors.map { actor in
            let said = quotes.filter { $0.actor == actor.id }.map { Statement(text: "“\($0.text)”", citations: $0.citations) }
                .sorted { $0.citations.count > $1.citations.count }
            let did = (leading[actor.id] ?? []).map { Statement(text: $0.sentence, citations: [$0]) }
            let saidSentences = Set(said.flatMap(\.citations))
            let others = (mentioned[actor.id] ?? [])
                .filter { c in !did.contains { $0.citations[0] == c } && !saidSentences.contains(c) }
                .map { Statement(text: $0.sentence, citations: [$0]) }
            return ActorFindings(id: actor.id, name: actor.name, hasPage: actor.positions, said: said, did: did, mentions: others)
        }
    }
}
