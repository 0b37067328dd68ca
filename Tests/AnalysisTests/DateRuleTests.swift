import Corpus
import Support
import Testing
@testable import Analysis

/// Dates resolved against Thursday 4 March 2021 (every rule's own EXAMPLE is in `Rules/dates.rules`, run by RuleExampleTests).
@Suite struct DateRuleTests {
    static let dct = "2021-03-04"

    @Test func aSpanOfYearsThatRunsBackwardsIsNoRange() {
        // "1890-21" cannot end before it starts in the same century: the short form is for "1870-95".
        #expect(dates("The valley was ruled from 1890-21.", Self.dct) == ["1890"])
        #expect(dates("The valley was ruled from 1870-95.", Self.dct) == ["1870/1895"])
    }

    @Test func aStepLaterWithNothingToCountFromDatesNothing() {
        let alone = DateFinder.find(in: "Doctors released them two weeks later.", dct: CalendarDay(iso: Self.dct))
        #expect(alone.map(\.text) == ["two weeks later"])
        #expect(alone.first?.date == nil)
        let counted = DateFinder.find(in: "The dam opened on March 3, 2019, and two weeks later it burst.", dct: CalendarDay(iso: Self.dct))
        #expect(counted.last?.value == "2019-W11")
        #expect(counted.last?.date != nil)
    }

    @Test func aSpanOfDaysIsTakenApartOnlyAfterAMonth() {
        #expect(dates("Flu rose in the week of Jan. 6-12.", Self.dct) == ["2021-W01", "2021-01-12"])
        #expect(dates("The court ruled 6-3 on Monday.", Self.dct) == ["2021-03-01"])
        #expect(dates("The bridge fund, account 12-40, closed.", Self.dct) == [])
    }

    @Test func aSpanOfYearsIsATimexForEachYearInTimeML() {
        let text = "The valley was ruled 1870–95, then from 1901 to 1921, then in 1930."
        let parts = DateFinder.find(in: text, dct: CalendarDay(iso: Self.dct)).flatMap(\.timeMLParts)
        #expect(parts.map(\.text) == ["1870", "95", "1901", "1921", "1930"])
        #expect(parts.map(\.value) == ["1870", "1895", "1901", "1921", "1930"])
        let scalars = Array(text.unicodeScalars)
        for part in parts { #expect(String(String.UnicodeScalarView(scalars[part.start..<part.end])) == part.text) }
    }
}

@Suite struct DateEngineTests {
    @Test func offsetsCountUnicodeScalars() {
        let text = "Café “talks” resumed on Tuesday — 한국 ended on 3 May 2020."
        for e in DateFinder.find(in: text, dct: CalendarDay(iso: "2021-03-04")) {
            let scalars = Array(text.unicodeScalars)
            #expect(String(String.UnicodeScalarView(scalars[e.start..<e.end])) == e.text)
        }
        #expect(DateFinder.find(in: text, dct: CalendarDay(iso: "2021-03-04")).map(\.text) == ["Tuesday", "3 May 2020"])
    }

    @Test func weekdaysFollowTheTense() {
        // Thursday 4 March 2021.
        #expect(dates("The council met on Monday.", "2021-03-04") == ["2021-03-01"])
        #expect(dates("The council will meet on Monday.", "2021-03-04") == ["2021-03-08"])
        #expect(dates("The council is set to meet Monday.", "2021-03-04") == ["2021-03-08"])
        #expect(dates("The council could meet as early as Monday.", "2021-03-04") == ["2021-03-08"])
        #expect(dates("The council met on Thursday.", "2021-03-04") == ["2021-03-04"])
        #expect(dates("The council will meet on Thursday.", "2021-03-04") == ["2021-03-04"])
        // A cue in the sentence before does not reach across the full stop.
        #expect(dates("It will rain. The council met on Monday.", "2021-03-04") == ["2021-03-01"])
    }

    @Test func monthsAndDaysWithoutAYearFollowTheTense() {
        #expect(dates("The mill closed in November.", "2021-03-04") == ["2020-11"])
        #expect(dates("The mill will reopen in November.", "2021-03-04") == ["2021-11"])
        #expect(dates("The mill opened in January.", "2021-03-04") == ["2021-01"])
        #expect(dates("The mill will reopen in January.", "2021-03-04") == ["2022-01"])
        #expect(dates("The mill closed on Dec. 20.", "2021-01-10") == ["2020-12-20"])
    }

