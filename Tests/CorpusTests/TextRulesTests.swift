import Foundation
import Support
import Testing
@testable import Corpus

@Suite struct DecodingTests {
    func lines(_ bytes: [UInt8]) throws -> [String] { try TextDecoding.lines(of: bytes, file: "x.txt").map(\.text) }

    @Test func acceptsEveryLineEndingAndAByteOrderMark() throws {
        #expect(try lines(Array("a\r\nb\rc\nd".utf8)) == ["a", "b", "c", "d"])
        #expect(try lines([0xEF, 0xBB, 0xBF] + Array("héllo\n".utf8)) == ["héllo"])
    }

    @Test func readsBytesThatAreNotUTF8AsWindows1252() throws {
        let bytes = Array("first\nCaf".utf8) + [0xE9, 0x20, 0x93] + Array("open".utf8) + [0x94, 0x0A]
        let decoded = try TextDecoding.decode(bytes, file: "x.txt")
        #expect(decoded.lines.map(\.text) == ["first", "Café “open”"])
        #expect(decoded.encoding == "Windows-1252")
        #expect(try TextDecoding.decode(Array("plain ✓\n".utf8), file: "x.txt").encoding == nil)
    }

    @Test func readsUTF16WithAndWithoutAByteOrderMark() throws {
        let text = "Ferry ✓\r\nPort"
        let little = Array(text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big = Array(text.utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        for bytes in [[0xFF, 0xFE] + little, [0xFE, 0xFF] + big, little, big] {
            let decoded = try TextDecoding.decode(bytes, file: "x.txt")
            #expect(decoded.lines.map(\.text) == ["Ferry ✓", "Port"])
            #expect(decoded.encoding == "UTF-16")
        }
    }

    @Test func refusesBinaryNamingTheLine() {
        #expect(throws: BriefingError(file: "x.txt", line: 2, "the file contains a NUL byte: it looks binary, not text")) {
            try TextDecoding.lines(of: [0x41, 0x0A, 0x42, 0x00, 0x43], file: "x.txt")
        }
        #expect(throws: BriefingError(file: "x.txt", line: 1, "the file contains the control byte 0x3: it looks binary, not text")) {
            try TextDecoding.lines(of: [0x41, 0x03, 0x42], file: "x.txt")
        }
    }

    @Test func findsOverlongAndSurrogateEncodings() {
        #expect(TextDecoding.firstInvalidUTF8([0xC0, 0x80][...]) == 0)
        #expect(TextDecoding.firstInvalidUTF8([0x41, 0xED, 0xA0, 0x80][...]) == 1)
        #expect(TextDecoding.firstInvalidUTF8(Array("ok ✓ 한".utf8)[...]) == nil)
    }
}

@Suite struct BoilerplateTests {
    @Test(arguments: ["Back To Top", "    • Link copied", "Previous Next", "All Headlines Back to Top",
                      "• Copyright © Chosunilbo &", "Copyright 2021 The Daily", "AFP and Reuters contributed to this story.",
                      "Updated : March 5, 2021 - 10:00", "All rights reserved."])
    func dropsFurniture(_ line: String) {
        #expect(Boilerplate.classify(line) == .furniture)
    }

    @Test func readsStampsBylinesAndAddresses() {
        let stamp = PublicationStamp(day: CalendarDay(year: 2012, month: 6, day: 28)!, time: "15:38")
        #expect(Boilerplate.classify("Published : June 28, 2012 - 15:38") == .published(stamp))
        #expect(Boilerplate.classify("Published: 28 June 2012 15:38 KST") == .published(stamp))
        #expect(Boilerplate.classify("June 29, 2012 11:16") == .dateline(PublicationStamp(day: CalendarDay(year: 2012, month: 6, day: 29)!, time: "11:16")))
        #expect(Boilerplate.classify("2021-03-04") == .dateline(PublicationStamp(day: CalendarDay(year: 2021, month: 3, day: 4)!)))
        #expect(Boilerplate.classify("By Jung Sung-ki") == .byline("Jung Sung-ki"))
        #expect(Boilerplate.classify("By Choi He-suk (") == .byline("Choi He-suk"))
        #expect(Boilerplate.classify("By Ana Ruiz (ana@example.com)") == .byline("Ana Ruiz"))
        #expect(Boilerplate.classify("zhangyunbi@chinadaily.com.cn") == .email(domain: "chinadaily.com.cn"))
    }

