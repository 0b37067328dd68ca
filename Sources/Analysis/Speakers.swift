import Corpus
import Support

/// Who is speaking, as the text gives it: a named person with their role, or an unnamed speaker's
/// description ("a senior official here"), and the side either belongs to.
struct Speaker: Equatable {
    let name: String?
    private(set) var role: String?
    let actor: ActorID?
    /// The side is guessed: the outlet's home side for an unnamed speaker ("officials here"), or the
    /// side a statement of no side speaks of.
    var sideGuessed = false
    /// Further actors a shared statement speaks for ("Alda and Tarsk said").
    var alsoFor: [ActorID] = []
    /// Two bodies a sentence opens on together, of one side or two ("Kelvar and Kelvar Ferries filed …"):
    /// whom a later "the companies" points back at.
    var together = false
    /// The role is one or two name words that may be a person's short name ("Ruiz said").
    var shortName = false
    /// The role is a title and a surname ("Councillor Ruiz"): one person, whom "she" may point back at.
    var titledSurname = false
    /// The words are a remark of theirs that the sentence reports ("Berg was irked by Ruiz's comments that “…”"): a
    /// later "he" may still point back at whom the sentence opens on.
    var remarked = false

    init(name: String?, role: String?, actor: ActorID?) {
        self.name = name
        self.role = role
        self.actor = actor
    }

    init(_ person: PersonMention) {
        self.init(name: person.name, role: person.role, actor: person.actor)
        sideGuessed = person.sideGuessed
    }

    /// Someone the article does not name or describe ("he said" with no one to point back at, "the board
    /// was warned …"): their words are no one's of the passage, and no later "he" points back at them.
    static let unnamed = Speaker(name: nil, role: nil, actor: nil)

    /// The description as the text writes it, its punctuation kept ("the Harbour Board (HB)", "Ana J.
    /// Ruiz"), where the text holds its words in a run; `tokens` are the text's words.
    func written(in text: String, _ tokens: [Token]) -> Speaker {
        guard let role, role.contains(" ") else { return self }
        let words = role.split(separator: " ").map(String.init)
        guard let start = (0..<max(0, tokens.count - words.count + 1)).first(where: { k in
            words.indices.allSatisfy { tokens[k + $0].text == words[$0] }
        }) else { return self }
        let gaps = WordGaps(text, tokens), range = start..<(start + words.count)
        var written = gaps.written(range)
        // A bracket the description opens closes after its last word: "(HB)".
        if written.filter({ $0 == "(" }).count > written.filter({ $0 == ")" }).count, gaps.after(range.upperBound - 1).first == ")" { written += ")" }
        var out = self
        out.role = written
        return out
    }
}

enum Gender { case feminine, masculine }

/// The named people of one article, and how its later mentions point back at them: the full name,
/// a part of the name no other person of the article shares ("Vey", "Lind"), or "the" and the title
/// of exactly one person's role ("the spokesman").
struct ArticlePeople {
    let people: [PersonMention]
    /// Each person's name as words, in the order of `people`.
    private let nameWords: [[String]]
    private let uniqueParts: [String: PersonMention]
    private let uniqueTitles: [String: PersonMention]
    /// Everyone who holds each title: in this article's words, or in another article's for a person this
    /// article names without it.
    private let holders: [String: [(person: PersonMention, roleWords: Set<String>)]]
    /// The names of the holders of each title in this article's own words, who count before the corpus's.
    private let ownHolders: [String: Set<String>]
    /// Each person's gender, where the article gives one and only one: by an honorific before their name
    /// ("Ms Ruiz") or the title of their role ("spokeswoman").
    let gender: [String: Gender]

    /// `titles`: the titles the corpus gives each person, for an article that names them without it ("the
    /// prime minister said" where only another article says who the prime minister is). `sentences`: the
    /// article's words, read for honorifics.
    init(_ mentions: [PersonMention], titles: [String: [(title: String, holder: PersonMention)]] = [:], sentences: [[Token]] = []) {
        var seen = Set<String>()
        let full = mentions.filter { !$0.partial && seen.insert($0.name).inserted }
        let fullParts = Set(full.flatMap { $0.name.split(separator: " ").map(String.init) })
        let firstNames = Set(full.compactMap { $0.name.split(separator: " ").first.map(String.init) })
        // A surname alone ("Ms Ruiz") is a person of its own only when no full name of the article holds it; a
        // name after a title of those who go by one ("King Hamid") only when none opens on it: "Tarsi bin Hamid"
        // is Hamid's son.
        let partial = mentions.filter { m in
            let parts = m.title.map { PeopleFinder.cues.singleNameTitles.contains($0) } == true ? firstNames : fullParts
            return m.partial && !m.name.split(separator: " ").allSatisfy { parts.contains(String($0)) } && seen.insert(m.name).inserted
        }
        people = full + partial
        nameWords = people.map { Tokenizer.tokens($0.name).map(\.text) }
        let parts = people.flatMap { p in Set(p.name.split(separator: " ").map(String.init)).map { ($0, p) } }
        uniqueParts = Dictionary(grouping: parts, by: \.0).compactMapValues { $0.count == 1 ? $0[0].1 : nil }
        let titled = Dictionary(grouping: people.compactMap { p in p.title.map { ($0, p) } }, by: \.0).mapValues { $0.map(\.1) }
        uniqueTitles = titled.compactMapValues { $0.count == 1 ? $0[0] : nil }
        ownHolders = titled.mapValues { Set($0.map(\.name)) }
        var holders = titled
        for p in people {
            for (title, holder) in titles[p.name] ?? [] where !(titled[title] ?? []).contains(where: { $0.name == holder.name }) {
                holders[title, default: []].append(PersonMention(titled: p, as: holder))
            }
        }
        self.holders = holders.mapValues { $0.map { ($0, Set(Tokenizer.tokens($0.role ?? "").map(\.lower))) } }
        var told: [String: Set<Gender>] = [:]
        for p in people {
            if let g = p.title.flatMap({ Attribution.genderWords[$0] }) { told[p.name, default: []].insert(g) }
        }
        for tokens in sentences {
            for (k, t) in tokens.enumerated().dropLast() where t.isCapitalized {
                guard let g = Attribution.genderWords[t.lower], tokens[k + 1].isCapitalized, let p = uniqueParts[tokens[k + 1].text] else { continue }
                told[p.name, default: []].insert(g)
            }
        }
        gender = told.compactMapValues { $0.count == 1 ? $0.first : nil }
    }

    /// The person a short phrase names, if it names exactly one.
    func person(in tokens: [Token]) -> PersonMention? {
        let words = tokens.map(\.text)
        for (p, name) in zip(people, nameWords) where words.containsName(name) { return p }
        // "the 26-year-old Castell": the age says nothing of who.
        if tokens.count == 5, Attribution.definites.contains(tokens[0].lower), PeopleFinder.isAge(tokens[1].text),
           tokens[2].lower == "year", tokens[3].lower == "old", let p = uniqueParts[tokens[4].text] {
            return p
        }
        if tokens.count <= 4 {
            // A hyphenated surname is one word: "Ruy-Tan" is not "Tan".
            let words = PeopleFinder.words(tokens)
            for w in words where w.isCapitalized { if let p = uniqueParts[w.text] { return p } }
            // "Mr Okafor" where the article names Tom and Lena Okafor: the one of them the honorific's gender leaves.
            for (k, w) in words.enumerated().dropFirst() where w.isCapitalized {
                guard let g = Attribution.genderWords[words[k - 1].lower], PeopleFinder.cues.honorifics.contains(words[k - 1].lower) else { continue }
                let named = people.filter { $0.name.split(separator: " ").contains { $0 == w.text } && gender[$0.name].map { $0 == g } ?? true }
                if named.count == 1 { return named[0] }
            }
        }
        // "The spokesman", "the prime minister": the one person with that title whose role holds the words between.
        // The article's own holders of the title count first: "the minister" after it named one minister is
        // that one, though another article gives a person it names the same title.
        // A hyphenated title is one word: "the president-elect".
        // A headline drops the "the": "Prime minister says …".
        let bare = (2...3).contains(tokens.count) && tokens[0].isCapitalized && !Attribution.definites.contains(tokens[0].lower)
            && !tokens.dropFirst().contains(where: \.isCapitalized)
        if (2...6).contains(tokens.count) && Attribution.definites.contains(tokens[0].lower) || bare, case let joined = PeopleFinder.words(tokens),
           joined.count <= 4, case let written = joined[joined.count - 1].text.lowercased(),
           case let title = heldTitle(written), let titled = holders[title] {
            let fitting = titled.filter { holder in joined.dropFirst(bare ? 0 : 1).dropLast().allSatisfy { holder.roleWords.contains($0.text.lowercased()) } }
            let own = fitting.filter { ownHolders[title]?.contains($0.person.name) == true }
            if own.count == 1 { return own[0].person }
            if fitting.count == 1 { return fitting[0].person }
        }
        return nil
    }

    /// The title as its holders are kept: as written, else its head of the same speaker ("spokesman" for "spokesperson").
    private func heldTitle(_ written: String) -> String {
        holders[written] == nil ? Attribution.sameHead[written] ?? written : written
    }

    /// Whether the person of that name holds the title ("president"), in this article's words or the corpus's.
    func holds(_ name: String, title: String) -> Bool {
        holders[heldTitle(title)]?.contains { $0.person.name == name } ?? false
    }

    /// Everyone whose role a title's initials spell ("PM": a Prime Minister, "CEO": a Chief Executive Officer),
    /// the article's own holders first when it names one.
    func holders(ofInitials initials: String) -> [PersonMention] {
        let letters = Array(initials.lowercased())
        let spelling = holders.values.joined().filter { holder in
            let words = Tokenizer.tokens(holder.person.role ?? "").map(\.lower)
            return words.count >= letters.count && zip(words.suffix(letters.count), letters).allSatisfy { $0.first == $1 }
        }.map(\.person)
        var seen = Set<String>()
        let unique = spelling.filter { seen.insert($0.name).inserted }
        let own = unique.filter { p in ownHolders.values.contains { $0.contains(p.name) } }
        return own.isEmpty ? unique : own
    }

    /// Every person a sentence refers to by name, by a unique part of it, or as "the TITLE".
    func referenced(in tokens: [Token]) -> [PersonMention] {
        var found: [PersonMention] = []
        let words = tokens.map(\.text)
        for (p, name) in zip(people, nameWords) where words.containsName(name) { found.append(p) }
        // A hyphenated surname is one word: "Ruy-Tan" is not "Tan".
        let joined = PeopleFinder.words(tokens)
        for (i, w) in joined.enumerated() {
            var p: PersonMention?
            if w.isCapitalized, let byPart = uniqueParts[w.text] { p = byPart }
            if i > 0, Attribution.definites.contains(joined[i - 1].lower), let byTitle = uniqueTitles[w.lower] { p = byTitle }
            if let p, !found.contains(where: { $0.name == p.name }) { found.append(p) }
        }
        return found
    }
}

/// Finds the speaker of a stretch of text by its speech verb (`Rules/speech-verbs.words`): the words
/// before the verb back to a comma (`…, Ruiz said`), else, for a verb that may invert, the words after
/// it up to a comma (`said Li Wei, an expert`, `according to the official`); for a participle
/// (`…, saying`), the subject of the clause.
enum Attribution {
    static let verbRows = RuleTable.rows(PackageResources.speech_verbs_words)
    static let speechVerbs = Set(verbRows.filter { !$0.dropFirst().contains("naming") }.map { $0[0] })
    /// Verbs that give a thing a name or a quality ("called the fee “unfair”"): a speech verb only beside a quote.
    static let namingVerbs = Set(verbRows.filter { $0.dropFirst().contains("naming") }.map { $0[0] })
    /// Speech verbs whose "of" names a charge ("accused Tarsk of “blackmail”"): a word quoted there is their subject's.
    static let chargingVerbs = Set(verbRows.filter { $0.dropFirst().contains("charging") }.map { $0[0] })
    /// Verbs that report a finding ("the court ruled that …"), whose date is the finding's.
    static let verdictVerbs = Set(verbRows.filter { $0.dropFirst().contains("verdict") }.map { $0[0] })
    /// Speech verbs whose date is the report's, not a happening's: "said on Monday", not "ruled on Monday";
    /// nor "Reports on Monday quoted …", where the verb that quotes only beside a quote is a noun.
    static let reportVerbs = speechVerbs.subtracting(verdictVerbs).subtracting(quotingVerbs)
    static let invertingVerbs = Set(verbRows.filter { $0.dropFirst().contains("inverts") }.map { $0[0] })
    static let participles = Set(verbRows.filter { $0.dropFirst().contains("participle") }.map { $0[0] })
    /// Verbs that report speech only beside a quote: "the paper reported".
    static let quotingVerbs = Set(verbRows.filter { $0.dropFirst().contains("quoting") }.map { $0[0] })
    /// The word between an inverting verb and the speaker after it ("according" → "to").
    static let verbLinks = Dictionary(verbRows.filter { $0.count == 3 && $0[1] == "inverts" }.map { ($0[0], $0[2]) }, uniquingKeysWith: { a, _ in a })
    /// The word sets of `Rules/speaker-words.rules`.
    static let words = RuleTable.sets(PackageResources.speaker_words_rules)
    /// The words after a speech verb that lead to whom the words are about, never to who speaks: "said of Tomas Berg".
    static let topicLinks = words["topic"]!
    /// Heads of descriptions that name the same speaker: "the spokesperson" after "a spokesman for the board".
    static let sameHead: [String: String] = {
        let heads = words["same-head"]!.sorted()
        return Dictionary(uniqueKeysWithValues: heads.map { ($0, heads[0]) })
    }()
    /// Words that open a description of an unnamed speaker.
    static let describers = words["describer"]!
    /// Heads of descriptions that stand without an article ("Officials said", "Experts believe").
    static let pluralSpeakers = PeopleFinder.cues.speakers
    /// Words that tie an unnamed speaker to the outlet's own side.
    static let homeWords = words["home"]!
    static let personPronouns = words["person"]!
    /// Words for the people last heard together: "the pair wrote".
    static let togetherWords = words["together"]!
    /// The words that tell a person's gender: a pronoun ("she"), an honorific before their name ("Mr
    /// Okafor"), the title of their role ("spokeswoman").
    static let genderWords: [String: Gender] = Dictionary(
        words["feminine"]!.map { ($0, Gender.feminine) } + words["masculine"]!.map { ($0, Gender.masculine) }, uniquingKeysWith: { a, _ in a })
    /// Titles that name no office: "the Tarskan leader".
    static let leaderTitles = words["leader"]!
    /// Words that open what qualifies a description's head: "a source close to", "an official of".
    static let qualifiers = words["qualifier"]!
    /// Verbs that make a phrase a clause: "the port is", "the board will".
    static let finiteVerbs = words["finite"]!
    static let bodyPronouns = words["body"]!
    /// The article that points back ("the spokesman", "the statement") and may open a body's name ("the ministry").
    static let definites = words["definite"]!
    /// Joins bodies that speak together: "Alda and Tarsk said".
    static let joiners = words["joiner"]!
    /// Joins capitalised words into the name a sentence opens on: "the Ministry of Harbour Works".
    static let nameLinks = words["name-link"]!
    /// The small words inside a body's long name ("the Guild of Pilots and Boat Owners"), and inside a listed
    /// person's ("Tom Brand of the Harbour Board").
    static let bodyNameLinks = nameLinks.union(joiners)
    static let listedNameLinks = nameLinks.union(definites)
    /// Words that open a clause before its subject: "While the board said".
    static let clauseOpeners = words["clause-opener"]!
    static let leadingConjunctions = words["leading-conjunction"]!
    static let namedOffices = words["named-office"]!
    static let circumstances = words["circumstance"]!
    /// Helpers between a subject and its speech verb: "the board has said".
    static let helperVerbs = words["helper"]!
    /// Kinds of bodies: "the commission said" is the body the article named with that word.
    static let bodyNouns = words["body-noun"]!
    /// The words between a speaker and a participle that report them: "was quoted as (saying)".
    static let quotedAs = words["quoted-as"]!.sorted().map { $0.split(separator: " ").map(String.init) }
    /// The verbs whose object a participle after "as" reports: "quoted Ana Ruiz as saying".
    static let quotingAs = words["quoting-as"]!
    /// The ending of a word that describes the last person named: "the 58-year-old".
    static let ageEndings = words["age-ending"]!
    /// The plural of each kind of body: "companies" -> "company".
    static let pluralBodies = Dictionary(bodyNouns.map { ($0.hasSuffix("y") ? String($0.dropLast()) + "ies" : $0 + "s", $0) }, uniquingKeysWith: { a, _ in a })
    /// Writings that speak for whoever the last sentence opened on or heard: "the memo said".
    static let documents = words["document"]!
    /// What someone said, as a noun: "Ruiz's comments that …" (`remark` in Rules/speaker-words.rules).
    static let remarkNouns = words["remark"]!
    /// At most how many words stand between a remark's noun and its "that", and between "that" and the quote.
    static let remarkReach = 8
    /// The forms of "be" that make a speech verb after them passive: "the board was told".
    static let passiveHelpers = words["passive"]!
    /// Words after a report that name its source: "the paper reported, citing Ana Ruiz".
    static let citingWords = words["citing"]!
    /// Verbs that send a writing: "the union sent an email" makes the union the one "the email" speaks for.
    static let sendingVerbs = words["sending"]!
    static let announcing = words["announcing"]!
    /// Kinds of news outlet: "Kelvar state television said" is that outlet speaking.
    static let outletNouns = words["outlet-noun"]!
    /// Words that make a naming verb another verb: "called for", "called off".
    static let namingParticles = words["naming-particle"]!
    /// The particle a verb of sending may take before the writing: "sent out a flier".
    static let sendingParticles = words["sending-particle"]!
    static let copulas = words["copula"]!
    /// Words that make a naming verb an appeal, which reports speech: "called on", "called for".
    static let appealParticles = words["appeal-particle"]!
    /// Words after a verdict verb that make it report a finding: "ruled that".
    static let verdictNext = words["verdict-next"]!
    /// Words that open a clause whose subject speaks: "what she called".
    static let relatives = words["relative"]!
    /// The prepositions after an adjective of feeling set off after a subject: "Kelvar, unhappy with the ruling, said".
    static let feelingLinks = words["feeling-link"]!
    /// Words that open a clause after a body's name and a comma: "Kelvar, which runs the ferries, said".
    static let bodyRelatives = words["body-relative"]!
    /// The words that end a union's name: "the Tarsk Writers Guild" is "the union" too.
    static let unionNames = words["union-name"]!
    /// The families of kinds of body that are one kind to a description pointing back: "the company" may be a
    /// "Group", "the agency" a "Commission".
    static let bodyKin = [companyKin, publicKin]
    /// The words a company is described by: "the company", "the insurer", "the carmaker".
    static let companyKin = words["body-kin"]!
    static let publicKin = words["public-kin"]!
    /// The kinds of body one with `kind`: its family, or itself alone.
    static func kin(of kind: String) -> Set<String> { bodyKin.first { $0.contains(kind) } ?? [kind] }
    /// Words that open a clause after a person's or a body's name and a comma: "Kelvar, whose shares fell, said".
    static let ownerRelatives = words["owner-relative"]!
    /// The possessives of a body: "its trade ministry" is the ministry of the actor its sentence opened on;
    /// "Its chairman" at a sentence's start, the chairman of the body the sentence before opened on.
    static let bodyPossessives = words["body-possessive"]!
    /// The voices of a body: "a spokesperson said" after a sentence that opened on one.
    static let bodyVoices = words["body-voice"]!
    /// Words that mark a quoted term as the reporter's, no one's statement: "the so-called “golden share”".
    static let termMarkers = words["term-marker"]!
    /// Marks the infinitive of a speech verb, after the verbs that lead to it: "went on to say".
    static let infinitiveMarkers = words["infinitive"]!
    /// Opens a clause whose subject speaks by a participle: "…, with Ana Ruiz saying …".
    static let absolutes = words["absolute"]!
    /// Words that open when or where a speaker spoke, and words of time: they end a description.
    static let whenWords = words["when"]!
    static let timeWords = words["time"]!

