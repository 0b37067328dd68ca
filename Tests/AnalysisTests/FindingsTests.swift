import Corpus
import Support
import Testing
@testable import Analysis

@Suite struct SeedFindingsTests {
    let seeds = Analysed.seeds

    @Test func findsThePeopleWithRolesAndSides() {
        let expected: [(String, String, String)] = [
            ("Cho Byung-jae", "Foreign Ministry spokesman", "seoul"),
            ("Osamu Fujimura", "Japanese Cabinet Secretary", "tokyo"),
            ("Huang Youfu", "expert on Korean studies at Minzu University of China", "beijing"),
            ("Yang Bojiang", "professor of Japan studies at the University of International Relations", "beijing"),
            ("Leon Panetta", "US Secretary of Defense", "washington"),
            ("Kim Kwan-jin", "ROK Defense Minister", "seoul"),
            ("Yoshihiko Noda", "Japanese Prime Minister", "tokyo"),
            ("Lee Myung-bak", "ROK President", "seoul"),
            ("Shin Kak-soo", "South Korea's ambassador to Japan", "seoul"),
            ("Koichiro Gemba", "Japanese Foreign Minister", "tokyo"),
            ("Kim Jong-il", "North Korean leader", "pyongyang"),
            ("Naoto Kan", "Japanese Prime Minister", "tokyo"),
            ("Toshimi Kitazawa", "Japanese Minister of Defense", "tokyo"),
        ]
        for (name, role, side) in expected {
            let person = seeds.person(name)
            #expect(person?.role == role, "\(name)")
            #expect(person?.actor?.slug == side, "\(name)")
        }
        #expect(seeds.findings.people.count == expected.count)
    }

    @Test func attributesQuotes() {
        #expect(seeds.quote("I think signing of the pact will be possible tomorrow")?.speaker == "Cho Byung-jae")
        #expect(seeds.quote("Tokyo is slackening its grip")?.speaker == "Yang Bojiang")
        #expect(seeds.quote("helps strengthen regional security")?.speaker == "Leon Panetta")
        #expect(seeds.quote("a final stage")?.speaker == "Osamu Fujimura")
        let source = seeds.quote("Washington had proposed joint military drills")
        #expect(source?.speaker == nil)
        #expect(source?.speakerRole == "a government source here")
        #expect(source?.actor == "seoul")
        // An unattributed quote continues the speaker before it.
        #expect(seeds.quote("If you look at its benefits and losses")?.speakerRole == "one intelligence expert")
        #expect(seeds.quote("Efforts were made to finalize")?.speakerRole == "a defense ministry official")
        // A scare-quoted term is not a quote; a two-word fragment its sentence attributes is.
        #expect(seeds.quote("2+2") == nil)
        #expect(seeds.quote("strategic significance")?.speakerRole == "a government source here")
    }

    @Test func mergesAQuoteCarriedTwiceAndFlagsTheDifferentSpeakers() {
        let q = seeds.quote("If things go as planned")
        #expect(Set(q?.citations.map(\.source) ?? []) == [seeds.source("001"), seeds.source("002")])
        let conflict = seeds.findings.conflicts.first { $0.topic.contains("If things go as planned") }
        #expect(conflict?.claims.map(\.value) == ["Cho Byung-jae", "the foreign ministry official"])
    }

    @Test func definesTheAcronyms() {
        let entries = Dictionary(uniqueKeysWithValues: seeds.findings.glossary.map { ($0.term, $0) })
        #expect(entries.keys.sorted() == ["ACSA", "DPRK", "GSOMIA", "ROK", "US"])
        // In brackets, after "called …", in the corpus's first defining sentence.
        #expect(entries["GSOMIA"]?.expansion == "General Security of Military Information Agreement")
        #expect(entries["GSOMIA"]?.citation.source == seeds.source("001"))
        #expect(entries["ACSA"]?.expansion == "Acquisition and Cross-Servicing Agreement")
        #expect(entries["ACSA"]?.citation.sentence.contains("an accord on military logistics called the Acquisition") == true)
        // Used bare ("US-ROK"), or named in the configuration (DPRK), and written out elsewhere.
        #expect(entries["ROK"]?.expansion == "Republic of Korea")
        #expect(entries["US"]?.expansion == "United States")
        #expect(entries["DPRK"]?.expansion == "Democratic People's Republic of Korea")
        #expect(entries["DPRK"]?.citation.sentence.hasPrefix("The pact calls for sharing intelligence") == true)
    }

