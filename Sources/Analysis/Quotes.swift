import Corpus
import Support

/// A quotation, attributed, with the sentences that carry it.
struct QuoteMention {
    let text: String
    let speaker: Speaker
    let citations: [Citation]
}

/// A statement in indirect speech ("Ruiz denied reports that …"): the sentence, attributed.
struct StatementMention {
    let text: String
    let speaker: Speaker
    let citation: Citation
}

/// Direct quotes in straight or curly quotation marks, or in single marks where a paragraph has no
/// double ones (headlines, British style), read paragraph by paragraph so that a quote may run over
/// several sentences, and on into the next paragraph when that one opens with a quotation mark.
/// A quote is attributed to the speaker beside a speech verb in its sentences (`"…," X said`,
/// `said X, a ROLE`, `X said, "…"`, `X told reporters`, `according to X`, `X left, saying "…"`), else
/// in the sentence after, else to the last speaker of the same passage (an earlier sentence of the
/// paragraph, a colon's "X said:" or "X gave her view:", the paragraph before), never to someone merely
/// named in it; with none of these, it is a quotation of no speaker.
/// Quoted fragments of fewer than three words are terms or scare quotes ("3+1", a "landmark" deal),
/// unless their own sentence attributes them: two words then suffice ("X accused the board of "open
/// contempt""), and one only when it is an exclamation or question (""Deal!" tweeted X") or a whole
/// sentence of its own after a speaker's words (""We've won."" is theirs). One word a speaker gives
/// otherwise ("X called the toll "unlawful"") is no quotation: the sentence is that speaker's statement. A quote after "so-called" is a
/// term, whatever its length. Titles of works and names in title case ("a film called "The Long Winter"") are no
/// quotes. Sentences with a speech verb and no quote are indirect statements of the speaker they name.
enum QuoteFinder {
    /// Whether a text opens a quotation, with a straight or an opening curly double mark, or a right-hand
    /// one at the start of a word as the quote finder reads it (”We will reply.”): quoted words are a
    /// speaker's, not the reporter's.
    static func opensAQuote(_ text: String) -> Bool {
        if text.utf8.contains(UInt8(ascii: "\"")) || text.unicodeScalars.contains("\u{201C}") { return true }
        guard text.unicodeScalars.contains("\u{201D}") else { return false }
        let scalars = Array(text.unicodeScalars)
        return scalars.indices.contains { scalars[$0] == "\u{201D}" && openingPosition(scalars, $0) }
    }

    static let minimumWords = 3
    static let minimumAttributedWords = 2
    static let minimumStatementWords = 6
    /// At most how many words may follow a quote that opens its sentence for the person they open on to be its speaker.
    static let maximumTrailingWords = 16