    /// A description after a speech verb without when or where it was said: "a spokesperson for the line"
    /// in "said a spokesperson for the line on Tuesday", "… in a statement" or "said Kelvar in its statement"; "in Tarsk" stays.
    static func withoutCircumstance(_ phrase: [Token]) -> [Token] {
        for k in phrase.indices.dropFirst() {
            // After an article a time qualifies the noun: "a Friday release from the board".
            if timeWords.contains(phrase[k].lower) || phrase[k].isCapitalized && DateLexicon.weekdays[phrase[k].lower] != nil,
               !describers.contains(phrase[k - 1].lower) { return Array(phrase[..<k]) }
            guard whenWords.contains(phrase[k].lower), k + 1 < phrase.count else { continue }
            let next = phrase[k + 1].lower
            // "On 30 November": a day before its month.
            let dayOfMonth = next.allSatisfy(\.isNumber) && k + 2 < phrase.count && MonthNames.table[phrase[k + 2].lower] != nil && phrase[k + 2].isCapitalized
            if timeWords.contains(next) || DateLexicon.weekdays[next] != nil || MonthNames.table[next] != nil && phrase[k + 1].isCapitalized
                || dayOfMonth || next == "a" || next == "an" || StatusReader.possessivePronouns.contains(next) { return Array(phrase[..<k]) }
        }
        return phrase
    }

    /// A description before a speech verb without the time it opens on: "a spokesman for the union" in
    /// "Earlier on Wednesday a spokesman for the union said"; none when no article follows the time.
    static func withoutLeadingTime(_ phrase: [Token]) -> [Token] {
        let k = leadingTime(phrase)
        guard k > 0, k < phrase.count, PeopleFinder.determiners.contains(phrase[k].lower) else { return phrase }
        return Array(phrase[k...])
    }

    /// How many words of when a phrase opens on: "Earlier on Wednesday", "Late Tuesday", "In May".
    static func leadingTime(_ phrase: [Token]) -> Int {
        var k = 0
        while k < phrase.count, timeWords.contains(phrase[k].lower) || whenWords.contains(phrase[k].lower)
                || DateLexicon.weekdays[phrase[k].lower] != nil || MonthNames.table[phrase[k].lower] != nil || phrase[k].text.allSatisfy(\.isNumber) {
            k += 1
        }
        return k
    }

    /// What an article has said so far: the last speaker heard, the last person or body a sentence
    /// opened on (for "he said" and "it said"), and each unnamed speaker by the head of its description
    /// (for "the source said" after "a source close to the board said").
    struct Heard {
        var previous: Speaker?
        var subject: Speaker?
        var described: [String: Speaker] = [:]
        /// The last body named with each kind of body's word: "commission" -> the Tarsk Harbour Commission.
        var bodies: [String: Speaker] = [:]
        /// The last bodies a sentence opened on together: "the companies" paragraphs after "Kelvar and Orsa filed".
        private(set) var lastTogether: Speaker?
        /// The last named person of each side heard or opened on: "the Tarskan leader" when no one of that side holds the title.
        private(set) var lastOfSide: [ActorID: Speaker] = [:]
        /// The actors the article has named so far, when some kind of body names several (`Context.actor(ofKind:)`).
        var namedActors: Set<ActorID> = []
        /// The last name in capitalised words each actor went by, no person's nor a people's adjective: "the Orsa
        /// Court of Appeals", "Kelvar".
        private(set) var bodyNames: [ActorID: String] = [:]

        mutating func noteBodyNames(_ text: String, _ tokens: [Token], _ context: Context) {
            let gaps = WordGaps(text, tokens)
            for m in context.actors.matches(in: tokens) {
                let phrase = Array(tokens[m.tokenRange])
                guard !definites.contains(phrase[0].lower), isBodyName(phrase, links: bodyNameLinks), context.people.person(in: phrase) == nil,
                      phrase.count >= 2 || !PeopleFinder.demonyms.contains(phrase[0].text) else { continue }
                bodyNames[m.id] = gaps.written(m.tokenRange)
            }
        }

        /// A body that speaks by a description of it ("the appeals panel said", "the court said"), not by a name
        /// ("the Harbour Board said"), is shown by the name the article last gave it, when the description's head
        /// is a word of that name, or a kind of body or its members and the description one of its names of two
        /// words or more ("the appeals panel", "the appeals judges"): "the union" is not the "Tarsk Harbour
        /// Board", though both are Tarsk's, nor is "the judge" the court.
        func byName(_ who: Speaker, _ context: Context) -> Speaker {
            guard who.name == nil, let actor = who.actor, who.alsoFor.isEmpty, !who.sideGuessed, let role = who.role, let name = bodyNames[actor],
                  name != role, case let words = Tokenizer.tokens(role), let first = words.first, definites.contains(first.lower),
                  !isBodyName(words, links: bodyNameLinks) else { return who }
            // "The United Auto Workers union" names itself already.
            let own = context.actors.matches(in: words).filter { $0.id == actor }
            if own.contains(where: { words[$0.tokenRange.lowerBound].isCapitalized }) { return who }
            let nameWords = Set(Tokenizer.tokens(name).map(\.lower))
            guard let head = descriptionHead(words) else { return who }
            guard nameWords.contains(head.lower) || (bodyNouns.contains(head.lower) || PeopleFinder.isPlural(head.text))
                    && own.contains(where: { $0.tokenRange.count >= 2 }) else { return who }
            return Speaker(name: nil, role: name, actor: actor)
        }

        /// Who "he", "she" or "the 58-year-old" is: the last person a sentence opened on, else the last
        /// speaker; of those, for a pronoun, the first the article does not give another gender.
        func lastPerson(as pronoun: String? = nil, _ people: ArticlePeople) -> Speaker? {
            // "The crews said …; “…,” he said": a group is no one person.
            let candidates = [subject?.name != nil || subject?.titledSurname == true ? subject : nil, previous].compactMap { $0 }
                .filter { c in pronoun == nil || c.name != nil || Tokenizer.tokens(c.role ?? "").last.map(isGroup) != true }
            guard let gender = pronoun.flatMap({ genderWords[$0] }) else { return candidates.first }
            // "“…,” she said" is a person: named (in full, or by a surname the corpus will tell), described with a title
            // ("an official at the ministry") or a side's, not an outlet of no side heard ("according to the Harbour Times").
            return candidates.first { c in
                (c.name != nil || c.titledSurname || c.shortName || c.actor != nil || Tokenizer.tokens(c.role ?? "").contains { PeopleFinder.isTitle($0.text) })
                    && c.name.flatMap { people.gender[$0] }.map { $0 == gender } ?? true
            }
        }

        /// Notes the bodies a sentence names by their kind: in their name ("the Tarsk Harbour Commission")
        /// or beside a word of their kind, set off by a comma ("the regulator, the Harbour Board,", "the
        /// Harbour Board, the river's regulator,").
        mutating func noteBodies(_ text: String, _ tokens: [Token], _ context: Context) {
            guard tokens.contains(where: { bodyNouns.contains($0.lower) }) else { return }
            let gaps = WordGaps(text, tokens)
            let comma = gaps.comma
            /// The capitalised words around `k`, joined by "of" and "and": a body's name.
            func name(around k: Int) -> Range<Int> {
                var a = k, b = k + 1
                while a > 0, !comma(a - 1, a), tokens[a - 1].isCapitalized || nameLinks.contains(tokens[a - 1].lower) && a > 1 && tokens[a - 2].isCapitalized { a -= 1 }
                while b < tokens.count, !comma(b - 1, b), tokens[b].isCapitalized || nameLinks.contains(tokens[b].lower) && b + 1 < tokens.count && tokens[b + 1].isCapitalized { b += 1 }
                if definites.contains(tokens[a].lower) { a += 1 }
                return a..<b
            }
            /// The body a name is, if it is an actor's or ends on a body's word, and no person's.
            func body(_ range: Range<Int>) -> Speaker? {
                guard !range.isEmpty else { return nil }
                let phrase = Array(tokens[range])
                let actor = context.actors.ids(in: phrase).first
                guard actor != nil || range.count >= 2 && PeopleFinder.organisationWords.contains(phrase.last!.text),
                      context.people.person(in: phrase) == nil else { return nil }
                return Speaker(name: nil, role: gaps.written(range), actor: actor)
            }
            // A comma at a quotation mark parts the body's words from quoted words, no name of it: "“… in Tarsk,” the court wrote".
            func quoteBetween(_ a: Int, _ b: Int) -> Bool { gaps.between(a, b).contains(where: QuotationMarks.any.contains) }
            for k in tokens.indices where bodyNouns.contains(tokens[k].lower) {
                let kind = tokens[k].lower
                if tokens[k].isCapitalized {
                    if let b = body(name(around: k)) { bodies[kind] = b }
                    continue
                }
                // The name after the comma that ends the word's phrase, or before the comma that opens it.
                if k + 1 < tokens.count, comma(k, k + 1), !quoteBetween(k, k + 1), tokens[k + 1].isCapitalized || k + 2 < tokens.count && definites.contains(tokens[k + 1].lower) && tokens[k + 2].isCapitalized {
                    let first = tokens[k + 1].isCapitalized ? k + 1 : k + 2
                    if let b = body(name(around: first)) { bodies[kind] = b; continue }
                }
                var start = k
                while start > 0, !comma(start - 1, start) { start -= 1 }
                // Where the word's phrase is a clause's subject, the name before the comma may be another's: "Regarding the
                // Harbour Agreement, the ministry said" is no agreement speaking, "contracts at Kelvar West, the union
                // announced" no Kelvar where "the union" is another side's name; "a filing by Kelvar, the company argued" is Kelvar.
                let subject = k + 1 < tokens.count && !comma(k, k + 1) && (isSpeechVerb(tokens[k + 1]) || finiteVerbs.contains(tokens[k + 1].lower)
                    || helperVerbs.contains(tokens[k + 1].lower) || Tense.isPastForm(tokens[k + 1].lower))
                let ownSide = context.actors.ids(in: Array(tokens[start...k])).first
                if start > 0, tokens[start - 1].isCapitalized, !quoteBetween(start - 1, start), let b = body(name(around: start - 1)),
                   !subject || b.actor != nil && (ownSide == nil || ownSide == b.actor) { bodies[kind] = b; continue }
                // An actor's name or adjective just before the word: "Tarsk's foreign ministry", "the Tarskan ministry".
                let lead = max(start, k - 3)..<k
                // Not one the word is of: "informed Orsa of the commission's view"; nor a place it only stands in: "the
                // Tarsk-based company".
                if let actor = context.actors.matches(in: Array(tokens[lead])).last,
                   !tokens[(lead.lowerBound + actor.tokenRange.upperBound)..<k].contains(where: {
                       StatusReader.prepositions.contains($0.lower) || definites.contains($0.lower) || $0.hyphenated && PeopleFinder.cues.suffixes.contains($0.lower) }) {
                    let from = lead.lowerBound + actor.tokenRange.lowerBound
                    bodies[kind] = Speaker(name: nil, role: gaps.written(from..<(k + 1)), actor: actor.id)
                } else if let p = lead.last(where: { bodyPossessives.contains(tokens[$0].lower) }),
                          let actor = context.actors.matches(in: Array(tokens[..<p])).first {
                    // "Tarsk will raise the toll, its harbour ministry said": the body of the actor the sentence opened on;
                    // unless the words name an actor of their own: "Kelvar and its dockers' union" is the dockers' union.
                    let own = context.actors.matches(in: Array(tokens[(p + 1)...k])).first?.id
                    bodies[kind] = Speaker(name: nil, role: gaps.written((own == nil ? p : p + 1)..<(k + 1)), actor: own ?? actor.id)
                }
            }
        }