    @Test func leavesNonDatesAlone() {
        for text in ["Call 555-0142 or 212-555-1234 today.", "The score was 3-2 after 2+2 talks, open 24/7.",
                     "Shares rose 3.5 percent to 2,150 points.", "She may go, and it may well rain.",
                     "Ms. May said the March was peaceful.", "Some 1500 troops left; $2000 was paid."] {
            let found = DateFinder.find(in: text, dct: CalendarDay(iso: "2021-03-04"))
                .filter { $0.kind == .date && !["today", "March"].contains($0.text) }
            #expect(found.isEmpty, "\(text): \(found.map(\.text))")
        }
    }

    @Test func durationsAreNeverDates() {
        let found = DateFinder.find(in: "The talks have been in limbo for more than a year, and he ruled for three years.", dct: CalendarDay(iso: "2021-03-04"))
        #expect(found.map(\.kind) == [.duration, .duration])
        #expect(found.map(\.value) == ["P1Y", "P3Y"])
    }

    @Test func withoutAPublicationDateRelativeDatesStayOpen() {
        let found = DateFinder.find(in: "It opened on June 3 and closed on Friday; it was built in 1921.", dct: nil)
        #expect(found.map(\.value) == ["XXXX-06-03", "XXXX-WXX-5", "1921"])
        #expect(found.map { $0.date == nil } == [true, true, false])
    }
}

/// Classes of error found by measuring against a public benchmark, each pinned with sentences of our own.
@Suite struct DateErrorClassTests {
    @Test func theRunUpToAnElectionLooksForward() {
        #expect(dates("The quarrel comes in the run-up to elections in Veloria in April.", "2021-09-22") == ["2022-04"])
        #expect(dates("The forthcoming vote in May will decide it.", "2021-09-22") == ["2022-05"])
    }

    @Test func aCompanyCalledSunIsNoSunday() {
        #expect(dates("Sun Microsystems and Jan Novak of the Wed Group met.", "2021-03-04").isEmpty)
        #expect(dates("The store closes Sun. at noon.", "2021-03-04").first == "2021-02-28")
    }

    @Test func aPossessiveWeekdayIsAWeekday() {
        #expect(dates("Tuesday's vote was close.", "2021-03-04") == ["2021-03-02"])
    }

    @Test func aNameEndingInEdIsNoPastTense() {
        // "United" is no past tense: the "will" before it points forward.
        #expect(dates("The minister will travel to the United Kingdom Thursday.", "2021-03-03") == ["2021-03-04"])
        #expect(dates("The minister will fly to the United Kingdom Friday.", "2021-03-03") == ["2021-03-05"])
    }

    @Test func aParticipleAfterBeLetsTheModalDecide() {
        #expect(dates("The deal could be signed on Friday.", "2021-03-03") == ["2021-03-05"])
        #expect(dates("The deal was signed on Friday.", "2021-03-03") == ["2021-02-26"])
    }

    @Test func aMonthWithoutAYearIsTheLastOneUnlessItIsJustAhead() {
        // Publication in late October: December is just ahead, March was this year, August is behind.
        #expect(dates("Sales in December look strong.", "2021-10-27") == ["2021-12"])
        #expect(dates("Sales peaked in December.", "2021-10-27") == ["2020-12"])
        #expect(dates("Sales peaked in March.", "2021-10-27") == ["2021-03"])
        #expect(dates("Sales will peak in March.", "2021-10-27") == ["2022-03"])
        #expect(dates("A vote is due by Nov. 16, officials said.", "2021-10-27") == ["2021-11-16"])
    }

    @Test func aYearEarlierFollowsTheNarrative() {
        // After a quarter, "a year earlier" is that quarter a year before; alone, the year before.
        #expect(dates("Profit rose in the third quarter from a year earlier.", "2021-11-02") == ["2021-Q3", "2020-Q3"])
        #expect(dates("Profit rose from a year earlier.", "2021-11-02") == ["2020"])
        #expect(dates("Profit in the second quarter beat the year-ago quarter and the year-earlier figure.", "2021-11-02")
                == ["2021-Q2", "2020-Q3", "2020-Q2"])
    }