    static func find(in sentences: [SentenceRef], _ context: Attribution.Context) -> (quotes: [QuoteMention], statements: [StatementMention]) {
        var quotes: [QuoteMention] = []
        var statements: [StatementMention] = []
        var heard = Attribution.Heard()
        let followsNamedActors = context.followsNamedActors
        // The paragraph before: its last speaker, and whether its last quote was left open.
        var before: (speaker: Speaker?, openQuote: Int?) = (nil, nil)
        // The speaker of the last quote left open, until a paragraph with quotes of its own: a closing
        // mark with no opening a few paragraphs on is theirs.
        var leftOpen: Speaker?
        // The person the paragraph before opened on, when it named no speaker ("Ana Ruiz thanked the crews."):
        // a paragraph that is all a quote and names no speaker is theirs.
        var openedBefore: Speaker?
        // A letter quoted whole and left open: its speaker, and where its sign-off starts.
        var letter: (speaker: Speaker, signOff: Int)?
        var start = 0
        while start < sentences.count {
            let end = paragraphEnd(from: start, in: sentences)
            let paragraph = Array(sentences[start..<end])
            let paragraphStart = start
            start = end
            let text = paragraph.map(\.citation.sentence).joined(separator: " ")
            if let open = letter, paragraphStart < open.signOff {
                quotes.append(QuoteMention(text: text, speaker: open.speaker, citations: paragraph.map(\.citation)))
                continue
            }
            letter = nil

            let spans = quoteSpans(text)
            // Character offsets are counted only where there are quotes to place: most paragraphs have none.
            var ranges: [Range<Int>] = []
            if !spans.isEmpty {
                var offset = 0
                for s in paragraph {
                    let length = characterCount(of: s.citation.sentence)
                    ranges.append(offset..<(offset + length))
                    offset += length + 1
                }
            }
            // A post embedded from a social network is its author's words, quotation marks or none.
            if spans.isEmpty, let post = EmbeddedPost(text), let who = Attribution.resolve(post.author, context, heard) {
                quotes.append(QuoteMention(text: post.words, speaker: who, citations: paragraph.map(\.citation)))
                heard.heard(who)
                before = (who, nil)
                continue
            }
            let characters = spans.isEmpty ? [] : Self.characters(of: text)
            // Speakers named outside the quotes, sentence by sentence, and where a later quote of a sentence has
            // another ("A woman yelled, “…,” to which Ana Ruiz said, “…”"): from that quote's offset on.
            var speakers: [Speaker?] = []
            var laterSpeakers: [Int: [(at: Int, who: Speaker)]] = [:]
            /// The named person each sentence opened on without being heard to speak.
            var openers: [Speaker?] = []
            var openedOn: Speaker?
            /// Who the paragraph's last sentence opens on when it ends on a colon and names no speaker: "The union
            /// released the following statement on Monday:" introduces the quotes of the paragraphs after it.
            var introduces: Speaker?
            // Spans and sentences are both in text order: one walk pairs them, however many there are.
            var firstSpan = 0
            for (k, s) in paragraph.enumerated() {
                var inside: [Range<Int>] = []
                if !spans.isEmpty {
                    let range = ranges[k]
                    while firstSpan < spans.count, spans[firstSpan].range.upperBound <= range.lowerBound { firstSpan += 1 }
                    inside = spans[firstSpan...].prefix { $0.range.lowerBound < range.upperBound }
                        .map { $0.range.clamped(to: range).shifted(by: -range.lowerBound) }
                }
                let outside = outsideText(s.citation.sentence, inside)
                // A sentence without quotes is its own outside text, already tokenized.
                let outsideTokens = outside == s.citation.sentence ? s.tokens : Tokenizer.tokens(outside)
                heard.noteBodies(s.citation.sentence, s.tokens, context)
                heard.noteBodyNames(s.citation.sentence, s.tokens, context)
                if followsNamedActors { heard.namedActors.formUnion(context.actors.ids(in: s.tokens)) }
                let quoted = inside.contains { !$0.isEmpty }
                // Where the first quote opens, as a scalar offset like the tokens'.
                let quoteAt = inside.first { !$0.isEmpty }.map { outside.prefix($0.lowerBound).unicodeScalars.count }
                let who = Attribution.speaker(in: outside, tokens: outsideTokens, context, heard, naming: quoted, quoteAt: quoteAt)
                    .map { heard.byName(heard.sided($0.written(in: outside, outsideTokens), in: outsideTokens), context) }
                if let first = who {
                    // "Berg welcoming “…” even as he warned that “…”": a pronoun at a later quote points back at the first speaker.
                    if inside.filter({ !$0.isEmpty }).count > 1 { heard.heard(first) }
                    for later in inside.filter({ !$0.isEmpty }).dropFirst() {
                        let at = outside.prefix(later.lowerBound).unicodeScalars.count
                        guard let other = Attribution.speaker(in: outside, tokens: outsideTokens, context, heard, naming: quoted, quoteAt: at)
                            .map({ heard.byName(heard.sided($0.written(in: outside, outsideTokens), in: outsideTokens), context) }), other != first else { continue }
                        laterSpeakers[k, default: []].append((later.lowerBound, other))
                    }
                }
                // "As the paper reported, Ruiz gave her view:" introduces her words without a speech verb.
                let introducer = who == nil && (outside.contains(": ") || outside.trimmed.hasSuffix(":"))
                    ? Attribution.introducer(in: outside, tokens: outsideTokens, context)?.written(in: outside, outsideTokens) : nil
                // A headline that opens on a name or a role before the words ("Velmar chief 'over the moon' with deal") is theirs.
                let headliner = who == nil && introducer == nil && paragraph.count == 1 && !BackgroundSummary.endsLikeASentence(s.citation.sentence)
                    ? quoteAt.flatMap { Attribution.headliner(outsideTokens, before: $0, context, heard)?.written(in: outside, outsideTokens) } : nil
                // "Tarsk has called for “…”", "Ana Ruiz is “very happy” with the deal": with no verb that says who
                // speaks, words quoted close after the person or body the sentence opens on are theirs.
                let subject = who == nil && introducer == nil && headliner == nil
                    ? quoteAt.flatMap { Attribution.closeSubject(outsideTokens, before: $0, context)?.written(in: outside, outsideTokens) } : nil
                // "“…,” General Ana Ruiz, the Tarskan chief, doubled down": a sentence that opens on its quote and goes on to
                // a named person opening its clause gives them the words, whatever verb follows.
                let trailing = who == nil && introducer == nil && headliner == nil && subject == nil && quoted
                    && outsideTokens.count <= maximumTrailingWords && quoteAt.map { q in outsideTokens.first.map { $0.offset >= q } ?? false } == true
                    ? Attribution.subject(of: outside, tokens: outsideTokens, context, heard).flatMap { $0.name != nil ? $0.written(in: outside, outsideTokens) : nil } : nil
                let named = who ?? introducer ?? headliner ?? subject ?? trailing
                speakers.append(named)
                // Who the sentence opens on, when it matters: it has no speaker (or only someone unnamed: "Lind is
                // accused of fraud" opens on Lind), or it tells of a writing sent.
                let sendsWriting = outsideTokens.contains { Attribution.documents.contains($0.lower) }
                let opener = named == nil || named == .unnamed || sendsWriting
                    ? Attribution.subject(of: outside, tokens: outsideTokens, context, heard)?.written(in: outside, outsideTokens) : nil
                if sendsWriting { heard.noteDocuments(outside, outsideTokens, sentBy: opener, context) }
                openers.append(named == nil && opener?.name != nil ? opener : nil)
                // So does one that announces a writing ("released the following statement from its chief, Ana Ruiz."), as its writer's.
                if k == paragraph.count - 1, named == nil || named == .unnamed {
                    let writing = Attribution.announcedWriting(outsideTokens)
                    if writing != nil || s.citation.sentence.unicodeScalars.last == ":" {
                        introduces = writing.flatMap { Attribution.writer(after: $0, in: outside, outsideTokens, context, heard) } ?? opener
                    }
                }
                if let who = named, who != .unnamed {
                    heard.heard(who)
                    // "Berg was irked by Ruiz's comments that “…”. “…,” he said": Berg is still the one the sentence opened on.
                    if who.remarked, let opener = Attribution.subject(of: outside, tokens: outsideTokens, context, heard)?.written(in: outside, outsideTokens) {
                        heard.opened(on: opener)
                    }
                } else if let opener {
                    heard.opened(on: opener)
                    if k == 0, opener.name != nil { openedOn = opener }
                }
                if !quoted, let who, s.tokens.count >= minimumStatementWords {
                    statements.append(StatementMention(text: s.citation.sentence, speaker: who, citation: s.citation))
                }
            }
            // For each sentence, the nearest one before it that names a speaker.
            var speakerBefore: [Int?] = []
            var latest: Int?
            for (k, who) in speakers.enumerated() {
                speakerBefore.append(latest)
                if who != nil { latest = k }
            }
            var last: (speaker: Speaker, sentence: Int)?
            var openQuote: Int?
            var firstCarrier = 0
            // The quote the last span made, where that span ends, the sentence it ends in, and its speaker.
            var lastMade: (quote: Int, end: Int, sentence: Int, who: Speaker)?
            /// The sentences whose speaker gives one quoted word only, and that speaker.
            var characterised: [(sentence: Int, who: Speaker)] = []
            let quotesBefore = quotes.count
            for (n, span) in spans.enumerated() {
                let previous = lastMade
                lastMade = nil
                let quote = cleanQuote(String(characters[span.range]))
                while firstCarrier < ranges.count, ranges[firstCarrier].upperBound <= span.range.lowerBound { firstCarrier += 1 }
                let carriers = Array((firstCarrier..<ranges.count).prefix { ranges[$0].lowerBound < span.range.upperBound }
                    .filter { ranges[$0].overlaps(span.range) })
                guard let first = carriers.first else { continue }
                let own = laterSpeakers[first]?.last(where: { $0.at <= span.range.lowerBound - ranges[first].lowerBound })?.who
                    ?? carriers.compactMap { speakers[$0] }.first
                let next = carriers.last.map { $0 + 1 < speakers.count ? speakers[$0 + 1] : nil } ?? nil
                // The next sentence's speaker says the quote only when that sentence is no more than its attribution
                // ("Ana Ruiz said so."); one with words of its own ("Others confirmed that the toll would rise.") leaves
                // the quote to the passage's speaker.
                let nextIsAttribution = carriers.last.map { $0 + 1 < paragraph.count && paragraph[$0 + 1].tokens.count <= 8 } ?? false
                // The last speaker of the passage: an earlier sentence of the paragraph or its last quote, else the paragraph before.
                let earlier = speakerBefore[first]
                let passage: Speaker? = {
                    if let last, last.sentence >= (earlier ?? -1) { return last.speaker }
                    if let earlier { return speakers[earlier] }
                    // "In an interview, Ana Ruiz was blunt. “…”": the person an earlier sentence of the paragraph opened on.
                    if let k = openers[..<first].lastIndex(where: { $0 != nil }) { return openers[k] }
                    guard n == 0, before.speaker == nil else { return before.speaker }
                    if span.range.lowerBound == 0, let leftOpen { return leftOpen }
                    // The whole paragraph a quote, after one that opened on a person.
                    let whole = spans.count == 1 && span.range.lowerBound <= 1 && span.range.upperBound >= characters.count - 2
                    return whole ? openedBefore : nil
                }()
                // A paragraph that opens a quote where the one before left its quote open goes on with it.
                if n == 0, own == nil, span.range.lowerBound <= 1, let open = before.openQuote, open == quotes.count - 1 {
                    let continued = quotes[open]
                    quotes[open] = QuoteMention(text: continued.text + " " + quote, speaker: continued.speaker,
                                                citations: continued.citations + carriers.map { paragraph[$0].citation })
                    last = (continued.speaker, carriers.last!)
                    if !span.closed { openQuote = open }
                    continue
                }
                let words = quote.split(separator: " ")
                // What the words before the quote make of it, in its own sentence.
                let opening = ranges[first].lowerBound
                let framing = framing(before: String(characters[opening..<max(opening, span.range.lowerBound - 1)]))
                guard let who = own ?? (nextIsAttribution || passage == nil ? next : nil) ?? passage else {
                    // Words quoted that no one is named for are still a quotation, of no speaker, when long enough to
                    // be a statement ("“No pages without fair wages!”" on the crews' signs); the passage keeps its speaker.
                    if words.count >= minimumWords, !isTitleOfAWork(words), framing != .term {
                        quotes.append(QuoteMention(text: quote, speaker: .unnamed, citations: carriers.map { paragraph[$0].citation }))
                    }
                    continue
                }
                // "“The treaty is not dead,” Feld said, “but it is not alive either.”": a quote that its attribution
                // interrupts in the same sentence and that goes on in lower case is one quote.
                if let made = previous, made.quote == quotes.count - 1, made.sentence == first, made.who == who, quote.first?.isLowercase == true,
                   case let gap = String(characters[made.end..<span.range.lowerBound]), case let between = Tokenizer.tokens(gap),
                   (1...6).contains(between.count), between.contains(where: Attribution.isSpeechVerb),
                   gap.last(where: { !$0.isWhitespace && !"\"“”‘’'".contains($0) }) == "," {
                    let joined = quotes[made.quote]
                    quotes[made.quote] = QuoteMention(text: joined.text + " " + quote, speaker: joined.speaker,
                                                      citations: joined.citations + carriers.map { paragraph[$0].citation }.filter { !joined.citations.contains($0) })
                    last = (who, carriers.last!)
                    lastMade = (made.quote, span.range.upperBound, carriers.last!, who)
                    if !span.closed { openQuote = made.quote }
                    continue
                }
                last = (who, carriers.last!)
                // A title of a work or a name ("The Long Winter", "Blue Line") is no statement.
                guard !isTitleOfAWork(words) else { continue }
                guard framing != .term else { continue }
                // A short quote between a determiner and a word of its phrase is a term before a noun, whatever
                // the sentence attributes: "ruled out the “fair comment” defence".
                if words.count < minimumWords, runsOn(span, characters), let next = wordAfter(span, characters),
                   !Attribution.speechVerbs.contains(next),
                   let before = Tokenizer.tokens(String(characters[opening..<max(opening, span.range.lowerBound - 1)])).last,
                   StatusReader.determiners.contains(before.lower) { continue }
                let attributed = own != nil
                guard words.count >= minimumWords || (attributed && words.count >= minimumAttributedWords)
                    || attributed && isExclamation(span, characters)
                    || carriers.count == 1 && isSentenceOfItsOwn(quote, span, in: ranges[first], characters) else {
                    // "Ruiz called the toll “unlawful”": one word a speaker gives is no quotation, and the sentence is
                    // what they said.
                    if attributed, carriers.count == 1 { characterised.append((first, who)) }
                    continue
                }
                quotes.append(QuoteMention(text: quote, speaker: Attribution.voice(of: who, saying: quote, context),
                                           citations: carriers.map { paragraph[$0].citation }))
                lastMade = (quotes.count - 1, span.range.upperBound, carriers.last!, who)
                if !span.closed {
                    openQuote = quotes.count - 1
                    if opensALetter(quote), let signOff = signOff(after: end, in: sentences) { letter = (quotes[quotes.count - 1].speaker, signOff) }
                }
            }
            // A line of a few words that ends no sentence (a name over the quote that follows, a caption)
            // does not part a passage from its speaker.
            let label = spans.isEmpty && paragraph.count == 1 && paragraph[0].tokens.count <= 5
                && !".!?:".unicodeScalars.contains(paragraph[0].citation.sentence.unicodeScalars.last ?? " ")
            guard !label else { continue }
            before = (last?.speaker ?? speakers.last(where: { $0 != nil }) ?? introduces, openQuote)
            let cited = Set(quotes[quotesBefore...].flatMap(\.citations))
            for (k, who) in characterised where !cited.contains(paragraph[k].citation) && paragraph[k].tokens.count >= minimumStatementWords
                && !statements.contains(where: { $0.citation == paragraph[k].citation }) {
                statements.append(StatementMention(text: paragraph[k].citation.sentence, speaker: who, citation: paragraph[k].citation))
            }
            openedBefore = speakers.allSatisfy({ $0 == nil }) ? openedOn : nil
            if let openQuote { leftOpen = quotes[openQuote].speaker } else if !spans.isEmpty { leftOpen = nil }
        }
        return (quotes, statements)
    }