        /// A person of no side whose role holds a kind of body ("ministry spokesperson Oren Lask") speaks for
        /// the body of that kind the article last named ("Tarsk's foreign ministry called it …"), rather than
        /// for the outlet's side, a guess. An unnamed one ("a government official") keeps the guess: the
        /// body last named may be another's.
        /// "Kelvar's board backed the offer. Its chairman, Ana Ruiz, called it …": a person whose role the sentence
        /// (`tokens`) opens on after a body's possessive speaks for the body the sentence before opened on.
        func sided(_ who: Speaker, in tokens: [Token] = []) -> Speaker {
            guard who.name != nil, who.actor == nil || who.sideGuessed, let role = who.role else { return who }
            let words = Tokenizer.tokens(role)
            var actor: ActorID?, guessed = false
            if let first = tokens.first, bodyPossessives.contains(first.lower), tokens.dropFirst().prefix(words.count).map(\.lower) == words.map(\.lower),
               let body = openedOnBody {
                actor = body
            } else if let kind = words.last(where: { bodyNouns.contains($0.lower) && !$0.isCapitalized })?.lower {
                actor = bodies[kind]?.actor
            } else {
                actor = headedBody(by: words)?.actor
            }
            // "Tarsk reacted angrily. Foreign Ministry spokeswoman Irma Sepp said …": a body's voice or member of no
            // side named speaks, at a guess, for the body the sentence before opened on.
            // Not one whose role names a body of its own that is no actor's: "head of the Harbour Workers union".
            let namesItsBody = words.indices.dropFirst().contains { k in
                bodyNouns.contains(words[k].lower) && !words[k].isCapitalized && words[k - 1].isCapitalized && !PeopleFinder.isTitle(words[k - 1].text)
            }
            if actor == nil, !namesItsBody, words.contains(where: { bodyNouns.contains($0.lower) || bodyVoices.contains($0.lower) }) {
                actor = openedOnBody
                guessed = true
            }
            guard let actor else { return who }
            var sided = Speaker(name: who.name, role: role, actor: actor)
            sided.shortName = who.shortName
            sided.sideGuessed = guessed
            return sided
        }

        /// The side of the body (no person) the last sentence opened on.
        var openedOnBody: ActorID? { subject.flatMap { $0.name == nil ? $0.actor : nil } }

        /// The body the holder of a role heads, by its title ("Trade Minister" heads a ministry: "Tarsk's
        /// trade ministry"), when the role's other words, if any, are among the body's: a "Prime Minister"
        /// heads no trade ministry, and no ministry whose field the text does not give.
        func headedBody(by role: [Token]) -> Speaker? {
            guard let title = role.last(where: { PeopleFinder.isTitle($0.text) }), let kind = PeopleFinder.cues.titleBodies[title.lower],
                  let body = bodies[kind] else { return nil }
            let field = Set(role.filter { !PeopleFinder.isTitle($0.text) }.map(\.lower))
            return field.isEmpty || !field.isDisjoint(with: Tokenizer.tokens(body.role ?? "").map(\.lower)) ? body : nil
        }

        /// A writing a sentence tells its subject sent ("the union sent an email to members", "In a joint statement,
        /// the ministers thanked …"): the one who speaks when "the email" is heard later.
        /// A sender the sentence does not resolve to a person or a side is the words it opens on before the verb, when they
        /// name a body: "The port's branch of the Dockers Guild sent out a flier".
        mutating func noteDocuments(_ text: String, _ tokens: [Token], sentBy subject: Speaker?, _ context: Context) {
            for k in tokens.indices.dropFirst(2) where documents.contains(tokens[k].lower) && !tokens[k].isCapitalized {
                // The verb of sending, perhaps with its particle ("sent out"), or "In" opening the sentence, then "a" or "an", at
                // most one lower-case word, the writing.
                let article = ["a", "an"].contains(tokens[k - 1].lower) ? k - 1 : k - 2
                guard article > 0, ["a", "an"].contains(tokens[article].lower), !tokens[k - 1].isCapitalized else { continue }
                let verb = article > 1 && sendingParticles.contains(tokens[article - 1].lower) ? article - 2 : article - 1
                guard sendingVerbs.contains(tokens[verb].lower) || article == 1 && tokens[0].lower == "in" else { continue }
                if let subject, subject.name != nil || subject.actor != nil {
                    described[tokens[k].lower] = subject
                } else if (2...10).contains(verb), definites.contains(tokens[0].lower), case let sender = Array(tokens[..<verb]),
                          let last = sender.last, last.isCapitalized, isBodyName(Array(sender.reversed().prefix { $0.isCapitalized || nameLinks.contains($0.lower) }.reversed()), links: bodyNameLinks) {
                    described[tokens[k].lower] = Speaker(name: nil, role: sender.map(\.text).joined(separator: " "), actor: context.actors.ids(in: sender).first)
                        .written(in: text, tokens)
                }
            }
        }

        /// A sentence opened on a person or body without being heard to speak.
        mutating func opened(on who: Speaker) {
            subject = who
            if who.together { lastTogether = who }
            if who.name != nil, let side = who.actor { lastOfSide[side] = who }
        }

        mutating func heard(_ who: Speaker) {
            guard who != .unnamed else { return }
            previous = who
            opened(on: who)
            let words = Tokenizer.tokens(who.role ?? "")
            if who.name == nil, let head = descriptionHead(words)?.lower, let first = words.first, describers.contains(first.lower) {
                // A description that names its sides is kept; "the statement" does not replace it.
                let key = sameHead[head] ?? head
                if described[key] == nil || who.actor != nil { described[key] = who }
            }
        }
    }

    /// Whether the head of a description names a group: a plural of lower-case letters ("the crews", "aides").
    static func isGroup(_ head: Token) -> Bool {
        !head.isCapitalized && head.lower.count > 3 && head.lower.hasSuffix("s") && !head.lower.hasSuffix("ss")
    }

    /// The article's people and the actors' names.
    struct Context {
        let people: ArticlePeople
        let actors: NameIndex<ActorID>
        let home: ActorID?
        /// The actors a kind of body names, by a name of theirs ending on it: by a proper name ("court" ->
        /// the actor "District Court" names), or by a description ("union" -> the actors "the writers' union"
        /// and "the dockers' union" describe).
        var kinds: [String: (proper: [ActorID], described: [ActorID])] = [:]
        /// Whether the configuration's names make an actor a kind of body other than `kind`: "the union said" is
        /// not the body last heard when that one is "the company".
        func isOtherKind(_ actor: ActorID, than kind: String) -> Bool {
            let own = kinds.filter { $0.value.proper.contains(actor) || $0.value.described.contains(actor) }.keys
            return !own.isEmpty && !own.contains(where: kin(of: kind).contains)
        }
        /// "the province" for the actor "Province of Maren" (`heads(of:)`): a description that names no actor
        /// by name may name one so ("a spokesperson for the province").
        var heads = NameIndex<ActorID>([])

        /// "the province" and "the system" for the actors "Province of Maren" and "hospital system": the common
        /// noun that heads a name of one actor only, from a proper name before "of" or a name written in lower
        /// case; not a kind of body, which `kinds(of:)` follows ("the union"), nor a word of another actor's name.
        static func heads(of actors: [(ActorID, [String])]) -> NameIndex<ActorID> {
            var found: [String: Set<ActorID>] = [:]
            var usedBy: [String: Set<ActorID>] = [:]
            for (id, names) in actors {
                for name in names {
                    let words = Tokenizer.tokens(name)
                    for w in words { usedBy[w.lower, default: []].insert(id) }
                    guard words.count >= 2 else { continue }
                    if words.count > 2, nameLinks.contains(words[1].text), words[0].isCapitalized {
                        found[words[0].lower, default: []].insert(id)
                    } else if words.allSatisfy({ !$0.isCapitalized }) {
                        found[words[words.count - 1].lower, default: []].insert(id)
                    }
                }
            }
            let heads = found.filter { head, ids in
                ids.count == 1 && usedBy[head] == ids && head.count > 2 && !bodyNouns.contains(head)
                    && !ContentWords.stopwords.contains(head) && !PeopleFinder.isTitle(head)
            }
            return NameIndex(heads.sorted { $0.key < $1.key }.map { (id: $0.value.first!, aliases: ["the \($0.key)"]) })
        }

        /// For each kind of body (`body-noun`), the actors whose configured names of two words or more end on it,
        /// or have it before "of" ("Circuit Court of Appeals" is a court).
        static func kinds(of actors: [(ActorID, [String])]) -> [String: (proper: [ActorID], described: [ActorID])] {
            var found: [String: (proper: Set<ActorID>, described: Set<ActorID>)] = [:]
            for (id, names) in actors {
                for name in names {
                    let all = Tokenizer.tokens(name)
                    let words = all.firstIndex { nameLinks.contains($0.text) }.map { Array(all[..<$0]) } ?? all
                    guard all.count >= 2, let last = words.last, bodyNouns.contains(last.lower) else { continue }
                    // "The Tarsk Writers Guild" is "the guild" and "the union".
                    for kind in [last.lower] + (unionNames.contains(last.lower) ? ["union"] : []) {
                        if last.isCapitalized { found[kind, default: ([], [])].proper.insert(id) } else { found[kind, default: ([], [])].described.insert(id) }
                    }
                }
            }
            return found.mapValues { ($0.proper.sorted { $0.slug < $1.slug }, $0.described.subtracting($0.proper).sorted { $0.slug < $1.slug }) }
        }

        /// Whether the article's named actors must be followed: some kind of body is more than one actor's
        /// or only a description's.
        var followsNamedActors: Bool { kinds.values.contains { $0.proper.count != 1 } }

        /// The actor "the union" is: the one actor whose proper name is of that kind, else the one of that
        /// kind, by name or description, the article has named so far ("the salvage company" in the
        /// configuration does not make every "the company" the salvor's).
        func actor(ofKind kind: String, _ heard: Heard) -> ActorID? {
            // A public body no actor is named with the word of: the actors named with a word of its family ("the agency"
            // and "Trade Commission"). A company's description follows the body last heard instead: a story's companies
            // are many, and few are named with "Group".
            let kindred = publicKin.contains(kind) ? kin(of: kind).sorted().compactMap { kinds[$0] } : []
            func once(_ ids: [ActorID]) -> [ActorID] { ids.reduce(into: []) { if !$0.contains($1) { $0.append($1) } } }
            guard let candidates = kinds[kind] ?? (kindred.isEmpty ? nil : (once(kindred.flatMap(\.proper)), once(kindred.flatMap(\.described)))) else { return nil }
            if candidates.proper.count == 1 { return candidates.proper[0] }
            let named = (candidates.proper + candidates.described).filter(heard.namedActors.contains)
            return named.count == 1 ? named[0] : nil
        }

        /// The body "the union" (`words`, ending on the kind) is: the one the article named with that word,
        /// else the actor of that kind (`actor(ofKind:)`), as the words describe it.
        func body(_ words: some Collection<Token>, ofKind kind: String, _ heard: Heard) -> Speaker? {
            heard.bodies[kind] ?? actor(ofKind: kind, heard).map { Speaker(name: nil, role: words.map(\.text).joined(separator: " "), actor: $0) }
        }
    }

    /// Whether a token is a speech verb as a verb: written in lower case ("the United States" is none),
    /// or opening the text ("According to …").
    static func isSpeechVerb(_ t: Token) -> Bool {
        t.text.first?.isLowercase == true && speechVerbs.contains(t.lower)
    }

    /// Whether the speech verb at `v`, if a verdict verb, reports a finding: "ruled that", "ruled against",
    /// "ruled Tuesday that", "…, the regulator has found." ending the sentence; not "ruled the country", nor
    /// "… was found."
    static func reportsAFinding(_ tokens: [Token], _ v: Int) -> Bool {
        guard verdictVerbs.contains(tokens[v].lower) else { return true }
        guard v + 1 < tokens.count else { return v > 0 && !passiveHelpers.contains(tokens[v - 1].lower) }
        return verdictNext.contains(tokens[v + 1].lower) || DateLexicon.weekdays[tokens[v + 1].lower] != nil
    }

    /// Whether a token is a naming verb as a verb: in lower case, and no part of a compound ("so-called").
    static func isNamingVerb(_ t: Token) -> Bool {
        t.text.first?.isLowercase == true && !t.hyphenated && namingVerbs.contains(t.lower)
    }

