import Corpus

/// An extractive summary: sentences scored by how many sources share their content words (centrality
/// without comparing every pair of sentences), the best taken in turn, a sentence that repeats a chosen
/// one adding its citation instead of a second item.
enum BackgroundSummary {
    static func select(_ sentences: [SentenceRef], limit: Int) -> [Statement] {
        var sourcesWithWord: [String: Set<Int>] = [:]
        let words = sentences.map { ContentWords.of($0.tokens) }
        for (s, w) in zip(sentences, words) {
            for word in w { sourcesWithWord[word, default: []].insert(s.articleIndex) }
        }
        let scored = sentences.indices
            .filter { words[$0].count >= 6 && !sentences[$0].citation.sentence.contains("\"") && !sentences[$0].citation.sentence.contains("“") }
            .map { i -> (Int, Double) in
                let total = words[i].reduce(0.0) { $0 + Double(sourcesWithWord[$1]!.count - 1) }
                return (i, total / Double(words[i].count).squareRoot())
            }
            .sorted { ($0.1, sentences[$1.0].citation) > ($1.1, sentences[$0.0].citation) }

        var chosen: [(words: Set<String>, statement: Statement)] = []
        for (i, _) in scored {
            if let k = chosen.firstIndex(where: { ContentWords.jaccard($0.words, words[i]) >= 0.5 }) {
                let existing = chosen[k].statement
                if !existing.citations.contains(where: { $0.source == sentences[i].citation.source }) {
                    chosen[k].statement = Statement(text: existing.text, citations: existing.citations + [sentences[i].citation])
                }
                continue
            }
            if chosen.contains(where: { ContentWords.jaccard($0.words, words[i]) >= 0.3 }) { continue }
            guard chosen.count < limit else { continue }
            chosen.append((words[i], Statement(text: sentences[i].citation.sentence, citations: [sentences[i].citation])))
        }
        return chosen.map(\.statement)
    }
}