    @Test func readsTheSlipAgreementOfAcronym() throws {
        let s = "The General Security of Military Information Agreement of GSOMIA allows the militaries to share information."
        let ref = SentenceRef(citation: Citation(source: ArticleID(slug: "x"), sentenceID: SentenceID(ParagraphID(.paragraph, 1), 1), sentence: s),
                              tokens: Tokenizer.tokens(s), articleIndex: 0, dct: nil)
        #expect(GlossaryFinder.find(in: ref).map { "\($0.term)=\($0.expansion)" } == ["GSOMIA=General Security of Military Information Agreement"])
    }

    @Test func readsTheStatusOfTheIssues() throws {
        let acsa = try #require(seeds.findings.issues.first { $0.id == "acsa" })
        #expect(acsa.status == "shelved")
        // Newest first: shelved twice; an older source has the country negotiating the same kind of accord with others.
        #expect(acsa.statusEvidence.map(\.status) == ["shelved", "shelved", "under negotiation"])
        #expect(acsa.statusEvidence.contains { $0.statement.text.hasPrefix("Seoul decided to shelve the ACSA") })
        #expect(acsa.statusEvidence.contains { $0.statement.text.hasPrefix("\"Talks on the Acquisition and Cross-Servicing Agreement have been shelved") })
        #expect(acsa.openQuestions.map(\.text) == [
            "However, the official hinted at going ahead with the military logistic pact with Japan.",
            "\"Talks on the Acquisition and Cross-Servicing Agreement have been shelved because more time is needed for further consultations,\" the official said.",
        ])
        let gsomia = try #require(seeds.findings.issues.first { $0.id == "gsomia" })
        // As of the newest source: the cabinet approved it, and it is to be signed.
        #expect(gsomia.status == "approved; due to be signed")
        let newest = gsomia.statusEvidence.prefix { $0.statement.citations[0].source == seeds.source("002") }
        #expect(Set(newest.map(\.status)) == ["approved", "due to be signed"])
        #expect(newest.contains { $0.statement.text.hasPrefix("As soon as the Cabinet approved the pact on Wednesday") })
        #expect(gsomia.summary?.text.hasPrefix("The pact, named the General Security of Military Information Agreement (GSOMIA)") == true)
        #expect(gsomia.openQuestions.contains { $0.text.hasPrefix("A final decision has yet to be made") })
        #expect(gsomia.positions["seoul"]?.isEmpty == false)
        #expect(gsomia.positions["tokyo"]?.contains { $0.text.contains("a final stage") } == true)
    }

    @Test func theSourcesRaiseTheirOwnIssues() throws {
        let disputes = try #require(seeds.findings.issues.first { $0.id == "historical-disputes" })
        #expect(disputes.raisedByCorpus)
        #expect(disputes.name == "Historical disputes")
        #expect(disputes.mentions.count == 2)
        #expect(disputes.status == nil)
        #expect(seeds.findings.issues.filter { !$0.raisedByCorpus }.map(\.id) == ["gsomia", "acsa"])
    }

    @Test func backgroundIsCitedShortAndFreeOfNearDuplicates() {
        let items = seeds.findings.background
        #expect((8...15).contains(items.count))
        #expect(items.allSatisfy { !$0.citations.isEmpty })
        for (i, a) in items.enumerated() {
            for b in items[(i + 1)...] {
                #expect(ContentWords.jaccard(ContentWords.of(Tokenizer.tokens(a.text)).sorted(), ContentWords.of(Tokenizer.tokens(b.text)).sorted()) < 0.5)
            }
        }
    }

    @Test func backgroundIsToldInSentences() {
        #expect(BackgroundSummary.endsLikeASentence("The council voted to close the old ferry pier."))
        #expect(BackgroundSummary.endsLikeASentence("Will the pier reopen?”"))
        #expect(!BackgroundSummary.endsLikeASentence("Free ferry passes for retired dockers and their families"))
        #expect(!BackgroundSummary.endsLikeASentence("Here is what the harbour board's offer includes:"))
    }

    @Test func everyCitationQuotesItsParagraph() {
        let f = seeds.findings
        var all: [Citation] = f.events.flatMap(\.citations)
        all += f.quotes.flatMap(\.citations)
        all += f.people.flatMap(\.citations)
        all += f.background.flatMap(\.citations)
        for actor in f.actors {
            all += actor.statements.flatMap(\.citations)
            all += actor.mentions.flatMap(\.citations)
        }
        #expect(!all.isEmpty)
        for c in all {
            let paragraph: Paragraph? = seeds.corpus.articles.first { $0.id == c.source }?.paragraph(c.paragraph)
            let text: String = paragraph?.text ?? ""
            #expect(text.contains(c.sentence), "\(c.source)#\(c.paragraph)")
        }
    }

    @Test func eventsAreDatedAndPlanned() {
        let approved = seeds.event(citing: "South Korea's Cabinet already approved the pact on Tuesday.")
        #expect(approved?.date.value == "2012-06-26")
        #expect(approved?.planned == false)
        // The plan is on its day; the official's telling of it, on Thursday, is an event of its own (SeedTimelineTests).
        let signing = seeds.event(citing: "South Korea is set to sign a military pact with Japan on Friday", on: "2012-06-29")
        #expect(signing?.planned == true)
        #expect(signing?.actors == ["seoul", "tokyo"])
    }
}