    /// The speaker named beside the first speech verb of the text (`tokens` are its words) that names
    /// one, if any; with `naming`, for a text that quotes, a naming verb's subject too ("Ruiz called the
    /// toll “unfair”"). A quoting verb speaks only after the quote at scalar offset `quoteAt`, right
    /// before it ("“…,” the paper reported", "Ruiz posted: “…”") or before "that" ("Ruiz posted online
    /// that …"). With several speech verbs, the nearest one before the quote that names a speaker tells
    /// whose it is ("Ana Ruiz said the port would grow, with Tom Okafor stating ambitions to “…”" is Okafor's).
    static func speaker(in text: String, tokens: [Token], _ context: Context, _ heard: Heard, naming: Bool = false, quoteAt: Int? = nil) -> Speaker? {
        let gaps = WordGaps(text, tokens)
        /// Punctuation between two words ends a phrase, but not the period of "Mr. Ruiz" or "Ana J. Ruiz";
        /// so does a separator of a menu or a table ("Ferries | Timetable"), and a dash that sets off words as
        /// commas would ("Ana Ruiz – who chairs the board – said").
        func breaks(_ a: Int, _ b: Int) -> Bool {
            let between = gaps.between(a, b)
            if between.contains(where: { $0 == "," || $0 == ":" || $0 == ";" || $0 == "|" || $0 == "•" || $0 == "·" || $0 == "–" || $0 == "—" }) { return true }
            return between.contains(".") && !Sentences.closesAbbreviation(tokens[a].text)
        }
        /// Whether a possessive stands right before the word at `v`, which is then a noun: "Ruiz's claims were …".
        func afterPossessive(_ v: Int) -> Bool {
            v > 0 && gaps.between(v - 1, v).first.map(QuotationMarks.apostrophes.contains) == true
        }
        /// Whether a verb's form in "-s" follows an article or a body's possessive, which makes it a plural noun: "the claims
        /// are baseless" ("issued a warning", "in the words of" still tell speech).
        func afterArticle(_ v: Int) -> Bool {
            v > 0 && !breaks(v - 1, v) && tokens[v].lower.hasSuffix("s") && (definites.contains(tokens[v - 1].lower) || bodyPossessives.contains(tokens[v - 1].lower))
                && !(v + 1 < tokens.count && tokens[v + 1].lower == "of")
        }
        let verbs = tokens.indices.filter { v in
            (isSpeechVerb(tokens[v]) || (v == 0 && speechVerbs.contains(tokens[v].lower))) && reportsAFinding(tokens, v) && !afterPossessive(v) && !afterArticle(v)
                && verbLinks[tokens[v].lower].map({ link in v + 1 < tokens.count && tokens[v + 1].lower == link }) != false
                && (!quotingVerbs.contains(tokens[v].lower) || quoteAt.map { $0 < tokens[v].offset || $0 - tokens[v].end <= 3 } == true
                    || reportsThat(v) || quotesAfterWhere(v))
                || naming && isNamingVerb(tokens[v]) && !(v + 1 < tokens.count && namingParticles.contains(tokens[v + 1].lower) && !breaks(v, v + 1))
                // "Ruiz called on both sides to “step back”", "called for “calm”": an appeal is speech.
                || isNamingVerb(tokens[v]) && v + 1 < tokens.count && appealParticles.contains(tokens[v + 1].lower) && !breaks(v, v + 1)
        }
        /// Whether the quote follows a verb right after where or when it was said, in up to five words: "the union
        /// posted on its website, “…”", "Ruiz wrote in a letter: “…”".
        func quotesAfterWhere(_ v: Int) -> Bool {
            guard let q = quoteAt, v + 1 < tokens.count, whenWords.contains(tokens[v + 1].lower), !breaks(v, v + 1) else { return false }
            var k = v + 1
            while k + 1 < tokens.count, k + 1 - v <= 5, tokens[k + 1].end <= q, !breaks(k, k + 1) { k += 1 }
            return tokens[k].end <= q && q - tokens[k].end <= 3
        }
        /// Whether "that" follows a verb within four words of its clause: "Ruiz posted on her page that …" reports
        /// what she wrote, as "reported that" does.
        func reportsThat(_ v: Int) -> Bool {
            var k = v + 1
            while k < tokens.count, k - v <= 4, !breaks(k - 1, k) {
                if tokens[k].lower == "that" { return true }
                k += 1
            }
            return false
        }
        // "irked by Ruiz's comments later that day that “…”", "for Berg's repeated claims that the case was “…”": words
        // quoted in the clause that a remark of someone's opens with "that" are theirs, whoever the sentence has speak.
        if let q = quoteAt, let last = tokens.lastIndex(where: { $0.end <= q }),
           let that = (max(0, last - remarkReach)...last).last(where: { tokens[$0].lower == "that" }),
           !(that..<last).contains(where: { breaks($0, $0 + 1) }),
           let noun = (max(0, that - remarkReach)..<that).last(where: { remarkNouns.contains(tokens[$0].lower) }),
           !(noun..<that).contains(where: { breaks($0, $0 + 1) }),
           let owner = (max(0, noun - 3)..<noun).last(where: { afterPossessive($0 + 1) }), tokens[owner].isCapitalized,
           tokens[(owner + 1)..<noun].allSatisfy({ !$0.isCapitalized }) {
            var first = owner
            while first > 0, tokens[first - 1].isCapitalized, !breaks(first - 1, first) { first -= 1 }
            if var who = resolve(Array(tokens[first...owner]), context, heard), who.name != nil || who.actor != nil {
                who.remarked = true
                return who
            }
        }
        // Beside a quote, the verbs before it, nearest first, then those after it.
        // Without a quote, a speech verb whose clause ends the sentence after a comma reports all of it, and goes first
        // where no verb before it reports a clause: "Crews responded to the fire after midnight, Ana Ruiz said" is hers,
        // whoever "crews" are; "The court ruled that …, its clerk wrote" stays the court's.
        // Only an attribution: a comma before its subject, and after the verb nothing or where it was said ("in a
        // statement"); not "Russia said …; Ukraine denied the attack".
        let reporting = verbs.last.flatMap { v in
            let subject = phraseStart(before: v + 1, breaks)
            let after = tokens[(v + 1)...]
            return subject > 0 && gaps.between(subject - 1, subject).contains(",") && !verbs.dropLast().contains(where: reportsThat)
                && (after.isEmpty || after.count <= 5 && StatusReader.prepositions.contains(after.first!.lower)) ? v : nil
        }
        // "Ruiz said “…,” said Tom Berg": the first word after the quote, a verb with its speaker after it, attributes the
        // sentence; a verb before the quote is then part of what was said.
        let inverted = quoteAt.flatMap { q in
            verbs.first { v in
                tokens[v].offset > q && v > 0 && tokens[v - 1].end <= q && v + 1 < tokens.count && tokens[v + 1].isCapitalized && !breaks(v, v + 1)
            }
        }
        // "Leaders accused the firm of stalling, “…,” Ruiz said.": a speaker right after the quote whose verb ends the
        // sentence attributes it, as an inverted verb does.
        let trailing = inverted == nil ? quoteAt.flatMap { q in
            verbs.first { v in
                guard v > 0 else { return false }
                let start = phraseStart(before: v, breaks)
                let after = tokens[(v + 1)...]
                // Not a writing: "Kelvar added that …, “…,” the release said" is Kelvar's, whom the release speaks for.
                return tokens[v].offset > q && v - start <= 4 && !documents.contains(tokens[v - 1].lower) && tokens[start].offset > q && (start == 0 || tokens[start - 1].end <= q)
                    && (after.isEmpty || after.count <= 5 && StatusReader.prepositions.contains(after.first!.lower))
            }
        } : nil
        let order = (inverted ?? trailing).map { i in [i] + verbs.filter { $0 != i } }
            ?? quoteAt.map { q in verbs.filter { tokens[$0].end <= q }.reversed() + verbs.filter { tokens[$0].end > q } }
            ?? reporting.map { r in [r] + verbs.filter { $0 != r } } ?? verbs
        // "The board was warned the closure would …": a speech verb in the passive names who heard, not who
        // spoke; the one "by" names speaks, else, when no other verb names a speaker, someone unnamed.
        var heardInPassive = false
        for v in order {
            if let heardBy = passive(v) {
                heardInPassive = true
                if let agent = heardBy { return agent }
                continue
            }
            if let who = speaker(ofVerb: v) {
                // "According to a press release, Kelvar will “…”": a writing of no one's speaks for whom the sentence
                // goes on to open on.
                if who.name == nil, who.actor == nil, let role = who.role, case let words = Tokenizer.tokens(role), (2...3).contains(words.count),
                   describers.contains(words[0].lower), documents.contains(words.last!.lower),
                   let comma = (v..<(tokens.count - 1)).first(where: { breaks($0, $0 + 1) }),
                   let opener = opening(Array(tokens[(comma + 1)...]), context), opener.name != nil || opener.actor != nil { return opener }
                return who
            }
        }
        return heardInPassive ? .unnamed : nil

        /// For a speech verb in the passive ("was told", not "was quoted as"), the speaker "by" names after
        /// it, if any; nil for a verb in the active.
        func passive(_ v: Int) -> Speaker?? {
            var b = v - 1
            while b >= 0, !breaks(b, b + 1), StatusReader.endsAsAdverb(tokens[b].lower) { b -= 1 }
            guard b >= 0, !breaks(b, b + 1), passiveHelpers.contains(tokens[b].lower), !participles.contains(tokens[v].lower),
                  !(v + 1 < tokens.count && quotedAs.contains { $0.count > 1 && $0.last == tokens[v + 1].lower }) else { return nil }
            guard v + 2 < tokens.count, tokens[v + 1].lower == "by", !breaks(v, v + 1) else { return .some(nil) }
            // The agent ends where its clause does: "was told by Ana Ruiz that …".
            var e = v + 2
            while e < tokens.count, e == v + 2 || !breaks(e - 1, e) && !relatives.contains(tokens[e].lower) { e += 1 }
            return .some(resolve(withoutCircumstance(Array(tokens[(v + 2)..<e])), context, heard))
        }

        /// The people of a list before the verb at `v` whose last phrase starts at `start` and holds "and": names
        /// set off by commas ("Ana Ruiz, Li Wei of Alda, and Tom Brand"), two or more; the first the article knows as
        /// a person speaks, with the others' sides.
        func listedSpeakers(endingAt v: Int, from start: Int) -> Speaker? {
            // The last item, after "and": the phrase's own first word, or one inside it ("Ana Ruiz and Li Wei").
            guard let and = (start..<v).first(where: { joiners.contains(tokens[$0].lower) }), and + 1 < v,
                  case let lastItem = Array(tokens[(and + 1)..<v]), isBodyName(lastItem, links: listedNameLinks), lastItem[0].isCapitalized else { return nil }
            var items: [[Token]] = [lastItem]
            if and > start { items.insert(Array(tokens[start..<and]), at: 0) }
            var end = start
            while end > 0, items.count < 8 {
                let itemStart = phraseStart(before: end, breaks)
                let item = Array(tokens[itemStart..<end])
                // "lawyers Ana Ruiz, Li Wei and Tom Brand": a role of a few words before the first name opens the list.
                let named = Array(item.drop { !$0.isCapitalized })
                guard (1...6).contains(named.count), item.count - named.count <= 3, isBodyName(named, links: listedNameLinks) else { break }
                items.insert(named, at: 0)
                if named.count < item.count { break }
                end = itemStart
            }
            guard items.count >= 2 else { return nil }
            let people = items.compactMap { resolve($0, context, heard) }.filter { $0.name != nil }
            guard var lead = people.first else { return nil }
            let sides = items.flatMap { context.actors.ids(in: $0) } + people.compactMap(\.actor)
            for side in sides where side != lead.actor && !lead.alsoFor.contains(side) { lead.alsoFor.append(side) }
            return lead
        }

        /// Whether who is cited can be a report's source: a person, or a body in a few words ("citing the federal
        /// court's ruling and the agency's opposition as obstacles" gives reasons, no source).
        func isSource(_ who: Speaker) -> Bool {
            who.name != nil || Tokenizer.tokens(who.role ?? "").count <= 6
        }

        /// Whether "one of" opens the phrase at `k`: a body's or a person's description ("one of the firms targeted").
        func oneOf(_ k: Int) -> Bool { k + 1 < tokens.count && tokens[k].lower == "one" && tokens[k + 1].lower == "of" }

        func speaker(ofVerb v: Int) -> Speaker? {
            let start = phraseStart(before: v + 1, breaks)
            var end = v + 1
            while end < tokens.count, end == v + 1 || !breaks(end - 1, end) { end += 1 }
            // "While the board has said": the words that open a clause and the helpers before the verb are no speaker's.
            // Nor are adverbs there: "the ministry further said".
            var before = Array(tokens[start..<v].drop(while: { clauseOpeners.contains($0.lower) }).reversed()
                .drop(while: { helperVerbs.contains($0.lower) || !$0.isCapitalized && PeopleFinder.cues.adverbs.contains($0.lower) }).reversed())
            // "The Kelvar chief went on to say", "Ruiz declined to say": the verbs before the infinitive are no speaker's.
            if let last = before.last, infinitiveMarkers.contains(last.lower) {
                var verbs = before.dropLast().reversed().prefix { !$0.isCapitalized }.prefix(3).count
                // "The note went on to say": a phrase of determiners only keeps its noun.
                while verbs > 0, before.dropLast(1 + verbs).allSatisfy({ PeopleFinder.determiners.contains($0.lower) }) { verbs -= 1 }
                before = Array(before.dropLast(1 + verbs).reversed().drop(while: { helperVerbs.contains($0.lower) }).reversed())
            }
            // "A spokesperson said they welcomed the “…”": a pronoun reported by an earlier speech verb of the phrase
            // points back at that verb's subject, who speaks.
            if before.count >= 3, let k = (start..<(v - 1)).last(where: { isSpeechVerb(tokens[$0]) }),
               case let reported = tokens[(k + 1)..<v].filter({ $0.lower != "that" && !helperVerbs.contains($0.lower) }),
               reported.count == 1, personPronouns.contains(reported[0].lower) || bodyPronouns.contains(reported[0].lower),
               let who = speaker(ofVerb: k) { return who }
            let verb = tokens[v].lower
            // "They included Senator Ana Ruiz of Tarsk, who said …": "who" right before the verb is the person whose name,
            // and what they are of, ends the phrase before it.
            if before.count == 1, PeopleFinder.cues.personRelatives.contains(before[0].lower), start > 0 {
                let tail = tokens[phraseStart(before: start, breaks)..<start].reversed()
                    .prefix { $0.isCapitalized || PeopleFinder.cues.affiliationLinks.contains($0.text) }.reversed().drop { !$0.isCapitalized }
                if let p = namedAlone(Array(tail), context) { return Speaker(p) }
            }
            // Only the verb's own link leads to its speaker ("according to Ana Ruiz", "in the words of Ana Ruiz"); after
            // any other verb, "of" names whom the words are about: "said of Tomas Berg".
            let linked = Array(tokens[(v + 1)..<end].drop(while: { verbLinks[verb] == $0.lower }))
            let after = linked.first.map { topicLinks.contains($0.lower) } == true ? [] : withoutCircumstance(linked)
            // "… in the words of Ana Ruiz": small words before a verb with a link name no one.
            if verbLinks[verb] != nil, before.allSatisfy({ ContentWords.stopwords.contains($0.lower) }) { before = [] }
            // "“…,” Ana Ruiz, Li Wei of Alda, and Tom Brand of Tarsk said", "Ana Ruiz and Li Wei said": people listed
            // speak together, the first named for all, with the others' sides.
            if let listed = listedSpeakers(endingAt: v, from: start) { return listed }
            // "“…,” local media reported citing Ana Ruiz", "the radio reported, quoting Ana Ruiz": the one cited after
            // the report speaks (one cited before it, set off by commas, is read with the phrases before the verb below).
            let citing = v + 1 < tokens.count && citingWords.contains(tokens[v + 1].lower) ? v + 1
                : v + 2 < tokens.count && breaks(v, v + 1) && citingWords.contains(tokens[v + 1].lower) ? v + 1 : nil
            if let c = citing {
                var e = c + 1
                while e < tokens.count, e == c + 1 || !breaks(e - 1, e) { e += 1 }
                if e > c + 1, let who = resolve(withoutCircumstance(Array(tokens[(c + 1)..<e])), context, heard), isSource(who) { return who }
            }
            if let first = before.first, citingWords.contains(first.lower), before.count > 1, let who = resolve(Array(before.dropFirst()), context, heard), isSource(who) {
                return who
            }
            // "The board has “…”, it said", "Ana Ruiz called it “…”, she said": a pronoun after the quote is
            // the body or person its own sentence opened on, when the quote follows it closely (not in "the
            // board failed to show its plan “…”, it said", where "it" is the ruling last heard).
            if before.count == 1, let q = quoteAt, tokens[v].offset > q, !opensOnPossessive(tokens), let who = closeSubject(tokens, before: q, context),
               bodyPronouns.contains(before[0].lower) && who.name == nil || personPronouns.contains(before[0].lower) && who.name != nil {
                return who
            }
            // "According to the paper, Ana Ruiz said …": the source of a report, when the sentence goes on to its own speaker.
            if verbLinks[verb] != nil, end < tokens.count, tokens[end...].contains(where: isSpeechVerb) { return nil }
            // "As the paper reported, Ruiz gave her view: …": the source of the news, not the speaker.
            if quotingVerbs.contains(verb), clauseOpeners.contains(tokens[start].lower) { return nil }
            if participles.contains(verb) {
                // "The ministry quoted Ana Ruiz as saying …", "the paper cited Ana Ruiz, the board's head, saying …": whom
                // the report quotes speaks, named up to the comma after the name; without "as", only a person or a side.
                let linked = v > 0 && tokens[v - 1].lower == "as"
                let objectEnd = linked ? v - 1 : v
                if objectEnd >= 2, let q = (max(0, objectEnd - 12)..<(objectEnd - 1)).last(where: { quotingAs.contains(tokens[$0].lower) }) {
                    var e = q + 2
                    while e < objectEnd, !breaks(e - 1, e) { e += 1 }
                    if let who = resolve(Array(tokens[(q + 1)..<e]), context, heard),
                       who.name != nil || who.actor != nil || linked && who.role != nil { return who }
                }
                // "…, with Ana Ruiz saying …": the subject after "with" speaks.
                // "Orsa rejected it with Kelvar chief Tom Lind saying …": "with" inside the phrase, up to six words before the verb.
                // "…, with the Tarskan envoy, saying …": a phrase of its own that "with" opens, right before the participle's.
                let withPhrase = start == v && v > 0 ? phraseStart(before: v, breaks) : start
                if withPhrase < start, absolutes.contains(tokens[withPhrase].lower), withPhrase + 1 < v,
                   let who = resolve(Array(tokens[(withPhrase + 1)..<v]), context, heard), who.name != nil || who.actor != nil { return who }
                if let w = (max(start, v - 7)..<v).last(where: { absolutes.contains(tokens[$0].lower) }) {
                    let subject = tokens[(w + 1)..<v].reversed().drop(while: { helperVerbs.contains($0.lower) || StatusReader.endsAsAdverb($0.lower) }).reversed()
                    // Inside the phrase, only someone named: "gesturing with a flip of her hand and saying" is hers.
                    if !subject.isEmpty, let who = resolve(Array(subject), context, heard), w == start || who.name != nil || who.actor != nil { return who }
                }
                // "Ana Ruiz spoke after the vote, saying …", "After the vote, Tarsk issued a statement
                // saying …": the subject of the nearest clause before it that opens on one speaks.
                var clauseEnd = v
                while clauseEnd > 0 {
                    let clauseStart = phraseStart(before: clauseEnd, breaks)
                    // "…, and Alda farmer Ana Ruiz, who in May called herself a “remainer”, saying …": the person
                    // whose name ends the phrase before "who".
                    if clauseStart > 0, PeopleFinder.cues.personRelatives.contains(tokens[clauseStart].lower),
                       let p = context.people.person(in: Array(tokens[phraseStart(before: clauseStart, breaks)..<clauseStart])),
                       p.name.split(separator: " ").last.map(String.init) == tokens[clauseStart - 1].text { return Speaker(p) }
                    // "The rally came hours after the union set out its terms, saying …": where the clause opens on a writing
                    // or on no speaker, the subject of a clause inside it speaks.
                    // ("after the Harbour Board set out its terms": its "the" before a name is read as a sentence's first word would be).
                    let inner = (clauseStart..<clauseEnd).last(where: { circumstances.contains(tokens[$0].lower) }).flatMap { c -> Speaker? in
                        var k = c + 1
                        if k + 1 < clauseEnd, definites.contains(tokens[k].text), tokens[k + 1].isCapitalized { k += 1 }
                        return k < clauseEnd ? clauseSubject(Array(tokens[k..<clauseEnd]), context, heard) : nil
                    }
                    let opensOnWriting = tokens[clauseStart..<clauseEnd].prefix(3).contains { documents.contains($0.lower) }
                    if opensOnWriting, let inner { return inner }
                    if let who = clauseSubject(Array(tokens[clauseStart..<clauseEnd]), context, heard) {
                        // "Ana Ruiz, Kelvar's chief executive, praised the deal, calling it …": a body's role set off
                        // after a name is that person's.
                        if who.name == nil, clauseStart > 0, let person = appositive(before: clauseEnd, tokens, breaks, context) { return person }
                        return who
                    }
                    if let inner { return inner }
                    clauseEnd = clauseStart
                }
                // "The Tarskan leader was quoted as saying": the phrase before the report.
                let lower = tokens[start..<v].map(\.lower)
                if let report = quotedAs.first(where: { lower.count > $0.count && lower.suffix($0.count).elementsEqual($0) }),
                   lower.count - report.count <= 8, let who = resolve(Array(tokens[start..<(v - report.count)]), context, heard) { return who }
                return nil
            }
            // A long stretch before the verb is the statement itself, not its speaker; but a clause
            // that opens on a person names them ("Ana Ruiz left the hall and said …").
            // A verb joined to a clause before it ("… granted the request and said") shares that clause's subject.
            let joined = before.count > 2 && joiners.contains(before.last!.lower)
            // "… highlighted what she called": the subject of the relative clause that ends on the verb.
            if let r = before.lastIndex(where: { relatives.contains($0.lower) }), r + 1 < before.count, before.count - r <= 5 {
                let clause = Array(before[(r + 1)...])
                // "Ruiz left early, after a deal that she promised …": a pronoun there is the person the sentence opened on.
                if clause.count == 1, personPronouns.contains(clause[0].lower) {
                    if start > 0, let who = clauseOpener(before: start, tokens, breaks, context)
                        ?? context.people.person(in: Array(tokens[..<start])).map({ Speaker($0) }) { return who }
                    // "Ruiz also criticised the buyers for what she called …": the person named before the clause.
                    // "… a statement from Ana Ruiz in which she says": else the person named just before it.
                    if let cut = tokens.firstIndex(where: { $0.offset == before[r].offset }),
                       let who = clauseOpener(before: cut, tokens, breaks, context)
                        ?? context.people.person(in: Array(tokens[max(0, cut - 6)..<cut])).map({ Speaker($0) }) { return who }
                    if let who = heard.lastPerson(as: clause[0].lower, context.people) { return who }
                    return nil
                }
                if let who = resolve(clause, context, heard) { return who }
            }
            // An actor's name may be longer than that: "the Guild of Harbour Pilots and River Boat Owners (GHP) said".
            // So may a body's description around its name: "the Tarskan ministry of Foreign Affairs and International Cooperation said".
            let bodyWord = before.prefix(3).firstIndex { bodyNouns.contains($0.lower) }
            let longName = before.count <= 12 && (isBodyName(before, links: bodyNameLinks)
                || bodyWord.map { b in isBodyName(Array(before[..<b] + before[(b + 1)...]), links: bodyNameLinks) } ?? false)
                && !context.actors.ids(in: before).isEmpty
            // A long title before a person's name: "Port Alda Police Department Chief Deputy Superintendent Hans Lund said".
            let titledName = before.count <= 14 && before.suffix(2).allSatisfy(\.isCapitalized) && context.people.person(in: Array(before.suffix(4))) != nil
            // "Though she called the toll “a scandal”, Mayor Ana Ruiz voted for it": a person's pronoun in a clause of circumstance
            // that opens the sentence is the person the main clause after it opens on, named there.
            if before.count == 1, start == 0, personPronouns.contains(before[0].lower), circumstances.contains(tokens[0].lower),
               let comma = (v..<(tokens.count - 1)).first(where: { breaks($0, $0 + 1) }),
               let who = opening(Array(tokens[(comma + 1)...]), context), who.name != nil { return who }
            // "When the regulator aired its concerns, it said …": a pronoun after an opening clause is whom that clause opens on.
            if before.count == 1, start > 2, bodyPronouns.contains(before[0].lower) || personPronouns.contains(before[0].lower),
               clauseOpeners.contains(tokens[0].lower), breaks(start - 1, start) {
                let clause = Array(tokens[1..<start].drop { definites.contains($0.lower) })
                if let who = opening(clause, context), (who.name == nil) == bodyPronouns.contains(before[0].lower) { return who }
            }
            // "In a statement from Ana Ruiz, the board's chair, she notes …": a pronoun after an opening writing by someone is
            // that one (not after "talks with Ana Ruiz", whom the pronoun may have met).
            if before.count == 1, personPronouns.contains(before[0].lower), start > 2,
               let d = tokens[..<start].firstIndex(where: { documents.contains($0.lower) }), d + 2 < start, ["from", "by"].contains(tokens[d + 1].lower),
               let end = ((d + 2)..<start).first(where: { breaks($0, $0 + 1) }),
               let p = context.people.person(in: Array(tokens[(d + 2)...end])) { return Speaker(p) }
            // "Ruiz has called the deal fair, but in a letter she said …": a pronoun right before the verb, in a clause after
            // the one the sentence opens on a person with, is that person, unless the article gives them another gender.
            if let pronoun = before.last, personPronouns.contains(pronoun.lower), !pronoun.isCapitalized, start > 0, !opensOnPossessive(tokens),
               let who = opening(Array(tokens[..<start]), context), let name = who.name,
               context.people.gender[name].map({ $0 == genderWords[pronoun.lower] }) ?? true { return who }
            // "Speaking to reporters at the airport he said": the pronoun right before the verb is its subject.
            if before.count > 1, personPronouns.contains(before.last!.lower), !before.last!.isCapitalized,
               let who = resolve([before.last!], context, heard) { return who }
            // "Before reading out the fine Ruiz said": a person's name right before the verb, after a word of no title, no
            // link, no verb and no name, is its subject ("a lawyer for Ana Ruiz said" is the lawyer; in "Ruiz asked Berg
            // said", Berg is asked).
            let nameRun = before.reversed().prefix { $0.isCapitalized }.count
            if (1...3).contains(nameRun), before.count > nameRun + 1, case let previous = before[before.count - nameRun - 1],
               previous.text.allSatisfy(\.isLetter), !PeopleFinder.isTitle(previous.text), !StatusReader.prepositions.contains(previous.lower),
               !Tense.isPastForm(previous.lower), !speechVerbs.contains(previous.lower), !finiteVerbs.contains(previous.lower),
               !joiners.contains(previous.lower), !PeopleFinder.determiners.contains(previous.lower), !ContentWords.stopwords.contains(previous.lower),
               let p = namedAlone(Array(before.suffix(nameRun)), context) { return Speaker(p) }
            // "The prime minister in a short reply said": the words of a circumstance are no speaker's, where
            // without them the phrase names someone.
            let named = withoutCircumstance(before)
            if named.count < before.count, !joined, let who = resolve(named, context, heard), who.name != nil || who.actor != nil,
               resolve(before, context, heard).map({ $0.name == nil && $0.actor == nil }) ?? true { return who }
            // "a spokesperson for the major ferry lines involved in the talks said": a long description of a title and what it
            // is of speaks as that much of it.
            /// "Ana Ruiz, the Kelvar policy chief said": the person named before the description. "Ana Ruiz, chair and
            /// chief executive, Kelvar said": the person named before a role and the body it is of.
            func namedBefore(_ who: Speaker) -> Speaker {
                guard who.name == nil, start > 0 else { return who }
                if PeopleFinder.determiners.contains(before[0].lower) { return appositive(before: start, tokens, breaks, context) ?? who }
                guard who.actor != nil, who.role == nil || before.count <= 3, case let roleStart = phraseStart(before: start, breaks), roleStart > 0,
                      case let role = tokens[roleStart..<start], role.count <= 6, role.contains(where: { PeopleFinder.isTitle($0.text) }),
                      role.allSatisfy({ PeopleFinder.isTitle($0.text) || !$0.isCapitalized }),
                      let p = namedAlone(Array(tokens[phraseStart(before: roleStart, breaks)..<roleStart]), context) else { return who }
                return p.actor == nil ? Speaker(name: p.name, role: p.role, actor: who.actor) : Speaker(p)
            }
            if before.count > 8, !joined, !longName, !titledName, let described = titleAndItsBody(before), let who = resolve(described, context, heard) {
                return namedBefore(who)
            }
            if !before.isEmpty, before.count <= 8 || longName || titledName, !joined, let who = resolve(before, context, heard) { return namedBefore(who) }
            // "Tarskan ferry giant Kelvar and Velorian conglomerate Orsa announced": bodies described before their names speak by their names.
            if !joined, let names = describedNames(before), let who = resolve(names, context, heard), who.actor != nil { return who }
            // "A statement on Monday by Kelvar chief Ana Ruiz and three ministers insisted": a writing speaks for whom it is by.
            if before.count > 3, describers.contains(before[0].lower) || definites.contains(before[0].lower),
               before[1...2].contains(where: { documents.contains($0.lower) }),
               let by = before.prefix(6).firstIndex(where: { $0.lower == "by" || $0.lower == "from" }), by + 1 < before.count,
               case let author = Array(before[(by + 1)...].prefix { !joiners.contains($0.lower) }.prefix(8)), !author.isEmpty,
               let who = resolve(author, context, heard), who.name != nil || who.actor != nil { return who }
            // "Earlier on Wednesday a spokesman for the union said": when it was said comes before the speaker.
            if !joined, case let speaker = withoutLeadingTime(before), speaker.count < before.count, speaker.count <= 8,
               let who = resolve(speaker, context, heard) { return who }

            // "Shares fell after the regulator said it had “…”": words quoted after the verb are the subject's of the
            // clause a clause word opens inside the phrase; not before an infinitive ("while Tarsk continues to
            // grow"), where the verb reports no speech. A sentence without a quote stays its main clause's.
            if let q = quoteAt, tokens[v].end <= q, let c = before.lastIndex(where: { clauseOpeners.contains($0.lower) && !joiners.contains($0.lower) }), c > 0,
               !(v + 1 < tokens.count && infinitiveMarkers.contains(tokens[v + 1].lower)),
               (1...6).contains(before.count - c - 1), let who = resolve(Array(before[(c + 1)...]), context, heard) { return who }
            // "“…,” the Kelvar boss, who took over in May, said": the phrase before the relative clause; "Kelvar,
            // the ferry operator, said", "Okafor, 61, said", "Ana Ruiz, speaking to reporters, said": the name
            // before a description, an age or a participle's phrase.
            if before.isEmpty, start > 0 {
                let clause = phraseStart(before: start, breaks)
                if clause > 0 {
                    var subjectStart = phraseStart(before: clause, breaks)
                    // "Ana Lind, 52, who has worked there for years, said": the name before the age.
                    if clause - subjectStart == 1, subjectStart > 0, PeopleFinder.isAge(tokens[subjectStart].text) {
                        subjectStart = phraseStart(before: subjectStart, breaks)
                    }
                    let subject = Array(tokens[subjectStart..<clause])
                    // "“…,” the paper, quoting Ana Ruiz, reported": the source it cites speaks, not the paper.
                    let cites = citingWords.contains(tokens[clause].lower)
                    if cites, start - clause > 1, let who = resolve(Array(tokens[(clause + 1)..<start]), context, heard), isSource(who) { return who }
                    // "Ana Ruiz, speaking to reporters,", "Ana Ruiz, quoted by the state news agency,": a participle's phrase.
                    let participial = !cites && (PeopleFinder.isParticiple(tokens[clause])
                        || clause + 1 < start && tokens[clause].lower.hasSuffix("ed") && tokens[clause + 1].lower == "by")
                    // "Kelvar, the ferry operator,", "Kelvar, one of the firms targeted,".
                    let described = PeopleFinder.determiners.contains(tokens[clause].lower) || oneOf(clause)
                        || start - clause == 1 && PeopleFinder.isAge(tokens[clause].text)
                    // "lawyers Ana Ruiz, Li Wei and Tom Brand, who represent the crews, said": the list's first person.
                    if PeopleFinder.cues.personRelatives.contains(tokens[clause].lower) || participial,
                       let listed = listedSpeakers(endingAt: clause, from: subjectStart) { return listed }
                    let relative = PeopleFinder.cues.personRelatives.contains(tokens[clause].lower) || ownerRelatives.contains(tokens[clause].lower)
                    if (relative || participial) && subject.count <= 12
                        || described && (1...4).contains(subject.count) && subject.allSatisfy(\.isCapitalized),
                       let who = resolve(subject, context, heard) { return who }
                    // "Kelvar, after Orsa revealed its offer, said": a clause of circumstance set off between the subject and its verb.
                    if circumstances.contains(tokens[clause].lower), subject.count <= 6, after.first.map({ !$0.isCapitalized }) ?? true,
                       let who = resolve(subject, context, heard), who.name != nil || who.actor != nil { return who }
                    // "Kelvar, disappointed in the outcome, said", "Ana Ruiz, angry at the delay, said": a phrase of how the
                    // subject felt, set off between it and its verb.
                    let feeling = !tokens[clause].isCapitalized && (tokens[clause].lower.count > 4 && tokens[clause].lower.hasSuffix("ed")
                        || clause + 1 < start && feelingLinks.contains(tokens[clause + 1].lower))
                    if feeling, subject.count <= 6, let who = resolve(subject, context, heard), who.name != nil || who.actor != nil { return who }
                    // "Kelvar, which runs the ferries, said": a body's relative clause, after a body.
                    if bodyRelatives.contains(tokens[clause].lower), subject.count <= 8, let who = resolve(subject, context, heard),
                       who.name == nil, who.actor != nil { return who }
                    // "The union that represents the crews, the Dockers Guild, posted": a body's name set off after a description
                    // of its kind.
                    if subject.count >= 2, definites.contains(subject[0].lower), bodyNouns.contains(subject[1].lower), start - clause <= 12,
                       let who = resolve(Array(tokens[clause..<start]), context, heard), who.name == nil, who.actor != nil { return who }
                    // "The paper reports that Kelvar Group, one of the firms targeted, says": the name after the clause word.
                    if described, let c = subject.lastIndex(where: { $0.lower == "that" || clauseOpeners.contains($0.lower) }), case let named = Array(subject[(c + 1)...]),
                       (1...4).contains(named.count), named.allSatisfy(\.isCapitalized), let who = resolve(named, context, heard) { return who }
                }
            }
            if before.count > 1, let who = opening(before, context), who.name != nil { return who }
            // "The harbour board granted the request and said": the body the clause opens on.
            if joined {
                for k in 1...min(4, before.count - 2) {
                    if let who = resolve(Array(before.prefix(k)), context, heard), who.name != nil || who.actor != nil, !who.sideGuessed { return who }
                }
            }
            // A name set off by commas before the verb, or before a description of them, is its subject: "the
            // board's chair, Ana Ruiz, said", "Ana Ruiz, the board's chair, said", "Ana Ruiz, the board's chair said".
            if start > 0, verbLinks[verb] == nil, let who = appositive(before: start, tokens, breaks, context) { return who }
            // A verb joined to an earlier one shares its subject, the one person the sentence names before
            // it: "Ana Ruiz, who chairs the board, has written to its members and says …"; else the side's body the
            // sentence opens on: "Kelvar withdrew its offer for the crews, who struck in May, and said …".
            if let last = tokens[start..<v].last, joiners.contains(last.lower),
               let who = namedSubject(before: start, tokens, breaks, context) ?? clauseOpener(before: start, tokens, breaks, context)
                ?? opening(Array(tokens[..<start]), context).flatMap({ $0.name == nil && $0.actor != nil ? $0 : nil }) { return who }
            // A description may run longer than a name: "according to a joint statement from Alda and Tarsk".
            let longest = describers.contains(after.first?.lower ?? "") ? 12 : 8
            // "said a spokesperson for the line, Ana Ruiz": a description after the verb, set off from the name of
            // two to four words that follows it, is that person's.
            if invertingVerbs.contains(verb), before.isEmpty || before.count > 8, after.count <= longest,
               let first = after.first, PeopleFinder.determiners.contains(first.lower), end < tokens.count {
                var nameEnd = end + 1
                while nameEnd < tokens.count, !breaks(nameEnd - 1, nameEnd) { nameEnd += 1 }
                let name = Array(tokens[end..<nameEnd])
                if (2...4).contains(name.count), name.allSatisfy(\.isCapitalized), let p = context.people.person(in: name) { return Speaker(p) }
            }
            // After the verb, a phrase with a verb of its own is what was said ("said the port is closed"),
            // and after a subject of its own ("They announced the deal") the verb's object.
            if invertingVerbs.contains(verb), before.isEmpty || before.count > 8,
               !after.isEmpty, after.count <= longest, !after.contains(where: { finiteVerbs.contains($0.lower) }),
               let who = resolve(after, context, heard) { return who }
            // "said Tarsk President Ana Ruiz in an interview on Monday": a name runs on into where she said it.
            if invertingVerbs.contains(verb), before.isEmpty || before.count > 8, after.count > 1,
               let p = namedAlone(Array(after.prefix { $0.isCapitalized || PeopleFinder.isTitle($0.text) }), context) { return Speaker(p) }
            // "says Senior Director of Mergers at the Harbour Board Ana Ruiz", "said Tarsk's state-run TV correspondent
            // Ana Ruiz from the port": a long role before the name, and where she spoke after it.
            if invertingVerbs.contains(verb), before.isEmpty || before.count > 8, (3...14).contains(after.count),
               !after.contains(where: { finiteVerbs.contains($0.lower) }), let p = context.people.person(in: after),
               let last = p.name.split(separator: " ").last.map(String.init), case let words = PeopleFinder.words(after),
               // A hyphenated surname is one word: "Tom Keel-Marsh".
               let k = words.lastIndex(where: { $0.text == last }),
               k + 1 == words.count || whenWords.contains(words[k + 1].lower) || words[k + 1].lower == "from" { return Speaker(p) }
            return nil
        }
    }

