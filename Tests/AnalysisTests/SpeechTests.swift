import Testing
@testable import Analysis
import Corpus

/// The findings of articles of our own (file name and text) under a configuration.
func analyseArticles(_ articles: [(name: String, text: String)], _ config: BriefingConfig) throws -> Findings {
    analyze(try ingest(files: articles.map { (name: $0.name, bytes: Array($0.text.utf8)) }, config: config), config: config)
}

/// Analyses one article of our own, published Thursday 4 March 2021 by an outlet on the Lirsa side.
func analyseArticle(_ text: String) throws -> Findings {
    let config = BriefingConfig(
        title: "Test", actors: [
            ActorConfig(id: "lirsa", name: "Lirsa", aliases: ["Lirsa", "Veloria", "Velorian"]),
            ActorConfig(id: "hamburgh", name: "Hamburgh", aliases: ["Hamburgh", "Tarsk", "Tarskan"]),
        ],
        issues: [IssueConfig(id: "owa", name: "Orun Water Agreement", aliases: ["OWA", "Orun Water Agreement"])],
        sources: ["t.txt": SourceConfig(published: "2021-03-04", home: "lirsa")])
    return try analyseArticles([(name: "t.txt", text: text)], config)
}

/// One article, of no home side, with the actors given.
func analyseArticle(_ text: String, actors: [ActorConfig]) throws -> Findings {
    try analyseArticles([(name: "t.txt", text: text)], BriefingConfig(title: "Test", actors: actors, issues: [], sources: ["t.txt": SourceConfig(published: "2021-03-04")]))
}

/// The speaker (name, else description) and side of the quote that starts so.
func speaker(_ f: Findings, _ prefix: String) -> String? {
    f.quotes.first { $0.text.hasPrefix(prefix) }.map { "\($0.speaker ?? $0.speakerRole ?? "?") / \($0.actor ?? "-")" }
}

/// A paragraph that ends on a colon after a body's or a person's statement introduces the quotes of the paragraphs after it.
@Suite struct IntroducedQuoteTests {
    @Test func aStatementIntroducedByAColonIsItsIssuers() throws {
        let f = try analyseArticle("""
        Unions welcome toll ruling

        Tarskan dock unions representing more than 10,000 crews at the city's three ports released the following statement on Monday applauding the ruling by the harbour court:

        “The well-reasoned ruling makes plain what the crews have known all along.”

        “We call on the board to drop the toll.”
        """)
        #expect(speaker(f, "The well-reasoned ruling") == "Tarskan / hamburgh")
        #expect(speaker(f, "We call on the board") == "Tarskan / hamburgh")
    }

    @Test func aStatementAPronounIntroducesIsTheLastPersonsHeardOf() throws {
        let f = try analyseArticle("""
        Ferry talks go on

        Tarsk port chief Tom Okafor met the crews' union on Saturday.

        He issued a statement Saturday afternoon:

        "The talks were useful. We have agreed to adjourn for the day and will keep talking tomorrow."
        """)
        #expect(speaker(f, "The talks were useful")?.hasPrefix("Tom Okafor /") == true)
    }

    @Test func aShortLineEndingOnAColonIsTheBodysFirst() throws {
        // Six words and a colon right under the headline are a sentence of the body, not a line of the header.
        let f = try analyseArticle("""
        Unions welcome toll ruling

        Tarsk released the following statement on Monday:

        “The well-reasoned ruling makes plain what the crews have known all along.”
        """)
        #expect(speaker(f, "The well-reasoned ruling") == "Tarsk / hamburgh")
    }

    @Test func aStatementAnnouncedAsFollowingIsItsWritersFromWhomItComes() throws {
        let f = try analyseArticle("""
        Unions welcome toll ruling

        The harbour court ruled on the toll on Monday, in a case brought by the unions.

        Tarsk on Sunday released the following statement from Mira Velde, the ministry's spokeswoman.

        “The well-reasoned ruling makes plain what the crews have known all along.”
        """)
        #expect(speaker(f, "The well-reasoned ruling")?.hasPrefix("Mira Velde") == true)
        // A statement only sent, not announced as what follows, introduces nothing.
        let sent = try analyseArticle("""
        Unions welcome toll ruling

        The harbour court ruled on the toll on Monday, in a case brought by the unions.

        Tarsk released a statement on Monday.

        “The well-reasoned ruling makes plain what the crews have known all along.”
        """)
        #expect(speaker(sent, "The well-reasoned ruling") == "? / -")
    }

    @Test func aParagraphWithoutAColonIntroducesNothing() throws {
        let f = try analyseArticle("""
        Unions welcome toll ruling

        Tarskan dock unions representing 10,000 crews applauded the ruling on Monday.

        “The well-reasoned ruling makes plain what the crews have known all along.”
        """)
        #expect(speaker(f, "The well-reasoned ruling") == "? / -")
    }
}

/// "The president" where an article names several presidents is the one last heard or opened on.
@Suite struct AmbiguousTitleTests {
    @Test func aBodySpeakingByAnAcronymTheCorpusSpellsOutReadsWithItsName() throws {
        let f = try analyseArticle("The Tessin Harbour Commission (THC) met on Monday.\n\n“The toll will stay until May,” the THC said.\n")
        #expect(f.quotes.first?.speakerRole == "the Tessin Harbour Commission (THC)")
        // An acronym the corpus never spells out stays as written.
        let bare = try analyseArticle("The council met on Monday.\n\n“The toll will stay until May,” the THC said.\n")
        #expect(bare.quotes.first?.speakerRole == "the THC")
    }

    @Test func aShortenedTitleAddingWordsIsTheOneLastHeard() throws {
        // "Exec" is a title (`Rules/titles.words`): the body's exec who adds words is the one who spoke before.
        let f = try analyseArticle("The council met on Monday.\n\n“Talks go on,” Orun Guild national director Tom Okafor told members on Friday. “We have not reached a deal yet,” the Orun Guild exec added.\n")
        #expect(speaker(f, "We have not")?.hasPrefix("Tom Okafor /") == true)
    }

    @Test func thePresidentIsTheOneLastHeard() throws {
        let f = try analyseArticle("""
        Leaders at odds

        Presidents Tom Okafor of Tarsk and Ana Ruiz of Veloria signed the truce on Monday.

        On Tuesday, Okafor accused Veloria of breaking the truce.

        The president told lawmakers that Velorian forces had shelled several towns.

        He claimed the shelling began “on the very day after the signing”.
        """)
        #expect(speaker(f, "on the very day")?.hasPrefix("Tom Okafor") == true)
    }
}

@Suite struct PassiveSpeechTests {
    /// "Lind is accused of fraud" has no speaker, yet opens on Lind: "he" next is Lind, not the last speaker.
    @Test func aSpeechVerbInThePassiveLeavesItsSubjectForHe() throws {
        let f = try analyseArticle("""
        Ferry founder Tom Lind took the stand on Monday. Prosecutor Mira Castell questioned him for hours.

        "You knew," Castell said.

        Lind is accused of hiding the losses from the board.

        He claims he was ignorant of the details. "There were oversights," he conceded on Friday.
        """)
        #expect(speaker(f, "There were oversights")?.hasPrefix("Tom Lind") == true)
    }
}

@Suite struct JointSpeakerTests {
    /// People listed before a speech verb speak together: the first named leads, with the others' sides.
    @Test func aListOfPeopleIsLedByTheFirstNamed() throws {
        let f = try analyseArticle("""
        Lirsa's envoy Mira Castell met her counterparts on Monday.

        "We deeply regret the toll," Castell, Li Wei of Veloria, and Tom Brand of Tarsk said in their joint statement.
        """)
        let q = f.quotes.first { $0.text.hasPrefix("We deeply regret") }
        #expect(q?.speaker == "Mira Castell")
        #expect(q?.otherActors.contains("hamburgh") == true)
    }

    /// Two quotes of one sentence with a speaker each: the later quote is its own speaker's.
    @Test func aLaterQuoteOfASentenceHasItsOwnSpeaker() throws {
        let f = try analyseArticle("""
        The hearing in Lirsa was tense.

        A woman in the crowd shouted to her, "Well done," to which Mayor Ana Ruiz said, "Thank you so much."

        "The treaty is not dead," Ruiz said, "but it is not alive either."
        """)
        #expect(speaker(f, "Well done")?.hasPrefix("A woman in the crowd") == true)
        #expect(speaker(f, "Thank you so much")?.hasPrefix("Ana Ruiz") == true)
        // A quote its speaker's attribution interrupts stays one quote of one speaker.
        #expect(speaker(f, "The treaty is not dead but it is not alive either")?.hasPrefix("Ana Ruiz") == true)
    }

    /// Quoted words that go on from a sentence's subject are not the subject's: the passage's speaker's.
    @Test func wordsQuotedRightAfterASubjectAreNotItsOwn() throws {
        let f = try analyseArticle("""
        The port talks went on.

        "I hope they understand how much this matters," Mayor Ana Ruiz wrote.

        Tarsk "should hire more pilots, instead of laying them off."
        """)
        #expect(speaker(f, "should hire more pilots")?.hasPrefix("Ana Ruiz") == true)
    }

    /// "Okafor's fingers “…”, she said": the sentence opens on the fingers; "she" is the one heard before.
    @Test func aNameInThePossessiveIsNotWhomThePronounAfterTheQuoteIs() throws {
        let f = try analyseArticle("""
        The trial went on for a second week.

        Ana Ruiz said Tom Okafor then pushed her against a wall.

        Okafor's hands "held me there, which was painful," and he "laughed" she said.
        """)
        #expect(speaker(f, "held me there")?.hasPrefix("Ana Ruiz") == true)
    }
}

