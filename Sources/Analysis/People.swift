import Corpus
import Support

/// A person named in one sentence, with the role the sentence gives them.
struct PersonMention {
    let name: String
    let role: String?
    /// The title word of the role ("spokesman", "minister"), by which "the spokesman" points back.
    let title: String?
    let actor: ActorID?
    let citation: Citation
    /// Named by surname alone ("Ms Ruiz"): the article's or the corpus's full name, where one has it, wins.
    var partial = false
    /// The side is the outlet's home side: the role names a body but no actor ("Transport Ministry spokesman").
    var sideGuessed = false
}

extension PersonMention {
    /// An article's mention of a person, with the title and role another article gives them.
    init(titled p: PersonMention, as holder: PersonMention) {
        self.init(name: p.name, role: holder.role, title: holder.title, actor: p.actor ?? holder.actor, citation: p.citation,
                  partial: p.partial, sideGuessed: p.sideGuessed)
    }

    /// For each person named in full, the titles a set of mentions gives them, each by its first such mention:
    /// read by each article for the people it names, so an article's work stays its own size.
    static func titleHolders(_ mentions: [PersonMention]) -> [String: [(title: String, holder: PersonMention)]] {
        var holders: [String: [(title: String, holder: PersonMention)]] = [:]
        for m in mentions where !m.partial && m.name.contains(" ") {
            guard let title = m.title, !(holders[m.name] ?? []).contains(where: { $0.title == title }) else { continue }
            holders[m.name, default: []].append((title, m))
        }
        return holders
    }
}

/// The people the configuration names: its `people:` list, and every actor alias that is a person's
/// name. An alias is a person's name when, less any title before it ("President Ana Ruiz"), it is two
/// to four capitalised name words, none a body's word, and a shorter alias of the same actor is one
/// of its ends ("Ana Ruiz" beside "Ruiz", "Li Wei" beside "Li"): users list a leader with the surname
/// the articles call them by. Such an alias may still be a place ("Port Alda" beside "Alda"): it is
/// taken for a person once some sentence names it as one by a cue of `PeopleFinder` (`confirmed`),
/// and a place of `Rules/places.words` never is. The names of these people give their side wherever
/// the text names them.
struct KnownPeople: Sendable {
    struct Entry: Sendable {
        let name: String
        let actor: ActorID?
        let role: String?
        /// Other names of the same person (the user's aliases, the surname alias).
        let aliases: [String]
    }

    let entries: [Entry]
    /// Entries the user pinned in `people:`, people whatever the text says.
    let pinned: Set<String>
    /// Every name of a configured person's (full or alias), and actor aliases that read as a full
    /// name, to the side they give.
    let sides: [String: ActorID]
    /// A one-word name the configuration lists for one person only ("Ruiz" beside "Mayor Ana Ruiz"), to
    /// that person's name: after a title ("Mayor Ruiz said") it names them.
    let surnames: [String: String]
    static func surnames(of entries: [Entry]) -> [String: String] {
        let pairs = entries.flatMap { e in e.aliases.filter { !$0.contains(" ") }.map { ($0, e.name) } }
        return Dictionary(grouping: pairs, by: \.0).compactMapValues { $0.count == 1 ? $0[0].1 : nil }
    }

    init(config: BriefingConfig) {
        var entries = config.people.map { Entry(name: $0.name, actor: $0.actor, role: $0.role, aliases: $0.aliases) }
        var sides: [String: ActorID] = [:]
        for p in config.people {
            guard let actor = p.actor else { continue }
            for n in [p.name] + p.aliases { sides[n] = actor }
        }
        let pinned = Set(config.people.flatMap { [$0.name] + $0.aliases })
        for actor in config.actors {
            let aliases = Set(actor.aliases + [actor.name])
            let names = actor.aliases.compactMap(Self.personName)
            // Surnames the actor lists as people's: after an honorific ("Mr Okafor"), or ending the names of two
            // people ("Tom Okafor" and "Lena Okafor").
            let honorifics = actor.aliases.compactMap { alias -> String? in
                let words = alias.split(separator: " ")
                guard words.count == 2, PeopleFinder.isHonorific(words[0]) else { return nil }
                return String(words[1])
            }
            let shared = Dictionary(grouping: names, by: { $0.split(separator: " ").last.map(String.init) ?? "" }).filter { $0.value.count > 1 }.keys
            let peoplesSurnames = Set(honorifics).union(shared)
            for name in names {
                // "Ruiz" is an end of "Ana Ruiz Jr".
                let words = name.split(separator: " ").map(String.init).filter { !PeopleFinder.cues.numerals.contains($0) }
                // Both halves listed on their own ("Kelvar" and "Freight" beside "Kelvar Freight"): a body's
                // name in two parts, which users list as they list a person's surname alone; unless the
                // surname is a person's ("Mr Okafor"), or the first half a given name ("Tom" beside "Tom Okafor")
                // before no body's word. A name of one word twice ("Amir Amir") has one half only.
                let givenName = GivenNames.isKnown(words[0]) && !PeopleFinder.organisationWords.contains(words[words.count - 1])
                if words[0] != words[words.count - 1], aliases.contains(words[0]), aliases.contains(words[words.count - 1]),
                   !peoplesSurnames.contains(words[words.count - 1]), !givenName { continue }
                if sides[name] == nil { sides[name] = actor.id }
                // The parts of the name the same actor also lists: "Ruiz" for "Ana Ruiz", "Le Berre" for "Luc Le
                // Berre", "Wen" for "Ana Wen Ruiz".
                let ends = (1..<words.count).flatMap { k in [words.suffix(k).joined(separator: " "), words.prefix(k).joined(separator: " ")] }
                let middles = (1..<max(1, words.count - 1)).flatMap { k in (1..<(words.count - k)).map { words[$0..<($0 + k)].joined(separator: " ") } }
                let short = (ends + middles).filter { aliases.contains($0) && $0 != actor.name }
                guard !short.isEmpty, !pinned.contains(name) else { continue }
                entries.append(Entry(name: name, actor: actor.id, role: nil, aliases: short))
            }
        }
        var seen = Set<String>()
        entries = entries.filter { seen.insert($0.name).inserted }
        // One entry per person: "Tom Ruiz" listed beside "Thomas J. Ruiz" of the same side is a name of his.
        let words = entries.map { $0.name.split(separator: " ").map(String.init) }
        let byLast = Dictionary(grouping: entries.indices, by: { words[$0].last ?? "" })
        var shorter: [Int: [Int]] = [:]
        for (k, e) in entries.enumerated() where !pinned.contains(e.name) {
            let fuller = byLast[words[k].last ?? "", default: []].filter { j in
                j != k && entries[j].actor == e.actor && GivenNames.fits(words[k], words[j])
            }
            if fuller.count == 1 { shorter[fuller[0], default: []].append(k) }
        }
        let merged = Set(shorter.values.joined())
        self.entries = entries.indices.filter { !merged.contains($0) }.map { j in
            let e = entries[j]
            // The person is shown under the name of theirs the configuration lists first.
            let group = [j] + (shorter[j] ?? [])
            let shown = group.min()!
            let names = group.flatMap { [entries[$0].name] + entries[$0].aliases }
            var seen: Set<String> = [entries[shown].name]
            return Entry(name: entries[shown].name, actor: e.actor, role: e.role, aliases: names.filter { seen.insert($0).inserted })
        }
        self.sides = sides
        self.pinned = Set(config.people.map(\.name))
        surnames = Self.surnames(of: self.entries)
    }

    private init(entries: [Entry], pinned: Set<String>, sides: [String: ActorID]) {
        self.entries = entries
        self.pinned = pinned
        self.sides = sides
        surnames = Self.surnames(of: entries)
    }

    /// The pinned people and those aliases the text names as people.
    func confirmed(named names: Set<String>) -> KnownPeople {
        KnownPeople(entries: entries.filter { pinned.contains($0.name) || names.contains($0.name) }, pinned: pinned, sides: sides)
    }

    /// Whether a name is an alias taken for a person that the text has not yet shown to be one.
    func isUnconfirmed(_ name: String, confirmed: KnownPeople) -> Bool {
        entries.contains { $0.name == name } && !confirmed.entries.contains { $0.name == name }
    }

    /// The name an alias gives, less a role before it ("Prime Minister Ana Ruiz" is Ana Ruiz: the words up to
    /// the last title that leaves two words after it), when it has the shape of a person's name.
    static func personName(_ alias: String) -> String? {
        var words = alias.split(separator: " ").map(String.init)
        // "Tom Okafor Jr.": the numeral ends the name as the text writes it, no name word of its own.
        var numeral: String?
        if words.count > 2, let last = words.last.map({ $0.hasSuffix(".") ? String($0.dropLast()) : $0 }),
           PeopleFinder.cues.numerals.contains(last) {
            numeral = last
            words.removeLast()
        }
        // "Mr Ruiz" is how the text may call Ana Ruiz, no name of its own.
        if let first = words.first, PeopleFinder.isHonorific(first) { return nil }
        if let title = words.dropLast(2).lastIndex(where: PeopleFinder.isTitle) { words.removeFirst(title + 1) }
        let inner = words.dropFirst().dropLast()
        guard (2...4).contains(words.count), words.allSatisfy(PeopleFinder.hasNameShape)
                || (inner.allSatisfy(GivenNames.isInitial) || inner.allSatisfy(PeopleFinder.cues.particles.contains))
                    && [words[0], words[words.count - 1]].allSatisfy(PeopleFinder.hasNameShape)
                // Initials before a surname: "K. D. Marsh", "S Tarkovan".
                || words.dropLast().allSatisfy(GivenNames.isInitial) && PeopleFinder.hasNameShape(words[words.count - 1]),
              !words.contains(where: PeopleFinder.organisationWords.contains),
              !PeopleFinder.isPlace(words) else { return nil }
        return (words + [numeral].compactMap { $0 }).joined(separator: " ")
    }
}

/// Finds named people in a sentence. A run of two to four capitalised name words is a person when the
/// sentence says so (`Rules/person-cues.rules` lists the cues with examples):
/// - a title or role before it: "Defense Minister Ana Ruiz", "union shop steward Li Wei", "the
///   ambassador, Ana Ruiz,";
/// - an apposition after it: "Ana Ruiz, an expert on trade", "Ana Ruiz, Managing Director of the Board";
/// - an honorific: "Ms Ana Ruiz", "Dr. Li Wei" ("Ms Ruiz" alone is a later mention of her);
/// - a speech verb: "Ana Ruiz said", "said Ana Ruiz", "according to Ana Ruiz";
/// - the configuration naming them (`KnownPeople`).
/// Bodies never are: a run ending in a body's word (`Rules/organisations.words`: "the Harbour
/// Commission"), an actor's configured name that is not a person's ("the White Palace"). A person's
/// side is the one their configured name gives, else the first actor their role names (not one they
/// are posted "to", nor a field of "studies"); the outlet's home side is never guessed for a named person.
enum PeopleFinder {
    static let titles = Set(RuleTable.words(PackageResources.titles_words).map { $0.lowercased() })
    /// Last words of bodies' names (`Rules/organisations.words`): "National Assembly" is no person.
    static let organisationWords = Set(RuleTable.words(PackageResources.organisations_words))
    static let cues = PersonCues(RuleTable.rows(PackageResources.person_cues_rules))
    /// Places of two or more words (`Rules/places.words`): "Costa Rica said" names no person.
    static let places = Set(RuleTable.words(PackageResources.places_words))
    /// The adjectives of peoples (`Rules/demonyms.words`): no name opens on one.
    static let demonyms = Set(RuleTable.words(PackageResources.demonyms_words))