    /// The person whose name ends the words between the break that ends before `end` and the break
    /// before them, or the words before those, up to three phrases back: "Ana Ruiz" in "the board's chair, Ana
    /// Ruiz, said", in "Ana Ruiz, the board's chair, said" and in "Board chair Ana Ruiz, who took office in May, says".
    static func appositive(before end: Int, _ tokens: [Token], _ breaks: (Int, Int) -> Bool, _ context: Context) -> Speaker? {
        var end = end
        var phrases = 0
        // A description may hold a comma of its own: "Ana Ruiz, leader of the moderate, reform-minded union, said".
        while end > 0, phrases < 3 {
            let start = phraseStart(before: end, breaks)
            if let p = namedAlone(Array(tokens[start..<end]), context) { return Speaker(p) }
            // "Berg's lawyers, Ana Ruiz and Mira Velde, said": two people together, the first named for both.
            if let and = tokens[start..<end].firstIndex(where: { $0.lower == "and" }), and > start,
               let first = namedAlone(Array(tokens[start..<and]), context), let second = namedAlone(Array(tokens[(and + 1)..<end]), context) {
                var both = Speaker(first)
                if let side = second.actor, side != first.actor { both.alsoFor = [side] }
                return both
            }
            // An age set off by commas is no phrase of its own: "Ana Ruiz, 54, the board's chair, said".
            if !(end - start == 1 && PeopleFinder.isAge(tokens[start].text)) { phrases += 1 }
            end = start
        }
        return nil
    }