@Suite struct ShortQuoteTests {
    /// A quoted sentence of its own is a statement however short; a short fragment inside a sentence is not.
    @Test func aShortSentenceQuotedAloneAfterASpeakersWordsIsTheirs() throws {
        let f = try analyseArticle("""
        The council met on Monday.

        “It's over,” said Ana Ruiz, the council's leader. “We've won.”

        Crews hope for a “new dawn” at the port.
        """)
        #expect(speaker(f, "We've won.") == "Ana Ruiz / lirsa")
        #expect(f.quotes.allSatisfy { $0.text != "new dawn" })
    }
}

@Suite struct FiledFromTests {
    /// A state's office of no side is, at a guess, the dateline's side; without a dateline, the outlet's.
    @Test func aMinisterOfNoSideIsOfTheSideTheStoryWasFiledFrom() throws {
        let filed = try analyseArticle("""
        Ruiz defends water pact

        TARSK, March 3 (Wire) - Foreign Minister Ana Ruiz said on Wednesday that the Orun Water Agreement was fair. “We have kept every promise,” Ruiz said.
        """)
        #expect(speaker(filed, "We have kept") == "Ana Ruiz / hamburgh")
        #expect(filed.quotes.first?.actorGuessed == true)
        let spoken = try analyseArticle("""
        Ruiz defends water pact

        TARSK, March 3 (Wire) - Ministry spokeswoman Ana Ruiz said on Wednesday that the Orun Water Agreement was fair. “We have kept every promise,” Ruiz said.
        """)
        #expect(speaker(spoken, "We have kept") == "Ana Ruiz / hamburgh")
        let unfiled = try analyseArticle("""
        Ruiz defends water pact

        Foreign Minister Ana Ruiz said on Wednesday that the Orun Water Agreement was fair. “We have kept every promise,” Ruiz said.
        """)
        #expect(speaker(unfiled, "We have kept") == "Ana Ruiz / lirsa")
        // A judge holds no state's office: no guess from the dateline.
        let judged = try analyseArticle("""
        Court hears water case

        TARSK, March 3 (Wire) - Judge Ana Ruiz said on Wednesday that the Orun Water Agreement was clear. “The text is plain,” Ruiz said.
        """)
        #expect(speaker(judged, "The text is plain") == "Ana Ruiz / lirsa")
    }
}

@Suite struct SeedQuoteTests {
    /// Every direct quote of the five seed articles: its speaker (or their description) and side.
    @Test func everyQuoteOfTheSeedsHasItsSpeakerAndSide() {
        let expected: [(String, String)] = [
            ("a final stage", "Osamu Fujimura / tokyo"),
            ("Seoul has based bilateral defense cooperation", "Huang Youfu / beijing"),
            ("Tokyo is slackening its grip", "Yang Bojiang / beijing"),
            ("Another way to strengthen and modernize our alliance", "Leon Panetta / washington"),
            ("helps strengthen regional security", "Leon Panetta / washington"),
            ("share Washington's burden", "Yang Bojiang / beijing"),
            ("Despite the two countries' disputes", "Huang Youfu / beijing"),
            ("If things go as planned", "Cho Byung-jae / seoul"),
            ("I think signing of the pact will be possible tomorrow", "Cho Byung-jae / seoul"),
            ("Many people would agree in principle", "Cho Byung-jae / seoul"),
            ("Talks on the Acquisition and Cross-Servicing Agreement have been shelved", "the foreign ministry official / seoul"),
            ("Washington had proposed joint military drills", "a government source here / seoul"),
            ("strategic significance", "a government source here / seoul"),
            ("What country in the world has as much intelligence", "one intelligence expert / -"),
            ("If you look at its benefits and losses", "one intelligence expert / -"),
            ("Japan and the U.S. have shared military intelligence", "a government official / seoul"),
            ("Since then (January 2011), we have worked on the agreements", "a defense ministry official / seoul"),
            ("Efforts were made to finalize the agreements", "a defense ministry official / seoul"),
            ("GSOMIA is required for sharing information", "Seoul’s Ministry of National Defense / seoul"),
            ("We felt a need to share defense information", "an official at the Ministry of National Defense / seoul"),
            ("The two countries have actually shared defense information", "an official at the Ministry of National Defense / seoul"),
            ("Both sides are studying the issue", "an official at the Ministry of National Defense / seoul"),
            ("I think Japan and South Korea have reached a stage", "Naoto Kan / tokyo"),
        ]
        let f = Analysed.seeds.findings
        for (prefix, who) in expected {
            #expect(speaker(f, prefix) == who, "\(prefix)")
        }
        #expect(f.quotes.count == expected.count)
    }

    @Test func aQuoteOverTwoSentencesIsOneQuote() {
        let q = Analysed.seeds.quote("GSOMIA is required for sharing information")
        #expect(q?.text == "GSOMIA is required for sharing information, and there is a need for sharing information on North Korea’s nuclear and missile programs. The ministry has signed the agreement with 24 countries, and an agreement with Japan is essential")
        #expect(q?.citations.count == 2)
    }

    @Test func laterMentionsPointBackToThePerson() {
        let cho = Analysed.seeds.person("Cho Byung-jae")
        let sentences = cho?.citations.map(\.sentence) ?? []
        #expect(sentences.contains { $0.hasPrefix("Cho denied media speculation") })
        #expect(sentences.contains { $0.hasPrefix("However, the spokesman stressed") })
        #expect(Analysed.seeds.person("Naoto Kan")?.citations.contains { $0.sentence.hasPrefix("In his first interview") } == true)
    }

    /// "She said" after a sentence that opens on a long role and a name the configuration gives in full ("Ana M.
    /// Ruiz", beside "Ana Ruiz") is that person, not the speaker before.
    @Test func aLongRoleBeforeANameGivenInFullOpensOnThatPerson() throws {
        let config = BriefingConfig(
            title: "Test", actors: [ActorConfig(id: "hamburgh", name: "Hamburgh", aliases: ["Hamburgh", "Tarsk", "Ana M. Ruiz", "Ana Ruiz", "Ruiz"])],
            issues: [], sources: ["b.txt": SourceConfig(published: "2021-03-05")])
        let f = try analyseArticles([
            (name: "b.txt", text: "The talks went on.\n\n“We are close,” Tom Okafor said.\n\nActing U.S. Labor Secretary Ana Ruiz returned to the port on Thursday. She said the deal gives crews “the wages they deserve”.\n"),
        ], config)
        #expect(f.quotes.first { $0.text.hasPrefix("the wages they deserve") }?.speaker == "Ana M. Ruiz")
    }

    /// Words quoted that no one is named for are a quotation of no speaker; another outlet's copy that names the
    /// speaker gives the quote its speaker, and the copy of no speaker makes no conflict over who said it.
    @Test func aQuoteOfNoOneNamedIsKeptAndMakesNoConflict() throws {
        let config = BriefingConfig(
            title: "Test", actors: [ActorConfig(id: "hamburgh", name: "Hamburgh", aliases: ["Hamburgh", "Tarsk", "Ana Ruiz"])],
            issues: [], sources: ["a.txt": SourceConfig(published: "2021-03-04"), "b.txt": SourceConfig(published: "2021-03-05")])
        let f = try analyseArticles([
            (name: "a.txt", text: "The port stayed shut on Monday.\n\nThe crews marched to the quay.\n\n“No ferry leaves this port until the toll falls.”\n"),
            (name: "b.txt", text: "The port stayed shut on Monday.\n\n“No ferry leaves this port until the toll falls,” Ana Ruiz said.\n"),
        ], config)
        #expect(speaker(f, "No ferry leaves") == "Ana Ruiz / hamburgh")
        #expect(f.quotes.first { $0.text.hasPrefix("No ferry leaves") }?.citations.count == 2)
        #expect(!f.conflicts.contains { $0.topic.contains("No ferry leaves") })
        let alone = try analyseArticles([(name: "a.txt", text: "The port stayed shut on Monday.\n\nThe crews marched to the quay.\n\n“No ferry leaves this port until the toll falls.”\n")], config)
        #expect(speaker(alone, "No ferry leaves") == "? / -")
    }

    /// "The company wrote" after a paragraph that opened on a body is that body, though its name ends on "Group": a
    /// company, a firm and a group are one kind to a description pointing back; a ministry is not.
    @Test func theCompanyIsTheBodyLastHeardWhoseNameEndsOnGroup() throws {
        let config = BriefingConfig(
            title: "Test", actors: [ActorConfig(id: "kelvar", name: "Kelvar", aliases: ["Kelvar", "Kelvar Shipping Group"]),
                                    ActorConfig(id: "orsa", name: "Orsa", aliases: ["Orsa", "Orsa Ferries"])],
            issues: [], sources: ["a.txt": SourceConfig(published: "2021-03-04")])
        let f = try analyseArticles([
            (name: "a.txt", text: "The board opened a review of the ferry deal.\n\nIn a statement, Kelvar said that it told the board about the deal.\n\n“We are confident the deal raises no concerns,” the company wrote.\n"),
        ], config)
        #expect(speaker(f, "We are confident") == "Kelvar / kelvar")
    }

