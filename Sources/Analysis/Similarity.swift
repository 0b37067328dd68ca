import Corpus
import Support

/// Content words of a sentence, for comparing sentences and scoring their centrality.
enum ContentWords {
    static let stopwords = Set(RuleTable.words(PackageResources.stopwords_words))

    static func of(_ tokens: [Token]) -> Set<String> {
        Set(tokens.map(\.lower).filter { $0.count > 2 && !stopwords.contains($0) })
    }

    /// Shared words over the smaller set: high when one sentence says most of what the other says.
    static func overlap(_ a: Set<String>, _ b: Set<String>) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        return Double(a.intersection(b).count) / Double(min(a.count, b.count))
    }

    static func jaccard(_ a: Set<String>, _ b: Set<String>) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 0 }
        return Double(a.intersection(b).count) / Double(a.union(b).count)
    }
}
