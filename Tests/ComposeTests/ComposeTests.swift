import Testing
@testable import Analysis
@testable import Compose
@testable import Corpus
import Support

@Suite struct BacklinkTests {
    func draft(_ route: String, _ kind: PageKind, _ title: String, mentions: [EntityKey], lines: [PageDraft.Line] = [.text("")]) -> PageDraft {
        PageDraft(route: route, kind: kind, title: title, lines: lines, mentions: mentions, table: nil)
    }

    @Test func listsFollowTheBriefingOrderWhereverTheListStands() {
        // The pages that hold lists come first here: the pass fills them from pages that come after.
        var filled = [
            draft("people.html", .people, "People", mentions: [.actor("averly")],
                  lines: [.text(""), .text("## Mira"), .mentionedOn(entity: .person("mira"), lead: "- Mentioned on: "), .text("")]),
            draft("positions/averly.html", .actor, "Port Averly", mentions: [.person("mira")],
                  lines: [.text(""), .text("Text."), .mentionedOn(entity: .actor("averly"), lead: "\n## Mentioned on\n\n")]),
            draft("index.html", .index, "The Harbour Ferry Talks", mentions: [.person("mira"), .actor("averly")]),
            draft("timeline.html", .timeline, "Timeline", mentions: [.actor("averly"), .person("mira")]),
            draft("positions/brennick.html", .actor, "Brennick Haven", mentions: [],
                  lines: [.text(""), .text("Text."), .mentionedOn(entity: .actor("brennick"), lead: "\n## Mentioned on\n\n")]),
        ]
        fillMentions(&filled)
        #expect(filled[0].body == "\n## Mira\n- Mentioned on: [Port Averly](positions/averly.html), [Front page](index.html), [Timeline](timeline.html)\n\n")
        #expect(filled[1].body == "\nText.\n\n## Mentioned on\n\n[People](../people.html), [Front page](../index.html), [Timeline](../timeline.html)\n")
        // Nobody links it: no section at all.
        #expect(filled[4].body == "\nText.\n")
    }

    @Test func theComposedBriefingListsEveryPageThatLinksAnEntity() throws {
        let briefing = compose(Story.corpus, Story.findings, config: Story.config)
        func page(_ route: String) -> Page { briefing.pages.first { $0.route == route }! }
        #expect(page("positions/brennick.html").markdown.hasSuffix(
            "\n## Mentioned on\n\n[Front page](../index.html), [Background](../background.html), [Timeline](../timeline.html), [Port Averly](averly.html)\n"))
        #expect(page("people.html").markdown.contains(
            "- Mentioned on: [Front page](index.html), [Timeline](timeline.html), [Port Averly](positions/averly.html)\n"))
        // Its own page never lists itself, and nothing links the issue's page but the front page and the background.
        #expect(page("issues/ferry-treaty.html").markdown.hasSuffix(
            "\n## Mentioned on\n\n[Front page](../index.html), [Background](../background.html)\n"))
    }

    /// A count of one takes the singular: "1 term", "1 person", not "1 terms", "1 people".
    @Test func aCountOfOneIsSingular() throws {
        let briefing = compose(Story.corpus, Story.findings, config: Story.config)
        func body(_ route: String) -> String { briefing.pages.first { $0.route == route }!.markdown }
        let front = body(Routes.index)
        for line in ["[Timeline](timeline.html): 1 event", "[Open issues](issues/index.html): 1 issue", "[People](people.html): 1 person",
                     "[Glossary](glossary.html): 1 term", "3 articles, 0 disagreements between them", "[Background](background.html): 2 key points"] {
            #expect(front.contains(line + "\n") || front.contains(line + ","), "\(line)")
        }
        #expect(body(Routes.timeline).contains("1 event from 1 source."))
    }

    @Test func theHeadingIsApartFromTheBodyAndTheTwinIsBoth() throws {
        let briefing = compose(Story.corpus, Story.findings, config: Story.config)
        let timeline = briefing.pages.first { $0.route == Routes.timeline }!
        #expect(timeline.heading == "# Timeline")
        #expect(!timeline.body.contains("# Timeline"))
        #expect(timeline.markdown == "# Timeline\n" + timeline.body)
    }
}

