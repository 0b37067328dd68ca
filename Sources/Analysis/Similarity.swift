import Corpus
import Support

/// Content words of a sentence, for comparing sentences and scoring their centrality.
enum ContentWords {
    static let stopwords = Set(RuleTable.words(PackageResources.stopwords_words))

    static func of(_ tokens: [Token]) -> Set<String> {
        Set(tokens.map(\.lower).filter { $0.count > 2 && !stopwords.contains($0) })
    }

    /// Shared words over the shorter list, of two sorted lists of distinct words (or of the words'
    /// numbers): high when one sentence says most of what the other says.
    static func overlap<Word: Comparable>(_ a: [Word], _ b: [Word]) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        return Double(sharedCount(a, b)) / Double(min(a.count, b.count))
    }

    /// Shared words over all words, of two sorted lists of distinct words (or of the words' numbers).
    static func jaccard<Word: Comparable>(_ a: [Word], _ b: [Word]) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 0 }
        let shared = sharedCount(a, b)
        return Double(shared) / Double(a.count + b.count - shared)
    }

    /// How many words two sorted lists of distinct words (or of the words' numbers) share, counted
    /// by one walk of both, with no set made and no word hashed.
    static func sharedCount<Word: Comparable>(_ a: [Word], _ b: [Word]) -> Int {
        var shared = 0
        forEachShared(a, b) { _ in shared += 1 }
        return shared
    }

    /// Each word two sorted lists of distinct words (or of the words' numbers) share, in order.
    @inline(__always)
    static func forEachShared<Word: Comparable>(_ a: [Word], _ b: [Word], _ body: (Word) -> Void) {
        var (i, j) = (0, 0)
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                body(a[i])
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
    }
}