    /// Whether words name a place: one of `Rules/places.words`, or words opening on a place's first word
    /// ("North Alda", "Port Kelvar": `place` in `Rules/person-cues.rules`).
    static func isPlace(_ words: [String]) -> Bool {
        places.contains(words.joined(separator: " ")) || (words.count > 1 && cues.placeWords.contains(words[0]))
    }
    /// Articles that open a role ("the ambassador, Ana Ruiz,"), and the words that join capitalised words onto a title.
    static let determiners = cues.determiners
    static let linkWords = cues.linkWords

    /// A title word, or a hyphenated one that opens or ends on one ("Secretary-General", "Vice-Chair"), or
    /// a title's plural ("ministers").
    static func isTitle(_ word: String) -> Bool {
        let lower = unshared(word.lowercased())
        if titles.contains(lower) || isPlural(word) { return true }
        // "Irishman", "Frenchwoman": one of a people, before a name as a role is.
        for ending in ["man", "woman"] where word.hasSuffix(ending) && demonyms.contains(String(word.dropLast(ending.count))) { return true }
        let parts = lower.split(separator: "-")
        return parts.count == 2 && (titles.contains(String(parts[0])) || titles.contains(String(parts[1])))
    }

    /// Whether a word as the configuration writes it is an honorific: "Mr", "Ms.".
    static func isHonorific(_ word: some StringProtocol) -> Bool {
        cues.honorifics.contains(word.lowercased().trimmingCharacters(in: ["."]))
    }

    /// Whether a word is the plural of a title: "ministers", "MPs", "co-chairs", "then-Presidents".
    static func isPlural(_ word: String) -> Bool {
        let whole = unshared(word.lowercased())
        let lower = whole.split(separator: "-").last.map(String.init) ?? whole
        return lower.count > 2 && lower.hasSuffix("s") && titles.contains(String(lower.dropLast()))
    }

    /// A title held with others less its "co": "cochairs" -> "chairs", "co-founder" -> "founder".
    static func unshared(_ lower: String) -> String {
        guard lower.hasPrefix("co") else { return lower }
        let rest = String(lower.dropFirst(lower.hasPrefix("co-") ? 3 : 2))
        let singular = rest.hasSuffix("s") ? String(rest.dropLast()) : rest
        return rest.count > 3 && titles.contains(singular) ? rest : lower
    }

    /// A capitalised word of letters (with inner hyphens or apostrophes: "Marie-Claire", "O'Hara") that is
    /// not an acronym.
    /// A name less the nickname quoted inside it: "Tom “Tiger” Okafor" is Tom Okafor, as another article or the
    /// configuration may write him.
    static func withoutNickname(_ name: String) -> String {
        let words = name.split(separator: " ")
        guard words.count > 2 else { return name }
        func isQuoteMark(_ s: Unicode.Scalar) -> Bool { QuotationMarks.any.contains(s) || QuotationMarks.apostrophes.contains(s) }
        let kept = words.enumerated().filter { k, word in
            !(k > 0 && k < words.count - 1 && word.count > 2 && isQuoteMark(word.unicodeScalars.first!) && isQuoteMark(word.unicodeScalars.last!))
        }
        return kept.count == words.count ? name : kept.map(\.element).joined(separator: " ")
    }

    static func hasNameShape(_ word: String) -> Bool {
        // A particle joined to a capitalised name: "el-Sissi", "al-Rashid".
        if let dash = word.firstIndex(of: "-"), cues.particles.contains(String(word[..<dash])), word.index(after: dash) < word.endIndex {
            return hasNameShape(String(word[word.index(after: dash)...]))
        }
        // A particle written onto a capitalised name: "deMarco", "vanDyke".
        // (Only one particle can be followed by a capital, so the set's order does not matter.)
        if let particle = cues.particles.first(where: { p in p.first?.isLowercase == true && word.hasPrefix(p) && word.dropFirst(p.count).first?.isUppercase == true }) {
            return hasNameShape(String(word.dropFirst(particle.count)))
        }
        guard let first = word.first, first.isUppercase, word.count > 1, word.uppercased() != word,
              let last = word.last, last.isLetter else { return false }
        // "Alda-based" describes; it names no one.
        if let dash = word.lastIndex(of: "-"), cues.suffixes.contains(word[word.index(after: dash)...].lowercased()) { return false }
        return word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" }
    }

    /// Words of a sentence with hyphenated parts joined back ("Marie-Claire", "Anne-Marie").
    struct Word {
        let text: String
        let first: Int
        let last: Int
        var lower: String { text.lowercased() }
        var isCapitalized: Bool { text.first?.isUppercase ?? false }
    }

    static func words(_ tokens: [Token]) -> [Word] {
        var out: [Word] = []
        for (i, t) in tokens.enumerated() {
            // Letters after a name that are no part of it, an honour or an office: "Tomas Berg KC", "Ana Ruiz MP" (not
            // "Tarsk MP Ana Ruiz", a role).
            if i > 0, cues.postNominals.contains(t.text), tokens[i - 1].isCapitalized, i + 1 == tokens.count || !tokens[i + 1].isCapitalized { continue }
            if t.hyphenated, let prev = out.last, prev.last == i - 1, t.text.first?.isLetter == true, prev.text.last?.isLetter == true {
                out[out.count - 1] = Word(text: prev.text + "-" + t.text, first: prev.first, last: i)
            } else {
                out.append(Word(text: t.text, first: i, last: i))
            }
        }
        return out
    }

    /// What a sentence is read against: the actors' names, the configured people, and words that are
    /// never part of a name (months, weekdays).
    struct Context {
        let actors: NameIndex<ActorID>
        let known: KnownPeople
        /// Actor aliases that are not configured people's names: "the White Palace said" names no person.
        let bodies: Set<String>
        let notNames: Set<String>
        /// Words no name opens on: the adjectives of peoples, and an actor's one-word aliases that are no
        /// word of a configured person's name ("Tarsk Ana Ruiz" is Ana Ruiz; "Ruiz" beside "Ana Ruiz" opens no name).
        var notFirstNames: Set<String> = demonyms
        /// "the province" for the actor "Province of Maren": the common nouns that head one actor's name
        /// (`Attribution.Context.heads(of:)`), read in roles only ("the province's education minister").
        var heads = NameIndex<ActorID>([])
        /// The outlet's own side, the guess for a person whose role names a body but no side.
        var home: ActorID? = nil
        /// The side of the place the article was filed from (its dateline), the guess for the holder of a
        /// state's office whose role names no side: "MONTEVIDEO — Foreign Minister Ana Ruiz said".
        var filedFrom: ActorID? = nil
        /// The one actor that stands for a workforce (`workforce(of:)`): the side of those who work at another.
        var workforce: ActorID? = nil
    }

    /// The actor that stands for a workforce, a union or the workers themselves, by an alias ending on a
    /// workforce's noun ("the dockers' union", "harbour workers"), when one actor alone has such an alias.
    static func workforce(of actors: [(id: ActorID, aliases: [String])]) -> ActorID? {
        let staffed = actors.filter { $0.aliases.contains { alias in cues.workforces.contains(Tokenizer.tokens(alias).last?.lower ?? "") } }
        return staffed.count == 1 ? staffed[0].id : nil
    }

    static func find(in s: SentenceRef, _ context: Context) -> [PersonMention] { read(s, context).mentions }

    /// The actor whose name the configuration writes as `words`, with its article or without ("the Liberal Party").
    static func actorNamed(_ words: [String], actors: NameIndex<ActorID>) -> ActorID? {
        for written in [words, ["the"] + words] {
            let tokens = Tokenizer.tokens(written.joined(separator: " "))
            if let m = actors.matches(in: tokens).first(where: { $0.tokenRange == tokens.indices }) { return m.id }
        }
        return nil
    }

    /// The party a member's word names: "Liberal" and an actor "Liberals" or "the Liberal Party".
    static func partyNamed(_ word: String, actors: NameIndex<ActorID>) -> ActorID? {
        actorNamed([word + "s"], actors: actors) ?? actorNamed([word, cues.partyNoun.capitalized], actors: actors)
    }

    /// The actor a dateline's place names, written in capitals or not ("MONTEVIDEO", "GUALEGUAY, Alda"): the
    /// last one it names, the country after a town.
    static func side(ofPlace place: String, actors: NameIndex<ActorID>) -> ActorID? {
        let written = place.split(separator: " ").map { word in
            word.allSatisfy { !$0.isLowercase } ? word.prefix(1) + word.dropFirst().lowercased() : Substring(word)
        }.joined(separator: " ")
        return actors.matches(in: Tokenizer.tokens(written)).last?.id
    }

    /// What one sentence tells of people: the people it names by a cue; the surnames that speak alone
    /// in it ("Vey told the Gazette", "said Lind", "said the 26-year-old Castell"); and the runs of
    /// name words it holds that end in one of `runsEndingIn` ("Mira Castell, Tomas Vey and Ana Lind").
    struct Reading {
        var mentions: [PersonMention]
        var loneSpeakers: [String]
        var nameRuns: [(name: String, citation: Citation)]
    }

    /// Every person an article names by a cue; and a surname that speaks alone is the person the
    /// article names in full elsewhere by the only run of name words that ends in it ("Then Mira
    /// Castell, Tomas Vey and Ana Lind capped the day. … “What a night,” Vey told the Gazette."). A
    /// surname the article never names in full stays no one: "Kelvar said" is as often a body.
    static func find(inArticle sentences: [SentenceRef], _ context: Context) -> [PersonMention] {
        let readings = sentences.map { read($0, context) }
        var found = readings.flatMap(\.mentions) + postAuthors(sentences, context) + pronounSpeakers(sentences, context)
        let held = Set(found.filter { !$0.partial }.flatMap { $0.name.split(separator: " ").map(String.init) })
        let wanted = Set(readings.flatMap(\.loneSpeakers)).subtracting(held)
        guard !wanted.isEmpty else { return found }
        let runs = sentences.filter { $0.tokens.contains { wanted.contains($0.text) } }.flatMap { read($0, context, runsEndingIn: wanted).nameRuns }
        for surname in wanted.sorted() {
            let fitting = runs.filter { $0.name.hasSuffix(" " + surname) }
            guard let first = fitting.first, fitting.allSatisfy({ $0.name == first.name }) else { continue }
            found.append(PersonMention(name: first.name, role: nil, title: nil, actor: context.known.sides[first.name], citation: first.citation))
        }
        return found
    }