/// The invented story of the fixture corpus: the same rules, other names.
@Suite struct FixtureFindingsTests {
    let rivers = Analysed.rivers

    @Test func findsItsPeopleAndSides() {
        #expect(rivers.person("Dario Fenn")?.role == "Velorian Water Minister")
        #expect(rivers.person("Dario Fenn")?.actor == "lirsa")
        #expect(rivers.person("Anya Brel")?.actor == "hamburgh")
        #expect(rivers.person("Ilse Varga")?.role == "expert on river law at the University of Hamburgh")
        #expect(rivers.person("Ilse Varga")?.actor == "hamburgh")
    }

    @Test func attributesItsQuotesAndFindsTheConflict() {
        #expect(rivers.quote("We waited ten years")?.speaker == "Dario Fenn")
        #expect(rivers.quote("We will judge the water pact")?.speaker == "Ilse Varga")
        let shared = rivers.quote("The river does not know where the border is")
        #expect(shared?.citations.count == 2)
        let speakers = rivers.findings.conflicts.filter { $0.quote != nil }
        #expect(speakers.count == 1)
        #expect(Set(speakers.first?.claims.map(\.value) ?? []) == ["Anya Brel", "a senior Lirsa official"])
    }

    @Test func readsItsGlossaryAndIssues() {
        #expect(rivers.findings.glossary.map(\.term) == ["CRFP", "OWA"])
        // The configuration leaves the ferry protocol out: the corpus raises it, defined and shelved.
        let ferry = rivers.findings.issues.first { $0.id == "crfp" }
        #expect(ferry?.raisedByCorpus == true)
        #expect(ferry?.name == "Cross-River Ferry Protocol")
        #expect(ferry?.status == "shelved")
        let water = rivers.findings.issues.first { $0.id == "owa" }
        #expect(water?.summary?.text.contains("Orun Water Agreement (OWA)") == true)
    }

    @Test func datesItsEvents() {
        let approved = rivers.event(citing: "Tarsk’s cabinet approved the pact on Wednesday")
        #expect(approved?.date.value == "2021-03-03")
        let signing = rivers.event(citing: "Veloria and Tarsk are set to sign a water pact on Monday", on: "2021-03-08")
        #expect(signing?.planned == true)
    }
}