    @Test func keepsRunningTextThatLooksLikeALabel() {
        #expect(Boilerplate.classify("Published reports say the talks will resume in spring, officials said.") == .text)
        #expect(Boilerplate.classify("By the end of the month, both sides hope to sign the treaty.") == .text)
        #expect(Boilerplate.classify("Top officials met on Monday to discuss the quotas.") == .text)
    }

    @Test func keepsHeadingsAndCaptionsApart() {
        #expect(Boilerplate.classify("◆ U.S. Pressure") == .heading("U.S. Pressure"))
        #expect(Boilerplate.classify("■ Farmers Wait") == .heading("Farmers Wait"))
        #expect(Boilerplate.classify("Ships at anchor on June 22. /Courtesy of the Navy") == .caption)
        #expect(Boilerplate.classify("Ministers meet in the capital on Friday. /Harbor Wire") == .caption)
        #expect(Boilerplate.classify("Photo: the dam at dawn") == .caption)
    }

    @Test func promptsAreShortAndWholeWords() {
        #expect(Boilerplate.classify("Follow-up talks between the two harbour boards are due in May.") == .text)
        #expect(Boilerplate.classify("Sign-up numbers for the ferry pass rose sharply in the first week of the scheme, the council said.") == .text)
        #expect(Boilerplate.classify("Tap water was cut off in the old town on Monday.") == .text)
        #expect(Boilerplate.classify("Follow Harbour Post on Twitter, Facebook and Instagram") == .furniture)
        // A long sentence that opens with a prompt word is running text.
        #expect(Boilerplate.classify("Follow the money, the prosecutor told the jury on Monday as the harbour fraud trial opened in Port Alda before a packed court.") == .text)
    }

    @Test func readsStampsWithWeekdaysTimesFirstAndTrailingStamps() {
        let day = CalendarDay(year: 2021, month: 9, day: 22)!
        #expect(Boilerplate.classify("Posted at 1:42 PM, Sep 22, 2021") == .published(PublicationStamp(day: day, time: "13:42")))
        #expect(Boilerplate.classify("Published: Sep. 22, 2021 at 4:13 PM EDT|Updated: moments ago") == .published(PublicationStamp(day: day, time: "16:13")))
        #expect(Boilerplate.classify("Wed, 22 Sep, 2021 - 20:55") == .dateline(PublicationStamp(day: day, time: "20:55")))
    }

    @Test func knowsDomainsAndBreadcrumbs() {
        #expect(Boilerplate.isDomain("harbourwire.com"))
        #expect(Boilerplate.isDomain("news.example.co.uk"))
        #expect(!Boilerplate.isDomain("U.S."))
        #expect(!Boilerplate.isDomain("e.g."))
        #expect(!Boilerplate.isDomain("3.5"))
        #expect(Boilerplate.classify("harbourwire.com") == .furniture)
        #expect(Boilerplate.classify("Home / Business / Ports") == .furniture)
        #expect(Boilerplate.classify("Exports rose 3% / imports fell / the port said.") == .text)
    }

    @Test func everyRuleOfTheTableParses() {
        #expect(Boilerplate.rules.count > 40)
        #expect(Boilerplate.rules.allSatisfy { !$0.text.isEmpty })
    }
}