    /// The names that open a sentence ("Mira Castell welcomed the vote.") when the next sentence of the
    /// paragraph quotes "he" or "she" ("“It is fair,” she said."): a name of two or three words is a person's.
    static func pronounSpeakers(_ sentences: [SentenceRef], _ context: Context) -> [PersonMention] {
        var found: [PersonMention] = []
        for k in sentences.indices.dropFirst() where sentences[k].citation.sentenceID.paragraph == sentences[k - 1].citation.sentenceID.paragraph {
            let t = sentences[k].tokens
            guard t.indices.dropLast().contains(where: { i in
                      Attribution.personPronouns.contains(t[i].lower) && Attribution.speechVerbs.contains(t[i + 1].lower)
                          || Attribution.speechVerbs.contains(t[i].lower) && Attribution.personPronouns.contains(t[i + 1].lower)
                  }), !QuoteFinder.quotedScalars(sentences[k].citation.sentence).isEmpty else { continue }
            let opening = sentences[k - 1].tokens
            guard let end = opening.indices.prefix(4).first(where: { !opening[$0].isCapitalized }), (2...3).contains(end),
                  // "Meanwhile, Von der Leyen said …": a comma parts the words, and a particle goes on with the name.
                  !cues.particles.contains(opening[end].text),
                  case let gaps = WordGaps(sentences[k - 1].citation.sentence, opening, upTo: end),
                  !(1..<end).contains(where: { gaps.between($0 - 1, $0).contains { ",;:()-–—".unicodeScalars.contains($0) } }) else { continue }
            let words = opening[..<end].map(\.text), name = words.joined(separator: " ")
            guard words.allSatisfy({ hasNameShape($0) && !isTitle($0) && !ContentWords.stopwords.contains($0.lowercased()) && !cues.honorifics.contains($0.lowercased()) }),
                  !context.notFirstNames.contains(words[0]), !context.bodies.contains(name), !isPlace(words),
                  !organisationWords.contains(words.last!), context.actors.matches(in: Array(opening[..<end])).isEmpty else { continue }
            found.append(PersonMention(name: name, role: nil, title: nil, actor: context.known.sides[name], citation: sentences[k - 1].citation))
        }
        return found
    }

    /// The authors of posts embedded from a social network, by their name and handle
    /// (`EmbeddedPost`: "… — Mira Castell (@mcastell) March 3, 2031"): a name of two or three words is a person's.
    static func postAuthors(_ sentences: [SentenceRef], _ context: Context) -> [PersonMention] {
        var found: [PersonMention] = []
        var start = 0
        while start < sentences.count {
            let end = QuoteFinder.paragraphEnd(from: start, in: sentences)
            let paragraph = sentences[start..<end]
            start = end
            guard let post = EmbeddedPost(paragraph.map(\.citation.sentence).joined(separator: " ")), (2...3).contains(post.author.count),
                  post.author.allSatisfy({ hasNameShape($0.text) && !isTitle($0.text) }) else { continue }
            let words = post.author.map(\.text), name = words.joined(separator: " ")
            guard !context.bodies.contains(name), !isPlace(words), !organisationWords.contains(words.last!) else { continue }
            found.append(PersonMention(name: name, role: nil, title: nil, actor: context.known.sides[name], citation: paragraph.last!.citation))
        }
        return found
    }

