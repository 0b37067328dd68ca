import Corpus
import Support

/// An extractive summary: sentences scored by how many sources share their content words (centrality
/// without comparing every pair of sentences), the best taken in turn, a sentence that repeats a chosen
/// one adding its citation instead of a second item, and its words where its source is newer. The best
/// leads; the others follow in the order the sources published them.
enum BackgroundSummary {
    static func select(_ sentences: [SentenceRef], limit: Int) -> [Statement] {
        // Each content word is numbered once, so that sets of words are sorted numbers, compared by a
        // merge. A batch of sentences at a time on every core, the words are numbered within their batch;
        // then each batch's distinct words, not each of their uses, are numbered for the corpus.
        let batches = stride(from: 0, to: sentences.count, by: 4096).map { $0..<min($0 + 4096, sentences.count) }
        let read = ParallelMap.map(batches) { batch -> (words: [String], sets: [[Int32]]) in
            var local: [String: Int32] = [:]
            var words: [String] = []
            let sets = sentences[batch].map { s in
                ContentWords.of(s.tokens).map { word in
                    if let n = local[word] { return n }
                    local[word] = Int32(words.count)
                    words.append(word)
                    return Int32(words.count - 1)
                }
            }
            return (words, sets)
        }
        var number: [String: Int32] = [:]
        var words: [[Int32]] = []
        words.reserveCapacity(sentences.count)
        for batch in read {
            let numbers = batch.words.map { word in
                if let n = number[word] { return n }
                number[word] = Int32(number.count)
                return Int32(number.count - 1)
            }
            for set in batch.sets { words.append(set.map { numbers[Int($0)] }.sorted()) }
        }
        // How many sources use each word: once for each article's run of sentences.
        let runs = sentences.articleRuns
        var sourcesWithWord = [Int](repeating: 0, count: number.count)
        var lastRun = [Int](repeating: -1, count: number.count)
        for (r, run) in runs.enumerated() {
            for i in run {
                for word in words[i] where lastRun[Int(word)] != r {
                    lastRun[Int(word)] = r
                    sourcesWithWord[Int(word)] += 1
                }
            }
        }
        // Newer sources weigh up to half as much again: a briefing says first where the story stands now.
        let days = sentences.compactMap { $0.dct?.daysSince1970 }
        let (oldest, newest) = (days.min() ?? 0, days.max() ?? 0)
        func recency(_ s: SentenceRef) -> Double {
            guard let d = s.dct?.daysSince1970, newest > oldest else { return 1 }
            return 1 + 0.5 * Double(d - oldest) / Double(newest - oldest)
        }
        // Sentences of the same score in the order of their citations: their articles' places among the
        // sorted ids, then their own, without comparing the ids of every pair.
        let first = runs.map { sentences[$0.lowerBound] }
        var rank = [Int](repeating: 0, count: (first.map(\.articleIndex).max() ?? 0) + 1)
        for (place, s) in first.sorted(by: { $0.citation.source < $1.citation.source }).enumerated() { rank[s.articleIndex] = place }
        func before(_ i: Int, _ j: Int) -> Bool {
            let (a, b) = (sentences[i].articleIndex, sentences[j].articleIndex)
            return a != b ? rank[a] < rank[b] : sentences[i].citation.sentenceID < sentences[j].citation.sentenceID
        }
        let scored = sentences.indices
            .filter { words[$0].count >= 6 && !QuoteFinder.opensAQuote(sentences[$0].citation.sentence) && endsLikeASentence(sentences[$0].citation.sentence) }
            .map { i -> (Int, Double) in
                let total = words[i].reduce(0.0) { $0 + Double(sourcesWithWord[Int($1)] - 1) }
                return (i, recency(sentences[i]) * total / Double(words[i].count).squareRoot())
            }
            .sorted { a, b in a.1 != b.1 ? a.1 > b.1 : before(a.0, b.0) }

        var chosen: [(words: [Int32], citations: [Citation], sources: Set<ArticleID>, sentence: SentenceRef)] = []
        for (i, _) in scored {
            if let k = chosen.firstIndex(where: { ContentWords.jaccard($0.words, words[i]) >= 0.5 }) {
                if chosen[k].sources.insert(sentences[i].citation.source).inserted {
                    chosen[k].citations.append(sentences[i].citation)
                    // A newer source's telling of the same matter replaces an older one's: the briefing says
                    // where things stand as of its newest sources ("will be signed" gives way to "was signed").
                    // Its citation then leads, so that the first link shows the words the item gives.
                    if let newer = sentences[i].dct, newer > (chosen[k].sentence.dct ?? .distantPast) {
                        chosen[k].sentence = sentences[i]
                        chosen[k].citations.insert(chosen[k].citations.removeLast(), at: 0)
                    }
                }
                continue
            }
            if chosen.contains(where: { ContentWords.jaccard($0.words, words[i]) >= 0.3 }) { continue }
            guard chosen.count < limit else { continue }
            chosen.append((words[i], [sentences[i].citation], [sentences[i].citation.source], sentences[i]))
        }
        // The most central item says what the story is; the rest follow in the order the sources told them.
        guard let lead = chosen.first else { return [] }
        let rest = chosen.dropFirst().sorted { ($0.sentence.dct ?? .distantPast, $0.sentence.citation) < ($1.sentence.dct ?? .distantPast, $1.sentence.citation) }
        return ([lead] + rest).map { Statement(text: $0.sentence.citation.sentence, citations: $0.citations) }
    }

    /// Background is told in sentences: a line that ends without a full stop, a question or an exclamation
    /// mark (a list item, a label, a teaser) is not one.
    static func endsLikeASentence(_ text: String) -> Bool {
        var s = Substring(text)
        while let last = s.last, "\"”’')]".contains(last) { s = s.dropLast() }
        return s.last.map { ".!?…".contains($0) } ?? false
    }

    /// The first background points that still hold as of the newest source. A point that looked ahead
    /// to a time already past by then ("by the end of the month", written in May of a story now in
    /// June) has been overtaken: the newer sources say what came of it.
    static func brief(_ background: [Statement], published: [ArticleID: CalendarDay], asOf: CalendarDay?, count: Int = 3) -> [Statement] {
        guard let asOf else { return Array(background.prefix(count)) }
        let current = background.filter { point in
            guard let written = point.citations.compactMap({ published[$0.source] }).max(), written < asOf else { return true }
            return !DateFinder.find(in: point.text, dct: written).contains { e in
                guard e.kind == .date, let date = e.date else { return false }
                return date.end > written && date.end < asOf
            }
        }
        return Array(current.prefix(count))
    }
}