@Suite struct SentenceTests {
    @Test func splitsOnSentenceEnds() {
        #expect(Sentences.split("The pact was signed. Both sides welcomed it! Will it last? Nobody knows.") ==
                ["The pact was signed.", "Both sides welcomed it!", "Will it last?", "Nobody knows."])
    }

    @Test func keepsAbbreviationsInitialsAndNumbersTogether() {
        #expect(Sentences.split("About 28,500 U.S. troops are in S. Korea. Mr. Kim met John F. Kennedy Jr. in Washington.") ==
                ["About 28,500 U.S. troops are in S. Korea.", "Mr. Kim met John F. Kennedy Jr. in Washington."])
        #expect(Sentences.split("Growth was 3.5 percent on Jan. 4, officials said.").count == 1)
        #expect(Sentences.split("The U.S. Navy said so. The ships left.").count == 2)
    }

    @Test func splitsAfterDottedAcronymWhenANewSentenceStarts() {
        #expect(Sentences.split("Troops are stationed in the U.S. The rest are abroad.") ==
                ["Troops are stationed in the U.S.", "The rest are abroad."])
    }

    @Test func splitsSentencesThatLostTheirSpace() {
        #expect(Sentences.split("The barge left at noon.A tug followed.“We are late,” the pilot said.\"Not again.\"Nobody answered.") ==
                ["The barge left at noon.", "A tug followed.", "“We are late,” the pilot said.", "\"Not again.\"", "Nobody answered."])
        #expect(Sentences.split("Gov.Tarrant wrote to harbourline.com and the U.S.A. on Monday.").count == 1)
        #expect(Sentences.split("The pier is in Port Alda.Its owner sold it!Nobody knew why?Ask her.") ==
                ["The pier is in Port Alda.", "Its owner sold it!", "Nobody knew why?", "Ask her."])
    }

    @Test func handlesQuotes() {
        #expect(Sentences.split("“We felt a need,” the official told reporters. “The two countries have shared it.”") ==
                ["“We felt a need,” the official told reporters.", "“The two countries have shared it.”"])
        #expect(Sentences.split("\"What country has as much?\" said one expert. \"Japan gains.\"") ==
                ["\"What country has as much?\" said one expert.", "\"Japan gains.\""])
    }
}

@Suite struct ArticleReaderTests {
    func read(_ text: String, config: SourceConfig? = nil) throws -> Article {
        try ArticleReader.read(bytes: Array(text.utf8), file: "t.txt", id: ArticleID(slug: "t"), config: config).0
    }