@Suite struct EscapingTests {
    @Test func corpusTextNeverBecomesMarkup() throws {
        let briefing = compose(Story.corpus, Story.findings, config: Story.config)
        let background = briefing.pages.first { $0.route == Routes.background }!.markdown
        #expect(background.contains(
            "- Tolls rose 5% \\*overnight\\* \\<b\\>\\& \\[see\\](http://example.invalid) — [Tide \\& Times, ¶2](sources/tide.html#p2)\n"))
    }

    @Test func blockMarkersAreEscapedOnlyWhereALineStarts() {
        #expect(MD.escape("1. Averly") == "1\\. Averly")
        #expect(MD.escape("# Brennick") == "\\# Brennick")
        #expect(MD.escape("Ferry no. 3 - late") == "Ferry no. 3 - late")
        #expect(MD.escape("a\nb") == "a b")
    }
}

@Suite struct LabelTests {
    let context = PageContext(corpus: Story.corpus, findings: Story.findings, config: Story.config)

    @Test func aCitationNamesItsOutletAndParagraph() {
        #expect(context.citationLabel(Story.cite("gazette", 3, "x")) == "Averly Gazette, ¶3")
        // No outlet: the title stands in.
        #expect(context.citationLabel(Story.cite("notes", 1, "x")) == "Harbour notes, ¶1")
        #expect(context.cite([Story.cite("gazette", 1, "x"), Story.cite("gazette", 1, "y"), Story.cite("tide", 2, "z")], from: "positions/averly.html")
                == " — [Averly Gazette, ¶1](../sources/gazette.html#p1); [Tide \\& Times, ¶2](../sources/tide.html#p2) · reported by 2 sources")
    }

    @Test func aLineReprintedEverywhereShowsItsFirstCitationsAndCountsTheRest() {
        let reprints = (1...45).map { Story.cite("gazette", $0, "The ferry sails at dawn.") }
        let line = context.cite(reprints, from: "people.html")
        #expect(line.components(separatedBy: "](sources/gazette.html#p").count - 1 == 20)
        #expect(line.contains("[Averly Gazette, ¶20](sources/gazette.html#p20); and 25 more"))
        #expect(!line.contains("¶21"))
    }

    @Test func aQuoteGivenToManySpeakersNamesThoseMostSourcesGiveAndCountsTheRest() {
        // Fourteen speakers for one line; "Speaker 3" and "Speaker 12" are named by three sources each.
        let claims = (1...14).map { n in
            Conflict.Claim(value: "Speaker \(n)", citations: (1...(n == 3 || n == 12 ? 3 : 1)).map { Story.cite("gazette", n * 10 + $0, "Tolls rise.") })
        }
        let quote = Quote(id: "q1", text: "Tolls rise.", speaker: nil, speakerRole: nil, actor: nil, actorGuessed: false, otherActors: [],
                          citations: claims.flatMap(\.citations))
        let f = Story.findings
        let findings = Findings(events: f.events, quotes: [quote], statements: [], people: f.people, actors: f.actors, issues: f.issues,
                                glossary: f.glossary, conflicts: [Conflict(id: "s1", topic: "Who said “Tolls rise.”", claims: claims, quote: "q1")],
                                background: f.background, brief: f.brief)
        let line = PageContext(corpus: Story.corpus, findings: findings, config: Story.config).speakerDisagreement(quote, from: "people.html") ?? ""
        let named = (1...14).filter { line.contains("Speaker \($0) —") }
        // The two most cited, then the first eight of the rest, in their order.
        #expect(named == [1, 2, 3, 4, 5, 6, 7, 8, 9, 12])
        #expect(line.hasSuffix("; and 4 other speakers"))
        #expect(line.hasPrefix("*Sources differ on who said it:* Speaker 1 — [Averly Gazette, ¶11](sources/gazette.html#p11); Speaker 2"))
    }

    /// Where one outlet has several articles, a citation says which: by its date, and where two share a
    /// date, by its headline's first words.
    @Test func aCitationTellsApartTheArticlesOfOneOutlet() {
        var second = Story.article("gazette-2", outlet: "Averly Gazette", title: "Tolls rise again on the northern ferry route",
                                   published: "2031-03-20", paragraphs: ["Tolls rose."])
        let third = Story.article("gazette-3", outlet: "Averly Gazette", title: "Quay closed", published: "2031-03-20", paragraphs: ["Closed."])
        let labels = PageContext.distinctLabels(Story.corpus.articles + [second, third])
        #expect(labels[ArticleID(slug: "gazette")] == "Averly Gazette, 14 March 2031")
        #expect(labels[ArticleID(slug: "gazette-2")] == "Averly Gazette, 20 March 2031, “Tolls rise again on the northern…”")
        #expect(labels[ArticleID(slug: "gazette-3")] == "Averly Gazette, 20 March 2031, “Quay closed”")
        #expect(labels[ArticleID(slug: "tide")] == "Tide & Times")
        second.url = "https://example.org/gazette/tolls-(2)"
        let page = PageContext(corpus: ArticleSet(articles: [second]), findings: Story.findings, config: Story.config).sourcePage(second)
        // The address is the configuration's; brackets that would end the link early are encoded.
        #expect(page.body.contains("- [Original article](https://example.org/gazette/tolls-%282%29)"))
        #expect(page.body.contains("[¶1](#p1) Tolls rose."))
        #expect(page.details?.lines.last == "File: gazette-2.txt")
        #expect(!page.body.contains("gazette-2.txt"))
    }

    func resolved(_ value: String, _ granularity: ResolvedDate.Granularity, _ start: String, _ end: String, _ qualifier: String? = nil) -> String {
        DateLabel.of(ResolvedDate(value: value, granularity: granularity, start: Story.day(start), end: Story.day(end), qualifier: qualifier))
    }

    @Test func aResolvedDateIsLabelledAtItsGranularity() {
        #expect(resolved("2031-03-14", .day, "2031-03-14", "2031-03-14") == "14 March 2031")
        #expect(resolved("2031-W11", .week, "2031-03-10", "2031-03-16") == "week of 10 March 2031")
        #expect(resolved("2031-03", .month, "2031-03-01", "2031-03-31") == "March 2031")
        #expect(resolved("2031-03", .partOfMonth, "2031-03-11", "2031-03-20", "mid") == "mid-March 2031")
        #expect(resolved("2031-03", .partOfMonth, "2031-03-01", "2031-03-10", "early") == "early March 2031")
        #expect(resolved("2031-SU", .season, "2031-06-01", "2031-08-31") == "summer 2031")
        #expect(resolved("2031-H2", .half, "2031-07-01", "2031-12-31") == "second half of 2031")
        #expect(resolved("2031-Q2", .quarter, "2031-04-01", "2031-06-30") == "second quarter of 2031")
        #expect(resolved("2031", .year, "2031-01-01", "2031-12-31") == "2031")
        #expect(resolved("2031", .year, "2031-09-01", "2031-12-31", "late") == "late 2031")
        #expect(resolved("203", .decade, "2030-01-01", "2039-12-31") == "the 2030s")
        #expect(resolved("1998/2004", .range, "1998-01-01", "2004-12-31") == "1998–2004")
    }

    @Test func aDayIsLabelledInEachForm() {
        let day = Story.day("2031-03-04")
        #expect(DateLabel.of(day) == "4 March 2031")
        #expect(DateLabel.of(day, .dayOfMonth) == "4 March")
        #expect(DateLabel.of(day, .month) == "March 2031")
        #expect(DateLabel.of(day, .year) == "2031")
        #expect(DateLabel.of(day, .shortDay) == "4 Mar")
        #expect(DateLabel.of(day, .shortMonth) == "Mar 2031")
    }

    @Test func theTimelineEntryCarriesPlainLabelsAndRootLinks() {
        let entry = context.timelineEntry(Story.findings.events[0])
        #expect(entry.dateLabel == "10 March 2031")
        #expect(entry.precision == .day)
        #expect(entry.group == "Port Averly")
        #expect(entry.citations == [TextLink(label: "Averly Gazette, ¶2", href: "sources/gazette.html#p2")])
    }

    @Test func theTimelineEntryCitesEachParagraphOnce() {
        let event = Story.findings.events[0]
        let sameParagraph = Citation(source: ArticleID(slug: "gazette"), sentenceID: SentenceID(ParagraphID(.paragraph, 2), 2),
                                     sentence: "The ferry would run twice a day.")
        let twice = Event(id: event.id, date: event.date, summary: event.summary, actors: event.actors,
                          citations: event.citations + [sameParagraph], planned: event.planned, reportedBy: event.reportedBy,
                          history: event.history, conflict: event.conflict)
        #expect(context.timelineEntry(twice).citations == [TextLink(label: "Averly Gazette, ¶2", href: "sources/gazette.html#p2")])
    }
}
