import Foundation
import Support
import Testing
@testable import Corpus

/// The ingest reads most text byte by byte or scalar by scalar and falls back to characters where a text
/// needs them (combining marks, joiners, other scripts): both ways must read alike.
@Suite struct FastPathTests {
    @Test func tellsTextWhoseScalarsAreItsCharacters() {
        #expect("Mira Castell said “the ferry sails” — at 9 a.m. (café, Ørsted)…".scalarsAreCharacters)
        #expect(!"cafe\u{301}".scalarsAreCharacters)
        #expect(!"flag 🇫🇷".scalarsAreCharacters)
        #expect(!"line\r\nend".scalarsAreCharacters)
        #expect(!"港口".scalarsAreCharacters)
        // Currency signs, spacing modifier letters and a narrow no-break space join no scalar.
        #expect("Fares rose to €20 (ʻOkina) at\u{202F}9".scalarsAreCharacters)
    }

    @Test func splitsSentencesAlikeAsScalarsAndAsCharacters() {
        let plain = "The ferry left at noon. “It was late,” said Mr. Vey. The U.S. Navy watched. Then it rained!"
        let expected = ["The ferry left at noon.", "“It was late,” said Mr. Vey.", "The U.S. Navy watched.", "Then it rained!"]
        #expect(Sentences.split(plain) == expected)
        // A combining accent makes the paragraph one to read as characters; the split is the same.
        let accented = plain.replacingOccurrences(of: "noon", with: "noo\u{301}n")
        #expect(!accented.scalarsAreCharacters)
        #expect(Sentences.split(accented) == expected.map { $0.replacingOccurrences(of: "noon", with: "noo\u{301}n") })
        // A period before a combining mark ends no sentence either way.
        #expect(Sentences.split("It rained.\u{301} Then it stopped.").count == 1)
    }

    @Test func lowerCasesTheKeyAsStringsDo() {
        for line in ["Back To Top", "ÉCLAIR ΣΟΦΙΑ İstanbul", "Ǆemal KELVIN \u{212A}", "Link Copied 港口"] {
            #expect(Boilerplate.Key(line).bytes == Array(line.lowercased().utf8))
        }
        #expect(Boilerplate.Key("• - Link copied").bytes == Array("link copied".utf8))
        #expect(Boilerplate.Key("-\u{301} Link").bytes == Array("-\u{301} link".utf8), "a dash with a mark on it is no bullet")
    }

    @Test func matchesWholeWordsBeforeAsciiAndOtherCharacters() {
        // "follow" opens a prompt when a word ends after it: at a space or a mark, ASCII or not.
        #expect(Boilerplate.classify("Follow us on the harbour feed") == .furniture)
        #expect(Boilerplate.classify("Follow” the harbour feed") == .furniture)
        #expect(Boilerplate.classify("Followé the harbour feed") == .text)
        #expect(Boilerplate.classify("Follow\u{301} the harbour feed") == .text)
    }

    @Test func leavesCleanLinesAsTheyAre() {
        #expect("Ferry sails at noon".hasCollapsedWhitespace)
        #expect("".hasCollapsedWhitespace)
        for line in [" Ferry", "Ferry ", "Ferry  sails", "Ferry\tsails", "Ferry\u{A0}sails"] {
            #expect(!line.hasCollapsedWhitespace)
            #expect(line.withWhitespaceCollapsed == line.collapsingWhitespace)
        }
        #expect("``Yes,'' said Vey".withTypewriterQuotesCurled == "“Yes,” said Vey")
        #expect("Vey's ferry".withTypewriterQuotesCurled == "Vey's ferry")
    }

    @Test func readsDatesOnlyWhereAYearCanBe() {
        #expect(Stamps.mayHoldFullDate("On March 3, 2031 the ferry sailed"))
        #expect(!Stamps.mayHoldFullDate("Ferry 203 sailed at 9:15 on March 3"))
        #expect(Stamps.fullDates(in: "Signed 3 March 2031, ratified 2031-04-09 at noon.").map(\.iso) == ["2031-03-03", "2031-04-09"])
        #expect(Stamps.fullDates(in: "Signed on March 3 at 9:15").isEmpty)
        #expect(Stamps.parseLine("04.03.2031 09:12").map { "\($0.day.iso) \($0.time ?? "-")" } == "2031-03-04 09:12")
        #expect(Stamps.parseLine("04/03/2031 09:12") == nil)
        #expect(Stamps.parseLine("2031-03-03T09:12:00Z").map { "\($0.day.iso) \($0.time ?? "-")" } == "2031-03-03 09:12")
        #expect(Stamps.parseLine("5:02 PM GMT+1, Tue March 3, 2031").map { "\($0.day.iso) \($0.time ?? "-")" } == "2031-03-03 17:02")
    }

    @Test func readsAPlaceOnlyWhereTheTextOpensInCapitals() {
        #expect(Dateline.placed("PORT ALDA (Wire) -- The council voted.")?.agency == "Wire")
        #expect(Dateline.placed("Port officials -- The council voted.") == nil)
        #expect(Dateline.placed("ÉCLUSE -- The lock opened.")?.rest == "The lock opened.")
        #expect(Dateline.placed("PORT ALDA, Alda (Wire) -- The council voted.")?.place == "PORT ALDA, Alda")
        #expect(Dateline.read("PORT ALDA, March 3 (Wire) -- The council voted.")?.place == "PORT ALDA")
    }

    @Test func countsWordsAsSplittingDoes() {
        for text in ["", "one", "one two three", " one  two ", "one \u{301}two three"] {
            for limit in 0...4 {
                #expect(text.hasAtMost(words: limit) == (text.split(separator: " ").count <= limit))
            }
        }
    }
}