    static let salutations = RuleTable.sets(PackageResources.small_words_rules)["salutation"]!

    /// Whether quoted words open a letter: a salutation and at most three words, then a comma ("Dear Members,").
    static func opensALetter(_ quote: String) -> Bool {
        let tokens = Tokenizer.tokens(String(quote.prefix(80)))
        guard tokens.count >= 2, salutations.contains(tokens[0].lower), let comma = quote.firstIndex(of: ",") else { return false }
        return Tokenizer.tokens(String(quote[..<comma])).count <= 4
    }

    /// The first sentence of a letter's sign-off ("Yours sincerely,"), a line of a few words ending in a
    /// comma, when one comes within a dozen paragraphs after sentence `from` and no quotation mark
    /// comes before it: the paragraphs between are the letter's, though the copy left them unmarked.
    static func signOff(after from: Int, in sentences: [SentenceRef]) -> Int? {
        var k = from
        var paragraphs = 0
        while k < sentences.count, paragraphs < 12 {
            let end = paragraphEnd(from: k, in: sentences)
            let line = sentences[k].citation.sentence
            if end == k + 1, sentences[k].tokens.count <= 4, line.trimmed.hasSuffix(",") { return paragraphs > 0 ? k : nil }
            if sentences[k..<end].contains(where: { hasMark($0.citation.sentence, doubleOnly: true) }) { return nil }
            k = end
            paragraphs += 1
        }
        return nil
    }