    static func read(_ s: SentenceRef, _ context: Context, runsEndingIn surnames: Set<String> = []) -> Reading {
        let text = s.citation.sentence
        let scalars = Array(text.unicodeScalars)
        let w = words(s.tokens)
        func gap(_ a: Int, _ b: Int) -> ArraySlice<Unicode.Scalar> {
            let from = min(scalars.count, s.tokens[w[a].last].end)
            return scalars[from..<max(from, s.tokens[w[b].first].offset)]
        }
        func commaBetween(_ a: Int, _ b: Int) -> Bool { gap(a, b).contains { ",;:()[]".unicodeScalars.contains($0) } }
        /// Punctuation inside a run of capitalised words that parts two names: a comma or a bracket (an
        /// editor's "[Mayor Ana] Ruiz" too), a dash
        /// ("Ana -- Li"), a possessive ("Alda's Ruiz").
        func partsNames(_ a: Int, _ b: Int) -> Bool { gap(a, b).contains { ",;:()[]-–—/'’".unicodeScalars.contains($0) } }
        func isAge(_ k: Int) -> Bool { Self.isAge(w[k].text) }
        /// The actors' names the sentence holds, by tokens: looked up once, when a name is read.
        lazy var actorNames = context.actors.matches(in: s.tokens)
        /// The number of a union's local or a district, which goes on a role: "Dockers Local 12 President". Not a day's.
        func isUnitNumber(_ k: Int) -> Bool {
            k > 0 && w[k].text.allSatisfy(\.isNumber) && w[k].text.count <= 4 && w[k - 1].isCapitalized && MonthNames.number(w[k - 1].lower) == nil
                && !commaBetween(k - 1, k)
        }
        /// A title that is also a given name, before exactly one more name word, is the given name: "Dean Marsh
        /// said" (where "Dean Ana Marsh" is a dean).
        func isGivenName(_ k: Int) -> Bool {
            guard k + 1 < w.count, cues.givenTitles.contains(w[k].lower), w[k].isCapitalized, !partsNames(k, k + 1),
                  hasNameShape(w[k + 1].text), !isTitle(w[k + 1].text) else { return false }
            return k + 2 == w.count || partsNames(k + 1, k + 2) || !hasNameShape(w[k + 2].text)
        }
        /// "CEO Stephanie Bishop said": a title that is also a surname, after one name word that is no place's or
        /// people's and before no other, ends the name.
        func isSurname(_ k: Int) -> Bool {
            guard k > 0, k < w.count, cues.surnameTitles.contains(w[k].lower), w[k].isCapitalized, !partsNames(k - 1, k),
                  hasNameShape(w[k - 1].text), !isTitle(w[k - 1].text), !context.notFirstNames.contains(w[k - 1].text),
                  !isPlace([w[k - 1].text]), context.actors.matches(in: Array(s.tokens[w[k - 1].first...w[k - 1].last])).isEmpty else { return false }
            return k + 1 == w.count || partsNames(k, k + 1) || !hasNameShape(w[k + 1].text)
        }
        /// A title between two name words, capitalised, that is a name's middle word: "Tarvo Son Ekel".
        func isMiddleName(_ k: Int) -> Bool {
            k > 0 && k + 1 < w.count && cues.middleTitles.contains(w[k].lower) && w[k].isCapitalized && !partsNames(k - 1, k) && !partsNames(k, k + 1)
                && hasNameShape(w[k - 1].text) && !isTitle(w[k - 1].text) && hasNameShape(w[k + 1].text) && !isTitle(w[k + 1].text)
        }
        /// A small word written capitalised right after a title and before a name word is a name's ("Vice Premier He Mingzhe",
        /// "Minister An Sook"), not the pronoun or article it spells.
        func isTitledSmallWord(_ k: Int) -> Bool {
            k > 0 && k + 1 < w.count && w[k].isCapitalized && isTitle(w[k - 1].text) && !partsNames(k - 1, k) && !partsNames(k, k + 1)
                && hasNameShape(w[k + 1].text) && !isTitle(w[k + 1].text) && !ContentWords.stopwords.contains(w[k + 1].lower)
        }
        /// A month's name right after a name word, before no number, is a surname: "Prime Minister Ana May said", not
        /// "on May 5".
        func isMonthSurname(_ k: Int) -> Bool {
            k > 0 && MonthNames.number(w[k].lower) != nil && !partsNames(k - 1, k) && isNameWord(k - 1) && !isTitle(w[k - 1].text)
                && (k + 1 == w.count || w[k + 1].text.first?.isNumber != true)
        }
        func isNameWord(_ k: Int) -> Bool {
            guard k >= 0, k < w.count, hasNameShape(w[k].text), !isTitle(w[k].text) || isGivenName(k) || isSurname(k) || isMiddleName(k),
                  !cues.honorifics.contains(w[k].lower),
                  // "Then Mira Castell …": an adverb opening the sentence is no name's first word.
                  !(k == 0 && cues.adverbs.contains(w[k].lower)) else { return false }
            let notName = context.notNames.contains(w[k].text), small = ContentWords.stopwords.contains(w[k].lower)
            let month = (notName || small) && isMonthSurname(k)
            return (!notName || month) && (!small || month || isTitledSmallWord(k))
        }
        /// The person's name that starts at word `k`: two to four name words, particles ("de", "van", "bin") allowed
        /// inside and not counted ("Hamad bin Khalid bin Nasser Al Fahd"); none when a body's word is among them or it is
        /// an actor's name that is no person's.
        func name(at k: Int, minimum: Int = 2, bySpeechAlone: Bool = false) -> Range<Int>? {
            // One or two initials may open a name, with or without their stops: "K. D. Marsh", "S Tarkovan".
            var first = k
            while first - k < 2, first + 1 < w.count, GivenNames.isInitial(w[first].text), !["A", "I"].contains(w[first].text),
                  !partsNames(first, first + 1) { first += 1 }
            guard isNameWord(first), !context.notFirstNames.contains(w[first].text) else { return nil }
            var end = first + 1
            var nameWords = 1
            while end < w.count, nameWords < 4, !partsNames(end - 1, end) {
                // A capitalised particle before a name word is a particle: "Nasser Al Fahd", "Anton De Vries".
                let particle = cues.particles.contains(w[end].text) && end + 1 < w.count && isNameWord(end + 1) && !partsNames(end, end + 1)
                if isNameWord(end), !particle { end += 1; nameWords += 1; continue }
                // One or two particles or a middle initial inside a name: "Anton de Vries", "Ilse von der
                // Brink", "Joel D. Ruiz".
                var inner = 0
                while inner < 2, end + inner < w.count, cues.particles.contains(w[end + inner].text), inner == 0 || !partsNames(end + inner - 1, end + inner) { inner += 1 }
                // Middle initials, one or two: "Joel D. Ruiz", "Ana M. T. Ruiz".
                if inner == 0, end > k {
                    while inner < 2, end + inner < w.count, w[end + inner].text.count == 1, w[end + inner].isCapitalized { inner += 1 }
                }
                if inner > 0, end + inner < w.count, isNameWord(end + inner), !partsNames(end + inner - 1, end + inner) { end += inner + 1; nameWords += 1; continue }
                break
            }
            // A regnal or family numeral ends a name: "Charles III", "Tom Okafor II".
            if end < w.count, cues.numerals.contains(w[end].text), !partsNames(end - 1, end) { end += 1 }
            guard end - k >= minimum, !w[k..<end].contains(where: { organisationWords.contains($0.text) }), !isPlace(w[k..<end].map(\.text)) else { return nil }
            // "Harbour Defense Minister …" is a role, and "the Ministry of Harbour Defense" a body's name.
            if end < w.count, isTitle(w[end].text), !partsNames(end - 1, end) { return nil }
            if k >= 2, cues.bodyLinks.contains(w[k - 1].lower), w[k - 2].isCapitalized { return nil }
            // Beside a speech verb alone, an actor's name speaks as the body it is ("City Hall said").
            guard !bySpeechAlone || !context.bodies.contains(slice(k, end - 1)) else { return nil }
            // The last words of an actor's longer name are no person's: "an official at Casa Verde Alta" names no "Verde Alta";
            // after a title or an honorific they are ("Mr Okafor", "Harbour Board Chair Ana Ruiz").
            let start = w[k].first
            guard !actorNames.contains(where: { m in
                m.tokenRange.lowerBound < start && m.tokenRange.upperBound > start
                    && !s.tokens[m.tokenRange.lowerBound..<start].contains { isTitle($0.text) || cues.honorifics.contains($0.lower) }
            }) else { return nil }
            return k..<end
        }
        /// A surname alone, ending at word `nameEnd`, before a description or an age set off by commas that
        /// ends at word `end`, after which the clause goes on to the surname's verb: "“…,” Okafor, a lawyer for
        /// Kelvar, said", "Okafor, 54, has said", "said Okafor, a lawyer for Kelvar." A partial name: the
        /// article's full name, where it has one, is the person. The surname opens its clause ("Meanwhile, the
        /// chief executive, Ana Ruiz, said" has no such verb; "in Alda, the capital," no opening).
        /// Whether word `k` opens its clause: the sentence's first word, or after a break or a quotation mark.
        func opensClause(_ k: Int) -> Bool {
            k == 0 || partsNames(k - 1, k) || QuotationMarks.holdsDouble(gap(k - 1, k))
        }
        func loneName(endingAt nameEnd: Int, before end: Int) -> Range<Int>? {
            let k = nameEnd - 1
            guard k >= 0, let n = name(at: k, minimum: 1), n == k..<nameEnd, !StatusReader.endsAsAdverb(w[k].lower),
                  !cues.connectives.contains(w[k].lower) else { return nil }
            let afterSpeech = k > 0 && Attribution.invertingVerbs.contains(w[k - 1].lower)
            guard opensClause(k) || afterSpeech, !(k > 0 && isNameWord(k - 1) && !partsNames(k - 1, k)) else { return nil }
            if end + 1 == w.count { return afterSpeech ? n : nil }
            var v = end + 1
            while v < w.count, cues.adverbs.contains(w[v].lower), !commaBetween(v - 1, v) { v += 1 }
            guard v < w.count, commaBetween(end, end + 1), w[v].text.first?.isLowercase == true,
                  isVerbLike(w[v].lower) || Attribution.speechVerbs.contains(w[v].lower) else { return nil }
            return n
        }
        func slice(_ a: Int, _ b: Int) -> String {
            let start = s.tokens[w[a].first].offset
            return String(String.UnicodeScalarView(scalars[start..<min(scalars.count, s.tokens[w[b].last].end)]))
        }
        /// The side the words right after a name give it: "Ana Ruiz of the Harbour Board", "Ana Ruiz from
        /// Kelvar", "Ana Ruiz, who heads Kelvar", "Ana Ruiz, representing Kelvar" (`affiliation` and `leads` in
        /// Rules/person-cues.rules).
        /// "Ana Ruiz, D-Ore.,", "Ana Ruiz (R-Ohio)": the party a letter before a state names, by the party's name.
        func partyOfLetter(after n: Range<Int>) -> ActorID? {
            let k = n.upperBound
            // The letter and the state are one hyphenated word: "D-Ore".
            guard k < w.count, case let parts = w[k].text.split(separator: "-", maxSplits: 1), parts.count == 2,
                  let party = cues.partyLetters[String(parts[0])], parts[1].first?.isUppercase == true,
                  gap(k - 1, k).contains(where: { $0 == "," || $0 == "(" }) else { return nil }
            return partyNamed(party, actors: context.actors)
        }
        func affiliation(after n: Range<Int>) -> ActorID? {
            var k = n.upperBound
            guard k + 1 < w.count else { return nil }
            if cues.personRelatives.contains(w[k].text), commaBetween(k - 1, k), cues.leadingVerbs.contains(w[k + 1].lower) {
                k += 2
            } else if commaBetween(k - 1, k), isParticiple(s.tokens[w[k].first]), cues.leadingVerbs.contains(w[k].lower) {
                k += 1
            } else if cues.affiliationLinks.contains(w[k].lower) || commaBetween(k - 1, k) && cues.setOffAffiliationLinks.contains(w[k].lower) {
                // "Ana Ruiz of the Harbour Board", "Tomas Rey, of the ruling Harbour Alliance,", "Tomas Berg, for the Harbour Board,".
                k += 1
            } else {
                return nil
            }
            if k < w.count, determiners.contains(w[k].lower) {
                k += 1
                // Up to two lower-case words before the name: "the ruling Harbour Alliance".
                var adjectives = 0
                while adjectives < 2, k + adjectives + 1 < w.count, !w[k + adjectives].isCapitalized, w[k + adjectives].text.allSatisfy(\.isLetter),
                      !commaBetween(k + adjectives, k + adjectives + 1) { adjectives += 1 }
                if adjectives > 0, w[k + adjectives].isCapitalized { k += adjectives }
            }
            var end = k
            while end < w.count, end - k < 8, w[end].isCapitalized || end > k && cues.particles.contains(w[end].lower), end == k || !commaBetween(end - 1, end) { end += 1 }
            guard end > k else { return nil }
            return side(of: Array(s.tokens[w[k].first...w[end - 1].last]), actors: context.actors)
        }

        /// The side a body's name in the possessive right before a name gives it: "Kelvar's Ana Ruiz said".
        func possessor(before n: Range<Int>) -> ActorID? {
            let k = n.lowerBound - 1
            guard k >= 0, gap(k, n.lowerBound).contains(where: { $0 == "'" || $0 == "’" }) else { return nil }
            var a = k
            while a > 0, k - a < 4, w[a - 1].isCapitalized, !partsNames(a - 1, a) { a -= 1 }
            return side(of: Array(s.tokens[w[a].first...w[k].last]), actors: context.actors)
        }

        /// "Orsan officials including Deputy Minister Ana Ruiz and Ambassador Li Wei": the side of the plural title whose
        /// examples a list that reaches `start` gives.
        func exampleSide(before start: Int) -> ActorID? {
            var k = start - 1
            // Back over the list's names, titles and links to an example link that ends at `k`.
            while k > 0, start - k < 14 {
                for link in cues.exampleLinks {
                    let first = k - link.count + 1
                    guard first > 0, link.indices.allSatisfy({ w[first + $0].lower == link[$0] }), isPlural(w[first - 1].text) else { continue }
                    var a = first - 1
                    while a > 0, first - a < 4, !commaBetween(a - 1, a), !determiners.contains(w[a - 1].lower) { a -= 1 }
                    return side(of: Array(s.tokens[w[a].first...w[first - 1].last]), actors: context.actors)
                }
                guard w[k].isCapitalized || isTitle(w[k].text) || cues.listLinks.contains(w[k].lower) || linkWords.contains(w[k].lower)
                        || determiners.contains(w[k].lower) else { return nil }
                k -= 1
            }
            return nil
        }

        /// "Kelvar's chief executive is (Irishman) Ana Ruiz": the side a role before "is" names, for a name or its
        /// role that starts at `start`.
        func copularSide(before start: Int) -> ActorID? {
            let k = start - 1
            guard k >= 1, Attribution.copulas.contains(w[k].lower), !commaBetween(k, start) else { return nil }
            var a = k
            while a > 0, k - a < 6, !commaBetween(a - 1, a) { a -= 1 }
            guard (a..<k).contains(where: { isTitle(w[$0].text) }) else { return nil }
            return side(of: Array(s.tokens[w[a].first...w[k - 1].last]), actors: context.actors)
        }

        /// Where an apposition that ends at `k` and gives a person's age, set off by a comma before it,
        /// starts (", a 64-year-old pensioner"); a body's description gives none ("the world's largest maker").
        func appositionPhrase(endingAt k: Int) -> Int? {
            var p = k
            while p > 0, k - p < 10, !commaBetween(p - 1, p) { p -= 1 }
            guard p >= 2, commaBetween(p - 1, p), determiners.contains(w[p].lower),
                  (p..<k).contains(where: { isAge($0) && w[$0 + 1].lower == "year-old" }) else { return nil }
            return p
        }
        /// Whether "the 26-year-old" stands right before word `k`; where it starts.
        func ageBefore(_ k: Int) -> Int? {
            guard k >= 3, w[k - 1].lower == "year-old", isAge(k - 2), determiners.contains(w[k - 3].lower) else { return nil }
            return k - 3
        }
        /// Where a phrase that ends at `k` and opens on a participle, set off by a comma before it, starts
        /// (", speaking to reporters").
        func participlePhrase(endingAt k: Int) -> Int? {
            var p = k
            while p > 0, !commaBetween(p - 1, p) { p -= 1 }
            guard p >= 2, commaBetween(p - 1, p), isParticiple(s.tokens[w[p].first]) else { return nil }
            return p
        }

        /// Where "of" or "from" stands before a body's capitalised name that ends at `k` ("… of the Harbour Board"); with
        /// `setOff`, after a comma (", of the Harbour Board,").
        func affiliationLink(endingAt k: Int, setOff: Bool = false) -> Int? {
            var a = k
            while a > 0, w[a].isCapitalized, k - a < 8, !commaBetween(a - 1, a) { a -= 1 }
            guard w[k].isCapitalized, a < k else { return nil }
            if a > 0, determiners.contains(w[a].lower), !commaBetween(a - 1, a) { a -= 1 }
            guard a >= 2, cues.affiliationLinks.contains(w[a].lower) || setOff && cues.setOffAffiliationLinks.contains(w[a].lower),
                  commaBetween(a - 1, a) == setOff else { return nil }
            return a
        }

        func mention(_ n: Range<Int>, role: ClosedRange<Int>?, title: Int?, partial: Bool = false) -> PersonMention {
            let name = PeopleFinder.withoutNickname(slice(n.lowerBound, n.upperBound - 1))
            // The article before a role is read with it: an actor may go by "the kingdom" ("the Kingdom's Ambassador").
            let roleSide = role.flatMap { r -> ActorID? in
                let first = w[r.lowerBound].first
                // "Tarsk named its candidate Ana Ruiz": the actor the sentence names first.
                if first > 1, Attribution.bodyPossessives.contains(s.tokens[first - 1].lower),
                   let owner = context.actors.matches(in: Array(s.tokens[..<(first - 1)])).first { return owner.id }
                let from = first > 0 && s.tokens[first - 1].lower == "the" ? first - 1 : first
                return side(of: Array(s.tokens[from...w[r.upperBound].last]), actors: context.actors, heads: context.heads)
            } ?? affiliation(after: n) ?? partyOfLetter(after: n) ?? possessor(before: n) ?? copularSide(before: role?.lowerBound ?? n.lowerBound)
                ?? exampleSide(before: role?.lowerBound ?? n.lowerBound)
            // "Ana Ruiz, a crane driver at Kelvar": one who works at a body of another side, in no office of it, is of
            // the workforce's side, when an actor stands for one (not "Liberal leader Ana Ruiz").
            let worker = role.flatMap { r -> ActorID? in
                guard let workforce = context.workforce, let side = roleSide, side != workforce,
                      !(r.lowerBound...r.upperBound).contains(where: { cues.offices.contains(w[$0].lower) }),
                      let link = (r.lowerBound...r.upperBound).first(where: { cues.workplaceLinks.contains(w[$0].lower) }),
                      (link...r.upperBound).contains(where: { w[$0].isCapitalized }) else { return nil }
                return workforce
            }
            // A role that names no side ("Transport Ministry spokesman") is, at a guess, one of the outlet's own side;
            // a state's office one of the side the article was filed from.
            let stateOffice = role.map { r in (r.lowerBound...r.upperBound).contains { cues.stateTitles.contains(w[$0].lower) } } ?? false
            let guess = role != nil && roleSide == nil && context.known.sides[name] == nil
                ? (stateOffice ? context.filedFrom ?? context.home : context.home) : nil
            // Each of "Presidents Ana Ruiz and Tom Okafor" is a president.
            let plural = title.map { role?.upperBound == $0 && isPlural(w[$0].text) } ?? false
            return PersonMention(name: name, role: role.map { plural ? String(slice($0.lowerBound, $0.upperBound).dropLast()) : slice($0.lowerBound, $0.upperBound) },
                                 title: title.map { plural ? String(w[$0].lower.dropLast()) : w[$0].lower },
                                 actor: context.known.sides[name] ?? worker ?? roleSide ?? guess, citation: s.citation, partial: partial,
                                 sideGuessed: guess != nil)
        }

        var found: [PersonMention] = []
        var lone: [String] = []
        var taken = Set<Int>()
        /// Where each name found stands, in the order found.
        var named: [Range<Int>] = []
        func add(_ m: PersonMention, _ n: Range<Int>) {
            guard !n.contains(where: taken.contains) else {
                // "Field Marshal Ana Ruiz, the chief of staff of the Tarskan navy,": a second role of the same name
                // gives the side the first left to a guess.
                if let i = named.firstIndex(of: n), found[i].actor == nil || found[i].sideGuessed, let side = m.actor, !m.sideGuessed {
                    let first = found[i]
                    found[i] = PersonMention(name: first.name, role: first.role, title: first.title, actor: side, citation: first.citation, partial: first.partial)
                }
                return
            }
            taken.formUnion(n)
            named.append(n)
            found.append(m)
        }

        for j in w.indices where isTitle(w[j].text) && !isGivenName(j) {
            var titleEnd = j
            // "Secretary of Transport", "ambassador to Peru": a link word and capitalised words extend the title.
            // "Chairman of the Harbour Council": "the" may come before the capitalised words. Not quoted ones: "the host of
            // “Alda Rules Everything”" is of a work's title.
            let article = titleEnd + 3 < w.count && w[titleEnd + 2].lower == "the" ? 1 : 0
            if titleEnd + 2 + article < w.count, linkWords.contains(w[titleEnd + 1].lower), w[titleEnd + 2 + article].isCapitalized,
               !commaBetween(titleEnd + 1, titleEnd + 2 + article),
               !QuotationMarks.holdsDouble(gap(titleEnd + 1 + article, titleEnd + 2 + article)) {
                var end = titleEnd + 2 + article
                while end + 1 < w.count, !commaBetween(end, end + 1) {
                    // A body's last word goes on it too: "Minister for Consular Affairs Ana Ruiz".
                    if w[end + 1].isCapitalized, organisationWords.contains(w[end + 1].text) || name(at: end + 1).map({ $0.count < 2 }) ?? true {
                        end += 1
                        continue
                    }
                    // So does what a body's last word is of or on, and the body the holder is at: "Chairman of the Council
                    // Committee on Harbour Affairs Ana Ruiz", "Director of Mergers at the Harbour Board Ana Ruiz".
                    if end + 2 < w.count, linkWords.contains(w[end + 1].lower), !commaBetween(end, end + 1) {
                        let the = end + 3 < w.count && w[end + 2].lower == "the" ? 1 : 0
                        if w[end + 2 + the].isCapitalized, !commaBetween(end + 1 + the, end + 2 + the), the == 1 || organisationWords.contains(w[end].text) {
                            end += 2 + the
                            continue
                        }
                    }
                    break
                }
                // After "the" the words are a body's name, which ends on a body's word: "president of the United
                // Dockers International, said" is no title before a name.
                if article == 1, !organisationWords.contains(w[end].text) { end = titleEnd }
                // "A spokesman for Prime Minister Ana Ruiz": a title after the link is the named one's own; the first
                // is someone else's, who works for her.
                if end > titleEnd, !(titleEnd + 2...end).contains(where: { isTitle(w[$0].text) }) { titleEnd = end }
            }
            // The role runs back over the words that qualify the title: "Deputy Foreign", "union shop",
            // "Veloria's", a second title joined by "and" ("Chief Executive and President").
            var roleStart = j
            // The title the words before are counted from: the first of titles joined by "and" ("Tarsk union executive
            // director and chief negotiator").
            var head = j
            // Capitalised words may run further back: "Port Alda Police Department Chief Deputy Superintendent".
            while roleStart > 0, head - roleStart < 5 || w[roleStart - 1].isCapitalized && head - roleStart < 8, !commaBetween(roleStart - 1, roleStart),
                  // A dateline's dash ("Newtown — Gov. Dan Marsh") and an adverb opening the sentence ("Earlier Alda
                  // President …") are no part of the role.
                  !gap(roleStart - 1, roleStart).contains(where: { "-–—".unicodeScalars.contains($0) }),
                  !(roleStart == 1 && (cues.adverbs.contains(w[0].lower) || Attribution.timeWords.contains(w[0].lower))) {
                let before = w[roleStart - 1]
                if cues.titleLinks.contains(before.lower), roleStart > 1, titles.contains(w[roleStart - 2].lower) { roleStart -= 2; head = roleStart; continue }
                // "AT&R COO Ana Ruiz": a name in capitals is no small word.
                guard !cues.roleStoppers.contains(before.lower), !ContentWords.stopwords.contains(before.lower) || GlossaryFinder.isAcronym(before.text),
                      !Attribution.speechVerbs.contains(before.lower),
                      before.isCapitalized || isUnitNumber(roleStart - 1) || before.text.allSatisfy(\.isLetter) && (!cues.roleStopperEndings.contains(where: before.lower.hasSuffix)
                        // After an article or a possessive such a word qualifies the title, as no verb can there:
                        // "the union's marketing head", "a retired general"; so does a noun in -ing after a proper
                        // adjective ("Liberal housing spokeswoman"), where one in -ed is a verb ("Ruiz invited Minister …").
                        || roleStart >= 2 && (determiners.contains(w[roleStart - 2].lower) || gap(roleStart - 2, roleStart - 1).contains { $0 == "'" || $0 == "’" }
                            || w[roleStart - 2].isCapitalized && before.lower.hasSuffix("ing") && !commaBetween(roleStart - 2, roleStart - 1)))
                else { break }
                roleStart -= 1
            }
            // A role that reached back over lower-case words to a capitalised one starts after the last of
            // them: in "rebels shot down Alda President", the role is "Alda President". Words of rank are the role's
            // own: "Alda's interim Prime Minister", "shot down former Alda President".
            func opensCapitals(after k: Int) -> Bool {
                var m = k + 1
                while m < j, cues.ranks.contains(w[m].lower) { m += 1 }
                return m < j && w[m].isCapitalized
            }
            if let cut = (roleStart..<j).last(where: { !w[$0].isCapitalized && !cues.ranks.contains(w[$0].lower) && opensCapitals(after: $0) }) { roleStart = cut + 1 }
            // Title then name: "Defense Minister Tomas Brandt"; or title, comma, name: "the ambassador, Ana Ruiz,".
            // Not after a possessive title: "the Prime Minister’s Harbour Plan" names a plan.
            let possessive = titleEnd + 1 < w.count && gap(titleEnd, titleEnd + 1).contains { $0 == "'" || $0 == "’" }
            // A plural title's examples: "TV hosts such as Ana Ruiz", "ministers including Li Wei".
            let examples = isPlural(w[j].text) && !possessive ? cues.exampleLinks.first { link in
                titleEnd + link.count + 1 < w.count && link.indices.allSatisfy { w[titleEnd + 1 + $0].lower == link[$0] }
            }?.count ?? 0 : 0
            // An honorific may stand between: "Its chief executive, Sir Colin Marsh,".
            let honorific = titleEnd + 2 + examples < w.count && cues.honorifics.contains(w[titleEnd + 1 + examples].lower) ? 1 : 0
            // A quotation mark parts quoted words from the name after them: "“… our employees,” Tom Okafor said".
            let quoteAfter = titleEnd + 1 < w.count && QuotationMarks.holdsDouble(gap(titleEnd, titleEnd + 1))
            if titleEnd + 1 < w.count, !possessive, !quoteAfter,
               let n = name(at: titleEnd + 1 + examples + honorific, minimum: w[j].isCapitalized && cues.singleNameTitles.contains(w[j].lower) ? 1 : 2) {
                // One name after a title of those who go by one ("Prince Hamid") is the full name where another has it.
                add(mention(n, role: roleStart...titleEnd, title: j, partial: n.count == 1), n)
                // A plural title before names parted by commas and "and": "former ministers Ana Ruiz and Li Wei".
                var last = n
                while isPlural(w[j].text), last.upperBound + 1 < w.count, cues.listLinks.contains(w[last.upperBound].lower) || commaBetween(last.upperBound - 1, last.upperBound),
                      let next = name(at: cues.listLinks.contains(w[last.upperBound].lower) ? last.upperBound + 1 : last.upperBound),
                      // An item ends the list or comes before a comma or "and"; "Ana Ruiz, Alda lawyer Li Wei" starts a role of
                      // its own. The item after "and" is the last, whatever follows, but a title ("and Alda Valley officials").
                      next.upperBound == w.count || partsNames(next.upperBound - 1, next.upperBound) || cues.listLinks.contains(w[next.upperBound].lower)
                        || cues.listLinks.contains(w[last.upperBound].lower) && !w[next.upperBound].isCapitalized && !isTitle(w[next.upperBound].text) {
                    add(mention(next, role: roleStart...titleEnd, title: j), next)
                    last = next
                }
                continue
            }
            // "President Ruiz": a surname the configuration lists for one person, after a title, names that person.
            if titleEnd + 1 < w.count, !possessive, let full = context.known.surnames[w[titleEnd + 1].text],
               name(at: titleEnd + 1, minimum: 1) == titleEnd + 1..<titleEnd + 2 {
                let m = mention(titleEnd + 1..<titleEnd + 2, role: roleStart...titleEnd, title: j)
                add(PersonMention(name: full, role: m.role, title: m.title, actor: m.actor ?? context.known.sides[full], citation: m.citation,
                                  sideGuessed: m.sideGuessed), titleEnd + 1..<titleEnd + 2)
                continue
            }
            // A title, what it is of, a comma, then a name that ends its phrase: "a spokesperson for the line, Ana Ruiz",
            // "the president of the dockers' union, Ana Ruiz, said". What it is of may be two things ("the minister for
            // trade and industry, Ana Ruiz,"), and a body's name in it need not end the title ("the head of TSU union").
            let of = titleEnd > j && titleEnd + 1 < w.count && !linkWords.contains(w[titleEnd + 1].lower) && !commaBetween(titleEnd, titleEnd + 1) ? j : titleEnd
            if of + 2 < w.count, !possessive, linkWords.contains(w[of + 1].lower), !commaBetween(of, of + 1) {
                var c = of + 1
                func joins(_ k: Int) -> Bool {
                    cues.listLinks.contains(w[k].lower) && k + 1 < w.count && !commaBetween(k, k + 1) && !isVerbLike(w[k + 1].lower)
                }
                while c + 1 < w.count, c - of < 7, !commaBetween(c, c + 1), !isVerbLike(w[c + 1].lower) || joins(c + 1), !isTitle(w[c + 1].text) { c += 1 }
                if c + 1 < w.count, commaBetween(c, c + 1), let n = name(at: c + 1),
                   n.upperBound == w.count || partsNames(n.upperBound - 1, n.upperBound) || isVerbLike(w[n.upperBound].lower) {
                    add(mention(n, role: roleStart...c, title: j), n)
                    continue
                }
            }
            // Apposition: "Li Wei, an expert on trade at …", "Li Wei, Managing Director of the Board", "Li Wei,
            // head of the port": a name, a comma, a determiner, a possessive or capitalised words or nothing, then the role.
            var d = j
            while d > 0, !determiners.contains(w[d - 1].lower), !commaBetween(d - 1, d), j - d < 6 { d -= 1 }
            let opens = d > 0 && determiners.contains(w[d - 1].lower) ? d - 1 : d
            guard opens > 0, commaBetween(opens - 1, opens) else { continue }
            // The first word of a title of several ("Chief Justice") is no apposition's: the title is the name's after it.
            guard j + 1 == w.count || !isTitle(w[j + 1].text) || commaBetween(j, j + 1) else { continue }
            // A body's name in the possessive stands for a determiner: "Li Wei, Kelvar's lawyer".
            let possessor = (opens..<j).first { p in gap(p, p + 1).contains { $0 == "'" || $0 == "’" } && (opens...p).allSatisfy { w[$0].isCapitalized } }
            // In brackets the role may be any words: "Ana Ruiz [Kelvar president]".
            let bracketed = gap(opens - 1, opens).contains { $0 == "(" || $0 == "[" }
            // A side's name may stand for a determiner too: "Li Wei, Kelvar chief executive".
            let sideNamed = w[opens].isCapitalized && (opens..<j).contains { k in
                !w[k + 1].isCapitalized && side(of: Array(s.tokens[w[opens].first...w[k].last]), actors: context.actors) != nil
            }
            let ranked = (opens..<j).allSatisfy { cues.ranks.contains(w[$0].lower) }
            // A word or two in lower case that qualify the title, no verb's or small word's: "legal counsel", "company chairman",
            // "union general secretary treasurer" (the title's own words aside).
            let titleRun = (opens..<j).reversed().prefix { isTitle(w[$0].text) && !commaBetween($0, $0 + 1) }.last ?? j
            let qualifiers = titleRun - opens <= 2 && (opens..<j).allSatisfy { !w[$0].isCapitalized && w[$0].text.allSatisfy({ $0.isLetter || $0 == "-" }) && !isVerbLike(w[$0].lower)
                && !ContentWords.stopwords.contains(w[$0].lower) && !cues.roleStopperEndings.contains(where: w[$0].lower.hasSuffix) }
            // A title of a body after them: "Li Wei, legal counsel for Kelvar,", "Li Wei, co-lead counsel for the crews,",
            // "Li Wei, chairman of ferry operator Kelvar,".
            let ofWhom = j + 2 < w.count && determiners.contains(w[j + 2].lower) ? j + 3 : j + 2
            func lowerWords(_ r: ClosedRange<Int>) -> Bool { r.allSatisfy { !w[$0].isCapitalized && w[$0].text.allSatisfy(\.isLetter) } }
            // A body's name may open on a number: "general counsel of 21st Century Kelvar", "chief of 3M".
            let opensOnNumber = ofWhom < w.count && w[ofWhom].text.first?.isNumber == true
                && (w[ofWhom].text.contains(where: \.isUppercase) || ofWhom + 1 < w.count && w[ofWhom + 1].isCapitalized && !commaBetween(ofWhom, ofWhom + 1))
            let qualified = qualifiers && ofWhom < w.count && linkWords.contains(w[j + 1].lower)
                && (w[ofWhom].isCapitalized || opensOnNumber || (ofWhom..<min(w.count, ofWhom + 3)).contains { k in
                    k + 1 < w.count && (ofWhom > j + 2 && commaBetween(k, k + 1)
                        || !commaBetween(k, k + 1) && w[k + 1].isCapitalized && (ofWhom...k).allSatisfy { !isVerbLike(w[$0].lower) && !ContentWords.stopwords.contains(w[$0].lower) })
                        && lowerWords(ofWhom...k) })
            // So is one set off by a comma after the titles it starts: "Li Wei, company chairman and chief executive, said".
            var titlesEnd = j
            while titlesEnd + 1 < w.count, titlesEnd - j < 4, !commaBetween(titlesEnd, titlesEnd + 1),
                  isTitle(w[titlesEnd + 1].text) || w[titlesEnd + 1].lower == "and" { titlesEnd += 1 }
            let qualifiedTitles = qualifiers && titlesEnd + 1 < w.count && commaBetween(titlesEnd, titlesEnd + 1) && isTitle(w[titlesEnd].text)
            guard opens == d - 1 || opens == j || ranked || possessor != nil || bracketed || sideNamed || qualified || qualifiedTitles
                    || (opens...j).allSatisfy({ w[$0].isCapitalized || cues.particles.contains(w[$0].lower) }) else { continue }
            // A quotation mark parts the quoted words from the role after them: "… by the Harbour Board," Deputy Minister Ana Ruiz said.
            guard !QuotationMarks.holdsDouble(gap(opens - 1, opens)) else { continue }
            // An age set off by commas may stand between: "Ana Ruiz, 54, Kelvar's lawyer"; so may the body
            // the person belongs to, where no name ends at the comma: "Ana Ruiz of Ruiz Marsh LLP, a trial lawyer,".
            let nameEnd = opens >= 2 && isAge(opens - 1) && commaBetween(opens - 2, opens - 1) ? opens - 1 : opens
            func nameStart(endingAt nameEnd: Int) -> Int {
                var start = nameEnd - 1
                var nameWords = 1
                while start > 0, nameWords < 4, !partsNames(start - 1, start) {
                    if isNameWord(start - 1), !context.notFirstNames.contains(w[start - 1].text) { start -= 1; nameWords += 1; continue }
                    // A particle inside the name: "Hamad bin Khalid bin Nasser Al-Fahdi", "Anton de Vries".
                    // So is a middle initial: "Joel D. Ruiz, a lawyer for Kelvar,".
                    let inner = cues.particles.contains(w[start - 1].text) || w[start - 1].text.count == 1 && w[start - 1].isCapitalized
                    if start > 1, inner, isNameWord(start - 2), !context.notFirstNames.contains(w[start - 2].text),
                       !partsNames(start - 2, start - 1) { start -= 2; nameWords += 1; continue }
                    break
                }
                return start
            }
            var roleEnd = titleEnd
            // The role ends before a clause, a comma or a quotation ("a writer on series such as "…""), and before
            // "who" ("a teacher who led the march").
            // After an article a word is a noun: "attorney general of one of the states".
            while roleEnd + 1 < w.count, !commaBetween(roleEnd, roleEnd + 1),
                  !isVerbLike(w[roleEnd + 1].lower) || determiners.contains(w[roleEnd].lower),
                  !cues.personRelatives.contains(w[roleEnd + 1].lower),
                  !QuotationMarks.holdsDouble(gap(roleEnd, roleEnd + 1)) { roleEnd += 1 }
            // Cut before a quotation, what the role is of goes with it: "the host of “…”" is the host.
            while roleEnd > titleEnd, linkWords.contains(w[roleEnd].lower) { roleEnd -= 1 }
            if let n = name(at: nameStart(endingAt: nameEnd)), n.upperBound == nameEnd {
                add(mention(n, role: d...roleEnd, title: j), n)
            } else if let n = loneName(endingAt: nameEnd, before: roleEnd) {
                add(mention(n, role: d...roleEnd, title: j, partial: true), n)
            } else if nameEnd >= 3, let link = affiliationLink(endingAt: nameEnd - 1), let n = name(at: nameStart(endingAt: link)), n.upperBound == link {
                add(mention(n, role: d...roleEnd, title: j), n)
            }
        }
        // A surname alone, its age set off by commas, then its verb: "Ruiz, 54, said".
        for k in w.indices.dropFirst() where isAge(k) && commaBetween(k - 1, k) {
            if let n = loneName(endingAt: k, before: k) { add(mention(n, role: nil, title: nil, partial: true), n) }
        }
        // An honorific: "Ms Ana Ruiz", "Mr. Le Berre" (a surname alone points back at a full name).
        for j in w.indices where cues.honorifics.contains(w[j].lower) {
            if let n = name(at: j + 1, minimum: 1) {
                let particleName = n.count == 2 && cues.particles.contains(w[n.lowerBound].text)
                add(mention(n, role: nil, title: nil, partial: n.count == 1 || particleName), n)
            }
        }
        // A name, "as", then its title, which ends its phrase: "led by Kelvar's Ana Ruiz as chief executive", "with Ana
        // Ruiz as its president, …" (not "Kelvar Freight as the official body": a title before a noun qualifies it).
        // "As a friend", "as an adviser" tells of a kind, which a body may be too.
        for j in w.indices.dropFirst(2) where w[j].lower == "as" && !partsNames(j - 1, j) && !(j + 1 < w.count && ["a", "an"].contains(w[j + 1].lower)) {
            // "as its president": an article or a possessive before the title is no part of the role.
            let first = j + 1 < w.count && ContentWords.stopwords.contains(w[j + 1].lower) ? j + 2 : j + 1
            guard let title = (first..<min(w.count, first + 3)).last(where: { isTitle(w[$0].text) }),
                  (first..<title).allSatisfy({ !isVerbLike(w[$0].lower) && !partsNames($0, $0 + 1) }),
                  title + 1 == w.count || partsNames(title, title + 1) || linkWords.contains(w[title + 1].lower)
                    || ContentWords.stopwords.contains(w[title + 1].lower) else { continue }
            guard let n = (max(0, j - 4)..<(j - 1)).lazy.compactMap({ name(at: $0, bySpeechAlone: true) }).first(where: { $0.upperBound == j }) else { continue }
            add(mention(n, role: first...title, title: title), n)
        }
        /// The names listed before the name that starts at `first`, each set off by a comma or "and", an
        /// affiliation after it allowed, in the text's order: "Ana Ruiz, Li Wei of Alda, and Tom Brand said" names
        /// all three.
        func listedBefore(_ first: Int) -> [Range<Int>] {
            var first = first
            var listed: [Range<Int>] = []
            while first >= 2 {
                var end = first - 1
                var joined = false
                if w[end].lower == "and" { joined = true; end -= 1 }
                if end >= 0, commaBetween(end, end + 1) { joined = true }
                guard joined, end >= 1 else { break }
                if let link = affiliationLink(endingAt: end) { end = link - 1 }
                var start = end
                while start > 0, end - start < 3, isNameWord(start - 1) || cues.particles.contains(w[start - 1].text), !partsNames(start - 1, start) { start -= 1 }
                guard let n = name(at: start, bySpeechAlone: true), n.upperBound == end + 1 else { break }
                listed.insert(n, at: 0)
                first = start
            }
            return listed
        }
        // A speech verb beside the name: "Ana Ruiz said", "Ana Ruiz also told", "said Ana Ruiz", "according to Ana Ruiz".
        for j in w.indices where Attribution.speechVerbs.contains(w[j].lower) && (j == 0 || w[j].text.first?.isLowercase == true) {
            var k = j - 1
            while k >= 0, cues.adverbs.contains(w[k].lower), !commaBetween(k, k + 1) { k -= 1 }
            // "Ana Ruiz, speaking to reporters, said": the name stands before a participle's phrase set off by commas.
            var setOff = false
            if k >= 2, commaBetween(k, k + 1), let p = participlePhrase(endingAt: k) {
                k = p - 1
                setOff = true
            }
            // "Ana Ruiz, a 64-year-old pensioner, said": the name stands before an apposition set off by commas.
            if !setOff, k >= 2, commaBetween(k, k + 1), let p = appositionPhrase(endingAt: k) {
                k = p - 1
                setOff = true
            }
            // "Ana Ruiz of the Harbour Board said": the name stands before the body it belongs to, set off by commas or not
            // ("Ana Ruiz, of the Harbour Board, had told the court").
            if k >= 0, setOff || !commaBetween(k, k + 1), let link = affiliationLink(endingAt: k) {
                k = link - 1
            } else if k >= 2, commaBetween(k, k + 1), let link = affiliationLink(endingAt: k, setOff: true) {
                k = link - 1
                setOff = true
            }
            if k >= 0, setOff || !commaBetween(k, k + 1) {
                var start = k
                while start > 0, k - start < 3, isNameWord(start - 1) || cues.particles.contains(w[start - 1].text), !partsNames(start - 1, start) { start -= 1 }
                if start == 0 || !determiners.contains(w[start - 1].lower), let n = name(at: start, bySpeechAlone: true), n.upperBound == k + 1 {
                    for listed in listedBefore(start) { add(mention(listed, role: nil, title: nil), listed) }
                    add(mention(n, role: nil, title: nil), n)
                } else if start == k, let n = name(at: k, minimum: 1, bySpeechAlone: true), n == k..<k + 1,
                          opensClause(k) || ageBefore(k) != nil {
                    lone.append(w[k].text)
                }
            }
            // Only a verb that inverts has its speaker after it ("told Ana Ruiz" names whom she told).
            guard Attribution.invertingVerbs.contains(w[j].lower) else { continue }
            var after = j + 1
            if after < w.count, Attribution.verbLinks[w[j].lower] == w[after].lower { after += 1 }
            if after < w.count, gap(after - 1, after).allSatisfy({ $0 == " " }), let n = name(at: after, bySpeechAlone: true) {
                add(mention(n, role: nil, title: nil), n)
            } else {
                // "said Lind, who …", "said the 26-year-old Castell.": a surname alone that ends its clause.
                let single = after + 3 < w.count && ageBefore(after + 3) == after ? after + 3 : after
                if single < w.count, let n = name(at: single, minimum: 1, bySpeechAlone: true), n == single..<single + 1,
                   single + 1 == w.count || partsNames(single, single + 1) || commaBetween(single, single + 1) {
                    lone.append(w[single].text)
                }
            }
        }
        // The source a report cites: "The paper reported, citing Ana Ruiz", "the paper, quoting Ana Ruiz, said".
        for j in w.indices.dropLast() where Attribution.citingWords.contains(w[j].lower) {
            if let n = name(at: j + 1, bySpeechAlone: true) { add(mention(n, role: nil, title: nil), n) }
        }
        // A relative word only a person takes, after the name and a comma: "Ana Ruiz, who chairs the board,".
        // An age set off by commas may stand between: "Ana Ruiz, 52, who chairs the board,".
        for j in w.indices.dropFirst() where cues.personRelatives.contains(w[j].text) && commaBetween(j - 1, j) {
            let nameEnd = j >= 3 && isAge(j - 1) && commaBetween(j - 2, j - 1) ? j - 1 : j
            var start = nameEnd - 1
            while start > 0, nameEnd - 1 - start < 3, isNameWord(start - 1) || cues.particles.contains(w[start - 1].text), !partsNames(start - 1, start) { start -= 1 }
            if start == 0 || !determiners.contains(w[start - 1].lower), let n = name(at: start, bySpeechAlone: true), n.upperBound == nameEnd {
                add(mention(n, role: nil, title: nil), n)
            }
        }
        // Names listed with a person's are people's too: a list of three or more, set off by commas, the last after
        // "and", a title before a name allowed ("Dean Holt, Chief Justice Lena Marsh, Ivo Brand, and Sara Quist
        // dissented"). Two names or a comma alone make no list: "the 2020 Harbour War, President Ana Ruiz".
        func listedAfter(_ n: Range<Int>) -> (names: [Range<Int>], closed: Bool) {
            var listed: [Range<Int>] = []
            var last = n
            while last.upperBound + 1 < w.count {
                let and = cues.listLinks.contains(w[last.upperBound].lower)
                guard and || commaBetween(last.upperBound - 1, last.upperBound) else { break }
                var start = last.upperBound + (and ? 1 : 0)
                let closes = and || start < w.count && cues.listLinks.contains(w[start].lower)
                if !and, closes { start += 1 }
                while start < w.count, w[start].isCapitalized, isTitle(w[start].text) { start += 1 }
                guard start < w.count, let next = name(at: start, bySpeechAlone: true),
                      next.upperBound == w.count || partsNames(next.upperBound - 1, next.upperBound) || cues.listLinks.contains(w[next.upperBound].lower)
                        || closes && !w[next.upperBound].isCapitalized else { break }
                listed.append(next)
                if closes { return (listed, true) }
                last = next
            }
            return (listed, false)
        }
        // A list of names the configuration gives people, and only such names, is a list of people too: "the
        // commissioners — Ana Ruiz, Li Wei and Tom Brand — backed the move".
        let configured = Set(context.known.entries.map(\.name))
        func isConfigured(_ n: Range<Int>) -> Bool { configured.contains(slice(n.lowerBound, n.upperBound - 1)) }
        let configuredNames = configured.isEmpty ? [] : w.indices.compactMap { k in name(at: k, bySpeechAlone: true).flatMap { isConfigured($0) ? $0 : nil } }
        for n in named + configuredNames {
            var first = n.lowerBound
            while first > 0, w[first - 1].isCapitalized, isTitle(w[first - 1].text), !partsNames(first - 1, first) { first -= 1 }
            let before = listedBefore(first)
            let after = listedAfter(n)
            let closed = after.closed || !before.isEmpty && first > 0 && cues.listLinks.contains(w[first - 1].lower)
            guard closed, before.count + after.names.count >= 2,
                  named.contains(n) || (before + after.names).allSatisfy(isConfigured) else { continue }
            for listed in [n] + before + after.names { add(mention(listed, role: nil, title: nil), listed) }
        }
        // A name the configuration gives a person, opening its clause before "is" or "was", an article and a title a few
        // words on, holds that title: "Ana Ruiz is a video game actor known for …".
        for n in configuredNames where opensClause(n.lowerBound) && n.upperBound + 2 < w.count && Attribution.copulas.contains(w[n.upperBound].lower)
            && !partsNames(n.upperBound - 1, n.upperBound) && determiners.contains(w[n.upperBound + 1].lower) {
            let first = n.upperBound + 2
            let phrase = (first..<min(w.count, first + 4)).prefix { !isVerbLike(w[$0].lower) && ($0 == first || !partsNames($0 - 1, $0)) }
            guard let title = phrase.last(where: { isTitle(w[$0].text) && !isPlural(w[$0].text) }) else { continue }
            add(mention(n, role: first...title, title: title), n)
        }
        var runs: [(name: String, citation: Citation)] = []
        for k in w.indices where !surnames.isEmpty && w[k].isCapitalized && (k == 0 || !isNameWord(k - 1) || partsNames(k - 1, k)) {
            // More than three words is a title's or a body's words before a name ("Financial Intelligence David Cohen").
            if let n = name(at: k), surnames.contains(w[n.upperBound - 1].text), n.filter({ w[$0].text.count > 1 }).count <= 3 {
                runs.append((PeopleFinder.withoutNickname(slice(n.lowerBound, n.upperBound - 1)), s.citation))
            }
        }
        let mentions = found.map { m in
            // A configured person found by a cue keeps the configured full name and side.
            if let entry = context.known.entries.first(where: { $0.name == m.name || $0.aliases.contains(m.name) }) {
                return PersonMention(name: entry.name, role: m.role ?? entry.role, title: m.title, actor: entry.actor ?? m.actor,
                                     citation: m.citation)
            }
            return m
        }
        return Reading(mentions: mentions, loneSpeakers: lone, nameRuns: runs)
    }