    @Test func joinsHardWrappedLines() throws {
        let a = try read("""
        Harbor Wire

        The council met on Monday to discuss
        the new harbor rules, which take effect
        next spring, officials said on Tuesday.

        Fishermen were not consulted about the
        changes, according to their union leader.
        """)
        #expect(a.paragraphs.map(\.text) == [
            "The council met on Monday to discuss the new harbor rules, which take effect next spring, officials said on Tuesday.",
            "Fishermen were not consulted about the changes, according to their union leader.",
        ])
        #expect(a.title == Sourced("Harbor Wire", .text))
    }

    @Test func anAddressPrintedOnALineOfItsOwnIsTheOriginalArticle() throws {
        let text = """
        Harbor rules take effect in spring

        The council met on Monday to discuss the harbor rules, officials said.

        Fishermen said the rules, posted at https://council.example/rules, were never explained to them.

        Source: https://harborwire.example/2031/03/harbor-rules

        javascript:alert(1)
        """
        let a = try read(text)
        #expect(a.url == "https://harborwire.example/2031/03/harbor-rules")
        // The address is no paragraph; one inside a sentence stays text; a script address is none.
        #expect(a.paragraphs.map(\.text).filter { $0.contains("harborwire.example") }.isEmpty)
        #expect(a.paragraphs.contains { $0.text.contains("https://council.example/rules") })
        #expect(Boilerplate.loneAddress("javascript:alert(1)") == nil)
        #expect(Boilerplate.loneAddress("Read the full story at: http://harborwire.example/a") == "http://harborwire.example/a")
        #expect(Boilerplate.loneAddress("Officials said at https://harborwire.example/a") == nil)
        // The configuration's address wins.
        #expect(try read(text, config: SourceConfig(url: "https://elsewhere.example/a")).url == "https://elsewhere.example/a")
    }

    @Test func configurationWinsOverText() throws {
        let a = try read("By Ana Ruiz\nThe council met on Monday to discuss the harbor rules, officials said.\n",
                         config: SourceConfig(title: "Harbor rules", outlet: "Harbor Wire", byline: "A. Ruiz", published: "2020-02-03 08:00"))
        #expect(a.title == Sourced("Harbor rules", .config))
        #expect(a.byline == Sourced("A. Ruiz", .config))
        #expect(a.published == Sourced(PublicationStamp(day: CalendarDay(year: 2020, month: 2, day: 3)!, time: "08:00"), .config))
    }

    @Test func infersTheDateFromTheNewestFullDateInTheText() throws {
        let a = try read("The dam opened on March 3, 2019, and closed on 14 May 2020 after protests, officials said.\n")
        #expect(a.published == Sourced(PublicationStamp(day: CalendarDay(year: 2020, month: 5, day: 14)!), .inferred))
    }

    @Test func dropsAWritersBiographyAfterAnAboutLine() throws {
        let a = try read("""
        Harbour council votes to close the ferry pier

        The council voted on Monday to close the old ferry pier, officials said.

        By MIRA CASTELL, Orun Ledger
        About Tomas Vey

        Tomas Vey is a Port Alda native living in Kessel. He joined the Orun Ledger newsroom in 2019.
        """)
        #expect(a.paragraphs.map(\.text) == ["The council voted on Monday to close the old ferry pier, officials said."])
    }

    @Test func dropsABiographyAfterAClosingByline() throws {
        let a = try read("""
        The council voted on Monday to close the old ferry pier, officials said.

        By Mira Castell
        Mira Castell is a staff writer covering the harbour for the Orun Ledger.
        """)
        #expect(a.paragraphs.map(\.text) == ["The council voted on Monday to close the old ferry pier, officials said."])
    }

    /// A writer's biography closing the story, with no byline or heading above it, is furniture, as are the
    /// teasers listed under a label; a news paragraph about a reporter that does not close the story stays.
    @Test func dropsAWritersBiographyClosingTheStory() throws {
        let a = try read("""
        Harbour council votes to close the ferry pier

        Tomas Vey, a reporter at the Orun Ledger, was detained at the pier on Monday, officials said.

        The council voted on Monday to close the old ferry pier, officials said.

        Related stories

        Ferry fares to fall in June as the deal nears

        Crews vote to end the strike

        Mira Castell is a senior reporter at the Orun Ledger covering the harbour. She joined the paper in 2019.

        Tags: ferries, harbour

        Comments (3)
        """)
        #expect(a.paragraphs.map(\.text) == ["Tomas Vey, a reporter at the Orun Ledger, was detained at the pier on Monday, officials said.",
                                             "The council voted on Monday to close the old ferry pier, officials said."])
    }

    /// A story scraped as one paragraph that opens on a name and a writer's verb and mentions a journalist is
    /// that story, not a biography closing it.
    @Test func aStoryOfOneParagraphIsNoClosingBiography() throws {
        let text = "Ana Ruiz has asked the harbour court to grant a new trial so that a witness can give evidence about a talk with Ledger journalist Tom Lind. Her lawyers argued the first trial was unfair."
        let a = try read(text)
        #expect(a.paragraphs.map(\.text) == [text])
    }

    @Test func dropsTheWritersAndOutletsNamesAndClosingLabels() throws {
        let a = try read("""
        Harbour council votes to close the ferry pier

        The council voted on Monday to close the old ferry pier, officials said.

        Ledger Staff

        Most Popular
        """, config: SourceConfig(title: nil, outlet: "Orun Ledger (Wire)", byline: "Ledger Staff", published: nil))
        #expect(a.paragraphs.map(\.text) == ["The council voted on Monday to close the old ferry pier, officials said."])
    }

    @Test func keepsCaptionsTeasersAndDomainsOutOfTheText() throws {
        let a = try read("""
        Harbour council votes to close the ferry pier

        Ana Ruiz, mayor of Port Alda.
        Ana Ruiz, mayor of Port Alda.(Source: City of Port Alda)
        PORT ALDA (Wire) -The council voted on Monday to close the old ferry pier, officials said.

        Ferry operators lose their licences at the end of the month, the council said. orunledger.com

        Fishermen block the port in protest

        Fishermen said they would block the port until the vote is reversed.
        """)
        #expect(a.paragraphs.map(\.text) == [
            "The council voted on Monday to close the old ferry pier, officials said.",
            "Ferry operators lose their licences at the end of the month, the council said.",
            "Fishermen said they would block the port until the vote is reversed.",
        ])
        #expect(a.blocks.filter { $0.kind == .caption }.count == 2)
        #expect(a.blocks.filter { $0.kind == .heading }.map(\.text) == ["Fishermen block the port in protest"])
        #expect(a.credit == "Wire")
        #expect(a.title == Sourced("Harbour council votes to close the ferry pier", .text))
    }

    @Test func takesTheHeadlineNotACaptionOrAStamp() throws {
        let a = try read("""
        You are here: Home / News / Harbour council votes to close the ferry pier

        Harbour council votes to close the ferry pier

        Update:Fishermen vow to block the port

        Mayor Ana Ruiz

        (ORUN WIRE) — The council voted on Monday to close the old ferry pier, officials said.
        """)
        #expect(a.title == Sourced("Harbour council votes to close the ferry pier", .text))
        #expect(a.credit == "ORUN WIRE")
        #expect(a.paragraphs.map(\.text) == ["The council voted on Monday to close the old ferry pier, officials said."])
    }

    @Test func dropsALoneNicknameLineInTheHeader() throws {
        let a = try read("The Daily Courier\n\nharborfan99\n\nHarbor rules change next spring\n\nThe council met on Monday to discuss the harbor rules, officials said.\n")
        #expect(a.outlet == Sourced("The Daily Courier", .text))
        #expect(a.title == Sourced("Harbor rules change next spring", .text))
        #expect(a.paragraphs.count == 1)
    }
}