    /// Where the paragraph of sentence `start` ends: the index of the next paragraph's first sentence.
    static func paragraphEnd(from start: Int, in sentences: [SentenceRef]) -> Int {
        var end = start + 1
        while end < sentences.count, sentences[end].citation.paragraph == sentences[start].citation.paragraph { end += 1 }
        return end
    }

    /// What the words before a quote in its sentence make of it.
    enum Framing {
        /// What a naming verb names: "called the toll “unlawful”", "what she called the “blue screen”".
        case named
        /// A term, no one's statement: "the so-called “river share”".
        case term
        case other
    }

    /// The framing of a quote from the text of its sentence before its opening mark. A naming verb
    /// frames the quote when no more than twelve words and no punctuation part them, so that the thing
    /// named may be a long phrase ("called the share held by the town “startling”").
    static func framing(before text: String) -> Framing {
        let tokens = Tokenizer.tokens(text)
        guard let last = tokens.last else { return .other }
        if last.hyphenated, tokens.count > 1, Attribution.termMarkers.contains(tokens[tokens.count - 2].lower + "-" + last.lower) { return .term }
        let gaps = WordGaps(text, tokens)
        func parts(_ gap: ArraySlice<Unicode.Scalar>) -> Bool { gap.contains { ",;:.!?".unicodeScalars.contains($0) } }
        if parts(gaps.after(tokens.count - 1)) { return .other }
        // "accused Tarsk of “blackmail”": the charge a speech verb names after "of".
        if last.lower == "of", tokens.count > 2, tokens[..<(tokens.count - 1)].suffix(4).contains(where: { Attribution.chargingVerbs.contains($0.lower) }) {
            return .named
        }
        // "said the talks were “positive”": what a speech verb's clause says something is; so is what a clause of what
        // was said, opened by "that", says ("said in a statement on Thursday that the ruling granting the request was “wrong”").
        if Attribution.copulas.contains(last.lower) {
            for (n, k) in tokens.indices.reversed().dropFirst().prefix(20).enumerated() {
                if parts(gaps.after(k)) { break }
                if n < 5, Attribution.isSpeechVerb(tokens[k]) { return .named }
                if tokens[k].lower == "that", tokens[..<k].indices.reversed().prefix(10).prefix(while: { !parts(gaps.after($0)) })
                    .contains(where: { Attribution.isSpeechVerb(tokens[$0]) }) { return .named }
            }
        }
        for k in tokens.indices.reversed().prefix(12) {
            if Attribution.isNamingVerb(tokens[k]) {
                let next = k + 1 < tokens.count ? tokens[k + 1].lower : ""
                return Attribution.namingParticles.contains(next) ? .other : .named
            }
            if k > 0, parts(gaps.between(k - 1, k)) { break }
        }
        return .other
    }