    /// The same words given to different speakers by different sources are the speaker most sources name, the first
    /// source's reading outvoted; the disagreement stays a conflict with each source's claim.
    @Test func theSpeakerMostSourcesNameOutvotesTheFirst() throws {
        let config = BriefingConfig(
            title: "Test", actors: [ActorConfig(id: "hamburgh", name: "Hamburgh", aliases: ["Hamburgh", "Tarsk", "Ana Ruiz"]),
                                    ActorConfig(id: "lirsa", name: "Lirsa", aliases: ["Lirsa", "Tom Okafor"])],
            issues: [], sources: ["a.txt": SourceConfig(published: "2021-03-04"), "b.txt": SourceConfig(published: "2021-03-05"),
                                  "c.txt": SourceConfig(published: "2021-03-06")])
        let words = "“No ferry leaves this port until the toll falls,”"
        let f = try analyseArticles([
            (name: "a.txt", text: "The port stayed shut on Monday.\n\n\(words) Tom Okafor said.\n"),
            (name: "b.txt", text: "The port stayed shut on Tuesday.\n\n\(words) Ana Ruiz said.\n"),
            (name: "c.txt", text: "The port stayed shut on Wednesday.\n\n\(words) said Ana Ruiz.\n"),
        ], config)
        #expect(speaker(f, "No ferry leaves") == "Ana Ruiz / hamburgh")
        let conflict = f.conflicts.first { $0.topic.contains("No ferry leaves") }
        #expect(conflict?.claims.map(\.value) == ["Ana Ruiz", "Tom Okafor"])
        #expect(conflict?.claims.map(\.citations.count) == [2, 1])
    }

    /// Words that stand whole inside a longer quote of the same speaker are that quote, cited twice: four words or
    /// more in another article, fewer in the same one. Fewer in another article, or another person's words, stay
    /// quotes of their own.
    @Test func aFragmentOfALongerQuoteIsThatQuote() throws {
        let config = BriefingConfig(
            title: "Test", actors: [ActorConfig(id: "hamburgh", name: "Hamburgh", aliases: ["Hamburgh", "Tarsk", "Ana Ruiz", "Tom Okafor"])],
            issues: [], sources: ["a.txt": SourceConfig(published: "2021-03-04"), "b.txt": SourceConfig(published: "2021-03-05"),
                                  "c.txt": SourceConfig(published: "2021-03-06")])
        let f = try analyseArticles([
            (name: "a.txt", text: "The port stayed shut on Monday.\n\n“It is a bad outcome for every crew on the quay,” Port Director Ana Ruiz said.\n\nUnion leader Tom Okafor said the rise hurt “every crew on the quay”.\n"),
            (name: "b.txt", text: "The port stayed shut on Tuesday.\n\nPort Director Ana Ruiz said the rise was “a bad outcome for every crew”.\n\nRuiz said that crews would stay “on the quay” all night.\n"),
            (name: "c.txt", text: "The port stayed shut on Wednesday.\n\nPort Director Ana Ruiz said the vote was a “sorry outcome” for the port.\n\nShe said the vote on the toll was a “sorry outcome for every crew” on Wednesday.\n"),
        ], config)
        func cited(_ text: String) -> [String] {
            (f.quotes.first { $0.text == text }?.citations ?? []).map { "\($0.source.slug) \($0.paragraph)" }
        }
        #expect(cited("It is a bad outcome for every crew on the quay") == ["a p2", "b p2"])
        #expect(cited("sorry outcome for every crew") == ["c p2", "c p3"])
        #expect(!f.quotes.contains { $0.text.hasPrefix("a bad outcome") || $0.text == "sorry outcome" })
        #expect(speaker(f, "every crew on the quay") == "Tom Okafor / hamburgh")
        #expect(speaker(f, "on the quay") == "Ana Ruiz / hamburgh")
    }

    /// A speech verb whose clause ends the sentence after a comma reports all of it: an earlier verb that may be
    /// speech ("responded") does not take it from its speaker.
    @Test func anAttributionThatEndsTheSentenceReportsAllOfIt() throws {
        let f = try analyseArticle("The council met on Monday.\n\nMembers of the harbour crews, including pilots, responded to the fire after midnight, Ana Ruiz said.\n")
        #expect(f.statements.first { $0.text.hasPrefix("Members of the harbour crews") }?.speaker == "Ana Ruiz")
    }

    @Test func reportedSpeechIsAttributed() {
        let f = Analysed.seeds.findings
        let denial = f.statements.first { $0.text.hasPrefix("Cho denied media speculation") }
        #expect(denial?.speaker == "Cho Byung-jae")
        #expect(denial?.actor == "seoul")
        let huang = f.statements.first { $0.text.hasPrefix("Huang said the collaboration is sending a negative message") }
        #expect(huang?.speaker == "Huang Youfu")
        #expect(huang?.actor == "beijing")
        let stressed = f.statements.first { $0.text.hasPrefix("However, the spokesman stressed") }
        #expect(stressed?.speaker == "Cho Byung-jae")
    }

    @Test func theOverviewHasALineOrAnHonestBlank() {
        let actors = Dictionary(uniqueKeysWithValues: Analysed.seeds.findings.actors.map { ($0.id, $0) })
        #expect(actors["seoul"]?.onIssues["acsa"]?.text.contains("have been shelved") == true)
        #expect(actors["seoul"]?.onIssues["gsomia"] != nil)
        #expect(actors["tokyo"]?.onIssues["gsomia"]?.text.contains("a final stage") == true)
        // A scholar set off by commas before his speech verb speaks for his side.
        #expect(actors["beijing"]?.onIssues["gsomia"]?.text.hasPrefix("Yang Bojiang, a professor") == true)
        #expect(actors["beijing"]?.onIssues["acsa"] == nil)
    }
}

@Suite struct QuotePatternTests {
    /// Columns part at two spaces: "reported quoting" with one space would be a verb of two words that never matches.
    @Test func everySpeechVerbRowIsOneWordAndKnownForms() {
        let forms: Set<String> = ["inverts", "participle", "verdict", "naming", "quoting", "charging"]
        for row in Attribution.verbRows {
            #expect(!row[0].contains(" "), "\(row)")
            for (k, form) in row.enumerated().dropFirst() {
                #expect(forms.contains(form) || row[k - 1] == "inverts" && k == row.count - 1, "\(row)")
            }
        }
    }

    /// A paper that reports news reports no one's statement; beside a quote it is the quote's speaker.
    @Test func aQuotingVerbSpeaksOnlyBesideAQuote() throws {
        let f = try analyseArticle("""
        The ferry chief arrived in Tarsk on Monday for talks on the river, the Tarsk Courier reported.

        “The quotas will hold until the spring floods are over,” the Tarsk Courier reported.
        """)
        #expect(f.statements.isEmpty)
        #expect(speaker(f, "The quotas will hold") == "the Tarsk Courier / hamburgh")
    }

    /// A surname that speaks alone is the person the article names in full elsewhere, by the only run of
    /// name words that ends in it; a name before an age set off by commas speaks too.
    @Test func aSurnameThatSpeaksAloneIsTheFullNameTheArticleGives() throws {
        let f = try analyseArticle("""
        Then Mira Castell, Tomas Vey and Ana Lind capped a historic day by winning three races at the harbour.

        “What a night for the club,” Vey told the Gazette.

        “I just can't believe it,” said Lind, who could also race on Sunday.

        His main rival, Oskar Brandt, finished second. “I hope the result is good for the sport,” Brandt said in Orun.

        “I can't believe it,” said the 26-year-old Castell, who had lost last year.

        “I am crying,” Nadia Korsa, a 64-year-old pensioner, said near the quay.

        “The yards are busy,” Kelvar Marine, the world's largest ferry maker, said.

        “Orders are up,” Orsk said on Friday.
        """)
        #expect(speaker(f, "What a night") == "Tomas Vey / -")
        #expect(speaker(f, "I just can't") == "Ana Lind / -")
        #expect(speaker(f, "I hope the result") == "Oskar Brandt / -")
        #expect(speaker(f, "I can't believe it") == "Mira Castell / -")
        #expect(speaker(f, "I am crying") == "Nadia Korsa / -")
        // A body's description is no person's apposition; a word the article never names in full is no one.
        #expect(!f.people.contains { $0.name == "Kelvar Marine" })
        #expect(!f.people.contains { $0.name.hasSuffix("Orsk") })
        #expect(Set(f.people.map(\.name)) == ["Mira Castell", "Tomas Vey", "Ana Lind", "Oskar Brandt", "Nadia Korsa"])
    }

    /// A long title before the name, a hyphenated surname, a time before a description.
    @Test func longTitlesHyphenatedSurnamesAndATimeBeforeTheSpeaker() throws {
        let f = try analyseArticle("""
        “We found two weapons on the quay,” Port Alda Police Department Chief Deputy Superintendent Hans Lund said.

        “Our problems are fuel and food,” Catbalogan Mayor Stephanie Ruy-Tan told the Journal.

        “It is total blackout,” Samar Governor Sharee Anne Tan told the Journal.

        Refugees led to low supplies, “especially food and fuel,” Ruy-Tan said.

        Earlier on Wednesday a spokesman for the harbour union said: “I think the strike is under way.”
        """)
        // Each role names a body but no actor: the side is the outlet's home side, guessed.
        #expect(speaker(f, "We found two weapons") == "Hans Lund / lirsa")
        #expect(f.people.first { $0.name == "Hans Lund" }?.role == "Port Alda Police Department Chief Deputy Superintendent")
        #expect(speaker(f, "especially food") == "Stephanie Ruy-Tan / lirsa")
        #expect(speaker(f, "I think the strike") == "a spokesman for the harbour union / lirsa")
    }

    /// A sentence after a quote that says more than who said it leaves the quote to the passage's speaker;
    /// "vice president of …" set off by commas is a role.
    @Test func aSentenceWithWordsOfItsOwnAfterAQuoteIsNotItsAttribution() throws {
        let f = try analyseArticle("""
        "We believe the higher figure is more probable," Tomas Vey, a councillor in Orun, told the Gazette. "As we start cleaning up we are finding more bodies." Others confirmed that the number of dead is likely to rise.

        Fuad Lenner, vice president of operations at Alda Ferries, told the Gazette on Monday that the line had received several reports.

        "At the moment, we are as desperate as anyone else," he said.
        """)
        #expect(speaker(f, "As we start cleaning up") == "Tomas Vey / lirsa")
        #expect(f.people.first { $0.name == "Fuad Lenner" }?.role == "vice president of operations at Alda Ferries")
        #expect(speaker(f, "At the moment") == "Fuad Lenner / lirsa")
    }