    /// The one person that the phrases between breaks before `end` name alone ("the boss of the
    /// board, Ana Ruiz, has written to its members and says"), if there is one.
    static func namedSubject(before end: Int, _ tokens: [Token], _ breaks: (Int, Int) -> Bool, _ context: Context) -> Speaker? {
        var end = end
        var named: PersonMention?
        while end > 0 {
            let start = phraseStart(before: end, breaks)
            if let p = namedAlone(Array(tokens[start..<end]), context) {
                guard named == nil || named?.name == p.name else { return nil }
                named = p
            }
            end = start
        }
        return named.map { Speaker($0) }
    }

    /// At most how many words a sentence has before its quote for "it said" after the quote to be whoever it opens on.
    static let closeLead = 8

    /// The person the nearest clause before `end` opens on, role and name before its verb: "Kelvar boss
    /// Ana Ruiz wrote to the board, and said …".
    static func clauseOpener(before end: Int, _ tokens: [Token], _ breaks: (Int, Int) -> Bool, _ context: Context) -> Speaker? {
        var end = end
        while end > 0 {
            let start = phraseStart(before: end, breaks)
            let subject = tokens[start..<end].prefix { $0.isCapitalized || PeopleFinder.isTitle($0.text) }
            if subject.count < end - start, let p = namedAlone(Array(subject), context) { return Speaker(p) }
            // "the Tarskan minister held talks …": the one person of the article that title points back at.
            // "the president-elect touted …": a title's hyphenated part is the title's.
            if definites.contains(tokens[start].lower) {
                let titled = tokens[(start + 1)..<end].prefix { $0.isCapitalized || PeopleFinder.isTitle($0.text) || $0.hyphenated }
                if titled.count < end - start - 1, let last = titled.last(where: { !$0.hyphenated }), PeopleFinder.isTitle(last.text),
                   let p = context.people.person(in: [tokens[start]] + titled) { return Speaker(p) }
            }
            end = start
        }
        return nil
    }

    /// Where the phrase that ends before `end` starts: after the last break before it.
    static func phraseStart(before end: Int, _ breaks: (Int, Int) -> Bool) -> Int {
        var start = end - 1
        while start > 0, !breaks(start - 1, start) { start -= 1 }
        return start
    }

    /// The person a phrase names, after a role or alone: "Board chair Ana Ruiz"; not "With Ana Ruiz",
    /// "who met Ana Ruiz".
    static func namedAlone(_ phrase: [Token], _ context: Context) -> PersonMention? {
        guard (1...8).contains(phrase.count), !ContentWords.stopwords.contains(phrase[0].lower), let p = context.people.person(in: phrase),
              let last = p.name.split(separator: " ").last else { return nil }
        // The name may come before the body it belongs to: "Ana Ruiz of Ruiz Marsh LLP".
        let link = phrase.lastIndex { PeopleFinder.cues.affiliationLinks.contains($0.text) }
        let nameEnd = link.map { k in phrase[(k + 1)...].allSatisfy { $0.isCapitalized || $0.lower == "the" } ? k : phrase.count } ?? phrase.count
        // A hyphenated surname is one word: "Ana Ruiz-Marsh".
        return nameEnd > 0 && PeopleFinder.words(Array(phrase[..<nameEnd])).last?.text == String(last) ? p : nil
    }

    /// The words of a description that opens on a title and what it is of, up to a participle or a further
    /// preposition that qualifies them: "a spokesperson for the major ferry lines" of "a spokesperson for the major
    /// ferry lines involved in the talks"; at most eight words.
    static func titleAndItsBody(_ words: [Token]) -> [Token]? {
        guard PeopleFinder.determiners.contains(words[0].lower),
              let t = words.prefix(3).firstIndex(where: { PeopleFinder.isTitle($0.text) }), t + 2 < words.count,
              PeopleFinder.linkWords.contains(words[t + 1].lower) else { return nil }
        let cut = ((t + 3)..<words.count).first { k in
            let w = words[k].lower
            return !words[k].isCapitalized && (w.hasSuffix("ed") || w.hasSuffix("ing")) || StatusReader.prepositions.contains(w)
        } ?? words.count
        return cut <= 8 ? Array(words[..<cut]) : nil
    }

    /// The person one of the comma-parted clauses of a sentence with a colon opens on, who then speaks
    /// what follows the colon: "As the paper reported, Ruiz gave her view on the radio: …".
    static func introducer(in text: String, tokens: [Token], _ context: Context) -> Speaker? {
        let gaps = WordGaps(text, tokens)
        var start = 0
        for k in tokens.indices {
            guard k + 1 == tokens.count || gaps.comma(k, k + 1) else { continue }
            if let who = opening(Array(tokens[start...k]), context), who.name != nil { return who }
            start = k + 1
        }
        return nil
    }

    /// Who a headline's words are when it opens on them, a name or a role of one to five words right before
    /// the quote ("Velmar chief 'over the moon' with deal"): a person, or a side's voice; not "Ferry fares".
    static func headliner(_ tokens: [Token], before quoteAt: Int, _ context: Context, _ heard: Heard) -> Speaker? {
        let phrase = Array(tokens.prefix { $0.end <= quoteAt })
        guard (1...5).contains(phrase.count), phrase[0].isCapitalized, let who = resolve(phrase, context, heard),
              who.name != nil || who.actor != nil && PeopleFinder.isTitle(phrase.last!.text) else { return nil }
        return who
    }

    /// The person or body a sentence opens on, when its quote follows within `closeLead` words: "Tarsk has
    /// called for “…”".
    static func closeSubject(_ tokens: [Token], before quoteAt: Int, _ context: Context) -> Speaker? {
        let lead = Array(tokens.prefix { $0.end <= quoteAt })
        // "Employers “should hire more dockers”": quoted words that go on from the subject itself are someone
        // else's about it; a verb of the reporter's stands between a subject and its own words.
        guard !lead.allSatisfy({ $0.isCapitalized || definites.contains($0.lower) || describers.contains($0.lower) }) else { return nil }
        guard !lead.isEmpty, lead.count <= closeLead, let who = opening(lead, context), who.name != nil || who.actor != nil else { return nil }
        // "Kelvar's fleet “crowds the river”" is no one's statement; "Kelvar's spokesman is “very happy”" is Kelvar's.
        // ("Velland's foreign ministry dismissed …" is Velland's: a body or a voice among the next words.)
        if opensOnPossessive(lead), let end = lead.firstIndex(where: { !$0.isCapitalized }),
           !lead[end...].prefix(3).contains(where: { bodyNouns.contains($0.lower) || bodyVoices.contains($0.lower) || PeopleFinder.isTitle($0.text) }) { return nil }
        return who
    }

    /// Whether a sentence opens on a name in the possessive before a noun: "Okafor's fingers “…”, she said"
    /// opens on the fingers, not on Okafor ("'s", dropped from the words, is the gap of three after the name).
    static func opensOnPossessive(_ tokens: [Token]) -> Bool {
        guard let end = tokens.firstIndex(where: { !$0.isCapitalized }), end > 0 else { return false }
        return tokens[end].offset - tokens[end - 1].end == 3
    }

    /// The person or body a clause opens on ("Ana Ruiz spoke …", "She left …").
    static func clauseSubject(_ tokens: [Token], _ context: Context, _ heard: Heard) -> Speaker? {
        guard let first = tokens.first else { return nil }
        if personPronouns.contains(first.lower) { return heard.lastPerson(as: first.lower, context.people) }
        // "The port's regulator, the Harbour and Ferries Board, has issued a statement saying": a phrase set
        // off by commas that is a lower-case "the" and a name is that name ("the Velorian minister" is not).
        let name = tokens.dropFirst()
        if !first.isCapitalized, definites.contains(first.text), name.first?.isCapitalized == true,
           name.allSatisfy({ $0.isCapitalized || nameLinks.contains($0.lower) || joiners.contains($0.lower) }) {
            if let p = context.people.person(in: Array(name)) { return Speaker(p) }
            return context.actors.matches(in: Array(name)).first.map { Speaker(name: nil, role: name.map(\.text).joined(separator: " "), actor: $0.id) }
        }
        // "In addition, the union is looking to keep its offer private, adding …", "After the vote, the Kelvar Company issued a
        // statement saying …": a body's kind or name after "the" and before a verb opens the clause on that body.
        if !first.isCapitalized, definites.contains(first.text), tokens.count > 2 {
            let named = tokens.dropFirst().prefix { $0.isCapitalized || nameLinks.contains($0.lower) }
            let head = named.isEmpty && bodyNouns.contains(tokens[1].lower) ? 2 : 1 + named.count
            if head > 1, head < tokens.count, !tokens[head].isCapitalized, case let verb = tokens[head].lower,
               finiteVerbs.contains(verb) || Tense.isPastForm(verb) || verb.hasSuffix("s") && !verb.hasSuffix("ss"),
               let who = resolve(Array(tokens.prefix(head)), context, heard), who.actor != nil { return who }
        }
        // "Okafor's lawyers want him freed now, saying …", "The defence lawyers asked for time, saying …": a description
        // headed by a title, after "the" or a name's possessive, before the clause's verb in lower case.
        let possessor = first.isCapitalized && tokens.count > 1 && tokens[1].offset - first.end >= 2
        if tokens.count > 2, definites.contains(first.lower) || possessor,
           let v = (2..<min(tokens.count, 6)).first(where: { k in
               let verb = tokens[k].lower
               // A plural's verb may be bare ("lawyers want"); a singular's is past or takes "-s" ("the spokesman adds"), or a
               // title is an adjective ("issued an official statement").
               return PeopleFinder.isTitle(tokens[k - 1].text) && !tokens[k - 1].isCapitalized && !tokens[k].isCapitalized
                   && !PeopleFinder.isTitle(tokens[k].text) && !ContentWords.stopwords.contains(verb) && !documents.contains(verb)
                   && !tokens[k].text.allSatisfy(\.isNumber)
                   && (PeopleFinder.isPlural(tokens[k - 1].text) || finiteVerbs.contains(verb) || Tense.isPastForm(verb) || verb.hasSuffix("s") && !verb.hasSuffix("ss")) }),
           tokens[1..<(v - 1)].allSatisfy({ !$0.isCapitalized }),
           let who = resolve(Array(tokens[..<v]), context, heard), who.role != nil || who.name != nil { return who }
        return opening(tokens, context)
    }