    /// Whether the words after a quote's closing mark run on into a word of its phrase: the quote is then a
    /// word before a noun ("welcomed the “historic” deal"), not what a naming verb names ("called it
    /// “historic” on Monday").
    static func runsOn(_ span: Span, _ characters: [Character]) -> Bool {
        // A quote that ends its sentence runs on into none: "making a “big mistake.” However, …".
        if span.range.upperBound > span.range.lowerBound, ".!?".contains(characters[span.range.upperBound - 1]) { return false }
        return wordAfter(span, characters).map { !ContentWords.stopwords.contains($0) } ?? false
    }

    /// The word right after a quote's closing mark and a space, in lower case.
    static func wordAfter(_ span: Span, _ characters: [Character]) -> String? {
        let after = characters[min(characters.count, span.range.upperBound + 1)...]
        guard after.first == " " else { return nil }
        let word = String(after.dropFirst().prefix(while: \.isLetter)).lowercased()
        return word.isEmpty ? nil : word
    }

    /// Whether a quote is a whole sentence, the only words of its own: "“We've won.”" after a speaker's quote
    /// is theirs, however short.
    static func isSentenceOfItsOwn(_ quote: String, _ span: Span, in sentence: Range<Int>, _ characters: [Character]) -> Bool {
        guard quote.first?.isUppercase == true, let end = quote.last, ".!?".contains(end),
              characters[sentence.lowerBound..<max(sentence.lowerBound, span.range.lowerBound)].allSatisfy({ !$0.isLetter && !$0.isNumber }) else { return false }
        return characters[min(span.range.upperBound, sentence.upperBound)..<sentence.upperBound].allSatisfy { !$0.isLetter && !$0.isNumber }
    }

    /// Whether a quote is an exclamation or a question, ending on "!" or "?" of its own or right after it
    /// ("“Deal!” tweeted Ruiz"), all of what was said.
    static func isExclamation(_ span: Span, _ characters: [Character]) -> Bool {
        let end = span.range.upperBound
        if let last = characters[span.range].last(where: { !$0.isWhitespace }), "!?".contains(last) { return true }
        return end + 1 < characters.count && "!?".contains(characters[end + 1])
    }

    /// Words that open one outlet's copy of a quotation and not another's (`lead` in `Rules/small-words.rules`).
    static let leadWords = RuleTable.sets(PackageResources.small_words_rules)["lead"]!

    /// The words that say whether two quotations are the same: letters and digits, in lower case, without
    /// the lead words before the first of them.
    static func wording(_ quote: String) -> String {
        let lowered = quote.lowercased()
        // Split as scalars where each is a character of its own: the same words, many times cheaper.
        let words: [Substring] = lowered.scalarsAreCharacters
            ? lowered.unicodeScalars.split { !isWordScalar($0) }.map(Substring.init)
            : lowered.split { !($0.isLetter || $0.isNumber) }
        return words.drop { leadWords.contains(String($0)) }.joined(separator: " ")
    }