@Suite struct CalendarTests {
    @Test func knowsWeekdaysAndArithmetic() {
        let d = CalendarDay(year: 2012, month: 6, day: 28)!
        #expect(d.weekday == 4)
        #expect(d.adding(days: 4).iso == "2012-07-02")
        #expect(CalendarDay(year: 2010, month: 11, day: 9)!.weekday == 2)
        #expect(CalendarDay(year: 2011, month: 2, day: 29) == nil)
        #expect(CalendarDay(year: 2000, month: 2, day: 29) != nil)
        #expect(CalendarDay(daysSince1970: 0).iso == "1970-01-01")
    }
}

@Suite struct DatelineTests {
    func read(_ text: String) throws -> Article {
        try ArticleReader.read(bytes: Array(text.utf8), file: "t.txt", id: ArticleID(slug: "t"), config: nil).0
    }

    @Test func aDatelineWithAYearGivesTheDateFromTheText() throws {
        let a = try read("PORT ALDA, 3 May 2021 (Harbor Wire) -- The council voted on Monday to close the old pier, officials said.\n")
        #expect(a.published == Sourced(PublicationStamp(day: CalendarDay(year: 2021, month: 5, day: 3)!), .text))
        #expect(a.credit == "Harbor Wire")
        #expect(a.paragraphs.first?.text == "The council voted on Monday to close the old pier, officials said.")
    }

    @Test func theShortSentenceUnderAPhotosCreditIsItsCaption() throws {
        let a = try read("The council voted on Monday to close the old pier, officials said.\n\nPhoto by Mira Castell/Orun Ledger\n\n"
            + "Crews wait for the last ferry at the old pier on Monday.\n\nThe pier opened in 1921.\n")
        #expect(a.paragraphs.map(\.text) == ["The council voted on Monday to close the old pier, officials said.", "The pier opened in 1921."])
        #expect(a.blocks.filter { $0.kind == .caption }.count == 2)
    }