    /// The author of a post embedded from a social network, by name and handle, is a person.
    @Test func anEmbeddedPostsAuthorIsAPerson() throws {
        let f = try analyseArticle("""
        The storm made landfall overnight, and crews closed the port on Monday as the water rose along the coast.

        With the storm making landfall, conditions in Port Alda sure appear to be getting worse. pic.twitter.com/abc123 — Lena Marsh (@LenaMarsh) March 3, 2021
        """)
        #expect(f.people.contains { $0.name == "Lena Marsh" })
        #expect(speaker(f, "With the storm making landfall") == "Lena Marsh / -")
    }

    /// In "the paper reports that X, one of …, says", X speaks, past the description set off by commas.
    @Test func theReportedSpeakerBeforeADescriptionSpeaks() throws {
        let f = try analyseArticle("""
        The Gazette reports that Kelvar Group, one of the firms targeted by the sanctions, says the measures are "politically motivated statements and decisions."
        """)
        #expect(speaker(f, "politically motivated") == "Kelvar Group / -")
    }

    @Test func quoteThenSpeaker() throws {
        let f = try analyseArticle("Talks went on late into the night in the capital, officials said on Thursday.\n\n\"We will not give up the river,\" Velorian Water Minister Dario Fenn said.\n")
        #expect(speaker(f, "We will not give up the river") == "Dario Fenn / lirsa")
    }

    @Test func aParagraphThatIsAllAQuoteIsThePersonTheParagraphBeforeOpenedOn() throws {
        let f = try analyseArticle("""
        Velorian Water Minister Dario Fenn said the talks were over.

        The two sides had until midnight to close the gap on the river.

        Fenn thanked the Tarskan envoys for their patience during the talks.

        “I want to thank the envoys for their work through the night, which kept the river open for everyone.”

        The quotas take effect on Monday.

        “Nobody will pay more for water this year than they did last year in the valley.”
        """)
        #expect(speaker(f, "I want to thank the envoys") == "Dario Fenn / lirsa")
        // A paragraph between that opened on no one parts the quote from any speaker: a quotation of no one named.
        #expect(speaker(f, "Nobody will pay more") == "? / -")
    }

    @Test func saidThenNameAndRole() throws {
        let f = try analyseArticle("\"The quotas are fair to both sides,\" said Ilse Varga, an expert on river law at the University of Hamburgh.\n")
        #expect(speaker(f, "The quotas are fair") == "Ilse Varga / hamburgh")
        #expect(f.people.first?.role == "expert on river law at the University of Hamburgh")
    }

    /// A person the configuration names among a side's aliases, written with a middle initial.
    @Test func aMiddleInitialDoesNotHideAKnownName() throws {
        let config = BriefingConfig(
            title: "Test", actors: [ActorConfig(id: "hamburgh", name: "Hamburgh", aliases: ["Tarsk", "Ana Ruiz", "Ana J. Ruiz", "Ruiz"])],
            issues: [], sources: ["t.txt": SourceConfig(published: "2021-03-04")])
        let text = "Tarsk union President Ana J. Ruiz said, “There is no point in talks while the port stays shut.”\n"
        let f = try analyseArticles([(name: "t.txt", text: text)], config)
        #expect(speaker(f, "There is no point") == "Ana Ruiz / hamburgh")
        #expect(["said", "Ana", "J", "Ruiz"].containsName(["Ana", "Ruiz"]))
        #expect(!["Ana", "Jo", "Ruiz"].containsName(["Ana", "Ruiz"]))
    }

    /// A court's finding is said and done: the date beside "ruled" is the ruling's, a happening's.
    @Test func aRulingIsAStatementAndAHappening() throws {
        let f = try analyseArticle("The Tarsk Harbour Court ruled on Monday that the toll stays in place until March 30, the court's clerk wrote.\n")
        #expect(f.events.map(\.date.value).sorted() == ["2021-03-01", "2021-03-30"])
        #expect(f.actors.first { $0.id == "hamburgh" }?.said.contains { $0.text.contains("ruled on Monday") } == true)
    }

    /// A post embedded from a social network, as a page's text keeps it, is its author's quote, without its link.
    @Test func aPostEmbeddedFromASocialNetworkIsItsAuthorsQuote() throws {
        let f = try analyseArticle("""
        Tarskan Prime Minister Ana Ruiz spoke on Monday.

        The ferries sail again today. The toll falls in May and the quay reopens. https://t.co/x1 — Ana Ruiz (@anaruiz) March 3, 2021

        The council met later on Monday.
        """)
        #expect(speaker(f, "The ferries sail again today.") == "Ana Ruiz / hamburgh")
        #expect(f.quotes.contains { $0.text == "The ferries sail again today. The toll falls in May and the quay reopens." })
    }

    @Test func speakerThenQuote() throws {
        let f = try analyseArticle("Tarskan Prime Minister Ana Ruiz spoke in the morning. Ruiz said, “We have waited long enough for this treaty.”\n")
        #expect(speaker(f, "We have waited long enough") == "Ana Ruiz / hamburgh")
    }

    @Test func aNameSetOffByCommasBeforeTheVerbSpeaks() throws {
        let f = try analyseArticle("""
        Talks on the Orun Water Agreement ended on Wednesday.

        The Velorian water board's chair, Dario Fenn, said the pact was "a fair deal for the valley."

        "The toll will fall in May," Fenn said. They announced the deal "for every farm in the valley" at noon.
        """)
        #expect(speaker(f, "a fair deal for the valley") == "Dario Fenn / lirsa")
        // "They announced the deal": the deal is what was announced, not who spoke.
        #expect(speaker(f, "for every farm in the valley") == "Dario Fenn / lirsa")
    }

    /// A surname the article never gives in full speaks, before a description or an age set off by commas; so
    /// does an unknown body before a description. Not the speaker of the paragraph before.
    @Test func aNameBeforeADescriptionOrAnAgeSpeaks() throws {
        let f = try analyseArticle("""
        Anya Brel, the Tarskan envoy, said the talks would go on.

        "The toll is unfair," Fenn, a lawyer for Veloria, said.

        "We will pay it," Osk, 61, said.

        Kelvar, the ferry operator, said: "The boats will sail."
        """)
        #expect(speaker(f, "The toll is unfair") == "Fenn / lirsa")
        #expect(speaker(f, "We will pay it") == "Osk / -")
        #expect(speaker(f, "The boats will sail") == "Kelvar / -")
        #expect(f.people.contains { $0.name == "Fenn" && $0.actor == "lirsa" })
    }

    /// "He said" is one person: never a group heard before ("the dockers said"), whose words they are not.
    @Test func heAfterAGroupIsNoneOfThem() throws {
        let f = try analyseArticle("""
        The dockers said the quay would stay shut until May.

        One of them stood at the gate on Monday. "We will not move," he said.

        "The port is open," a Velorian spokeswoman said. "The ships will sail," she said.
        """)
        #expect(speaker(f, "We will not move") == "? / -")
        #expect(speaker(f, "The ships will sail") == "a Velorian spokeswoman / lirsa")
    }

    @Test func toldReportersAndAccordingTo() throws {
        let f = try analyseArticle("""
        Tarskan Foreign Ministry spokeswoman Anya Brel met reporters in the capital on Thursday.

        "The draft is ready for signing," Brel told reporters.

        The ministers will meet again in May to sign "the final text of the accord," according to a senior Velorian official.
        """)
        #expect(speaker(f, "The draft is ready for signing") == "Anya Brel / hamburgh")
        #expect(speaker(f, "the final text of the accord") == "a senior Velorian official / lirsa")
    }

    @Test func addedNotedStressedAndDenied() throws {
        let f = try analyseArticle("""
        Velorian Water Minister Dario Fenn spoke after the vote in the capital on Thursday.

        "The farmers will have water this summer," Fenn added.

        "Nothing was promised in secret," the minister stressed.

        Fenn denied reports that the pact gives away the northern wells to Tarsk.
        """)
        #expect(speaker(f, "The farmers will have water") == "Dario Fenn / lirsa")
        #expect(speaker(f, "Nothing was promised in secret") == "Dario Fenn / lirsa")
        let denial = f.statements.first { $0.text.hasPrefix("Fenn denied reports") }
        #expect(denial?.speaker == "Dario Fenn")
    }

    /// Words quoted after a speech verb in a clause that a clause word opens are the clause subject's; not
    /// before an infinitive, where the verb reports no speech. A sentence without a quote stays its main clause's.
    @Test func theSubjectOfAClauseBeforeTheVerbSpeaks() throws {
        let f = try analyseArticle("""
        The ferry talks went on.

        Ferry shares fell 3% after Tarsk said the fares would rise “by a third in May”.

        The ferry pact is expected to calm the valley for years while Tarsk continues to grow its fleet.

        The Veloria minister left the talks early after Tarsk said the fares would rise in May.
        """)
        #expect(speaker(f, "by a third") == "Tarsk / hamburgh")
        #expect(!f.statements.contains { $0.text.hasPrefix("The ferry pact is expected") })
        #expect(f.statements.first { $0.text.hasPrefix("The Veloria minister left") }?.actor != "hamburgh")
    }

    @Test func partialAndMultiSentenceQuotesAndContinuations() throws {
        let f = try analyseArticle("""
        Velorian Water Minister Dario Fenn said the pact was "a fair deal for the valley" and would be signed soon.

        “We waited ten years. The farmers waited longer,” Fenn said.

        “Now the work begins.”
        """)
        #expect(speaker(f, "a fair deal for the valley") == "Dario Fenn / lirsa")
        #expect(f.quotes.first { $0.text.hasPrefix("We waited ten years") }?.text == "We waited ten years. The farmers waited longer")
        #expect(speaker(f, "Now the work begins") == "Dario Fenn / lirsa")
    }