@Suite struct NameIndexTests {
    @Test func prefersTheLongestAlias() {
        let index = NameIndex([("south", ["Korea", "South Korea"]), ("north", ["North Korea", "North Korean"])])
        #expect(index.ids(in: Tokenizer.tokens("North Korean troops faced South Korea's army near Korea's border.")) == ["north", "south"])
        #expect(index.matches(in: Tokenizer.tokens("North Korea")).count == 1)
    }

    @Test func aOneWordNameInsideALongerProperNameIsNotIt() {
        let index = NameIndex([("lirsa", ["Lirsa", "Veloria"]), ("okka", ["Okka", "Ana Okka"])])
        func ids(_ text: String) -> [String] { index.ids(in: Tokenizer.tokens(text)) }
        #expect(ids("Juana Okka, his sister, opposed it.").isEmpty)          // another person of that name
        #expect(ids("The ferry crossed the East Veloria Sea.").isEmpty)      // a place named after it
        #expect(ids("Ana Okka said so.") == ["okka"])                      // the configured longer name
        #expect(ids("President Okka said so.") == ["okka"])                // a title
        #expect(ids("In Veloria, talks began.") == ["lirsa"])               // a function word
        #expect(ids("On Tuesday Veloria signed.") == ["lirsa"])             // a weekday
        #expect(ids("Talks with Tarsk-Veloria officials began.") == ["lirsa"])  // joined by a hyphen
        #expect(ids("The old Veloria Pact lapsed.").isEmpty)                 // a treaty named after it
        #expect(ids("The Veloria Times reported it.").isEmpty)              // a paper named after it
        #expect(ids("Veloria Monday signed the pact.") == ["lirsa"])        // a weekday after it
        #expect(ids("Veloria Okka talks resumed.") == ["lirsa", "okka"])    // two names side by side
    }

    /// A name written in lower case matches the text capitalised (a sentence's first word, a title); one
    /// written with a capital matches only so.
    @Test func aLowerCaseNameMatchesCapitalisedButNotTheReverse() {
        let index = NameIndex([("alda", ["the kingdom", "Alda"]), ("kelvar", ["Kelvar", "dockers' union"])])
        func ids(_ text: String) -> [String] { index.ids(in: Tokenizer.tokens(text)) }
        #expect(ids("The kingdom blamed the crews.") == ["alda"])
        #expect(ids("The talks were attended by the Kingdom's envoy.") == ["alda"])
        #expect(ids("Dockers' Union leaders met on Monday.") == ["kelvar"])
        #expect(ids("They sailed to alda and kelvar.").isEmpty)
    }

    /// An issue's name of a process with its agent between its first word and "to" or "for".
    @Test func anAgentInsideAProcessNameLeavesItTheName() {
        let index = NameIndex([("dismiss", ["motion to dismiss"]), ("review", ["request for review"])], commonNouns: true)
        func span(_ text: String) -> String? {
            let tokens = Tokenizer.tokens(text)
            return index.matches(in: tokens).first.map { tokens[$0.tokenRange].map(\.text).joined(separator: " ") }
        }
        #expect(span("The judge denied a motion by Kelvar to dismiss the suit.") == "motion by Kelvar to dismiss")
        #expect(span("The judge denied a motion by the Kelvar Ferry Company to dismiss it.") == "motion by the Kelvar Ferry Company to dismiss")
        #expect(span("The board heard a request from Kelvar's lawyers for review.") == "request from Kelvar lawyers for review")
        #expect(span("The judge denied the motion, by then old, to dismiss it.") == nil)          // a comma parts them
        #expect(span("The judge denied a motion by the six lawyers of the firm of Kelvar to dismiss it.") == nil)  // no agent so long
        #expect(span("The judge denied a motion by Kelvar.") == nil)
    }
}

