import Support

/// Reads one corpus file into a cleaned `Article`: furniture dropped, header and footer read for
/// metadata, paragraphs and sentences numbered. The configuration's metadata wins over the text's.
enum ArticleReader {
    static func read(bytes: [UInt8], file: String, id: ArticleID, config: SourceConfig?) throws -> (Article, [BriefingError]) {
        var warnings: [BriefingError] = []
        let decoded = try TextDecoding.decode(bytes, file: file)
        if let encoding = decoded.encoding {
            warnings.append(BriefingError(step: .ingest, file: file, "not UTF-8: read as \(encoding)"))
        }
        let lines = decoded.lines

        // Non-empty lines with their role; lines of running text that a hard wrap or a mid-sentence
        // break split are joined back first, so that the header and the body can be told apart.
        var entries: [(line: TextDecoding.Line, text: String, role: LineRole, blankBefore: Bool)] = []
        var blank = true
        for line in lines {
            var text = line.text.withWhitespaceCollapsed.withTypewriterQuotesCurled
            if text.isEmpty { blank = true; continue }
            let key = Boilerplate.Key(text)
            let role: LineRole
            if let rest = Boilerplate.unlabel(text, key: key) {
                text = rest
                role = Boilerplate.classify(rest)
            } else {
                role = Boilerplate.classify(text, key: key)
            }
            entries.append((line, text, role, blank))
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
        markFurniture(&entries, config: config)

        let bodyStart = entries.firstIndex { $0.role == .text && looksLikeSentence($0.text) } ?? entries.count

        var title = Sourced<String>.unknown
        var outlet = Sourced<String>.unknown
        var byline = Sourced<String>.unknown
        var stamp = Sourced<PublicationStamp>.unknown
        var emailDomain: String?
        var credit: String?
        var address: String?

        // The header: a title, perhaps an outlet's name above it, a lone nickname, stamps and a byline.
        // The title is the first line that reads like a headline (four words or more), else the last.
        let headerTexts = entries[..<bodyStart].filter { $0.role == .text && $0.text.contains(" ") }
        if let last = headerTexts.last {
            var candidates = headerTexts
            if let first = headerTexts.first, first.line != last.line, isNameLike(first.text) {
                outlet = Sourced(first.text, .text)
                candidates.removeFirst()
            }
            let headline = candidates.first { $0.text.split(separator: " ").count >= 4 } ?? last
            title = Sourced(stripTrailingPunctuation(headline.text), .text)
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
            case .address(let printed):
                address = address ?? printed
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
        var datelinePlace: String?
        // The second paragraph may hold it when the first is a headline or a lead-in of one sentence.
        let opening = blocks.indices.filter { blocks[$0].kind == .paragraph }.prefix(2)
        let withDateline = opening.first { k in Dateline.read(blocks[k].text).map { !$0.rest.isEmpty } == true }
        if let first = withDateline ?? opening.first, first == opening.first || Sentences.split(blocks[opening.first!].text).count == 1,
           let dateline = Dateline.read(blocks[first].text), !dateline.rest.isEmpty {
            blocks[first].text = dateline.rest
            datelinePlace = dateline.place
            if let date = dateline.date {
                datelineDay = date
                credit = dateline.agency
            } else {
                // "(WIRE) — The council …", "PORT ALDA _ The council …": an agency's credit or a place, no date.
                credit = credit ?? dateline.agency
            }
        }

        // A closing agency credit, "… (Wire News)" or a line "- Wire News" of its own, is metadata, not text.
        if let lastIndex = blocks.lastIndex(where: { $0.kind == .paragraph }) {
            if let (text, agency) = splitClosingCredit(blocks[lastIndex].text) {
                blocks[lastIndex].text = text
                credit = agency
            } else if let agency = signOff(blocks[lastIndex].text) {
                blocks.remove(at: lastIndex)
                credit = credit ?? agency
            }
        }

        var counters: [BlockKind: Int] = [:]
        let paragraphs: [Paragraph] = blocks.map { block in
            counters[block.kind, default: 0] += 1
            let pid = ParagraphID(block.kind, counters[block.kind]!)
            let sentences = block.kind == .paragraph
                ? Sentences.split(block.text).enumerated().map { Sentence(id: SentenceID(pid, $0.offset + 1), text: $0.element) }
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
                              credit: credit, home: config?.home, blocks: paragraphs, url: config?.url ?? address, dateline: datelinePlace)
        if let config {
            article.title = Sourced(config.title, .config).or(article.title)
            article.outlet = Sourced(config.outlet, .config).or(article.outlet)
            article.byline = Sourced(config.byline, .config).or(article.byline)
            article.published = Sourced(config.published.flatMap(PublicationStamp.init(config:)), .config).or(article.published)
        }
        if article.published.value == nil {
            warnings.append(BriefingError(step: .ingest, file: file, "no publication date in the configuration or the text; relative dates cannot be resolved"))
        }
        return (article, warnings)
    }

    typealias Entry = (line: TextDecoding.Line, text: String, role: LineRole, blankBefore: Bool)

    /// The most words a caption under a photo's credit has; a longer sentence there is the story's.
    static let maximumCaptionWords = 25

    /// Furniture that only the lines around it reveal: the writer's or the outlet's name on a line of its own,
    /// a caption written twice (once without its credit), a writer's biography, a section label closing the
    /// page, and a line of the body that is no sentence between two that are (a teaser or a heading).
    static func markFurniture(_ entries: inout [Entry], config: SourceConfig?) {
        var names = Set<String>()
        for name in [config?.byline, config?.outlet] {
            guard let name, !name.isEmpty else { continue }
            names.insert(name.lowercased())
            // "Harbour Post (Wire)": the outlet's own name too.
            if let open = name.firstIndex(of: "(") { names.insert(name[..<open].trimmed.lowercased()) }
        }
        for entry in entries { if case .byline(let name) = entry.role { names.insert(name.lowercased()) } }
        // Neither lower-casing nor canonical equivalence adds or removes a space: a text with more spaces than
        // every name is none of them, and is not lower-cased to be compared.
        let mostSpacesInAName = names.map { $0.utf8.count(where: { $0 == UInt8(ascii: " ") }) }.max() ?? -1
        func isText(_ k: Int) -> Bool { entries[k].role == .text }
        /// A short line of the body that is no sentence: a photo's caption when a credit follows it.
        func isUnpunctuatedLine(_ k: Int) -> Bool {
            isText(k) && !entries[k].text.contains(where: { ".!?:;\"”".contains($0) })
                && entries[k].text.split(separator: " ").count <= maximumCaptionWords
        }
        // A site's name left at the end of a paragraph: "… as soon as possible. harbourwire.com".
        for k in entries.indices where isText(k) { entries[k].text = strippingTrailingDomain(entries[k].text) }
        for k in entries.indices where isText(k) {
            let text = entries[k].text
            let core = trimmingPunctuation(text)
            if core.utf8.count(where: { $0 == UInt8(ascii: " ") }) <= mostSpacesInAName, names.contains(core.lowercased()) {
                entries[k].role = .furniture
                continue
            }
            if k + 1 < entries.count, entries[k + 1].role == .caption, entries[k + 1].text.hasPrefix(text) {
                entries[k].role = .caption
            }
            // The one short sentence under a photo's credit that is no sentence ("Photo by Ana Ruiz/Ledger", then
            // "Crews wait at the pier on Monday."): the photo's caption; not a quote's paragraph, nor after a credit
            // that has its caption above it.
            if k > 0, entries[k - 1].role == .caption, !entries[k - 1].text.contains(where: { ".!?".contains($0) }), endsSentence(text),
               Sentences.split(text).count == 1, text.split(separator: " ").count <= maximumCaptionWords,
               !text.hasPrefix("\""), !text.hasPrefix("\u{201C}"), !(k > 1 && isUnpunctuatedLine(k - 2)) {
                entries[k].role = .caption
            }
        }
        // A photo's caption above its credit, a line of the body that is no sentence (not a headline above the
        // body's first sentence): "Crews
        // wait at the pier" over "Ana Ruiz/Wire", or over a credit of one word in capitals ("WIRE"), which is then
        // the credit.
        let bodyStart = entries.firstIndex { $0.role == .text && endsSentence($0.text) } ?? entries.count
        for k in entries.indices.dropFirst() where k - 1 > bodyStart && isUnpunctuatedLine(k - 1) {
            let words = entries[k].text.split(separator: " ")
            let loneCredit = isText(k) && (1...2).contains(words.count)
                && words.allSatisfy { w in w.count >= 2 && w.allSatisfy { $0.isUppercase || $0 == "/" || $0 == "-" } }
            guard entries[k].role == .caption || loneCredit else { continue }
            entries[k - 1].role = .caption
            if loneCredit { entries[k].role = .caption }
        }
        // "About NAME" above paragraphs that open with that name or a pronoun: a writer's biography.
        for k in entries.indices where isText(k) {
            guard let name = biographyHeading(entries[k].text) else { continue }
            entries[k].role = .furniture
            let nameWords = Set(name.split(separator: " ").map(String.init))
            var j = k + 1
            while j < entries.count, isText(j), let first = entries[j].text.split(separator: " ").first.map(String.init),
                  nameWords.contains(first) || biographyPronouns.contains(first) {
                entries[j].role = .furniture
                j += 1
            }
        }
        // After a byline that closes the story, paragraphs that open with a name and tell a biography.
        if let closing = entries.lastIndex(where: { if case .byline = $0.role { return true } else { return false } }),
           entries[..<closing].contains(where: { $0.role == .text && looksLikeSentence($0.text) }) {
            for j in (closing + 1)..<entries.count where isText(j) && isBiography(entries[j].text) {
                entries[j].role = .furniture
            }
        }
        // Section labels closing the page ("Most Popular", "More From Us"), and a writer's biography closing
        // the story with no byline above it ("Mira Castell is a reporter at the Ledger. She joined …").
        // A biography closes a story it follows: it is never the story's only running text.
        var last = entries.count - 1
        func closesABody(_ k: Int) -> Bool { isClosingBiography(entries[k].text) && entries[..<k].contains { $0.role == .text && looksLikeSentence($0.text) } }
        while last >= 0, entries[last].role == .furniture || (isText(last) && (isLabel(entries[last].text) || closesABody(last))) {
            if isText(last) { entries[last].role = .furniture }
            last -= 1
        }
        // Teasers listed under their label ("Related stories", `teasers` in boilerplate.rules): the short lines
        // after it that are no sentence, up to the next sentence.
        for k in entries.indices where entries[k].role == .furniture && Boilerplate.opensTeasers(entries[k].text) {
            var j = k + 1
            while j < entries.count, isText(j), !endsSentence(entries[j].text), entries[j].text.hasAtMost(words: 14) {
                entries[j].role = .furniture
                j += 1
            }
        }
        // A short line that is no sentence, between two sentences of the body: a teaser or a heading.
        for k in entries.indices.dropFirst().dropLast() where isText(k) {
            let text = entries[k].text
            guard !endsSentence(text), !text.hasSuffix(":"), text.hasAtMost(words: 12),
                  let before = entries[..<k].lastIndex(where: { $0.role == .text }), isText(k + 1),
                  looksLikeSentence(entries[before].text), looksLikeSentence(entries[k + 1].text) else { continue }
            entries[k].role = .heading(text)
        }
    }

    static let biographyPronouns = Boilerplate.biographyPronouns

    /// "About Mira Castell": "About" (`about` in `boilerplate.rules`) and a name of up to four capitalised
    /// words, nothing else.
    static func biographyHeading(_ text: String) -> String? {
        // The first word alone first: most lines open with another.
        guard let opening = text.split(separator: " ", maxSplits: 1).first,
              Boilerplate.biographyHeadingWords.contains(String(opening)) else { return nil }
        let words = text.split(separator: " ")
        guard (2...5).contains(words.count),
              words.dropFirst().allSatisfy({ $0.first?.isUppercase == true && $0.allSatisfy { $0.isLetter || "-'’.".contains($0) } })
        else { return nil }
        return words.dropFirst().joined(separator: " ")
    }

    /// "Mira Castell is a Port Alda native …", "Tomas Vey joined the Ledger in 2019": a name of two or three
    /// capitalised words opens it and a biography word (`boilerplate.rules`) is in it.
    static func isBiography(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard words.count >= 3, words[0].first?.isUppercase == true, words[1].first?.isUppercase == true else { return false }
        let key = Boilerplate.Key(text)
        return Boilerplate.biographyWords.contains { Boilerplate.containsWord($0, in: key) }
    }

    /// A biography (`isBiography`) whose name of two or three words is the subject of a writer's verb
    /// (`writer-verb` in `boilerplate.rules`): "Mira Castell is a reporter …", "Tomas Vey joined the Ledger".
    static func isClosingBiography(_ text: String) -> Bool {
        guard isBiography(text) else { return false }
        let words = text.split(separator: " ")
        let nameLength = words.count > 3 && words[2].first?.isUppercase == true ? 3 : 2
        return words.count > nameLength && Boilerplate.writerVerbs.contains(words[nameLength].lowercased())
    }

    /// "What's Hot", "Most Popular": three words or fewer, no sentence, no number.
    static func isLabel(_ text: String) -> Bool {
        text.hasAtMost(words: 3) && !endsSentence(text) && !text.contains(where: \.isNumber) && !text.hasSuffix(":")
            && text.split(separator: " ").allSatisfy { $0.first.map { $0.isUppercase || !$0.isLetter } ?? false }
    }

    /// "… as soon as possible. harbourwire.com" → "… as soon as possible.".
    static func strippingTrailingDomain(_ text: String) -> String {
        guard let space = text.lastIndex(of: " ") else { return text }
        let last = text[text.index(after: space)...]
        guard Boilerplate.isDomain(last) else { return text }
        let before = text[..<space].trimmed
        guard endsSentence(before) else { return text }
        return before
    }

    /// A body line: at least six words ending like a sentence, or on a colon that introduces what follows ("Kelvar
    /// released the following statement on Monday:"), or long enough to be running text.
    static func looksLikeSentence(_ text: String) -> Bool {
        (!text.hasAtMost(words: 5) && (endsSentence(text) || text.hasSuffix(":"))) || !text.hasAtMost(words: 24)
    }

    static func endsSentence(_ text: String) -> Bool {
        var s = Substring(text)
        while let last = s.last, Sentences.closers.contains(last) { s = s.dropLast() }
        guard let last = s.last else { return false }
        // Full stops and marks of Chinese, Japanese and Arabic too: a line in those scripts is no heading.
        return ".?!…。．？！؟".contains(last)
    }

    /// A short line of capitalised words, as an outlet's name is ("The Daily Courier").
    static func isNameLike(_ text: String) -> Bool {
        text.hasAtMost(words: 6) && !endsSentence(text)
            && text.split(separator: " ").allSatisfy { $0.first.map { $0.isUppercase || !$0.isLetter } ?? false }
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

    /// An agency's sign-off on a line of its own after the story: a dash, then one to three capitalised
    /// words ("- Wire", "— Harbor Wire News").
    static func signOff(_ text: String) -> String? {
        let dashes: Set<Character> = ["-", "—", "–"]
        guard let first = text.first, dashes.contains(first) else { return nil }
        let name = text.drop { dashes.contains($0) || $0 == " " }.trimmed
        let words = name.split(separator: " ")
        guard (1...3).contains(words.count),
              words.allSatisfy({ $0.first?.isUppercase == true && $0.allSatisfy { $0.isLetter || $0 == "." } }) else { return nil }
        return name
    }

    static func stripTrailingPunctuation(_ text: String) -> String {
        String(trimmingPunctuation(text))
    }

    static let punctuationAtEnds: Set<Character> = [" ", ".", ":", ";", ","]

    /// The text without spaces and the marks ".:;," at either end, uncopied.
    static func trimmingPunctuation(_ text: String) -> Substring {
        var core = Substring(text)
        while let first = core.first, punctuationAtEnds.contains(first) { core = core.dropFirst() }
        while let last = core.last, punctuationAtEnds.contains(last) { core = core.dropLast() }
        return core
    }

    /// A lead sentence cut to a headline's length at a word boundary, marked "…" where cut.
    static func headline(from lead: String) -> String {
        let words = lead.split(separator: " ")
        if words.count <= 14 { return stripTrailingPunctuation(lead) }
        return words.prefix(12).joined(separator: " ").trimmingCharacters(in: " ,;:") + " …"
    }
}
