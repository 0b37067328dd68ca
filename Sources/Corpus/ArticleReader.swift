/// Reads one corpus file into a cleaned `Article`: furniture dropped, header and footer read for
/// metadata, paragraphs and sentences numbered. The configuration's metadata wins over the text's.
enum ArticleReader {
    static func read(bytes: [UInt8], file: String, id: String, config: SourceConfig?) throws -> (Article, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let lines = try TextDecoding.lines(of: bytes, file: file)

        // Non-empty lines with their role; lines of running text that a hard wrap or a mid-sentence
        // break split are joined back first, so that the header and the body can be told apart.
        var entries: [(line: TextDecoding.Line, text: String, role: LineRole, blankBefore: Bool)] = []
        var blank = true
        for line in lines {
            let text = line.text.collapsingWhitespace.curlingTypewriterQuotes
            if text.isEmpty { blank = true; continue }
            entries.append((line, text, Boilerplate.classify(text), blank))
            blank = false
        }
        let wrapped = isHardWrapped(entries.filter { $0.role == .text }.map(\.text))
        var joined: [(line: TextDecoding.Line, text: String, role: LineRole, blankBefore: Bool)] = []
        for entry in entries {
            if entry.role == .text, !entry.blankBefore, let last = joined.last, last.role == .text,
               wrapped || (!endsSentence(last.text) && entry.text.first?.isLowercase == true) {
                joined[joined.count - 1].text += " " + entry.text
            } else {
                joined.append(entry)
            }
        }
        entries = joined

        let bodyStart = entries.firstIndex { $0.role == .text && looksLikeSentence($0.text) } ?? entries.count

        var title = Sourced<String>.unknown
        var outlet = Sourced<String>.unknown
        var byline = Sourced<String>.unknown
        var stamp = Sourced<PublicationStamp>.unknown
        var emailDomain: String?
        var credit: String?

        // The header: a title, perhaps an outlet's name above it, a lone nickname, stamps and a byline.
        let headerTexts = entries[..<bodyStart].filter { $0.role == .text && $0.text.contains(" ") }
        if let last = headerTexts.last {
            title = Sourced(stripTrailingPunctuation(last.text), .text)
            if let first = headerTexts.first, first.line != last.line, isNameLike(first.text) {
                outlet = Sourced(first.text, .text)
            }
        }

        var blocks: [(kind: BlockKind, text: String, line: Int)] = []
        for (index, entry) in entries.enumerated() {
            switch entry.role {
            case .furniture:
                continue
            case .published(let s), .dateline(let s):
                if stamp.value == nil { stamp = Sourced(s, .text) }
            case .byline(let name):
                if byline.value == nil { byline = Sourced(name, .text) }
            case .email(let domain):
                emailDomain = emailDomain ?? domain
            case .placeline(let agency):
                credit = credit ?? agency
            case .caption:
                blocks.append((.caption, entry.text, entry.line.number))
            case .heading(let text):
                blocks.append((.heading, text, entry.line.number))
            case .text:
                if index >= bodyStart { blocks.append((.paragraph, entry.text, entry.line.number)) }
            }
        }

        // A dateline opening the text, "LIRSA, June 28 (Wire) -- …", gives the date and leaves the text.
        var datelineDay: (month: Int, day: Int, year: Int?)?
        if let first = blocks.firstIndex(where: { $0.kind == .paragraph }) {
            if let dateline = Stamps.leadingDateline(blocks[first].text) {
                blocks[first].text = dateline.rest
                datelineDay = (dateline.month, dateline.day, dateline.year)
                credit = dateline.agency
            } else if let place = Boilerplate.leadingPlace(blocks[first].text), !place.rest.isEmpty {
                // "PORT ALDA _ The council …": a dateline without a date.
                blocks[first].text = place.rest
                credit = credit ?? place.agency
            }
        }

        // A closing agency credit, "… (Wire News)", is metadata, not text.
        if let lastIndex = blocks.lastIndex(where: { $0.kind == .paragraph }),
           let (text, agency) = splitClosingCredit(blocks[lastIndex].text) {
            blocks[lastIndex].text = text
            credit = agency
        }

        var counters: [BlockKind: Int] = [:]
        let paragraphs: [Paragraph] = blocks.map { block in
            counters[block.kind, default: 0] += 1
            let prefix = block.kind == .paragraph ? "p" : block.kind == .heading ? "h" : "c"
            let pid = "\(prefix)\(counters[block.kind]!)"
            let sentences = block.kind == .paragraph
                ? Sentences.split(block.text).enumerated().map { Sentence(id: "\(pid).s\($0.offset + 1)", text: $0.element) }
                : []
            return Paragraph(id: pid, kind: block.kind, text: block.text, line: block.line, sentences: sentences)
        }

        if outlet.value == nil, let domain = emailDomain { outlet = Sourced(domain, .text) }
        if outlet.value == nil, let credit { outlet = Sourced(credit, .inferred) }
        if title.value == nil, let lead = paragraphs.first(where: { $0.kind == .paragraph })?.sentences.first?.text {
            title = Sourced(headline(from: lead), .inferred)
        }
        let newest = paragraphs.filter { $0.kind == .paragraph }.flatMap { Stamps.fullDates(in: $0.text) }.max()
        if stamp.value == nil, let d = datelineDay {
            if let year = d.year, let day = CalendarDay(year: year, month: d.month, day: d.day) {
                stamp = Sourced(PublicationStamp(day: day), .text)
            } else if let year = newest?.year, let day = CalendarDay(year: year, month: d.month, day: d.day) {
                // The dateline gives the day; the year is the newest the text writes out.
                stamp = Sourced(PublicationStamp(day: day), .inferred)
            }
        }
        if stamp.value == nil {
            stamp = Sourced(newest.map { PublicationStamp(day: $0) }, .inferred)
        }

        var article = Article(id: id, file: file, title: title, outlet: outlet, byline: byline, published: stamp,
                              credit: credit, home: config?.home, blocks: paragraphs)
        if let config {
            article.title = Sourced(config.title, .config).or(article.title)
            article.outlet = Sourced(config.outlet, .config).or(article.outlet)
            article.byline = Sourced(config.byline, .config).or(article.byline)
            article.published = Sourced(config.published.flatMap(PublicationStamp.init(config:)), .config).or(article.published)
        }
        if article.published.value == nil {
            diagnostics.append(Diagnostic(file: file, "no publication date in the configuration or the text; relative dates cannot be resolved"))
        }
        if article.paragraphs.isEmpty {
            diagnostics.append(Diagnostic(file: file, "no running text found"))
        }
        return (article, diagnostics)
    }