/// Which reports the timeline joins into one happening, on reports of our own.
@Suite struct EventClusterTests {
    func report(_ n: Int, _ date: ResolvedDate, _ words: String) -> EventBuilder.Candidate {
        let citation = Citation(source: ArticleID(slug: "s\(n)"), sentenceID: SentenceID(ParagraphID(.paragraph, 1), 1), sentence: words)
        return EventBuilder.Candidate(date: date, planned: false, history: false, summary: words, length: words.split(separator: " ").count,
                                      sentence: SentenceRef(citation: citation, tokens: [], articleIndex: n, dct: nil),
                                      words: Set(words.split(separator: " ").map(String.init)).sorted(), actors: [])
    }

    func day(_ iso: String) -> ResolvedDate { .day(CalendarDay(iso: iso)!) }

    func clustered(_ reports: [EventBuilder.Candidate]) -> [[Int]] { EventBuilder.cluster(reports, .init(reports)) }

    @Test func joinsCopiesAndRetellingsWithinAWeekOnly() {
        let clusters = clustered([
            report(0, day("2021-03-01"), "ferry sank river storm"),
            report(1, day("2021-03-01"), "ferry sank river storm"),       // a copy
            report(2, day("2021-03-04"), "ferry sank river night"),       // three days on, most words shared
            report(3, day("2021-03-12"), "ferry sank river storm"),       // eleven days on: another happening
            report(4, day("2021-03-01"), "mayor opened bridge"),          // the same day, no word shared
        ])
        #expect(clusters == [[0, 1, 2], [3], [4]])
    }

    /// The join meets reports through the rarest words of each: a pair whose shared words are the
    /// corpus's commonest still joins, whichever of the two comes first and whichever is the shorter.
    @Test func joinsReportsThatShareOnlyCommonWords() {
        // "harbour", "council" and "vote" are in every report; the others are rare.
        let common = "harbour council vote"
        let clusters = clustered([
            report(0, day("2021-03-01"), common + " ferry"),                          // shorter first
            report(1, day("2021-03-02"), common + " lantern quay dredger tugboat"),   // 3 of 4 of the shorter shared
            report(2, day("2021-03-03"), "harbour council orchard"),                 // 2 of 3 shared with each
            report(3, day("2021-03-20"), common + " ledger pier mast rope buoy"),
            report(4, day("2021-03-21"), common + " anchor"),                        // longer first, shorter after
            report(5, day("2021-03-21"), "harbour kiln"),                            // half of its two words shared
        ])
        #expect(clusters == [[0, 1, 2], [3, 4, 5]])
    }

    /// Two reports of one action on one day join on two more shared words, under half of the shorter.
    @Test func joinsOneActionOnOneDayThroughTheAction() {
        let clusters = clustered([
            report(0, day("2021-05-04"), "sign ferry accord alpha beta gamma delta epsilon"),
            report(1, day("2021-05-04"), "sign ferry accord zeta eta theta iota kappa"),
            report(2, day("2021-05-05"), "sign ferry accord lambda mu nu xi omicron"),     // the next day: no
        ])
        #expect(clusters == [[0, 1], [2]])
        #expect(EventBuilder.fewestShared(1) == 1 && EventBuilder.fewestShared(2) == 1 && EventBuilder.fewestShared(5) == 3)
    }

    @Test func countsTheNumbersTwoSortedListsShare() {
        #expect(ContentWords.sharedCount([1, 3, 5, 8], [2, 3, 8, 9, 12]) == 2)
        #expect(ContentWords.sharedCount([4, 7], [1, 2, 3]) == 0)
        #expect(ContentWords.sharedCount([], [1]) == 0)
        #expect(ContentWords.sharedCount([2, 6, 9], [2, 6, 9]) == 3)
    }

    @Test func joinsSpansOnlyWhenTheyAreTheSameSpan() {
        let june = ResolvedDate.month(2021, 6, part: nil), midJune = ResolvedDate.month(2021, 6, part: "mid")
        let clusters = clustered([
            report(0, june, "ministers met talks river"),
            report(1, midJune, "ministers met talks river treaty"),       // ten days after June's first, the same month
            report(2, .month(2021, 7, part: nil), "ministers met talks river"),
        ])
        #expect(clusters == [[0, 1], [2]])
    }