    /// The head of a description: the last word before what qualifies it ("a joint statement from Ruiz and Li" ->
    /// statement, "the appeals panel of judges" -> panel).
    static func descriptionHead(_ words: [Token]) -> Token? {
        words.prefix { !qualifiers.contains($0.lower) }.last
    }

    /// Whether a phrase is written as a body's name: capitalised words, the `links` between them, a number after
    /// a name word, the body's own, and "the" or an ordinal before them ("the Dockers Union District 12", "2nd
    /// Circuit Court").
    static func isBodyName(_ phrase: [Token], links: Set<String>) -> Bool {
        phrase.indices.allSatisfy { k in
            phrase[k].isCapitalized || links.contains(phrase[k].lower) || k == 0 && definites.contains(phrase[k].lower)
                // An ordinal may open it: "2nd Circuit Court".
                || k == 0 && phrase.count > 1 && phrase[0].text.first?.isNumber == true && phrase[1].isCapitalized
                || k > 0 && phrase[k - 1].isCapitalized && phrase[k].text.allSatisfy(\.isNumber)
        }
    }

    /// Where a sentence announces a writing that the paragraphs after it give: the writing's noun after an announcing
    /// word ("the following statement").
    static func announcedWriting(_ tokens: [Token]) -> Int? {
        tokens.indices.dropFirst().first { documents.contains(tokens[$0].lower) && announcing.contains(tokens[$0 - 1].lower) }
    }

    /// The writer "from" names right after a writing's noun, up to a comma: "the following statement from Ana Ruiz, its chief".
    static func writer(after noun: Int, in text: String, _ tokens: [Token], _ context: Context, _ heard: Heard) -> Speaker? {
        guard noun + 2 < tokens.count, tokens[noun + 1].lower == "from" else { return nil }
        let gaps = WordGaps(text, tokens)
        let phrase = (noun + 2..<min(tokens.count, noun + 10)).prefix { $0 == noun + 2 || !gaps.comma($0 - 1, $0) }
        return resolve(Array(tokens[phrase]), context, heard)?.written(in: text, tokens)
    }

    static func resolve(_ phrase: [Token], _ context: Context, _ heard: Heard) -> Speaker? {
        // "Kelvar and Orsa Thursday blasted …", "the board on Monday said": a weekday closing the subject, with its "on", is
        // when, not who ("Harbour Today" keeps its word).
        if phrase.count > 1, let last = phrase.last, DateLexicon.weekdays[last.lower] != nil {
            let rest = phrase.dropLast()
            return resolve(Array(rest.count > 1 && rest.last!.lower == "on" ? rest.dropLast() : rest), context, heard)
        }
        // "The Ruiz-led committee said": who leads the body is not who speaks (`suffix` in Rules/person-cues.rules).
        if let k = phrase.lastIndex(where: { $0.hyphenated && PeopleFinder.cues.suffixes.contains($0.lower) }), k + 1 < phrase.count {
            let determiner = describers.contains(phrase[0].lower) ? [phrase[0]] : []
            return resolve(determiner + phrase[(k + 1)...], context, heard)
        }
        // "The 49-page ruling issued on Friday stated": a writing described by its sending is the writing; not one
        // whose sender "by" names ("a statement released by Tarsk").
        if phrase.count > 3, describers.contains(phrase[0].lower),
           let k = phrase.indices.dropFirst(2).first(where: { sendingVerbs.contains(phrase[$0].lower) && documents.contains(phrase[$0 - 1].lower) }),
           k + 1 == phrase.count || phrase[k + 1].lower != "by" {
            return resolve(Array(phrase[..<k]), context, heard)
        }
        // "President Ana Ruiz's spokesman Tomas Berg told reporters": the one named after the owner's title speaks.
        if let k = phrase.indices.dropLast(2).first(where: { possessive(between: phrase[$0], phrase[$0 + 1]) && phrase[$0].isCapitalized }),
           PeopleFinder.isTitle(phrase[k + 1].lower), phrase[(k + 2)...].first?.isCapitalized == true,
           let p = context.people.person(in: Array(phrase[(k + 1)...])) {
            return Speaker(p)
        }
        // "A spokesman for Prime Minister Ana Ruiz said": the spokesman speaks, for her side (the description below).
        let forSomeone = phrase.count > 3 && describers.contains(phrase[0].lower) && phrase[1...].prefix(3).contains { ["for", "to"].contains($0.lower) }
        // "Ana Ruiz's family said", "Ruiz's lawyers argued": they speak, on her side.
        if let p = context.people.person(in: phrase), let last = phrase.last, !last.isCapitalized,
           let k = phrase.lastIndex(where: { $0.isCapitalized }), k + 1 < phrase.count, possessive(between: phrase[k], phrase[k + 1]),
           p.name.hasSuffix(phrase[k].text), phrase.count - k <= 3,
           phrase[(k + 1)...].allSatisfy({ $0.text.allSatisfy(\.isLetter) && !ContentWords.stopwords.contains($0.lower) && !speechVerbs.contains($0.lower) }) {
            var kin = Speaker(name: nil, role: phrase.map(\.text).joined(separator: " "), actor: p.actor)
            kin.sideGuessed = p.sideGuessed
            return kin
        }
        if !forSomeone, let p = context.people.person(in: phrase) { return Speaker(p) }
        guard let first = phrase.first?.lower else { return nil }
        // "The president told lawmakers", where the article names several presidents: the one last heard or opened on.
        if !forSomeone, phrase.count == 2, definites.contains(first), let last = heard.lastPerson(context.people), let name = last.name,
           context.people.holds(name, title: phrase[1].lower) { return last }
        // "A federal judge blocked the sale and said …" before "Judge Tom Berg wrote": an office whose holders are named, never
        // anonymous, after "a" is the one holder of it the article names.
        if !forSomeone, (2...4).contains(phrase.count), StatusReader.indefinites.contains(first), namedOffices.contains(phrase.last!.lower) {
            let holders = Set(context.people.people.filter { $0.title == phrase.last!.lower }.map(\.name))
            if holders.count == 1, let p = context.people.people.first(where: { $0.name == holders.first! }) { return Speaker(p) }
        }
        // "Ana Ruiz said …. “…,” the attorney warned": a title no one the article names holds is the person last heard,
        // when the article gives that person no title of their own.
        if !forSomeone, phrase.count == 2, definites.contains(first), PeopleFinder.isTitle(phrase[1].lower),
           !context.people.people.contains(where: { $0.title == phrase[1].lower }), let last = heard.previous, let name = last.name, last.role == nil,
           context.people.people.contains(where: { $0.name == name && $0.title == nil }) { return last }
        if phrase.count == 1, personPronouns.contains(first) {
            // "he said": the last person a sentence opened on, else the last speaker; with neither, someone the
            // article does not name, not the speaker of the passage.
            return heard.lastPerson(as: first, context.people) ?? .unnamed
        }
        // "Ana Ruiz and Li Wei said …. “…,” the pair wrote": the people the last sentence opened on or heard, together,
        // the first named for all.
        if phrase.count == 2, definites.contains(first), togetherWords.contains(phrase[1].lower), let last = heard.lastPerson(context.people), last.name != nil { return last }
        // "It said": the body the last sentence opened on, of a side or not ("The Harbour Weather Service warned …").
        if phrase.count == 1, bodyPronouns.contains(first), let subject = heard.subject, subject.name == nil, subject.actor != nil || subject.role != nil { return subject }
        let lowerWords = phrase.map(\.lower)
        // "the Tarskan spokesman", "the Tarskan leader": the one person of that side with that title, else
        // the last person heard, when of that side.
        if definites.contains(first), (3...4).contains(phrase.count), PeopleFinder.isTitle(lowerWords.last!) {
            let sides = context.actors.ids(in: phrase)
            if !sides.isEmpty {
                let titled = context.people.people.filter { $0.title == lowerWords.last! && $0.actor.map(sides.contains) == true }
                if titled.count == 1 { return Speaker(titled[0]) }
                if let last = heard.previous ?? heard.subject, last.name != nil, let side = last.actor, sides.contains(side) { return last }
                if let last = sides.lazy.compactMap({ heard.lastOfSide[$0] }).first { return last }
                // "The Tarskan leader": the one person of that side the article names.
                if leaderTitles.contains(lowerWords.last!) {
                    let ofSide = context.people.people.filter { $0.actor.map(sides.contains) == true }
                    if Set(ofSide.map(\.name)).count == 1 { return Speaker(ofSide[0]) }
                }
            }
        }
        // "The Harbour Valley MP said", "the Tarsk prime minister said": a title a place or a party qualifies, which no one
        // the article names holds for that place, is the person last heard, written another way.
        let qualifiers = phrase.dropFirst().dropLast()
        if definites.contains(first), (3...5).contains(phrase.count), PeopleFinder.isTitle(lowerWords.last!), !PeopleFinder.isPlural(phrase.last!.text),
           qualifiers.first?.isCapitalized == true, qualifiers.allSatisfy({ $0.isCapitalized || !ContentWords.stopwords.contains($0.lower) && $0.text.allSatisfy(\.isLetter) }),
           case let places = Set(qualifiers.filter(\.isCapitalized).map(\.lower)),
           !context.people.people.contains(where: { $0.title == lowerWords.last! && places.isSubset(of: Tokenizer.tokens($0.role ?? "").map(\.lower)) }),
           context.actors.ids(in: phrase).isEmpty, context.people.person(in: phrase) == nil,
           let last = heard.previous, last.name != nil { return last }
        // "Orsa kept quiet about its plans. In a statement, the company said": a company's description is the body the
        // sentence before opened on, when it is a body of no other kind and no place; a story's companies are many,
        // and the one last told of is the one meant.
        if definites.contains(first), (2...3).contains(phrase.count), let head = lowerWords.last, companyKin.contains(head),
           context.actors.ids(in: phrase).isEmpty, let opened = heard.subject, opened.name == nil, opened.alsoFor.isEmpty,
           let actor = opened.actor, !context.isOtherKind(actor, than: head),
           !PeopleFinder.isPlace(Tokenizer.tokens(opened.role ?? "").map(\.text)) { return opened }
        // "the statement said" after "a joint statement from Ana Ruiz said": the same speaker; not "the Kelvar statement"
        // after "a statement from Orsa", which names a side of its own.
        if definites.contains(first), phrase.count <= 3, let head = lowerWords.last, let same = heard.described[sameHead[head] ?? head],
           context.actors.ids(in: phrase).allSatisfy({ $0 == same.actor }) { return same }
        // Words joined by hyphens read as one: "the 58-year-old".
        let compounds = phrase.reduce(into: [String]()) { out, t in
            if t.hyphenated, !out.isEmpty { out[out.count - 1] += "-" + t.lower } else { out.append(t.lower) }
        }
        if definites.contains(first), compounds.count <= 3, let head = compounds.last {
            // "The regulator said": the body the article named as one; else the one actor of that kind ("the court"
            // and the actor "District Court"); else the body last heard. Not the body a sentence opened on:
            // "Harbour workers rejected the deal, the union said" is not the harbour's.
            if bodyNouns.contains(head), let body = context.body(phrase, ofKind: head, heard)
                ?? heard.previous.flatMap({ $0.name == nil && $0.actor.map { !context.isOtherKind($0, than: head) } == true ? $0 : nil }) {
                // "The union said" after "the Dockers Guild District 12 said": the body last heard, by its fuller name.
                if let last = heard.previous, last.name == nil, last.actor == body.actor, last.alsoFor.isEmpty,
                   case let named = Tokenizer.tokens(last.role ?? ""), named.count > phrase.count, isBodyName(named, links: bodyNameLinks) { return last }
                return body
            }
            // "The companies said", "the two unions said": the bodies the article last opened a sentence on together.
            if let singular = pluralBodies[head], bodyNouns.contains(singular), let together = heard.subject.flatMap({ $0.alsoFor.isEmpty ? nil : $0 }) ?? heard.lastTogether { return together }
            // "The 58-year-old said": the last person named.
            if ageEndings.contains(where: head.hasSuffix) {
                if let person = heard.lastPerson(context.people), person.name != nil { return person }
            }
            // "The judge's ruling stated", "the union's letter said": the writing speaks for whom it belongs to (a
            // possessive, dropped from the words, stands between them; "the joint statement" has none).
            // An owner known by a description alone ("the judge") is still the one who speaks, not the last sentence's subject.
            if documents.contains(head), phrase.count == 3, possessive(between: phrase[1], phrase[2]), let owner = resolve(Array(phrase.prefix(2)), context, heard) { return owner }
            // "The memo said", with no memo described before: it speaks for whoever the last sentence opened on or heard.
            if documents.contains(head), heard.described[head] == nil, let subject = heard.subject, subject.name != nil || subject.actor != nil { return subject }
        }
        // A plural that speaks opens the phrase, after at most three words that qualify it ("Senior Tarsk union members
        // said"), not one deep in a clause ("drew an angry response from unions who").
        if describers.contains(first) && phrase.count > 1 || lowerWords.prefix(4).contains(where: pluralSpeakers.contains) {
            // The sides the description names, by actor or by person: "a joint statement from Ruiz and Li", "a
            // spokesperson for the province".
            var named = context.actors.ids(in: phrase)
            if named.isEmpty { named = context.heads.ids(in: phrase) }
            for p in context.people.referenced(in: phrase) { if let side = p.actor, !named.contains(side) { named.append(side) } }
            // "Spokespeople for the firms said": the bodies "the firms" points back at.
            if named.isEmpty, let f = lowerWords.firstIndex(of: "for"), case let tail = Array(phrase[(f + 1)...]), (2...3).contains(tail.count),
               definites.contains(tail[0].lower), let body = resolve(tail, context, heard), body.name == nil, let side = body.actor {
                named = [side] + body.alsoFor
            }
            // "Tarsk defended itself. “…,” a company spokesperson said": a kind of body's voice with no side
            // named, and no home side guessed, speaks for the body the sentence before opened on; so does a body's
            // voice of no kind, before any home side ("Tarsk would pay the fine. A spokesperson said: …").
            let voice = lowerWords.count <= 3 && lowerWords.contains(where: bodyVoices.contains)
            let openedOn = named.isEmpty ? heard.openedOnBody : nil
            let home = lowerWords.contains(where: homeWords.contains) && !(voice && openedOn != nil) ? context.home : nil
            let opened = home == nil && (voice || lowerWords.contains(where: bodyNouns.contains)) ? openedOn : nil
            var who = Speaker(name: nil, role: phrase.map(\.text).joined(separator: " "), actor: named.first ?? home ?? opened)
            who.alsoFor = Array(named.dropFirst())
            who.sideGuessed = named.isEmpty && (home ?? opened) != nil
            return who
        }
        // "Kelvar state television said", "state media reported", "Tarskan news agency TNA reported": an outlet named
        // by its kind, its name perhaps after it, of the side it names.
        if !describers.contains(first), phrase.count <= 7, let k = lowerWords.lastIndex(where: outletNouns.contains), phrase[(k + 1)...].allSatisfy(\.isCapitalized),
           k + 1 == phrase.count || phrase.count - k <= 4, !lowerWords.contains(where: { ContentWords.stopwords.contains($0) || joiners.contains($0) }) {
            return Speaker(name: nil, role: phrase.map(\.text).joined(separator: " "), actor: context.actors.ids(in: phrase).first)
        }
        // "Kelvar legal counsel said", "Tarsk's foreign minister said": the one person of that side with that
        // title, else an unnamed holder of the side's role. A title written as initials ("Tarskan PM") is the
        // one person whose role they spell, of that side (or of none but a guessed one) when the phrase names one.
        // "Tarsk's negotiating committee said", "Kelvar foreign ministry said": a body of the side it names.
        if !describers.contains(first), phrase[0].isCapitalized, (2...5).contains(phrase.count), !lowerWords.contains(where: joiners.contains) {
            let side = context.actors.ids(in: phrase).first
            let head = lowerWords.last!
            let role = phrase.map(\.text).joined(separator: " ")
            if PeopleFinder.isTitle(head) {
                let last = phrase[phrase.count - 1].text
                if last.count >= 2, last.allSatisfy(\.isUppercase) {
                    let spelling = context.people.holders(ofInitials: last).filter { side == nil || $0.actor == nil || $0.sideGuessed || $0.actor == side }
                    if spelling.count == 1 { return Speaker(spelling[0]) }
                }
                if let side {
                    let titled = context.people.people.filter { $0.title == head && $0.actor == side }
                    return titled.count == 1 ? Speaker(titled[0]) : Speaker(name: nil, role: role, actor: side)
                }
            } else if bodyNouns.contains(head), let side {
                return Speaker(name: nil, role: role, actor: side)
            }
        }
        // A named body that is not a person: "Tarsk News Agency said", "the ministry said"; bodies joined
        // by "and" speak together ("Alda and Tarsk said"), and an actor's long name ("the Guild of Harbour
        // Pilots and River Boat Owners (GHP) said").
        // An "of" counts inside an actor's own name only ("the International Union of Harbour Pilots said"), not in
        // "Ana Ruiz of Kelvar".
        let actorNames = context.actors.matches(in: phrase).map(\.tokenRange)
        let links = phrase.indices.allSatisfy({ k in !nameLinks.contains(phrase[k].lower) || actorNames.contains { $0.contains(k) } }) ? bodyNameLinks : joiners
        if phrase.count <= 6 || phrase.count <= 12 && !actorNames.isEmpty, isBodyName(phrase, links: links), phrase.first?.isCapitalized == true,
           definites.contains(first) || !ContentWords.stopwords.contains(first) {
            let ids = context.actors.ids(in: phrase)
            // One or two name words that are no actor's and no body's may be a person named short ("Ruiz
            // said"), or a body ("Kelvar said"): once all articles are read, a full name that fits decides.
            let words = phrase.filter { !PeopleFinder.cues.honorifics.contains($0.lower) }
            // "Another asked" names no one by a surname.
            if ids.isEmpty, (1...2).contains(words.count), !describers.contains(first), words.allSatisfy({ PeopleFinder.hasNameShape($0.text) }),
               !PeopleFinder.organisationWords.contains(words.last!.text), !PeopleFinder.isPlace(words.map(\.text)) {
                var who = Speaker(name: nil, role: words.map(\.text).joined(separator: " "), actor: nil)
                who.shortName = true
                return who
            }
            var who = Speaker(name: nil, role: phrase.map(\.text).joined(separator: " "), actor: ids.first)
            who.alsoFor = Array(ids.dropFirst())
            who.together = lowerWords.contains(where: joiners.contains) && actorNames.count >= 2
            return who
        }
        return nil
    }