    @Test func mixedQuotationMarksCloseTheirQuote() throws {
        let f = try analyseArticle("""
        Talks on the Orun Water Agreement stalled again on Monday.

        “Our crews are tired," said Velorian Water Minister Dario Fenn. “We have waited since the spring.”

        "The valley will vote again,” Fenn added.

        “Farmers told us "enough" last week,” he said.
        """)
        #expect(f.quotes.first { $0.text.hasPrefix("Our crews are tired") }?.text == "Our crews are tired")
        #expect(speaker(f, "Our crews are tired") == "Dario Fenn / lirsa")
        #expect(speaker(f, "We have waited since the spring") == "Dario Fenn / lirsa")
        #expect(f.quotes.first { $0.text.hasPrefix("The valley will") }?.text == "The valley will vote again")
        #expect(f.quotes.first { $0.text.hasPrefix("Farmers told us") }?.text == "Farmers told us \"enough\" last week")
    }

    @Test func aTermDefinedInBracketsInsideAQuoteDoesNotEndIt() throws {
        let f = try analyseArticle("""
        Talks on the Orun Water Agreement stalled again on Monday.

        “Notice is given that the Valley Water Board (“VWB”) appeals the ruling of May 3,” Velorian Water Minister Dario Fenn said.
        """)
        #expect(f.quotes.map(\.text) == ["Notice is given that the Valley Water Board (“VWB”) appeals the ruling of May 3"])
    }

    @Test func aSingleMarkAfterAnSClosesAQuoteWhenNoNounFollows() throws {
        let f = try analyseArticle("""
        Talks on the Orun Water Agreement stalled again on Monday.

        Velorian Water Minister Dario Fenn said he cannot commit his party ‘will restore the institutions’ in the valley.

        Velorian Water Minister Dario Fenn said the farmers’ union ‘will stay at the table’.
        """)
        #expect(f.quotes.map(\.text).contains("will restore the institutions"))
        #expect(f.quotes.map(\.text).contains("will stay at the table"))
    }

    @Test func aCurlySingleQuoteLeftOpenRunsOnIntoTheNextParagraph() throws {
        let f = try analyseArticle("""
        Talks on the Orun Water Agreement stalled again on Monday.

        Velorian Water Minister Dario Fenn told the council: ‘Without this toll, the valley would pay twice for the river and for the dam.

        ‘That is an unfair burden and I urge all members to vote for the toll.’
        """)
        #expect(speaker(f, "Without this toll") == "Dario Fenn / lirsa")
        #expect(f.quotes.first { $0.text.hasPrefix("Without this toll") }?.text
            == "Without this toll, the valley would pay twice for the river and for the dam. That is an unfair burden and I urge all members to vote for the toll.")
    }

    @Test func aQuoteLeftOpenEndsWhereTheNextOpens() throws {
        let f = try analyseArticle("""
        Talks on the Orun Water Agreement ended on Wednesday.

        “The valley can breathe again, said Velorian Water Minister Dario Fenn, who spoke at noon. “Tomorrow the pumps restart,” Fenn said.
        """)
        #expect(f.quotes.first { $0.text.hasPrefix("The valley can") }?.text == "The valley can breathe again")
        #expect(speaker(f, "The valley can breathe again") == "Dario Fenn / lirsa")
        #expect(f.quotes.first { $0.text.hasPrefix("Tomorrow") }?.text == "Tomorrow the pumps restart")
    }

    @Test func aNameOverAQuoteDoesNotPartItFromItsSpeaker() throws {
        let f = try analyseArticle("""
        Talks on the Orun Water Agreement resumed on Monday.

        Dario Fenn, the Velorian water minister, spoke to the council, saying:

        Dario Fenn

        “The valley has waited long enough for the pumps to restart.”
        """)
        #expect(speaker(f, "The valley has waited") == "Dario Fenn / lirsa")
    }

    @Test func aClosingMarkWithNoOpeningEndsAQuoteBegunBefore() throws {
        let f = try analyseArticle("""
        Talks on the Orun Water Agreement resumed on Monday.

        Velorian Water Minister Dario Fenn wrote to the farmers on Monday:

        "The valley has waited long enough.

        The canal is old, and the pumps that feed it are older still than the farms.

        The pumps will restart in May, and the canal will be dredged before the summer."

        Dario Fenn said the vote was "a fair test" of the plan.
        """)
        #expect(speaker(f, "The valley has waited") == "Dario Fenn / lirsa")
        #expect(f.quotes.first { $0.text.hasPrefix("The pumps will restart") }?.text == "The pumps will restart in May, and the canal will be dredged before the summer.")
        #expect(speaker(f, "The pumps will restart") == "Dario Fenn / lirsa")
        #expect(speaker(f, "a fair test") == "Dario Fenn / lirsa")
    }

    @Test func unnamedSpeakersKeepTheirDescriptionAndSide() throws {
        let f = try analyseArticle("""
        "The river belongs to no one," a government source here said on condition of anonymity.

        "Tarsk will keep its word," a senior Tarskan official said.

        "Nobody reads the annex," one water engineer said.
        """)
        #expect(speaker(f, "The river belongs to no one") == "a government source here / lirsa")
        #expect(speaker(f, "Tarsk will keep its word") == "a senior Tarskan official / hamburgh")
        #expect(speaker(f, "Nobody reads the annex") == "one water engineer / -")
    }

    /// Quotes are found on scalars where each is a character, else on characters: a decomposed "é" (an "e"
    /// and a combining accent, one character) leaves every span where the composed one puts it.
    @Test func quoteSpansCountCharactersWhateverTheScalars() {
        let composed = "The mayor said “the caf\u{E9} stays open” and “the quay too,” on Monday."
        let decomposed = "The mayor said “the cafe\u{301} stays open” and “the quay too,” on Monday."
        #expect(composed.scalarsAreCharacters)
        #expect(!decomposed.scalarsAreCharacters)
        let spans = QuoteFinder.quoteSpans(composed).map(\.range)
        #expect(spans.count == 2)
        #expect(QuoteFinder.quoteSpans(decomposed).map(\.range) == spans)
        // In scalars the decomposed text's second quote starts one later.
        #expect(QuoteFinder.quotedScalars(decomposed).map(\.lowerBound) == [spans[0].lowerBound, spans[1].lowerBound + 1])
    }

    /// Copy that marks both ends of a quote with a right-hand mark (”…”, as some typesetting does) has its
    /// quotes where the marks open at the start of a word; a right-hand mark after a word still closes one.
    @Test func aRightHandMarkAtTheStartOfAWordOpensAQuote() {
        func quotes(_ text: String) -> [String] {
            let chars = Array(text)
            return QuoteFinder.quoteSpans(text).map { String(chars[$0.range]) }
        }
        #expect(quotes("”The board sent a new offer today,” the union said. ”We will reply next week. ”")
                == ["The board sent a new offer today,", "We will reply next week. "])
        #expect(quotes("The Tarsk minister called the plan ”a grave mistake for the islands” on Monday.") == ["a grave mistake for the islands"])
        // A right-hand mark after a word, with none before it, still closes a quote begun before the text.
        #expect(quotes("the ferries will keep running.” The board met on Monday.") == ["the ferries will keep running."])
        // The events read such a sentence as quoting, as the quote finder does.
        #expect(QuoteFinder.opensAQuote("”We will reply next week,” the union said."))
        #expect(!QuoteFinder.opensAQuote("the ferries will keep running.” The board met on Monday."))
    }

    /// A term quoted inside a quote stays inside it: curly marks within curly ones when the term is short and
    /// the sentence runs on after it, straight ones within straight ones when the inner mark opens a word. A
    /// straight mark after a word, once a quote has closed, is stray and opens nothing.
    @Test func aQuoteWithinAQuoteDoesNotEndIt() {
        func quotes(_ text: String) -> [String] {
            let chars = Array(text)
            return QuoteFinder.quoteSpans(text).map { String(chars[$0.range]) }
        }
        #expect(quotes("It wrote, “Dear Members, there were 812 “yes” votes and 40 “no” votes. The fares fall in May.")
                == ["Dear Members, there were 812 “yes” votes and 40 “no” votes. The fares fall in May."])
        #expect(quotes("\"As the toll \"ends the dispute,\" the case is closed.\"") == ["As the toll \"ends the dispute,\" the case is closed."])
        #expect(quotes("\"The ferry line is open again\" until May,\" the minister wrote on Monday.")
                == ["The ferry line is open again"])
        // A quote that starts again where one was left open still ends it.
        #expect(quotes("“We are late, said Ana Ruiz. “Again.”") == ["We are late", "Again."])
    }

    /// A letter quoted whole, its opening marked and the rest not, runs to its sign-off: each paragraph
    /// between is the letter's words. With no sign-off the unmarked paragraphs are the reporter's.
    @Test func aLetterQuotedWholeRunsToItsSignOff() throws {
        let letter = """
        The Tarsk Ferry Guild wrote to its members on Monday.

        It said, “Dear Members, We are pleased to tell you that the vote is in.

        The new timetable starts in May, and the fares fall.

        We thank every crew that stood with us.
        """
        let f = try analyseArticle(letter + "\n\nIn solidarity,\n\nMara Lint, Guild President\n\nThe board did not reply.\n")
        #expect(speaker(f, "Dear Members") == "The Tarsk Ferry Guild / hamburgh")
        #expect(speaker(f, "The new timetable starts in May") == "The Tarsk Ferry Guild / hamburgh")
        #expect(f.quotes.contains { $0.text.hasPrefix("We thank every crew") })
        #expect(!f.quotes.contains { $0.text.hasPrefix("The board did not reply") || $0.text.hasPrefix("In solidarity") })
        let unsigned = try analyseArticle(letter + "\n\nThe board did not reply.\n")
        #expect(!unsigned.quotes.contains { $0.text.hasPrefix("The new timetable") })
    }

    /// A headline (here a related story's, at the end) that opens on a role before the words is theirs; one
    /// that opens on a thing is no one's.
    @Test func aHeadlineOpeningOnARoleIsTheirs() throws {
        let f = try analyseArticle("""
        The council met on Monday.

        The ferry fares in the valley rose again this year, and the crews said the timetable would change.

        Tarsk chief 'over the moon with the ferry deal' after the vote
        """)
        #expect(speaker(f, "over the moon") == "Tarsk chief / hamburgh")
        let g = try analyseArticle("""
        The council met on Monday.

        The ferry fares in the valley rose again this year, and the crews said the timetable would change.

        Ferry fares 'far too high for the valley and its farms' after the vote
        """)
        #expect(speaker(g, "far too high").map { $0.hasPrefix("Ferry") } != true)
    }

    /// A title written as its initials ("PM") is the one person whose role they spell, whether the words
    /// before it name a side or not; not the speaker of the paragraph before.
    @Test func aTitleInInitialsIsThePersonWhoseRoleTheySpell() throws {
        for lead in ["Tarskan", "Coastal"] {
            let f = try analyseArticle("""
            The council met on Monday.

            Prime Minister Lena Marsh said the ferry deal was good for the valley and its crews.

            Tom Okafor, a Veloria board member, said questions stayed open. “We will read every page,” Mr Okafor said.

            \(lead) PM 'over the moon with the ferry deal' after the vote
            """)
            #expect(speaker(f, "over the moon")?.hasPrefix("Lena Marsh") == true, "\(lead) \(speaker(f, "over the moon") ?? "-")")
            #expect(speaker(f, "We will read") == "Tom Okafor / lirsa")
        }
    }

    @Test func scareQuotesAndShortTermsAreNotQuotes() throws {
        let f = try analyseArticle("The \"Blue Line\" talks and the \"2+2\" meeting in the capital went on, officials said on Thursday.\n")
        #expect(f.quotes.isEmpty)
    }
}