    /// A joined event shows its lead's date, and stands on the timeline by that date: "mid-June" after June 5.
    @Test func eventsStandInTheOrderOfTheDatesTheyShow() {
        let june = ResolvedDate.month(2021, 6, part: nil), midJune = ResolvedDate.month(2021, 6, part: "mid")
        let events = EventBuilder.merge([
            report(0, june, "ministers met talks river"),
            report(1, midJune, "ministers met talks river treaty port"),   // leads: the shortest that is a sentence
            report(2, day("2021-06-05"), "harbour crane fell dock"),
        ]).events
        #expect(events.map(\.date.qualifier) == [nil, "mid"])
        #expect(Set(events.map(\.id)).count == 2)
        #expect(zip(events, events.dropFirst()).allSatisfy { $0.date.start <= $1.date.start })
    }
}

/// The status a clause gives the issue it names (`Rules/status.rules`), on sentences of our own.
@Suite struct StatusRuleTests {
    func status(_ sentence: String) -> String? {
        readStatus(sentence.replacingOccurrences(of: "the treaty", with: "[the treaty]"))
    }

    @Test func readsTheStepTakenPlannedOrTalkedOf() {
        #expect(status("The council signed the treaty on Monday.") == "signed")
        #expect(status("The treaty could be signed on Monday.") == "due to be signed")
        #expect(status("The council decided to shelve the treaty.") == "shelved")
        #expect(status("Talks on the treaty resumed.") == "under negotiation")
    }

    @Test func aRefusalToSignIsNoPlanToSign() {
        #expect(status("The council refused to sign the treaty.") == "rejected")
        #expect(status("The mayor declined to sign the treaty on Monday.") == "rejected")
        #expect(status("The council will not sign the treaty.") == "rejected")
        #expect(status("The council is set to sign the treaty.") == "due to be signed")
    }
}

/// What "the agreement" points back at.
@Suite struct IssueReferenceTests {
    func sentence(_ n: Int, _ text: String) -> SentenceRef {
        SentenceRef(citation: Citation(source: ArticleID(slug: "a"), sentenceID: SentenceID(ParagraphID(.paragraph, n), 1), sentence: text),
                    tokens: Tokenizer.tokens(text), articleIndex: 0, dct: nil)
    }

    @Test func onlyAnIssueNamedAsAnAgreementIsWhatTheAgreementMeans() {
        let sentences = [
            sentence(1, "The custody of the heir was argued in court."),
            sentence(2, "The custody of the heir is still open."),
            sentence(3, "The Harbor Treaty was drafted in May."),
            sentence(4, "The agreement was signed on Monday."),
        ]
        let matchers = [IssueMatcher(id: "custody", names: ["custody of the heir"]), IssueMatcher(id: "harbor", names: ["Harbor Treaty"])]
        let reference = IssueReference(sentences: sentences, matchers: matchers, nouns: IssueTracker.referenceNouns)
        #expect(reference.mainIssue[ArticleID(slug: "a")] == "custody")
        #expect(reference.issues(of: sentences[3].citation) == ["harbor"])
        #expect(matchers.map(\.isAgreement) == [false, true])
    }

    @Test func theLawIsAnIssueNamedAsALawNotOneWhoseNameOnlyHoldsTheWord() {
        let sentences = [
            sentence(1, "Police say law enforcement cameras and facial scanning are needed."),
            sentence(2, "Facial scanning by law enforcement drew protests."),
            sentence(3, "The Orun transit law was drafted in May."),
            sentence(4, "The law took effect on Thursday."),
        ]
        let matchers = [IssueMatcher(id: "scanning", names: ["law enforcement", "facial scanning"]),
                        IssueMatcher(id: "transit", names: ["Orun transit law", "Law on River Transit"])]
        let reference = IssueReference(sentences: sentences, matchers: matchers, nouns: IssueTracker.referenceNouns)
        #expect(reference.mainIssue[ArticleID(slug: "a")] == "scanning")
        #expect(reference.pointsBack("law", in: ArticleID(slug: "a")) == "transit")
        #expect(matchers.map(\.heads) == [["enforcement", "scanning"], ["law"]])
        #expect(matchers.map(\.isAgreement) == [false, true])
    }
}