    /// Whether a possessive, which the words drop ("Ruiz's" is "Ruiz"), stands between two adjacent words: more
    /// than a space parts them.
    static func possessive(between a: Token, _ b: Token) -> Bool { b.offset - a.end > 1 }

    /// A statement that speaks for no side, or for several ("the joint statement said"), speaks in words
    /// that open on one of its sides, or on any side when it has none, for that side: "“Alda will reopen
    /// the port,” the joint statement said" is Alda's. A person speaks for their own side whatever they say.
    static func voice(of who: Speaker, saying quote: String, _ context: Context) -> Speaker {
        // A person's voice ("a company spokesperson") may open on the side they answer, not their own.
        let words = Tokenizer.tokens(who.role ?? "")
        let head = words.last?.text ?? ""
        // A name of no side ("“Kelvar's fleet …,” Brandvold said", a surname the article gives no one) speaks for no side
        // its words name; a statement of sides it names speaks first for the one its words open on.
        let named = descriptionHead(words)?.isCapitalized ?? false
        guard who.name == nil, who.actor == nil && !named || !who.alsoFor.isEmpty, !PeopleFinder.isTitle(head),
              let opened = opening(Tokenizer.tokens(quote), context)?.actor, opened != who.actor else { return who }
        var voice = who
        if let actor = who.actor {
            guard who.alsoFor.contains(opened) else { return who }
            voice = Speaker(name: nil, role: who.role, actor: opened)
            voice.alsoFor = [actor] + who.alsoFor.filter { $0 != opened }
        } else {
            voice = Speaker(name: nil, role: who.role, actor: opened)
            voice.sideGuessed = true
        }
        return voice
    }

    /// The person or body a sentence opens on, or its clause after an opening phrase set off by a comma
    /// opens on: "After the vote, the Tarsk Harbour Board raised the toll"; a body by its kind: "the union
    /// sent an email", when the article or an actor's name tells which union.
    static func subject(of text: String, tokens: [Token], _ context: Context, _ heard: Heard) -> Speaker? {
        func opener(_ clause: ArraySlice<Token>) -> Speaker? {
            guard let first = clause.first else { return nil }
            // "He issued a statement on Saturday:": a person's pronoun is the last person heard of.
            if personPronouns.contains(first.lower), genderWords[first.lower] != nil { return heard.lastPerson(as: first.lower, context.people) }
            // "The union", "the labor union": a kind of body, at most one lower-case word before it.
            if definites.contains(first.lower), let k = clause.dropFirst().prefix(2).firstIndex(where: { bodyNouns.contains($0.lower) }),
               k + 1 < clause.endIndex, clause[clause.startIndex + 1...k].allSatisfy({ !$0.isCapitalized }),
               let body = context.body(clause[...k], ofKind: clause[k].lower, heard) {
                return body
            }
            // "…, the Tarsk Harbour Board wrote": a lower-case "the" before a name opens it.
            if let who = opening(Array(definites.contains(first.text) ? clause.dropFirst() : clause), context) { return who }
            // "…, prosecutor Ana Ruiz began …": a title in lower case right before a person's name.
            if !first.isCapitalized, PeopleFinder.isTitle(first.text), clause.count > 2, clause[clause.startIndex + 1].isCapitalized,
               let p = context.people.person(in: Array(clause.dropFirst().prefix(4))) { return Speaker(p) }
            // "…, the centrist MP Ana Ruiz, one of the motion's authors, accused …": a role opening on lower-case words
            // before a title and the name.
            guard definites.contains(first.lower) else { return nil }
            let words = clause.dropFirst()
            guard let t = words.prefix(3).firstIndex(where: { $0.isCapitalized }), words[words.startIndex..<t].allSatisfy({ !$0.isCapitalized }),
                  PeopleFinder.isTitle(words[t].text), let p = context.people.person(in: Array(words[t...].prefix(5))) else { return nil }
            return Speaker(p)
        }
        if let who = opener(tokens[...]) { return who }
        guard tokens.count > 2 else { return nil }
        // "But Ruiz holds firm": a conjunction opening the sentence is no part of its subject.
        if leadingConjunctions.contains(tokens[0].lower), let who = opener(tokens[1...]) { return who }
        // The opening phrase is looked for among the first twelve words only, after each comma there in turn: "In a
        // scathing, 51-page filing, Kelvar moved …".
        let gaps = WordGaps(text, tokens, upTo: 12)
        for k in tokens.indices.prefix(12) where k + 1 < tokens.count && gaps.comma(k, k + 1) {
            if let who = opener(tokens[(k + 1)...]) { return who }
        }
        return nil
    }

    /// Two names joined by "and", each after a description of a few words, no small words among them ("Tarskan ferry giant
    /// Kelvar and river conglomerate Orsa"): the names and the "and", else nil.
    static func describedNames(_ phrase: [Token]) -> [Token]? {
        guard let and = phrase.firstIndex(where: { joiners.contains($0.lower) }), and > 0, and + 1 < phrase.count else { return nil }
        func name(_ item: ArraySlice<Token>) -> ArraySlice<Token>? {
            let name = item.reversed().prefix { $0.isCapitalized }.count
            let description = item.dropLast(name)
            guard name > 0, name <= 3, (1...4).contains(description.count), description.contains(where: { !$0.isCapitalized }),
                  !description.contains(where: { ContentWords.stopwords.contains($0.lower) }) else { return nil }
            return item.suffix(name)
        }
        guard let first = name(phrase[..<and]), let second = name(phrase[(and + 1)...]) else { return nil }
        return Array(first) + [phrase[and]] + Array(second)
    }

    /// The person or body a sentence opens on, if it opens on one: "Ana Ruiz thanked …", "Alda said …",
    /// and a person after their role: "Kelvar founder and chief Ana Ruiz was unhappy …" is hers.
    static func opening(_ tokens: [Token], _ context: Context) -> Speaker? {
        // "Late Tuesday Kelvar issued …", "In May Tarsk said …": the day or month before the name is when, not who
        // ("In Alda, …" names no time).
        let time = leadingTime(tokens)
        if time > 0, time < tokens.count, tokens[time].isCapitalized,
           tokens[..<time].contains(where: { timeWords.contains($0.lower) || DateLexicon.weekdays[$0.lower] != nil || MonthNames.table[$0.lower] != nil }) {
            return opening(Array(tokens[time...]), context)
        }
        // "In Alda, …" opens on a place, not on who acts; "AT&R" or "ON Holdings", in capitals, is a name.
        guard let first = tokens.first, first.isCapitalized,
              definites.contains(first.lower) || !ContentWords.stopwords.contains(first.lower) || GlossaryFinder.isAcronym(first.text)
        else { return nil }
        // "The state-run Tarsk News Agency offered …": a compound of lower-case words between "the" and a name.
        if tokens.count > 3, definites.contains(first.lower), !tokens[1].isCapitalized, tokens[2].hyphenated, tokens[3].isCapitalized {
            return opening(Array(tokens[3...]), context)
        }
        var end = 0
        // A name's hyphenated part counts as capitalised: "Lee Sun-hee". A weekday after the name is when it acted:
        // "Kelvar and Orsa Thursday blasted …".
        func isDay(_ k: Int) -> Bool { k > 0 && DateLexicon.weekdays[tokens[k].lower] != nil }
        while end < tokens.count, end < 8, !isDay(end), tokens[end].isCapitalized || end > 0 && tokens[end].hyphenated || nameLinks.contains(tokens[end].lower) { end += 1 }
        let head = Array(tokens[..<end])
        guard !head.isEmpty else { return nil }
        if let p = context.people.person(in: head) { return Speaker(p) }
        // "Acting Tarsk Labor Secretary Ana Ruiz returned …", where she is known in full as "Ana M. Ruiz": a long run
        // of capitals ends on the name.
        if head.count > 4, let p = context.people.person(in: Array(head.suffix(2))) { return Speaker(p) }
        // "Kelvar's chief executive is Ana Ruiz, who …": the person that a role opening the sentence is.
        if let c = tokens.prefix(8).firstIndex(where: { copulas.contains($0.lower) }), c > 1, tokens[..<c].contains(where: { PeopleFinder.isTitle($0.text) }) {
            let named = tokens[(c + 1)...].prefix(4).prefix { $0.isCapitalized }
            if !named.isEmpty, let p = context.people.person(in: Array(named)) { return Speaker(p) }
        }
        var role = end
        // A lower-case noun may qualify the title after it ("Kelvar leadership hopeful Ana Ruiz"); a verb may not
        // ("Kelvar sacked chief Ana Ruiz", "Tarsk hires envoy Li Wei").
        func qualifiesTitle(_ k: Int) -> Bool {
            k + 1 < tokens.count && !tokens[k].isCapitalized && PeopleFinder.isTitle(tokens[k + 1].text) && !ContentWords.stopwords.contains(tokens[k].lower)
                && !tokens[k].lower.hasSuffix("s") && !Tense.isPastForm(tokens[k].lower)
        }
        // A word of rank goes on to the capitalised title after it: "Kelvar's interim Chief Executive Ana Ruiz".
        while role < tokens.count, role < 12, tokens[role].isCapitalized || tokens[role].hyphenated || PeopleFinder.isTitle(tokens[role].text)
                || joiners.contains(tokens[role].lower) || qualifiesTitle(role)
                || PeopleFinder.cues.ranks.contains(tokens[role].lower) && role + 1 < tokens.count && tokens[role + 1].isCapitalized { role += 1 }
        if role > end, let p = namedAlone(Array(tokens[..<role]), context) { return Speaker(p) }
        // "Councillor Ruiz welcomed the vote": a title and a surname the article names no one by, before a verb.
        if end == 2, end < tokens.count, !tokens[end].isCapitalized, PeopleFinder.isTitle(tokens[0].text), !PeopleFinder.isPlural(tokens[0].text),
           PeopleFinder.hasNameShape(tokens[1].text), !PeopleFinder.isTitle(tokens[1].text), context.actors.matches(in: head).isEmpty {
            var titled = Speaker(name: nil, role: head.map(\.text).joined(separator: " "), actor: nil)
            titled.titledSurname = true
            return titled
        }
        // "Velmar's foreign ministry condemned …": a body a place of no actor's owns, its kind in lower case.
        // (the dropped "'s" and a space lie between the words, where a comma and a space are two scalars: "However, the union").
        if context.actors.matches(in: head).isEmpty, end < tokens.count, tokens[end].offset - tokens[end - 1].end >= 3,
           let k = (end..<min(tokens.count, end + 3)).first(where: { bodyNouns.contains(tokens[$0].lower) }),
           tokens[end...k].allSatisfy({ !$0.isCapitalized }) {
            return Speaker(name: nil, role: tokens[...k].map(\.text).joined(separator: " "), actor: nil)
        }
        // "The Harbour Weather Service warned …": a body's name, by its last word, of no actor's.
        let named = head.drop { definites.contains($0.lower) }
        if context.actors.matches(in: head).isEmpty, named.count >= 2,
           PeopleFinder.organisationWords.contains(named.last!.text) || outletNouns.contains(named.last!.lower) {
            return Speaker(name: nil, role: named.map(\.text).joined(separator: " "), actor: nil)
        }
        if let m = context.actors.matches(in: head).first, m.tokenRange.lowerBound <= 1 {
            // "Tarsk and Veloria filed …": two sides that act together, as "Tarsk and Veloria said" speak together.
            if end + 1 < tokens.count, joiners.contains(tokens[end].lower) {
                var other = end + 1
                if definites.contains(tokens[other].text) { other += 1 }
                var otherEnd = other
                while otherEnd < tokens.count, otherEnd - other < 6, tokens[otherEnd].isCapitalized, !isDay(otherEnd) { otherEnd += 1 }
                if let second = context.actors.matches(in: Array(tokens[other..<otherEnd])).first?.id {
                    var both = Speaker(name: nil, role: (head + [tokens[end]] + tokens[other..<otherEnd]).map(\.text).joined(separator: " "), actor: m.id)
                    if second != m.id { both.alsoFor = [second] }
                    both.together = true
                    return both
                }
            }
            return Speaker(name: nil, role: head.map(\.text).joined(separator: " "), actor: m.id)
        }
        return nil
    }
}