@Suite struct BodyKindTests {
    /// "The union" after a body's name and a comma is that body only where it is no subject of its own.
    @Test func aKindThatIsAnotherSidesNameIsNoBodyBeforeIt() throws {
        let actors = [ActorConfig(id: "crews", name: "Dockers Union", aliases: ["Dockers Union", "union"]),
                      ActorConfig(id: "kelvar", name: "Kelvar", aliases: ["Kelvar", "Kelvar West"])]
        let f = try analyseArticle("""
        Dockers ratified new contracts at Kelvar South and Kelvar West, the union announced Friday.

        The contracts included “better overtime rules” in both regions, the union said.
        """, actors: actors)
        #expect(speaker(f, "better overtime") == "the union (Dockers Union) / crews")
        // A body's kind set off as an apposition is still the body: "Kelvar West, the company, said".
        let g = try analyseArticle("""
        Kelvar West, the company, said the crews would be paid.

        The contracts included “better overtime rules” in both regions, the company said.
        """, actors: actors)
        #expect(speaker(g, "better overtime") == "Kelvar West / kelvar")
    }

    /// Two unions the configuration describes ("the dockers' union", "the pilots' union") and a salvor it
    /// describes as "salvage company": which one "the union" or "the company" is depends on the article.
    func analyse(_ text: String) throws -> Findings {
        let config = BriefingConfig(
            title: "Test", actors: [
            ActorConfig(id: "dockers", name: "Dockers Guild", aliases: ["Dockers Guild", "dockers' union"]),
            ActorConfig(id: "pilots", name: "River Pilots Guild", aliases: ["River Pilots Guild", "pilots' union"]),
                ActorConfig(id: "salvors", name: "Orun Salvage", aliases: ["Orun Salvage", "salvage company"]),
            ActorConfig(id: "kelvar", name: "Kelvar", aliases: ["Kelvar"]),
            ],
            sources: ["t.txt": SourceConfig(published: "2021-03-04")])
        return try analyseArticles([(name: "t.txt", text: text)], config)
    }

    @Test func theUnionIsTheOneTheArticleNamed() throws {
        let f = try analyse("""
        Talks on the ferry timetable resumed on Monday.

        The Dockers Guild said it would meet Kelvar on Friday. The union sent an email to members on Thursday. "We expect an offer," the email said.
        """)
        #expect(f.quotes.first { $0.text.hasPrefix("We expect an offer") }?.actor == "dockers")
    }

    @Test func theUnionOfNoNamedOneIsNoOnesSide() throws {
        let f = try analyse("""
        Talks on the ferry timetable resumed on Monday.

        The union sent an email to members on Thursday. "We expect an offer," the email said.
        """)
        #expect(f.quotes.first { $0.text.hasPrefix("We expect an offer") }?.actor == nil)
    }

    /// A writing in the possessive speaks for its owner, not for whoever the sentence before opened on.
    @Test func aWritingSpeaksForWhomItBelongsTo() throws {
        let f = try analyse("""
        Talks on the ferry timetable resumed on Monday.

        The Dockers Guild wrote to members on Thursday. Kelvar said it would appeal.

        "Kelvar has no case," the union's letter said.
        """)
        #expect(f.quotes.first { $0.text.hasPrefix("Kelvar has no case") }?.actor == "dockers")
        #expect(f.quotes.first { $0.text.hasPrefix("Kelvar has no case") }?.speakerRole == "the union (Dockers Guild)")
    }

    /// A body's long name with its number speaks, and "the union" after it is that body by its fuller name.
    @Test func aNumberedBranchSpeaksAndTheUnionIsIt() throws {
        let f = try analyse("""
        Talks on the ferry timetable resumed on Monday.

        "We have extracted everything that we can in bargaining," the International Dockers Guild and River Crews District 12 said in a statement.

        On Saturday, the union told members that it is "the time to lock in these gains."
        """)
        #expect(speaker(f, "We have extracted") == "the International Dockers Guild and River Crews District 12 / dockers")
        #expect(speaker(f, "the time to lock in") == "the International Dockers Guild and River Crews District 12 / dockers")
    }

    /// A description in the configuration does not make every "the company" the salvor's.
    @Test func theCompanyIsNotADescribedActorTheArticleNeverNamed() throws {
        let f = try analyse("""
        Talks on the ferry timetable resumed on Monday.

        Kelvar apologised on Thursday for the delays. "We are sorry for the delays," the company said.
        """)
        #expect(f.quotes.first { $0.text.hasPrefix("We are sorry") }?.actor == "kelvar")
    }
}

@Suite struct UnnamedTitleTests {
    /// Two articles of our own: the first names the story's judges, the second quotes "the judge's ruling".
    func analyse(naming judges: String) throws -> Findings {
        let config = BriefingConfig(
            title: "Test", actors: [
            ActorConfig(id: "kelvar", name: "Kelvar", aliases: ["Kelvar"]),
                ActorConfig(id: "court", name: "Court", aliases: ["court", "Mira Castell"]),
            ],
            issues: [IssueConfig(id: "suit", name: "Lawsuit", aliases: ["lawsuit"])],
            sources: ["a.txt": SourceConfig(published: "2021-03-01"), "b.txt": SourceConfig(published: "2021-03-04")])
        return try analyseArticles([
            (name: "a.txt", text: judges + "\n"),
            (name: "b.txt", text: "Kelvar said it had lost. \"There are no villains in this case,\" the judge's ruling stated.\n"),
        ], config)
    }

    /// "The judge's ruling stated" speaks for the judge, though the article names none, never for the
    /// body the sentence before opened on; another article's one judge is that judge.
    @Test func theJudgeOfAnArticleThatNamesNoneIsTheCorpussOneJudge() throws {
        let f = try analyse(naming: "Federal Judge Mira Castell will hear the lawsuit in May, the court said.")
        #expect(speaker(f, "There are no villains") == "Mira Castell / court")
    }

    @Test func twoJudgesLeaveTheJudgeUnnamed() throws {
        let f = try analyse(naming: "Judge Lena Moss and Judge Tom Okafor will hear the lawsuit in May.")
        #expect(speaker(f, "There are no villains") == "the judge / -")
    }
}

@Suite struct OneWordQuoteTests {
    /// One word a speaker calls something is no quotation; the sentence is that speaker's statement.
    @Test func aWordASpeakerCallsSomethingIsTheirStatementNotAQuote() throws {
        let f = try analyseArticle("""
        The council met on Monday.

        Mayor Ana Ruiz called the new river toll "unlawful" in a speech on Monday.
        """)
        #expect(f.quotes.isEmpty)
        let said = f.statements.first { $0.text.hasPrefix("Mayor Ana Ruiz called") }
        #expect(said?.speaker == "Ana Ruiz")
    }
}

@Suite struct RelativeClauseSpeakerTests {
    /// "Marr also criticised the buyers for what he called “…”": the person the sentence opens on speaks,
    /// not the body heard last.
    @Test func whatHeCalledIsTheOpenersWords() throws {
        let f = try analyseArticle("""
        David Marr, the head of the Harbour Workers union, spoke on Monday.

        Tarsk Steel said it aims to become an "insider" in the city.

        Marr also criticised the Velorian buyers for not trying to stop what he called "open bullying" from the city.
        """)
        #expect(speaker(f, "open bullying")?.hasPrefix("David Marr /") == true)
    }

    /// "… a statement from Under Secretary Tom Okafor in which he says": the person named just before the clause.
    @Test func aStatementFromAPersonInWhichHeSays() throws {
        let f = try analyseArticle("""
        The Tarsk Harbour Department released a statement from Under Secretary Tom Okafor in which he says: "Veloria agreed to calm the river."
        """)
        #expect(speaker(f, "Veloria agreed")?.hasPrefix("Tom Okafor /") == true)
    }
}