    /// A letter or a digit, as the character of the one scalar is.
    private static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? (65...90).contains(s.value) || (97...122).contains(s.value) || (48...57).contains(s.value)
            : Character(s).isLetter || Character(s).isNumber
    }

    /// Small words of a title (`title` in `Rules/small-words.rules`).
    static let smallTitleWords = RuleTable.sets(PackageResources.small_words_rules)["title"]!

    /// Whether quoted words are a title or a name: up to eight words, every one but small words
    /// capitalised, none ending a sentence ("The Long Winter of Alda").
    static func isTitleOfAWork(_ words: [Substring]) -> Bool {
        guard words.count <= 8, let last = words.last, !".!?".contains(last.last ?? " ") else { return false }
        return words.enumerated().allSatisfy { i, w in
            (w.first?.isUppercase ?? false) || (i > 0 && smallTitleWords.contains(w.lowercased()))
        }
    }

    /// A quoted stretch of a paragraph, inside its marks, and whether its closing mark was found.
    struct Span {
        let range: Range<Int>
        let closed: Bool
    }

    /// Where the quotes of a text stand, in scalars, as a token's offset counts them (`quoteSpans` counts characters).
    static func quotedScalars(_ text: String) -> [Range<Int>] {
        let spans = quoteSpans(text)
        guard !spans.isEmpty else { return [] }
        if text.scalarsAreCharacters { return spans.map(\.range) }
        var scalarAt: [Int] = []
        var offset = 0
        for ch in text {
            scalarAt.append(offset)
            offset += ch.unicodeScalars.count
        }
        scalarAt.append(offset)
        return spans.map { scalarAt[$0.range.lowerBound]..<scalarAt[$0.range.upperBound] }
    }

    /// The quoted stretches of a text, in characters; an unclosed quote runs to the end. Double marks
    /// first; single marks only where the text has no double ones.
    static func quoteSpans(_ text: String) -> [Span] {
        guard hasMark(text, doubleOnly: false) else { return [] }
        // Read as scalars where each is a character of its own, the same count: splitting a text into
        // characters is what takes the time here.
        func spans<Unit: TextUnit>(_ units: [Unit]) -> [Span] {
            let units = doubledSingles(units)
            let double = doubleQuoteSpans(units)
            return double.isEmpty && !units.contains(where: { $0 == "\"" || $0 == "“" || $0 == "”" }) ? singleQuoteSpans(units) : double
        }
        return text.scalarsAreCharacters ? spans(Array(text.unicodeScalars)) : spans(Array(text))
    }

    /// Two single marks written for a double one, as some papers' copy has them (‘‘We stay,’’ she said): read as
    /// the double mark, in the place of the second opening mark and of the first closing one.
    static func doubledSingles<Unit: TextUnit>(_ units: [Unit]) -> [Unit] {
        let (open, close): (Unit, Unit) = ("\u{2018}", "\u{2019}")
        guard units.indices.dropLast().contains(where: { (units[$0] == open || units[$0] == close) && units[$0 + 1] == units[$0] }) else { return units }
        var out = units
        var i = 0
        while i + 1 < out.count {
            if out[i] == open, out[i + 1] == open {
                (out[i], out[i + 1]) = (" ", "\u{201C}")
                i += 2
            } else if out[i] == close, out[i + 1] == close {
                (out[i], out[i + 1]) = ("\u{201D}", " ")
                i += 2
            } else {
                i += 1
            }
        }
        return out
    }

    /// A text's characters, made from its scalars where each is one.
    static func characters(of text: String) -> [Character] {
        text.scalarsAreCharacters ? text.unicodeScalars.map(Character.init) : Array(text)
    }

    /// How many characters a text has, counted on its scalars where each is one.
    static func characterCount(of text: String) -> Int {
        text.scalarsAreCharacters ? text.unicodeScalars.count : text.count
    }

    /// Whether a text holds a quotation mark's scalar: a straight or curly double mark, and unless
    /// `doubleOnly`, a straight or curly single one. Without one it has no quote, whatever its characters.
    static func hasMark(_ text: String, doubleOnly: Bool) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            if byte == 0x22 || (!doubleOnly && byte == 0x27) { return true }
            // U+2018 ‘, U+2019 ’, U+201C “ and U+201D ” are E2 80 98, 99, 9C and 9D.
            if previous == (0xE2, 0x80), byte == 0x9C || byte == 0x9D || (!doubleOnly && (byte == 0x98 || byte == 0x99)) { return true }
            previous = (previous.1, byte)
        }
        return false
    }

    /// Marks of either kind close a quote, since scraped copy mixes them (`“We are late," she said`): a
    /// closing curly mark, or a straight one after a word and before a space, punctuation or the end; and
    /// an opening curly mark ends a curly quote left open.
    /// Straight marks around words inside a curly quote are a quote within it (`“He said "no" twice”`).
    /// A closing mark, curly or straight, with no opening before it closes a quote begun before the text.
    static func doubleQuoteSpans<Unit: TextUnit>(_ chars: [Unit]) -> [Span] {
        var spans: [Span] = []
        var open: (at: Int, straight: Bool)?
        var innerOpen = false
        var innerCurly = false
        for (i, ch) in chars.enumerated() {
            if let o = open {
                // A term defined in brackets inside a quote ("the Harbour Board (“HB”) appeals") does not end it.
                if ch == "“", !o.straight, i > 0, chars[i - 1] == "(" {
                    innerCurly = true
                    continue
                }
                if ch == "”", innerCurly {
                    innerCurly = false
                    continue
                }
                if ch == "“", !o.straight, !innerOpen, isNestedTerm(chars, at: i) {
                    // A term quoted within the quote, its single marks made double in the copy
                    // (“… there were 40 “yes” votes …”), does not end it.
                    innerCurly = true
                    continue
                }
                if ch == "“", !o.straight, !innerOpen {
                    // A quote opens where one was left open: the open one ends before its attribution
                    // ("“We are late, said Ana Ruiz. “Again.”"), else where the new one starts.
                    let cut = attributionStart(chars, from: o.at + 1, to: i)
                    spans.append(Span(range: (o.at + 1)..<(cut ?? i), closed: cut != nil))
                    open = (i, false)
                    continue
                }
                guard ch == "\"" || ch == "”" else { continue }
                // A straight quote within a straight one ("The order "ends the case," it said.") opens at the
                // start of a word, where a closing mark never stands.
                if ch == "\"", o.straight, innerOpen || openingPosition(chars, i) && !closingPosition(chars, i) {
                    innerOpen.toggle()
                    continue
                }
                if ch == "\"", !o.straight, innerOpen || !closingPosition(chars, i) {
                    innerOpen.toggle()
                } else {
                    spans.append(Span(range: (o.at + 1)..<i, closed: true))
                    open = nil
                }
            } else if ch == "\"", spans.isEmpty, i > 0, closingPosition(chars, i), !chars[(i + 1)...].contains(where: { $0 == "\"" || $0 == "“" || $0 == "”" }) {
                // The one straight mark of the text, after a word: a quote that began in a paragraph before
                // whose marks were lost in the copy ("… throughout the valley." at a paragraph's end).
                spans.append(Span(range: 0..<i, closed: true))
            } else if ch == "\"", !spans.isEmpty, closingPosition(chars, i), !openingPosition(chars, i) {
                // A straight mark after a word, with a quote closed before it, is a stray closing mark
                // ("… to be valid" until July," she said): it opens nothing.
                continue
            } else if ch == "\"" || ch == "“" || ch == "”" && openingPosition(chars, i) {
                // A right-hand mark where a quote opens, at the start of a word, opens one: copy that
                // marks both ends alike (”We will reply next week.”).
                open = (i, ch == "\"")
                innerOpen = false
                innerCurly = false
            } else if ch == "”", spans.isEmpty, i > 0 {
                // A closing mark with no opening: the quote began in the sentence before the text.
                spans.append(Span(range: 0..<i, closed: true))
            }
        }
        if let o = open, o.at + 1 < chars.count { spans.append(Span(range: (o.at + 1)..<chars.count, closed: false)) }
        return spans.filter { !$0.range.isEmpty }
    }

    /// Whether the left-hand mark at `i`, inside an open curly quote, quotes a term within it: at most three
    /// words, closed without punctuation and followed by a word in lower case (“… 40 “yes” votes …”).
    static func isNestedTerm<Unit: TextUnit>(_ chars: [Unit], at i: Int) -> Bool {
        guard let close = chars[(i + 1)...].prefix(60).firstIndex(where: { $0 == "”" || $0 == "“" }), chars[close] == "”",
              close > i + 1, chars[close - 1].isLetter || chars[close - 1].isNumber,
              close + 2 < chars.count, chars[close + 1] == " ", chars[close + 2].isLowercase else { return false }
        return chars[(i + 1)..<close].filter { $0 == " " }.count < 3
    }

    /// Where an attribution starts between `from` and `to`: the last comma followed by a speech verb
    /// that inverts ("…, said Ana Ruiz").
    static func attributionStart<Unit: TextUnit>(_ chars: [Unit], from: Int, to: Int) -> Int? {
        var k = to - 1
        while k > from {
            if chars[k] == ",", k + 1 < to, chars[k + 1] == " " {
                let word = Unit.string(chars[(k + 2)..<to].prefix { $0.isLetter }).lowercased()
                if Attribution.invertingVerbs.contains(word) { return k }
            }
            k -= 1
        }
        return nil
    }

    /// Whether the mark at `i` stands at the start of a word: after the start, a space or an opening
    /// bracket, and before a letter or a digit.
    static func openingPosition<Unit: TextUnit>(_ chars: [Unit], _ i: Int) -> Bool {
        guard i + 1 < chars.count, chars[i + 1].isLetter || chars[i + 1].isNumber else { return false }
        return i == 0 || chars[i - 1].isWhitespace || chars[i - 1] == "(" || chars[i - 1] == "["
    }

    /// Whether the straight mark at `i` follows a word and stands before a space, punctuation or the end.
    static func closingPosition<Unit: TextUnit>(_ chars: [Unit], _ i: Int) -> Bool {
        guard i > 0, !chars[i - 1].isWhitespace else { return false }
        return i + 1 == chars.count || !(chars[i + 1].isLetter || chars[i + 1].isNumber)
    }

    /// Single marks used as quotation marks: one opens before a letter at the start of a word, one
    /// closes after a word where punctuation, a space or the end follows. An apostrophe inside a word
    /// ("don't") is neither, nor is a plural possessive before a word ("the workers' pay").
    static func singleQuoteSpans<Unit: TextUnit>(_ chars: [Unit]) -> [Span] {
        func isMark(_ c: Unit) -> Bool { c == "'" || c == "‘" || c == "’" }
        var spans: [Span] = []
        var open: Int?
        for (i, ch) in chars.enumerated() where isMark(ch) {
            let prev: Unit? = i > 0 ? chars[i - 1] : nil
            let next: Unit? = i + 1 < chars.count ? chars[i + 1] : nil
            let atWordStart = prev.map { $0.isWhitespace || $0.isOne(of: "([—–-:,\"") } ?? true
            if open == nil {
                if ch != "’", atWordStart, let next, next.isLetter || next.isNumber { open = i }
                continue
            }
            guard ch != "‘", let p = prev, p.isLetter || p.isNumber || p.isOne(of: ".!?,") else { continue }
            // After an "s" and before a space, a mark may be a plural's ("the dockers’ union"); it closes when
            // no noun can follow ("the institutions’ in the port") or when no mark comes after it.
            let closes = next.map { n in
                guard n.isWhitespace && p == "s" else { return !n.isLetter && !n.isNumber }
                let word = Unit.string(chars[(i + 2)...].prefix(while: \.isLetter)).lowercased()
                return ContentWords.stopwords.contains(word) || !chars[(i + 1)...].contains(where: isMark)
            } ?? true
            if closes, let o = open {
                spans.append(Span(range: (o + 1)..<i, closed: true))
                open = nil
            }
        }
        // A quote opened by a curly mark, which no apostrophe is, and not closed runs on into the next paragraph.
        if let o = open, chars[o] == "‘", o + 1 < chars.count { spans.append(Span(range: (o + 1)..<chars.count, closed: false)) }
        return spans.filter { !$0.range.isEmpty }
    }

    /// The text with its quoted stretches blanked out, and a comma for each closing mark: a quote ends
    /// the phrase before it, so that in "The port is “shut,” a harbour official said" the speaker is
    /// "a harbour official", not "The port is a harbour official".
    static func outsideText(_ text: String, _ spans: [Range<Int>]) -> String {
        if spans.allSatisfy(\.isEmpty), !hasMark(text, doubleOnly: true) { return text }
        func blanked<Unit: TextUnit>(_ units: [Unit]) -> String {
            var chars = units.map { $0 == "\"" || $0 == "“" || $0 == "”" ? " " : $0 }
            for span in spans where !span.isEmpty {
                for i in span where i < chars.count { chars[i] = " " }
                if span.upperBound < chars.count, chars[span.upperBound] == " " || chars[span.upperBound] == "’" || chars[span.upperBound] == "'" {
                    chars[span.upperBound] = ","
                }
            }
            return Unit.string(chars)
        }
        return text.scalarsAreCharacters ? blanked(Array(text.unicodeScalars)) : blanked(Array(text))
    }

    static func cleanQuote(_ span: String) -> String {
        span.trimmed.trimmingCharacters(in: ",")
    }
}

