import Corpus

/// Each actor's side of the story: what its people said (their quotes and their reported speech),
/// what the sentences that open on it say it did, and the other sentences that mention it.
enum PositionBuilder {
    static let issueNouns = Set(RuleTable.words(PackageResources.issue_nouns_words))

    static func build(_ actors: [ActorConfig], quotes: [Quote], statements: [AttributedStatement], sentences: [SentenceRef],
                      index: NameIndex, issues: NameIndex) -> [ActorFindings] {
        let issueOf = IssueReference(sentences: sentences, issues: issues, nouns: issueNouns)
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
        let speech = Set(quotes.flatMap(\.citations) + statements.flatMap(\.citations))
        return actors.map { actor in
            let quoted = quotes.filter { $0.actor == actor.id }.map { Statement(text: "“\($0.text)”", citations: $0.citations) }
            let reported = statements.filter { $0.actor == actor.id }.map { Statement(text: $0.text, citations: $0.citations) }
            // The most widely reported first; among equals, quotes before reported speech, in corpus order.
            let said = (quoted + reported).enumerated().sorted { a, b in
                let ka = Set(a.element.citations.map(\.source)).count, kb = Set(b.element.citations.map(\.source)).count
                return ka != kb ? ka > kb : a.offset < b.offset
            }.map(\.element)
            let saidSentences = Set(said.flatMap(\.citations))
            // What it did: sentences that open on it, less anyone's words about it.
            let did = (leading[actor.id] ?? []).filter { !speech.contains($0) }.map { Statement(text: $0.sentence, citations: [$0]) }
            let others = (mentioned[actor.id] ?? [])
                .filter { c in !did.contains { $0.citations[0] == c } && !saidSentences.contains(c) }
                .map { Statement(text: $0.sentence, citations: [$0]) }
            // A quote of a few words says little alone: its line on an issue is then the whole sentence.
            let lines = quotes.filter { $0.actor == actor.id }.map { q in
                q.text.split(separator: " ").count >= 8 ? Statement(text: "“\(q.text)”", citations: q.citations)
                    : Statement(text: q.citations[0].sentence, citations: q.citations)
            } + said.filter { !$0.text.hasPrefix("“") } + did
            var onIssues: [String: Statement] = [:]
            for line in lines {
                for id in issueOf.issues(of: line.citations[0]) where onIssues[id] == nil { onIssues[id] = line }
            }
            return ActorFindings(id: actor.id, name: actor.name, hasPage: actor.positions, said: said, did: did, mentions: others,
                                 onIssues: onIssues)
        }
    }
}

/// Which issues a sentence speaks of: those it names, and the main issue of its article when it says
/// "the pact", "the agreement" … (`Rules/issue-nouns.words`). An article's main issue is the one it
/// names most, the first named on a tie.
struct IssueReference {
    private var named: [Citation: [String]] = [:]
    private var generic = Set<Citation>()
    private var mainIssue: [String: String] = [:]

    init(sentences: [SentenceRef], issues: NameIndex, nouns: Set<String>) {
        var counts: [String: [String: Int]] = [:]
        var firstSeen: [String: [String: Int]] = [:]
        for (n, s) in sentences.enumerated() {
            let ids = issues.ids(in: s.tokens)
            named[s.citation] = ids
            for id in ids {
                counts[s.citation.source, default: [:]][id, default: 0] += 1
                if firstSeen[s.citation.source]?[id] == nil { firstSeen[s.citation.source, default: [:]][id] = n }
            }
            let words = s.tokens.map(\.lower)
            if zip(words, words.dropFirst()).contains(where: { $0.0 == "the" && nouns.contains($0.1) }) { generic.insert(s.citation) }
        }
        for (source, byIssue) in counts {
            mainIssue[source] = byIssue.max { a, b in
                a.value != b.value ? a.value < b.value : firstSeen[source]![a.key]! > firstSeen[source]![b.key]!
            }?.key
        }
    }

    func issues(of c: Citation) -> [String] {
        var ids = named[c] ?? []
        if ids.isEmpty, generic.contains(c), let main = mainIssue[c.source] { ids.append(main) }
        return ids
    }
}