    /// The configured people a sentence names by their full name or a longer alias of theirs.
    static func known(in s: SentenceRef, _ known: KnownPeople, index: NameIndex<String>, besides already: Set<String>) -> [PersonMention] {
        var seen = Set<String>()
        return index.matches(in: s.tokens).compactMap { m in
            guard !already.contains(m.id), seen.insert(m.id).inserted, let entry = known.entries.first(where: { $0.name == m.id }) else { return nil }
            return PersonMention(name: entry.name, role: entry.role, title: entry.role.flatMap(lastTitle), actor: entry.actor, citation: s.citation)
        }
    }

    /// The last title word of a role ("Deputy Foreign Minister" → "minister").
    static func lastTitle(in role: String) -> String? {
        Tokenizer.tokens(role).map(\.lower).last(where: titles.contains)
    }

    private static func isVerbLike(_ lower: String) -> Bool {
        Attribution.speechVerbs.contains(lower) || cues.verbLike.contains(lower)
    }

    /// Whether a word is a person's age set off by commas after their name: "Ana Ruiz, 54,".
    /// Whether a word is a present participle that opens a phrase: "speaking", "pointing" (not "King", "thing").
    static func isParticiple(_ token: Token) -> Bool {
        !token.isCapitalized && token.lower.count > 5 && token.lower.hasSuffix("ing")
    }

