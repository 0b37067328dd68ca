/// What stands between the words of a text: the punctuation that parts its phrases.
struct WordGaps {
    private let scalars: [Unicode.Scalar]
    private let tokens: [Token]

    /// With `limit`, the text is read only up to the start of word `limit`: the gaps before it.
    init(_ text: String, _ tokens: [Token], upTo limit: Int? = nil) {
        self.tokens = tokens
        scalars = limit.map { Array(text.unicodeScalars.prefix(tokens[min($0, tokens.count - 1)].offset)) } ?? Array(text.unicodeScalars)
    }

    /// The characters between the end of word `a` and the start of word `b`.
    func between(_ a: Int, _ b: Int) -> ArraySlice<Unicode.Scalar> {
        let from = min(scalars.count, tokens[a].end)
        return scalars[from..<max(from, min(scalars.count, tokens[b].offset))]
    }

    /// The characters after word `a`: up to the next word, or to the end of the text read.
    func after(_ a: Int) -> ArraySlice<Unicode.Scalar> {
        a + 1 < tokens.count ? between(a, a + 1) : scalars[min(scalars.count, tokens[a].end)...]
    }

    func comma(_ a: Int, _ b: Int) -> Bool { between(a, b).contains(",") }

    /// The words of `range` as the text writes them, with what stands between them.
    func written(_ range: Range<Int>) -> String {
        let from = min(tokens[range.lowerBound].offset, scalars.count), to = min(tokens[range.upperBound - 1].end, scalars.count)
        return String(String.UnicodeScalarView(scalars[from..<to]))
    }
}