@Suite struct NamedBodyRoleTests {
    /// "David Marr, head of the Harbour Workers union": a role that names a body of its own, no actor's, takes
    /// no side at a guess from the body the sentence before opened on.
    @Test func aRoleNamingItsOwnBodyIsNoGuessOfTheLastBody() throws {
        let config = BriefingConfig(
            title: "Test", actors: [ActorConfig(id: "hamburgh", name: "Hamburgh", aliases: ["Tarsk"])],
            issues: [IssueConfig(id: "owa", name: "Orun Water Agreement", aliases: ["OWA"])],
            sources: ["t.txt": SourceConfig(published: "2021-03-04")])
        let f = try analyseArticles([(name: "t.txt", text: """
        Tarsk did not respond to a request for comment.

        Ferry union chief David Marr, the head of the Harbour Workers union, said: "We want our jobs back."
        """)], config)
        #expect(speaker(f, "We want our jobs") == "David Marr / -")
    }
}

@Suite struct BodyByNameTests {
    static let config = BriefingConfig(
        title: "Test", actors: [
            ActorConfig(id: "appeals", name: "Appeals court", aliases: ["3rd Circuit Court of Appeals", "appeals panel", "appeals court", "appeals judges"]),
            ActorConfig(id: "workers", name: "Dock workers", aliases: ["United Dock Workers"]),
            ActorConfig(id: "kelvar", name: "Kelvar", aliases: ["Kelvar", "Ana Ruiz"]),
        ],
        issues: [IssueConfig(id: "appeal", name: "Appeal", aliases: ["appeal"])],
        sources: ["t.txt": SourceConfig(published: "2021-03-04")])

    /// "The appeals panel of judges wrote", "the court said": a body speaking by a description of it is shown by
    /// the name the article gave it; a description that names it already, or a person's, stays.
    @Test func aBodyDescribedIsShownByItsName() throws {
        let f = try analyseArticles([(name: "t.txt", text: """
        The 3rd Circuit Court of Appeals said the award was fair.

        “We hold that the district court did not err,” the appeals panel of judges wrote.

        “The award stands,” the court said.

        The appeals judges ruled that the damages were “never out of proportion”.

        The United Dock Workers union met on Monday. “We will appeal,” the United Dock Workers union said.
        """)], Self.config)
        #expect(speaker(f, "We hold that") == "3rd Circuit Court of Appeals / appeals")
        #expect(speaker(f, "The award stands") == "3rd Circuit Court of Appeals / appeals")
        #expect(speaker(f, "never out of proportion") == "3rd Circuit Court of Appeals / appeals")
        #expect(speaker(f, "We will appeal") == "the United Dock Workers union / workers")
    }

    /// "the company said", where the user lists "the company" among Kelvar's names: Kelvar, as the article names it.
    @Test func aConfiguredDescriptionIsShownByTheBodysName() throws {
        let config = BriefingConfig(
            title: "Test", actors: [ActorConfig(id: "kelvar", name: "Kelvar Freight", aliases: ["Kelvar", "the company"]),
                                    ActorConfig(id: "union", name: "Dockers", aliases: ["Velorian dockers", "Velorian"])],
            sources: ["t.txt": SourceConfig(published: "2021-03-04")])
        let f = try analyseArticles([(name: "t.txt", text: """
        Kelvar says the dockers stopped talking.

        “We have not walked away from the table,” the company said in a statement.

        The Velorian dockers met on Monday. “We will not go back,” the union said.
        """)], config)
        #expect(speaker(f, "We have not walked away") == "Kelvar / kelvar")
        #expect(speaker(f, "We will not go back") == "the union / union")
    }

    /// "“…,” Ana Ruiz, the Orun foreign affairs chief said": the person, not the description after her name.
    @Test func aNameBeforeItsDescriptionSpeaks() throws {
        let f = try analyseArticles([(name: "t.txt", text: """
        “The appeal is not over,” Ana Ruiz, the Orun foreign affairs chief said.
        """)], Self.config)
        #expect(speaker(f, "The appeal is not over") == "Ana Ruiz / kelvar")
    }

    /// "A statement on Monday by Kelvar chief executive Ana Ruiz and her deputy said": whom the writing is by.
    @Test func aLongWritingSpeaksForWhomItIsBy() throws {
        let f = try analyseArticles([(name: "t.txt", text: """
        A statement on Monday by Kelvar chief executive Ana Ruiz and her two deputies said the appeal "is working and delivering on its goal".
        """)], Self.config)
        #expect(speaker(f, "is working")?.hasPrefix("Ana Ruiz /") == true)
    }
}

@Suite struct PronounSubjectTests {
    /// "Speaking to Channel Kelvar at Orun Airport he said …": the pronoun right before the verb is its subject,
    /// not the side the opening phrase names.
    @Test func aPronounAfterAnOpeningPhraseSpeaks() throws {
        let config = BriefingConfig(
            title: "Test", actors: [ActorConfig(id: "kelvar", name: "Kelvar", aliases: ["Kelvar"]),
                                    ActorConfig(id: "lind", name: "Lind", aliases: ["Tom Lind"])],
            issues: [IssueConfig(id: "case", name: "Defamation case", aliases: ["case"])],
            sources: ["t.txt": SourceConfig(published: "2021-03-04")])
        let f = try analyseArticles([(name: "t.txt", text: """
        Mr Tom Lind lost his defamation case on Monday.

        Speaking to Channel Kelvar at Orun Airport he said he was “devastated with the result”.
        """)], config)
        #expect(speaker(f, "devastated with the result") == "Tom Lind / lind")
    }

    /// "Berg welcoming “…” even as he warned that “…”": a pronoun at a sentence's later quote points back at the
    /// speaker of its first, not at the person of the paragraph before.
    @Test func aPronounAtALaterQuoteIsTheFirstQuotesSpeaker() throws {
        let f = try analyseArticle("""
        Harbour deal welcomed

        Ana Ruiz spoke at length in the chamber on the deal as he sought to see off any threat of rebellion.

        But the reception has been warm, with Tarskan party leader Tomas Berg welcoming “significant progress” even as he warned that “there remain key issues of concern” regarding the deal.
        """)
        #expect(speaker(f, "significant progress")?.hasPrefix("Tomas Berg") == true)
        #expect(speaker(f, "there remain key issues")?.hasPrefix("Tomas Berg") == true)
    }
}

@Suite struct CopularOpenerTests {
    /// "Tarsk's chief executive is Irishman Tom Lind, who …": the sentence opens on him, so "he" after it is Lind,
    /// not the speaker before, and he is of Tarsk's side.
    @Test func aRoleThatIsANameOpensOnThatPerson() throws {
        let f = try analyseArticle("""
        Veloria chief Ana Ruiz said the merger was good. "We are pleased," Ruiz said.

        Tarsk's chief executive is Irishman Tom Lind, who has run the firm since 2005. In its latest results, he complained that profits were too thin.

        “Today's news marks a significant step for our network,” he said.
        """)
        #expect(speaker(f, "Today's news") == "Tom Lind / hamburgh")
    }
}

@Suite struct VoiceForBodiesTests {
    /// "Spokespeople for the firms said": the voice of the bodies "the firms" points back at, both sides.
    @Test func aVoiceForTheFirmsIsTheFirmsVoice() throws {
        let f = try analyseArticle("""
        Tarsk and Veloria said they believe the findings provide a path to clearance.

        "The merger will be a catalyst for change," spokespeople for the firms said.
        """)
        #expect(speaker(f, "The merger will be") == "spokespeople for the firms / hamburgh")
        #expect(f.quotes.first { $0.text.hasPrefix("The merger will be") }?.otherActors == ["lirsa"])
    }
}

@Suite struct AbsoluteSpeakerTests {
    /// "Tarsk rejected the proposal with Veloria chief Tom Lind saying “…”": who is saying, not the clause's subject.
    @Test func withANameSayingInsideThePhrase() throws {
        let f = try analyseArticle("""
        However, Tarsk rejected the proposal with Veloria chief executive Tom Lind saying “it felt like a bridge too far this late in the talks.”
        """)
        #expect(speaker(f, "it felt like a bridge") == "Tom Lind / lirsa")
    }

    @Test func withAGestureSayingIsTheSubjects() throws {
        let f = try analyseArticle("""
        Asked to point him out, Mayor Ana Ruiz stood, before gesturing his way with a flip of her hand and saying he was “over there by the door”.
        """)
        #expect(speaker(f, "over there by the door")?.hasPrefix("Ana Ruiz /") == true)
    }

    /// "…, with the Tarskan envoy, saying “…”": the phrase "with" opens on its own before the participle names who says it;
    /// "met with the envoy, saying" does not.
    @Test func withAPhraseOfItsOwnBeforeSaying() throws {
        let f = try analyseArticle("""
        Ana Ruiz says the deal marks a “new era”, with the Tarskan envoy, saying it is a “turning point for the whole port.”
        """)
        #expect(speaker(f, "new era") == "Ana Ruiz / -")
        #expect(speaker(f, "turning point") == "the Tarskan envoy / hamburgh")
        let met = try analyseArticle("""
        Mayor Ana Ruiz met with the Tarskan envoy, saying the talks were “a turning point for the whole port.”
        """)
        #expect(speaker(met, "a turning point")?.hasPrefix("Ana Ruiz /") == true)
    }
}

/// A quote that opens its sentence, then a named person opening the clause after it: their words, whatever the verb,
/// not the words of the passage's last speaker.
@Suite struct TrailingSpeakerTests {
    @Test func aPersonNamedAfterTheQuoteSpeaksWhateverTheVerb() throws {
        let f = try analyseArticle("""
        "We will keep every promise of the deal", Field Marshal Tom Okafor, the chief of the Tarskan navy said.

        "We have suffered a lot of misery in the last two years", General Ana Ruiz, the commander of the Velorian forces doubled down.
        """)
        #expect(speaker(f, "We will keep every promise") == "Tom Okafor / hamburgh")
        #expect(speaker(f, "We have suffered") == "Ana Ruiz / lirsa")
    }
}

