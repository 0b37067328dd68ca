import Corpus

/// A quotation, attributed, with the sentences that carry it.
struct QuoteMention {
    let text: String
    let speaker: Speaker
    let citations: [Citation]
}

/// A statement in indirect speech ("Cho denied media speculation that …"): the sentence, attributed.
struct StatementMention {
    let text: String
    let speaker: Speaker
    let citation: Citation
}

/// Direct quotes in straight or curly quotation marks, read paragraph by paragraph so that a quote
/// may run over several sentences; attributed to the speaker beside a speech verb (`"…," X said`,
/// `said X, a ROLE`, `X said, "…"`, `X told reporters`, `according to X`), to the previous speaker
/// when the quote carries no attribution, and to a described speaker when no name is given. Quoted
/// fragments of fewer than three words are terms ("2+2"), not quotes. Sentences with a speech verb
/// and no quote are indirect statements of the speaker they name.
enum QuoteFinder {
    static let minimumWords = 3
    static let minimumStatementWords = 6

    static func find(in sentences: [SentenceRef], _ context: Attribution.Context) -> (quotes: [QuoteMention], statements: [StatementMention]) {
        var quotes: [QuoteMention] = []
        var statements: [StatementMention] = []
        var previous: Speaker?
        var start = 0
        while start < sentences.count {
            var end = start + 1
            while end < sentences.count, sentences[end].citation.paragraph == sentences[start].citation.paragraph { end += 1 }
            let paragraph = Array(sentences[start..<end])
            start = end

            let text = paragraph.map(\.citation.sentence).joined(separator: " ")
            var ranges: [Range<Int>] = []
            var offset = 0
            for s in paragraph {
                ranges.append(offset..<(offset + s.citation.sentence.count))
                offset += s.citation.sentence.count + 1
            }
            let spans = quoteSpans(text)
            // Speakers named outside the quotes, sentence by sentence.
            var speakers: [Speaker?] = []
            for (s, range) in zip(paragraph, ranges) {
                let outside = outsideText(s.citation.sentence, spans.map { $0.clamped(to: range).shifted(by: -range.lowerBound) })
                let who = Attribution.speaker(in: outside, context, previous: previous)
                speakers.append(who)
                if let who { previous = who }
                let quoted = spans.contains { $0.overlaps(range) }
                if !quoted, let who, s.tokens.count >= minimumStatementWords {
                    statements.append(StatementMention(text: s.citation.sentence, speaker: who, citation: s.citation))
                }
            }
            var last = previousBefore(paragraph: paragraph, quotes: quotes)
            for span in spans {
                let quote = cleanQuote(String(Array(text)[span]))
                let carriers = ranges.indices.filter { ranges[$0].overlaps(span) }
                // The speaker of the carrying sentences, else of the next sentence, else the last one heard.
                let named = carriers.compactMap { speakers[$0] }.first
                    ?? (carriers.last.map { $0 + 1 < speakers.count ? speakers[$0 + 1] : nil } ?? nil)
                guard let who = named ?? last else { continue }
                last = who
                guard quote.split(separator: " ").count >= minimumWords else { continue }
                quotes.append(QuoteMention(text: quote, speaker: who, citations: carriers.map { paragraph[$0].citation }))
            }
        }
        return (quotes, statements)
    }

    /// The speaker of the last quote in the paragraph before, for a quote paragraph with no attribution of its own.
    static func previousBefore(paragraph: [SentenceRef], quotes: [QuoteMention]) -> Speaker? {
        guard let lastQuote = quotes.last, let first = paragraph.first,
              lastQuote.citations.last?.source == first.citation.source else { return nil }
        return lastQuote.speaker
    }

    /// The quoted stretches of a text, as character ranges inside the marks; an unclosed quote runs to the end.
    static func quoteSpans(_ text: String) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var open: (at: Int, straight: Bool)?
        for (i, ch) in text.enumerated() {
            if let o = open {
                if (ch == "\"" && o.straight) || (ch == "”" && !o.straight) {
                    spans.append((o.at + 1)..<i)
                    open = nil
                }
            } else if ch == "\"" || ch == "“" {
                open = (i, ch == "\"")
            } else if ch == "”", spans.isEmpty, i > 0 {
                // A closing mark with no opening: the quote began in the sentence before the text.
                spans.append(0..<i)
            }
        }
        if let o = open, o.at + 1 < text.count { spans.append((o.at + 1)..<text.count) }
        return spans.filter { !$0.isEmpty }
    }

    /// The text with its quoted stretches blanked out.
    static func outsideText(_ text: String, _ spans: [Range<Int>]) -> String {
        var chars = Array(text)
        for span in spans where !span.isEmpty {
            for i in span where i < chars.count { chars[i] = " " }
        }
        return String(chars.map { $0 == "\"" || $0 == "“" || $0 == "”" ? " " : $0 })
    }

    static func cleanQuote(_ span: String) -> String {
        span.trimmed.trimmingCharacters(in: ",")
    }
}

extension Range where Bound == Int {
    func shifted(by delta: Int) -> Range<Int> { (lowerBound + delta)..<(upperBound + delta) }
}