/// A post embedded from a social network as a page's text keeps it: its words, perhaps a link, then a
/// dash and its author with their handle, and its date ("The ferry sails again. https://t.co/x — Ana
/// Ruiz (@anaruiz) May 3, 2031").
struct EmbeddedPost {
    let words: String
    let author: [Token]

    /// How the links start that the copy of a post keeps after its words (`post-link` in `Rules/speaker-words.rules`).
    static let linkStarts = Attribution.words["post-link"]!

    init?(_ text: String) {
        // Most paragraphs have no "@": they are passed over without a search for the handle.
        guard text.utf8.contains(UInt8(ascii: "@")), let handle = text.range(of: " (@", options: .backwards),
              text[handle.upperBound...].prefix(while: { $0 != ")" }).allSatisfy({ $0.isLetter || $0.isNumber || "_.-".contains($0) }),
              let dash = [" — ", " – ", " - "].compactMap({ text[..<handle.lowerBound].range(of: $0, options: .backwards) }).max(by: { $0.lowerBound < $1.lowerBound })
        else { return nil }
        let author = Tokenizer.tokens(String(text[dash.upperBound..<handle.lowerBound]))
        guard (1...5).contains(author.count), author.allSatisfy(\.isCapitalized) else { return nil }
        var words = text[..<dash.lowerBound].split(separator: " ")
        while let last = words.last, Self.linkStarts.contains(where: { last.lowercased().hasPrefix($0) }) { words.removeLast() }
        guard words.count >= QuoteFinder.minimumWords else { return nil }
        self.words = words.joined(separator: " ")
        self.author = author
    }
}