    static func isAge(_ word: String) -> Bool { (1...3).contains(word.count) && word.allSatisfy(\.isNumber) }

    /// The first actor a role names, skipping the place one is posted "to" and a field of "studies"; by
    /// its name, else by the common noun that heads it ("the province's minister").
    static func side(of role: [Token], actors: NameIndex<ActorID>, heads: NameIndex<ActorID> = NameIndex([])) -> ActorID? {
        let sides = (actors.matches(in: role) + heads.matches(in: role)).filter { m in
            let before = m.tokenRange.lowerBound > 0 ? role[m.tokenRange.lowerBound - 1].lower : ""
            let after = m.tokenRange.upperBound < role.count ? role[m.tokenRange.upperBound].lower : ""
            return !cues.notSideBefore.contains(before) && !cues.notSideAfter.contains(after)
        }
        // An actor's common noun that heads the role, before any qualifier, is what its holder is: "Kelvar Rail commuter"
        // and "a daily commuter from Alda" are the commuters', not the railway's.
        let head = (1..<max(1, role.count)).first { Attribution.qualifiers.contains(role[$0].lower) } ?? role.count
        if let m = sides.first(where: { $0.tokenRange.upperBound == head && !role[$0.tokenRange.lowerBound].isCapitalized }) { return m.id }
        if let m = sides.first { return m.id }
        // A title's holder is of the side the title's plural names: "Prosecutor Lina Weiss" and an actor
        // called "prosecutors".
        if let head = role.last, isTitle(head.text), !isPlural(head.text),
           let m = actors.matches(in: [Token(text: head.lower + "s", offset: 0, hyphenated: false)]).first { return m.id }
        return sideByBodyName(of: role, actors: actors)
    }