/// People found from titles and appositions, on sentences of our own.
@Suite struct PeopleFinderTests {
    func people(_ text: String) -> [String] {
        let s = SentenceRef(citation: Citation(source: ArticleID(slug: "a"), sentenceID: SentenceID(ParagraphID(.paragraph, 1), 1), sentence: text),
                            tokens: Tokenizer.tokens(text), articleIndex: 0, dct: nil)
        let context = PeopleFinder.Context(actors: NameIndex([("alda", ["Alda"])]), known: KnownPeople(config: BriefingConfig(title: "t")),
                                           bodies: [], notNames: [])
        return PeopleFinder.find(in: s, context).map(\.name)
    }

    @Test func aBodyAfterATitleIsNoPerson() {
        #expect(people("The vote was called by the head of Alda's National Assembly on Monday.").isEmpty)
        #expect(people("Ana Ruiz, a professor at Harbor Law School, disagreed.") == ["Ana Ruiz"])
        #expect(people("Defense Minister Ana Ruiz spoke first.") == ["Ana Ruiz"])
    }
}

@Test func jaccardIsTheSharedWordsOverAllWordsOfTwoSortedLists() {
    #expect(ContentWords.jaccard(["dam", "river", "treaty"], ["dam", "treaty", "vote", "water"]) == 2.0 / 5.0)
    #expect(ContentWords.jaccard([1, 4, 9], [1, 4, 9]) == 1)
    #expect(ContentWords.jaccard([2], [3]) == 0)
    #expect(ContentWords.jaccard([Int](), []) == 0)
}

@Test func aTextOpensAQuoteWithAStraightOrAnOpeningCurlyMark() {
    #expect(QuoteFinder.opensAQuote("“We will reopen the port,” Ruiz said."))
    #expect(QuoteFinder.opensAQuote("Ruiz called it a \"historic\" day."))
    #expect(!QuoteFinder.opensAQuote("The harbour board met on Monday."))
    #expect(!QuoteFinder.opensAQuote("A closing mark alone” is no quote."))
}

@Test func aTextHasAMarkOnlyWhenItHoldsAQuotationMarksScalar() {
    #expect(QuoteFinder.hasMark("Ruiz called it a \"historic\" day.", doubleOnly: true))
    #expect(QuoteFinder.hasMark("“We will reopen the port”", doubleOnly: true))
    #expect(!QuoteFinder.hasMark("The ferry workers' union met in Zürich — twice.", doubleOnly: true))
    #expect(QuoteFinder.hasMark("The ferry workers' union met.", doubleOnly: false))
    #expect(QuoteFinder.hasMark("The board called it ‘final’.", doubleOnly: false))
    #expect(!QuoteFinder.hasMark("The board met in Zürich — twice…", doubleOnly: false))
    // Without a mark the text outside quotes is the text itself; with one, the quote is blanked and its
    // closing mark ends the phrase before it.
    #expect(QuoteFinder.outsideText("Café owners met.", []) == "Café owners met.")
    #expect(QuoteFinder.outsideText("Café “owners” met.", [6..<12]) == "Café        , met.")
}

@Test func aClauseIsCutAtTheFirstJointAfterItsDateCountedInScalars() {
    let s = "Café owners in Zürich protested on Monday, and the mayor promised a new harbour law next spring."
    let monday = s.unicodeScalars.distance(from: s.unicodeScalars.startIndex, to: s.range(of: "Monday")!.upperBound)
    #expect(Clauses.carrying(monday - 6..<monday, in: s) == "Café owners in Zürich protested on Monday …")
    let before = "The mayor spoke, and the Zürich café owners protested on Monday."
    let at = before.unicodeScalars.distance(from: before.unicodeScalars.startIndex, to: before.range(of: "Monday")!.upperBound)
    #expect(Clauses.carrying(at - 6..<at, in: before) == before)
}