    /// A line that is no sentence above a photo's credit is the photo's caption: between the paragraphs of a
    /// quote that runs on, it no longer cuts the quote.
    @Test func theLineAboveAPhotosCreditIsItsCaption() throws {
        let a = try read("The mayor said: \"We will reopen the pier.\n\n\"Ana Ruiz pleaded with the mayor to wait\n\n"
            .replacingOccurrences(of: "\"Ana", with: "Ana")
            + "Mira Castell/Orun Images\n\n\"The ferries will run again.\"\n\nCrews cheer at the old pier\n\nWIRE\n\nThe pier opened in 1921.\n")
        #expect(a.paragraphs.map(\.text) == ["The mayor said: \"We will reopen the pier.", "\"The ferries will run again.\"", "The pier opened in 1921."])
        #expect(a.blocks.filter { $0.kind == .caption }.count == 4)
    }

    @Test func anAgencySignOffClosingTheStoryIsItsCredit() throws {
        let a = try read("The council voted on Monday to close the old pier, officials said.\n\n- ORA\n\nRelated News\n\nPier closes for good\n\nFerries stop in May\n")
        #expect(a.credit == "ORA")
        #expect(a.paragraphs.map(\.text) == ["The council voted on Monday to close the old pier, officials said."])
        let b = try read("The council voted on Monday to close the old pier, officials said.\n\n- and the ferries stopped too.\n")
        #expect(b.paragraphs.count == 2)
    }

    @Test func aDatelineWithoutAYearTakesTheNewestYearOfTheText() throws {
        let a = try read("LISBON, June 28 (Wire) -- The port reopened after the storm of March 3, 2019, its owners said on Thursday.\n")
        #expect(a.published == Sourced(PublicationStamp(day: CalendarDay(year: 2019, month: 6, day: 28)!), .inferred))
        #expect(a.paragraphs.first?.text.hasPrefix("The port reopened") == true)
    }

    @Test func aPlaceOnALineOfItsOwnIsADatelineNotATitle() throws {
        let a = try read("PORT ALDA (Harbor Wire) --\n\nThe council voted on Monday to close the old pier, officials said.\n")
        #expect(a.credit == "Harbor Wire")
        #expect(a.title.basis == .inferred)
        #expect(a.paragraphs.map(\.text) == ["The council voted on Monday to close the old pier, officials said."])
        let b = try read("PORT ALDA _\n\nThe council voted on Monday to close the old pier, officials said.\n")
        #expect(b.credit == nil)
        #expect(b.paragraphs.count == 1)
        #expect(Boilerplate.classify("The pier closed - for good") == .text)
        #expect(Boilerplate.classify("PORT ALDA, Alda (Harbor Wire)--") == .placeline(agency: "Harbor Wire"))
        let c = try read("PORT ALDA, Alda _ The council voted on Monday to close the old pier, officials said.\n")
        #expect(c.paragraphs.map(\.text) == ["The council voted on Monday to close the old pier, officials said."])
        let e = try read("ALDA -- the harbor agency said on Monday that the old pier would close.\n")
        #expect(e.paragraphs.first?.text.hasPrefix("ALDA -- the harbor agency") == true)
        let d = try read("The council voted on Monday - and lost - to close the old pier, officials said.\n")
        #expect(d.paragraphs.first?.text.hasPrefix("The council voted") == true)
    }

    @Test func typewriterQuotesBecomeTheMarksTheyStandFor() throws {
        #expect("``We will sail,'' she said.".curlingTypewriterQuotes == "“We will sail,” she said.")
        #expect("accusing them of ''piracy'' at sea".curlingTypewriterQuotes == "accusing them of “piracy” at sea")
        #expect("the harbor's rock 'n' roll night".curlingTypewriterQuotes == "the harbor's rock 'n' roll night")
        let a = try read("``We will sail on Monday,'' the harbor master said of the new ferry.\n")
        #expect(a.paragraphs.first?.text == "“We will sail on Monday,” the harbor master said of the new ferry.")
    }

    @Test func runningTextWithACommaIsNoDateline() throws {
        let a = try read("Yesterday, June 28 was a quiet day in the port, and nobody spoke of the strike at all.\n")
        #expect(a.paragraphs.first?.text.hasPrefix("Yesterday, June 28") == true)
    }
}