    /// The actor a role names by the name of the body its holder belongs to or heads, written whole: a
    /// party's member ("Liberal leader" and "the Liberal Party" or "Liberals"), an office's holder
    /// ("Public Prosecutor" and "the Public Prosecutor's Office"), a ministry's head ("Labour Minister" and
    /// "the Ministry of Labour" or "the Labour Ministry").
    static func sideByBodyName(of role: [Token], actors: NameIndex<ActorID>) -> ActorID? {
        func named(_ words: [String]) -> ActorID? { actorNamed(words, actors: actors) }
        let capitalised = role.drop { !$0.isCapitalized }.prefix(while: \.isCapitalized).map(\.text)
        for word in capitalised where !isTitle(word) {
            if let id = partyNamed(word, actors: actors) { return id }
        }
        guard let title = capitalised.last, isTitle(title) else { return nil }
        // An office is named by the title's whole phrase or its end: "Assistant Public Prosecutor" holds an
        // office of "the Public Prosecutor's Office".
        let office = cues.officeNoun.capitalized
        for start in capitalised.indices {
            let phrase = Array(capitalised[start...])
            if let id = named(phrase + [office]) ?? named([office, "of", "the"] + phrase) { return id }
        }
        let field = capitalised.dropLast().filter { !isTitle($0) }
        guard let body = cues.titleBodies[cues.fullTitles[title.lowercased()] ?? title.lowercased()]?.capitalized else { return nil }
        // "Councillor Ana Ruiz" and "the council": a body of the title's kind with no field of its own.
        guard !field.isEmpty else { return named([body]) }
        return named(field + [body]) ?? named([body, "of"] + field)
    }
}