extension Range where Bound == Int {
    func shifted(by delta: Int) -> Range<Int> { (lowerBound + delta)..<(upperBound + delta) }
}

/// A unit of text the quote finder reads: a character, or a scalar where each is a character of its own
/// (`String.scalarsAreCharacters`), whose properties are then the character's.
protocol TextUnit: Equatable, ExpressibleByUnicodeScalarLiteral {
    var isWhitespace: Bool { get }
    var isLetter: Bool { get }
    var isNumber: Bool { get }
    var isLowercase: Bool { get }
    /// Whether it is one of the characters of `characters`.
    func isOne(of characters: String) -> Bool
    static func string(_ units: some Sequence<Self>) -> String
}

extension Character: TextUnit {
    func isOne(of characters: String) -> Bool { characters.contains(self) }
    static func string(_ units: some Sequence<Character>) -> String { String(units) }
}

extension Unicode.Scalar: TextUnit {
    var isWhitespace: Bool { properties.isWhitespace }
    var isLetter: Bool { properties.isAlphabetic }
    var isNumber: Bool { properties.numericType != nil }
    var isLowercase: Bool { properties.isLowercase }
    func isOne(of characters: String) -> Bool { characters.unicodeScalars.contains(self) }
    static func string(_ units: some Sequence<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: units)
        return String(view)
    }
}