    @Test func aStepCountsOnlyFromATimeFineEnoughForIt() {
        // After a day, "the next day" is the day after; after a decade there is no day to count
        // from, and the step counts from the publication date rather than from 1 January 1990.
        #expect(dates("The mill opened on May 3, 2019. The next day it closed.", "2021-03-04") == ["2019-05-03", "2019-05-04"])
        #expect(dates("The mill grew in the 1990s. The next day it closed.", "2021-03-04") == ["199", "2021-03-05"])
        #expect(dates("The mill grew in 2019. That month it closed.", "2021-03-04") == ["2019", "2021-03"])
        #expect(dates("The mill grew in 2019. The following year it closed.", "2021-03-04") == ["2019", "2020"])
    }

    @Test func aQuarterFollowsTheNarrative() {
        #expect(dates("Profit rose in the second quarter of 2019. Results for that quarter included a charge.", "2021-03-04")
                == ["2019-Q2", "2019-Q2"])
        #expect(dates("Profit rose in the second quarter of 2019 and fell the following quarter.", "2021-03-04") == ["2019-Q2", "2019-Q3"])
    }

    @Test func aSeasonWithoutAYearIsTheNearestTheTenseAllows() {
        #expect(dates("The dam leaked over the summer.", "2021-03-04") == ["2020-SU"])
        #expect(dates("The dam will be mended over the summer.", "2021-03-04") == ["2021-SU"])
        #expect(dates("The dam is mended this summer.", "2021-03-04") == ["2021-SU"])
    }

    @Test func aPeriodAfterAnInitialEndsNoSentence() {
        // The "will" before "Daniel P. Moss" still reaches February.
        #expect(dates("The board said Daniel P. Moss will take over on Feb. 1.", "2021-10-27") == ["2022-02-01"])
    }

    @Test func paymentsAndReportedPlansPointForward() {
        #expect(dates("The board approved a dividend, payable Dec. 7 to holders.", "2021-10-27") == ["2021-12-07"])
        #expect(dates("Officials said the ferry leaves as soon as Tuesday.", "2021-03-03") == ["2021-03-09"])
        #expect(dates("They said they expect the deal in January.", "2021-10-27") == ["2022-01"])
    }

    @Test func irregularPastTensesPointBackUnlessPassive() {
        #expect(dates("The ferry left in December.", "2021-10-27") == ["2020-12"])
        #expect(dates("The vote is held in December.", "2021-10-27") == ["2021-12"])
        #expect(dates("The vote will be held in December.", "2021-10-27") == ["2021-12"])
    }

    @Test func aQuarterWithoutAYearIsTheNearestWhateverTheTense() {
        // Results to be reported are still the quarter just ended, not next year's.
        #expect(dates("The firm expects to report third-quarter results.", "2021-10-27") == ["2021-Q3"])
        #expect(dates("Sales fell in the third quarter.", "2021-03-04") == ["2020-Q3"])
        #expect(dates("Sales will rise in the first quarter.", "2021-11-04") == ["2022-Q1"])
    }

    @Test func roughAmountsAndTheSameDayAreStillDates() {
        #expect(dates("The ferry sank a week or so ago.", "2021-03-04") == ["2021-W08"])
        #expect(dates("The ferry sank on May 3, 2019, and was raised that same day.", "2021-03-04") == ["2019-05-03", "2019-05-03"])
    }

    @Test func theLastHalfOfAYearIsItsSecondHalf() {
        #expect(dates("Sales fell in the last half of 2019.", "2021-03-04") == ["2019-H2"])
    }

    @Test func nextToIsNoPlan() {
        #expect(dates("A bomb exploded next to the embassy on Friday.", "2021-03-03") == ["2021-02-26"])
    }

    @Test func anIslandCalledEasterIsNoHoliday() {
        #expect(dates("Easter Island lies far to the west.", "2021-03-04").isEmpty)
        #expect(dates("The ship reached Easter Island at Easter.", "2021-03-04") == ["2021-04-04"])
    }

    @Test func aClockGluedToItsMeridiemIsATime() {
        let found = DateFinder.find(in: "The polls close at 8pm and reopen at 7:30am, or at 9a.m. in the hills.", dct: CalendarDay(iso: "2021-03-04"))
        #expect(found.map(\.value) == ["2021-03-04T20:00", "2021-03-04T07:30", "2021-03-04T09:00"])
    }

    @Test func aTimeZoneBelongsToItsTime() {
        let found = DateFinder.find(in: "Polls open at 9 a.m. ET and the count starts at 21:00 GMT.", dct: CalendarDay(iso: "2021-03-04"))
        #expect(found.map(\.text) == ["9 a.m. ET", "21:00 GMT"])
    }

    @Test func aWeekdayBeforeDayAndMonthIsOneDate() {
        // Day before month, and the full stop after the month ends the sentence, not the date.
        let found = DateFinder.find(in: "The ferry sails on Friday 12 March. It returns on Monday, 15 March 2021.", dct: CalendarDay(iso: "2021-03-04"))
        #expect(found.map(\.text) == ["Friday 12 March", "Monday, 15 March 2021"])
        #expect(found.map(\.value) == ["2021-03-12", "2021-03-15"])
    }

    @Test func decadesWithAHyphenOrAnApostrophe() {
        #expect(dates("Rents rose in the mid-1970s and fell in the '80s.", "2021-03-04") == ["197", "198"])
        // Without the apostrophe, "80s" is an age or a temperature.
        #expect(dates("Both men are in their 80s.", "2021-03-04").isEmpty)
    }

    @Test func lengthsAndAgesAreNotTheYear() {
        #expect(dates("The year-long inquiry heard a 40-year-old clerk.", "2021-03-04").isEmpty)
    }

    @Test func aPresentClauseIsNotDatedByTheVerbThatReportsIt() {
        // "said" reports; the clause it reports is in the present, so the month just ahead stays ahead.
        #expect(dates("The board said it is calling the bonds on Dec. 7.", "2021-10-27") == ["2021-12-07"])
        #expect(dates("The board said it called the bonds on Dec. 7.", "2021-10-27") == ["2020-12-07"])
    }

    @Test func theEdgesOfNeighbouringPeriods() {
        #expect(dates("The sale closes at the end of next month or early next week.", "2021-03-04") == ["2021-04", "2021-W10"])
        #expect(dates("The sale closed earlier last year, at the end of last year.", "2021-03-04") == ["2020", "2020"])
    }

    @Test func decadesInALengthOfTimeCountInYears() {
        #expect(DateFinder.find(in: "He ruled for three decades.", dct: CalendarDay(iso: "2021-03-04")).map(\.value) == ["P30Y"])
    }

    @Test func theFutureOfSomethingIsNoTime() {
        #expect(dates("The future of the mill is unclear.", "2021-03-04").isEmpty)
        #expect(DateFinder.find(in: "The mill may close in the future.", dct: CalendarDay(iso: "2021-03-04")).map(\.value) == ["FUTURE_REF"])
    }

    @Test func quartersAsMarketsWriteThem() {
        #expect(dates("Sales fell in Q3 and will rise in Q1 2022.", "2021-11-04") == ["2021-Q3", "2022-Q1"])
    }

    @Test func slashedDatesAndClocksInFourDigits() {
        #expect(dates("The order, dated 3/19/2019, was lifted on 19/3/2020.", "2021-03-04") == ["2019-03-19", "2020-03-19"])
        // A clock in four digits with its zone is no year.
        let found = DateFinder.find(in: "The deadline is noon EDT (1600 GMT) on Friday.", dct: CalendarDay(iso: "2021-03-04"))
        #expect(found.map(\.text) == ["noon EDT", "Friday"])
    }

    @Test func plansAheadPointForward() {
        #expect(dates("The talks are supposed to end by May.", "2021-03-22") == ["2021-05"])
        #expect(dates("The team is scheduled to leave on Thursday.", "2021-03-03") == ["2021-03-04"])
    }
}

/// Holidays computed from the calendar: Easter by the Gregorian computus, nth weekdays of a month.
@Suite struct HolidayTests {
    @Test(arguments: [(1818, "1818-03-22"), (1943, "1943-04-25"), (2000, "2000-04-23"), (2008, "2008-03-23"),
                      (2011, "2011-04-24"), (2019, "2019-04-21"), (2038, "2038-04-25")])
    func easterSundayFallsOnItsKnownDate(year: Int, iso: String) {
        #expect(Holiday.easterSunday(year).iso == iso)
    }

    @Test func nthAndLastWeekdaysOfAMonth() {
        func day(_ fields: [String: Int], _ year: Int) -> String? {
            Holiday(fields: { fields[$0] }, date: nil)?.day(in: year)?.iso
        }
        // The fourth Thursday of November, the last Monday of May, the first Monday of September.
        #expect(day(["month": 11, "weekday": 4, "nth": 4], 2023) == "2023-11-23")
        #expect(day(["month": 5, "weekday": 1, "nth": -1], 2022) == "2022-05-30")
        #expect(day(["month": 9, "weekday": 1, "nth": 1], 2024) == "2024-09-02")
        #expect(Holiday(fields: { _ in nil }, date: nil) == nil)
    }
}