/// The cues `PeopleFinder` reads, from `Rules/person-cues.rules`.
struct PersonCues: Sendable {
    let honorifics: Set<String>
    let particles: Set<String>
    /// The particles that make the name after them a parent's: "Hamad bin Khalid Al Fahd" is no "Khalid Al Fahd".
    let patronymics: Set<String>
    let adverbs: Set<String>
    let suffixes: Set<String>
    let placeWords: Set<String>
    /// Plurals that speak without an article ("Lawyers for the union said"), read by `Attribution`.
    let speakers: Set<String>
    let roleStoppers: Set<String>
    let roleStopperEndings: Set<String>
    let determiners: Set<String>
    let linkWords: Set<String>
    let titleLinks: Set<String>
    let bodyLinks: Set<String>
    let verbLike: Set<String>
    /// Joins the names of a list after a plural title: "ministers Ana Ruiz and Li Wei".
    let listLinks: Set<String>
    /// The relative word only a person takes: "Ana Ruiz, who chairs the board,".
    let personRelatives: Set<String>
    /// Titles whose holders go by one name: "King Hamid", "Pope Clement".
    let singleNameTitles: Set<String>
    /// The words between a plural title and the names it gives as examples: "TV hosts such as Ana Ruiz".
    let exampleLinks: [[String]]
    /// The numerals that end a name: "Charles III".
    let numerals: Set<String>
    let notSideBefore: Set<String>
    let notSideAfter: Set<String>
    /// The words after a name that give the body it belongs to: "Ana Ruiz of the Harbour Board".
    let affiliationLinks: Set<String>
    /// The same, only when set off by commas: "Tomas Berg, for the Harbour Board, said" (counsel for a party).
    let setOffAffiliationLinks: Set<String>
    /// The verbs after "who" that make the body their object the person's side: "Ana Ruiz, who heads Kelvar".
    let leadingVerbs: Set<String>
    /// Lower-case words of rank before a title in an apposition: "Ana Ruiz, vice president of Kelvar,".
    let ranks: Set<String>
    /// The nouns an actor that stands for a workforce goes by: "union", "workers".
    let workforces: Set<String>
    /// The words of a role that speaks for a body or judges between sides, no job of its workforce: "spokesman", "manager".
    let offices: Set<String>
    /// The words that place a role's holder at a body as a place of work: "a nurse at Kelvar", "based in a Kelvar depot".
    let workplaceLinks: Set<String>
    /// The words that open a sentence to join it to the one before, never a name: "However, the envoy …".
    let connectives: Set<String>
    /// The letters of an honour or an office after a name, no part of it (as written): "Tomas Berg KC".
    let postNominals: Set<String>
    /// The words a party's and an office's names end on: "the Liberal Party", "the Public Prosecutor's Office".
    let partyNoun: String
    let officeNoun: String
    /// The kind of body each title's holder heads: "minister" -> "ministry".
    let titleBodies: [String: String]
    /// The titles and bodies of a state's offices: the holder of a role with one and no side is, at a guess,
    /// of the side the dateline names.
    let stateTitles: Set<String>
    /// The bodies of a state, which a place's name or its people's adjective before them names: "the Tarskan Ministry".
    let stateBodies: Set<String>
    /// A company's legal forms, which after its name leave it that company ("the Kelvar Company").
    let companySuffixes: Set<String>
    /// Titles that are also given names ("Dean"): before one name word only, the given name.
    let givenTitles: Set<String>
    /// Titles that, capitalised between two name words, are a name's middle word: "Tarvo Son Ekel".
    let middleTitles: Set<String>
    let surnameTitles: Set<String>
    /// The letter of a party before a state: "D" -> "Democrat" ("Ana Ruiz, D-Ore.,").
    let partyLetters: [String: String]
    /// The title each short form stands for: "cllr" -> "councillor".
    let fullTitles: [String: String]

    init(_ rows: [[String]]) {
        func words(_ kind: String) -> Set<String> { Set(rows.filter { $0.count >= 2 && $0[0] == kind }.map { $0[1] }) }
        honorifics = words("honorific")
        particles = words("particle")
        patronymics = words("patronymic")
        adverbs = words("adverb")
        suffixes = words("suffix")
        placeWords = words("place")
        speakers = words("speakers")
        roleStoppers = words("not-role")
        roleStopperEndings = words("not-role-ending")
        determiners = words("determiner")
        linkWords = words("link")
        titleLinks = words("title-link")
        bodyLinks = words("body-link")
        verbLike = words("verb-like")
        listLinks = words("list-link")
        personRelatives = words("relative")
        singleNameTitles = words("single-name")
        numerals = words("numeral")
        exampleLinks = words("example-link").map { $0.split(separator: " ").map(String.init) }.sorted { $0.count > $1.count }
        notSideBefore = words("not-side-before")
        notSideAfter = words("not-side-after")
        affiliationLinks = words("affiliation")
        setOffAffiliationLinks = words("set-off-affiliation")
        leadingVerbs = words("leads")
        ranks = words("rank")
        workforces = words("workforce")
        offices = words("office-role")
        workplaceLinks = words("workplace")
        connectives = words("connective")
        postNominals = words("post-nominal")
        stateTitles = words("state")
        stateBodies = words("state-body")
        companySuffixes = words("company-suffix")
        givenTitles = words("given-title")
        middleTitles = words("middle-title")
        surnameTitles = words("surname-title")
        partyLetters = Dictionary(rows.filter { $0.count == 3 && $0[0] == "party-letter" }.map { ($0[1], $0[2]) }, uniquingKeysWith: { a, _ in a })
        fullTitles = Dictionary(rows.filter { $0.count == 3 && $0[0] == "short-title" }.map { ($0[1], $0[2]) }, uniquingKeysWith: { a, _ in a })
        func one(_ kind: String) -> String {
            guard let word = words(kind).first else { preconditionFailure("person-cues.rules has no \(kind) row") }
            return word
        }
        partyNoun = one("party")
        officeNoun = one("office")
        titleBodies = Dictionary(rows.filter { $0.count == 3 && $0[0] == "holds" }.map { ($0[1], $0[2]) }, uniquingKeysWith: { a, _ in a })
    }
}

/// Given names and their short forms (`Rules/given-names.rules`): "Tom" is a short form of "Thomas".
enum GivenNames {
    static let fullNames: [String: Set<String>] = Dictionary(
        RuleTable.rows(PackageResources.given_names_rules).filter { $0.count == 2 }
            .map { ($0[0], Set($0[1].split(separator: ",").map(\.trimmed))) },
        uniquingKeysWith: { $0.union($1) })

    /// Whether a word is a given name of the table, short ("Tom") or full ("Thomas").
    static func isKnown(_ word: String) -> Bool { known.contains(word.lowercased()) }
    static let known = Set(fullNames.keys).union(fullNames.values.joined())

    /// Whether a name may be a shorter name of a full one: the same last word, and each other word the
    /// full name's, its start ("Greg" of "Gregory"), or a short form of it ("Tom" of "Thomas"), the full
    /// name's initials left out ("Joel D. Marsh"); or the full name's last words ("Le Berre"), unless a patronymic
    /// stands before them ("Khalid Al Fahd" is the father in "Hamad bin Khalid Al Fahd").
    static func fits(_ short: [String], _ full: [String]) -> Bool {
        guard short.count <= full.count, short != full, let last = short.last, last == full.last else { return false }
        let head = short.dropLast()
        if head.isEmpty { return true }
        var fullHead = Array(full.dropLast())
        if head.count < fullHead.count, !head.contains(where: isInitial) { fullHead.removeAll(where: isInitial) }
        guard head.count == fullHead.count else {
            return short.count < full.count && Array(full.suffix(short.count)) == short
                && !PeopleFinder.cues.patronymics.contains(full[full.count - short.count - 1])
        }
        return zip(head, fullHead).allSatisfy { $0 == $1 || ($1.hasPrefix($0) && $0.count >= 3) || isShortForm($0, of: $1) }
    }

    /// Whether a surname written alone is a slip of the pen for another of five letters or more: the same first letter,
    /// and one letter left out, added or changed ("Marsden" written "Marden").
    static func isMisspelling(_ written: String, of surname: String) -> Bool {
        let a = Array(written), b = Array(surname)
        guard a != b, min(a.count, b.count) >= 5, abs(a.count - b.count) <= 1, a.first == b.first else { return false }
        var i = 0
        while i < min(a.count, b.count), a[i] == b[i] { i += 1 }
        if a.count == b.count { return a[(i + 1)...] == b[(i + 1)...] }
        return a.count < b.count ? a[i...] == b[(i + 1)...] : a[(i + 1)...] == b[i...]
    }

    static func isShortForm(_ short: String, of full: String) -> Bool {
        fullNames[short.lowercased()]?.contains(full.lowercased()) ?? false
    }

    /// "J." or "J": a middle initial.
    static func isInitial(_ word: String) -> Bool {
        let letters = word.hasSuffix(".") ? word.dropLast() : Substring(word)
        return letters.count == 1 && letters.first!.isUppercase
    }
}