/// An actor whose name ends on a union's word ("Guild") is "the union" of its articles.
/// A company's legal form after an actor's name leaves it that actor; after a people's adjective it names a body of its own.
@Suite struct CompanySuffixTests {
    let actors = [ActorConfig(id: "kelvar", name: "Kelvar", aliases: ["Kelvar"]),
                  ActorConfig(id: "kenya", name: "Kenya", aliases: ["Kenya", "Kenyan"])]

    @Test func theCompanyOfAnActorsNameIsThatActor() throws {
        for name in ["the Kelvar Company", "Kelvar Group", "Kelvar Inc", "Kelvar Holdings"] {
            let f = try analyseArticle("“The port stays shut,” \(name) said.", actors: actors)
            #expect(speaker(f, "The port") == "\(name.hasPrefix("the ") ? String(name.dropFirst(4)) : name) / kelvar", "\(name)")
        }
        // A paper of the actor's name is not the actor.
        let paper = try analyseArticle("“The port stays shut,” the Kelvar Times said.", actors: actors)
        #expect(speaker(paper, "The port")?.hasSuffix("/ kelvar") == false)
        let company = try analyseArticle("“The port stays shut,” the Kenyan Company said.", actors: actors)
        #expect(speaker(company, "The port")?.hasSuffix("/ kenya") == false)
    }
}

@Suite struct UnionNameTests {
    @Test func theUnionIsTheGuildTheConfigurationNames() throws {
        let f = try analyseArticle("""
        Writers vote to end strike

        After 148 days, leaders of the Veloria Writers Guild voted to end the strike.

        "This allows writers to return to work during the vote." The union announced on Tuesday.
        """, actors: [
            ActorConfig(id: "guild", name: "Veloria Writers Guild", aliases: ["Veloria Writers Guild", "VWG"]),
            ActorConfig(id: "studios", name: "Tarsk Studios Alliance", aliases: ["Tarsk Studios Alliance"]),
        ])
        #expect(speaker(f, "This allows writers") == "The union (Veloria Writers Guild) / guild")
    }
}

/// "Kelvar and its dockers' union": the possessive tells whose workers the union has, not whose side it is on.
@Suite struct PossessedBodyTests {
    @Test func aBodyTheConfigurationNamesIsItsOwnSide() throws {
        let f = try analyseArticle("""
        Dockers to vote on offer

        Kelvar and its dockers' union have agreed on a new offer to raise pay.

        The union said that asking its members to stay out longer "would not be right as we have won so much."
        """, actors: [
            ActorConfig(id: "dockers", name: "Kelvar Dockers Union", aliases: ["Kelvar Dockers Union", "dockers union"]),
            ActorConfig(id: "kelvar", name: "Kelvar", aliases: ["Kelvar"]),
        ])
        #expect(speaker(f, "would not be right") == "dockers' union / dockers")
    }
}

/// A body the configuration names by a long name with "of" in it speaks by that name, set off after a description or not.
@Suite struct LongBodyNameTests {
    @Test func aLongNameWithOfSpeaks() throws {
        let f = try analyseArticle("""
        Pilots strike on

        Association of Ferry Pilots and River Workers District 9 said, “Crews did not cause this by going on strike.”

        The union that represents striking pilots, Association of Ferry Pilots and River Workers District 9, posted on its website, “Kelvar caused the layoffs.”

        Kelvar chief Ana Ruiz of Kelvar said, “The layoffs are needed.”
        """, actors: [
            ActorConfig(id: "pilots", name: "Pilots", aliases: ["Association of Ferry Pilots and River Workers", "District 9"]),
            ActorConfig(id: "kelvar", name: "Kelvar", aliases: ["Kelvar"]),
        ])
        #expect(speaker(f, "Crews did not cause") == "Association of Ferry Pilots and River Workers District 9 / pilots")
        #expect(speaker(f, "Kelvar caused the layoffs") == "Association of Ferry Pilots and River Workers District 9 / pilots")
        #expect(speaker(f, "The layoffs are needed") == "Ana Ruiz / kelvar")
    }
}

/// Two speech verbs beside one quote: the attribution right after the quote, its speaker after its verb, is the sentence's.
@Suite struct InvertedAttributionTests {
    @Test func theSpeakerAfterTheQuoteOutranksTheOneBeforeIt() throws {
        let actors = [ActorConfig(id: "court", name: "Harbour Court", aliases: ["Harbour Court", "Tomas Berg"])]
        let f = try analyseArticle("The hearing went on.\n\nJudge Tomas Berg spoke for an hour. Ana Ruiz said \"the ferries ran late, but never an apology to the crews,\" said Berg.\n", actors: actors)
        #expect(speaker(f, "the ferries ran late") == "Tomas Berg / court")
        // Without a verb right after the quote, the one before it speaks.
        let g = try analyseArticle("The hearing went on.\n\nJudge Tomas Berg spoke for an hour. Ana Ruiz said \"the ferries ran late\" on Monday, Berg noted.\n", actors: actors)
        #expect(speaker(g, "the ferries ran late") == "Ana Ruiz / -")
    }
}

/// An office whose holders are always named: "a federal judge" is the one judge the article names.
@Suite struct NamedOfficeTests {
    @Test func aJudgeDescribedIsTheJudgeTheArticleNames() throws {
        let actors = [ActorConfig(id: "court", name: "Harbour Court", aliases: ["federal judge", "judge", "Tomas Berg", "Berg"])]
        let text = "The ferry sale is off.\n\nA federal judge blocked the sale on Tuesday and said it would \u{201C}harm the islands.\u{201D}\n\n"
            + "\u{201C}The islands need their ferries,\u{201D} District Judge Tomas Berg wrote.\n"
        #expect(speaker(try analyseArticle(text, actors: actors), "harm the islands") == "Tomas Berg / court")
        // An office whose holders may stay unnamed is not: "a senior official" is no official the article names.
        let official = "The ferry sale is off.\n\nA senior official said it would \u{201C}harm the islands.\u{201D}\n\n"
            + "\u{201C}The islands need their ferries,\u{201D} harbour official Tomas Berg said.\n"
        #expect(speaker(try analyseArticle(official, actors: actors), "harm the islands") != "Tomas Berg / court")
    }
}

/// "The agency said" is the one actor named as a public body of its family (a commission, a regulator); "the
/// shipping giant said" is the company last heard.
@Suite struct KindredBodyTests {
    let actors = [ActorConfig(id: "kelvar", name: "Kelvar Freight", aliases: ["Kelvar Freight", "Kelvar"]),
                  ActorConfig(id: "htc", name: "Harbour Trade Commission", aliases: ["Harbour Trade Commission", "HTC"])]

    @Test func theAgencyIsTheCommissionAndTheGiantTheCompanyLastHeard() throws {
        let f = try analyseArticle("""
        The Harbour Trade Commission cleared the ferry takeover on Monday.

        Kelvar said it would close the deal this week. “We will close before the winter,” the shipping giant said.

        “The order protects competition on the river,” the agency said.
        """, actors: actors)
        #expect(f.quotes.first { $0.text.hasPrefix("The order") }?.actor == "htc")
        #expect(f.quotes.first { $0.text.hasPrefix("We will close") }?.actor == "kelvar")
    }
}

/// A company described by its trade points back at the actor the configuration describes so ("rail
/// operator"); the last words of an actor's longer name are no person.
@Suite struct DescribedCompanyTests {
    let actors = [ActorConfig(id: "velmar", name: "Velmar", aliases: ["Velmar", "Casa Verde Alta"]),
                  ActorConfig(id: "rail", name: "Kelvar Rail", aliases: ["Kelvar Rail", "Tarskan rail operator"]),
                  ActorConfig(id: "union", name: "Drivers Union", aliases: ["Drivers Union", "drivers' union"])]

    @Test func theOperatorIsTheActorDescribedAsOne() throws {
        let f = try analyseArticle("""
        Kelvar Rail rejected the drivers' demands on Monday.

        The operator urged the union to resume negotiations. “The union wants to enforce its demands. But that is not how bargaining works.”
        """, actors: actors)
        #expect(f.quotes.first { $0.text.hasPrefix("The union wants") }?.actor == "rail")
    }

    @Test func anOfficialAtAnActorsLongerNameIsNoPerson() throws {
        let f = try analyseArticle("""
        Velmar suspends the pact

        The official at Casa Verde Alta, who spoke on condition of anonymity, told reporters that "talks will resume next week in the capital."
        """, actors: actors)
        #expect(f.people.isEmpty)
        #expect(f.quotes.first?.actor == "velmar")
    }
}

/// A person described by an actor's common noun is of that actor, whatever body the description names before it.
@Suite struct RoleHeadSideTests {
    @Test func aRailCommuterIsACommuterNotTheRailway() throws {
        let f = try analyseArticle("""
        Trains run again

        “Everyone was generally happy,” Kelvar Rail commuter Ana Lind said.

        “It was chaos all week,” said Tomas Berg, a daily commuter from Alda.
        """, actors: [ActorConfig(id: "rail", name: "Kelvar Rail", aliases: ["Kelvar Rail"]),
                      ActorConfig(id: "riders", name: "Commuters", aliases: ["commuters", "commuter"])])
        #expect(f.quotes.map { $0.actor } == ["riders", "riders"])
        #expect(f.people.map { "\($0.name) / \($0.actor?.slug ?? "-")" }.sorted() == ["Ana Lind / riders", "Tomas Berg / riders"])
    }
}