    /// A body line: at least six words ending like a sentence, or long enough to be running text.
    static func looksLikeSentence(_ text: String) -> Bool {
        let words = text.split(separator: " ").count
        return (words >= 6 && endsSentence(text)) || words >= 25
    }

    static func endsSentence(_ text: String) -> Bool {
        var s = Substring(text)
        while let last = s.last, Sentences.closers.contains(last) { s = s.dropLast() }
        guard let last = s.last else { return false }
        return last == "." || last == "?" || last == "!" || last == "…"
    }

    /// A short line of capitalised words, as an outlet's name is ("The Daily Courier").
    static func isNameLike(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        return words.count <= 6 && !endsSentence(text) && words.allSatisfy { $0.first.map { $0.isUppercase || !$0.isLetter } ?? false }
    }

    /// Hard-wrapped text breaks lines inside sentences: most of its lines that run on to a next line end mid-sentence.
    static func isHardWrapped(_ lines: [String]) -> Bool {
        guard lines.count >= 4 else { return false }
        let midSentence = lines.dropLast().filter { !endsSentence($0) }.count
        return midSentence * 2 >= lines.count - 1
    }

    /// "… the war ended. (Wire News)" → the text and "Wire News".
    static func splitClosingCredit(_ text: String) -> (String, String)? {
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else { return nil }
        let inner = text[text.index(after: open)..<text.index(before: text.endIndex)].trimmed
        let before = text[..<open].trimmed
        let words = inner.split(separator: " ")
        guard (1...4).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }),
              endsSentence(before) else { return nil }
        return (before, inner)
    }

    static func stripTrailingPunctuation(_ text: String) -> String {
        text.trimmingCharacters(in: " .:;,")
    }

    /// A lead sentence cut to a headline's length at a word boundary, marked "…" where cut.
    static func headline(from lead: String) -> String {
        let words = lead.split(separator: " ")
        if words.count <= 14 { return stripTrailingPunctuation(lead) }
        return words.prefix(12).joined(separator: " ").trimmingCharacters(in: " ,;:") + " …"
    }
}
