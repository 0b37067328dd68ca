import Corpus
import Support
import Testing
@testable import Analysis

/// The first pass of date resolution; the timeline issue deepens it.
@Suite struct DateTests {
    @Test func resolvesWeekdaysOfTheSeedsByTense() {
        // 001, published Thursday 28 June 2012.
        #expect(dates("South Korea's Cabinet already approved the pact on Tuesday.", "2012-06-28") == ["2012-06-26"])
        #expect(dates("South Korea is set to sign a military pact with Japan on Friday, marking the first military agreement", "2012-06-28") == ["2012-06-29"])
        #expect(dates("a senior Seoul official said Thursday", "2012-06-28") == ["2012-06-28"])
        // 000: "Reports on Wednesday" before, "as early as Friday" after.
        #expect(dates("Reports on Wednesday quoted officials as saying it will be signed as early as Friday", "2012-06-28") == ["2012-06-27", "2012-06-29"])
        // 002, published Friday 29 June: "on Wednesday" is two days back.
        #expect(dates("It was brought up and passed in the Cabinet on Wednesday", "2012-06-29") == ["2012-06-27"])
        // 004, published Tuesday 9 November 2010.
        #expect(dates("In an interview with Yonhap News Agency, Sunday, Japanese Prime Minister Naoto Kan said", "2010-11-09") == ["2010-11-07"])
    }

    @Test func resolvesMonthsAndYearsOfTheSeeds() {
        #expect(dates("working together to form the agreements since January last year", "2012-05-08") == ["2011-01"])
        #expect(dates("Japan ruled the Korean Peninsula as a colony from 1910-45.", "2012-06-28") == ["1910/1945"])
        #expect(dates("Japan colonized South Korea from 1910-1945.", "2010-11-09") == ["1910/1945"])
        #expect(dates("ROK Defense Minister Kim Kwan-jin on May 17 canceled a trip", "2012-06-28") == ["2012-05-17"])
        #expect(dates("North Korea conducted two nuclear tests in 2006 and 2009", "2010-11-09") == ["2006", "2009"])
        #expect(dates("a regular working-level defense meeting with Tokyo in July", "2010-11-09") == ["2010-07"])
        #expect(dates("had planned to visit Japan last month", "2012-06-28") == ["2012-05"])
        #expect(dates("the one held last week in the East China Sea", "2012-06-29") == ["2012-W25"])
    }

    @Test func resolvesRulesOnTextOfOurOwn() {
        #expect(dates("The ferry sailed on 3 March 2019 and again on March 9, 2019.", "2021-01-01") == ["2019-03-03", "2019-03-09"])
        #expect(dates("The council will vote tomorrow, after a hearing held yesterday.", "2021-03-04") == ["2021-03-05", "2021-03-03"])
        #expect(dates("The mayor will visit on Monday.", "2021-03-04") == ["2021-03-08"])
        #expect(dates("The mayor visited on Monday.", "2021-03-04") == ["2021-03-01"])
        #expect(dates("The dam was built from 1890 to 1921.", "2021-03-04") == ["1890/1921"])
        #expect(dates("Prices rose in early 2020 and fell next year.", "2021-03-04") == ["2020", "2022"])
    }

    @Test func leavesNonDatesAlone() {
        #expect(dates("the US-ROK 2+2 meeting", "2012-06-28").isEmpty)
        #expect(dates("About 28,500 U.S. troops are stationed there.", "2012-06-28").isEmpty)
        #expect(dates("The ministry has signed the agreement with 24 countries.", "2012-06-28").isEmpty)
        #expect(dates("The next step may be to boost a swap, and it may well prompt talks.", "2012-06-28").isEmpty)
        #expect(dates("More than 2000 soldiers took part.", "2012-06-28").isEmpty)
    }
}
