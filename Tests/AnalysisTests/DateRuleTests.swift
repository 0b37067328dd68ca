import Testing
@testable import Analysis
import Corpus

/// Every rule of `Rules/dates.rules` with an example of our own, resolved against Thursday 4 March 2021.
@Suite struct DateRuleTests {
    static let dct = "2021-03-04"

    /// Rule → (text, the expression it must find, its value). A nil expression means the rule finds nothing.
    static let examples: [String: (String, String?, String?)] = [
        "year_after_word": ("The 2019 elections were close.", "2019", "2019"),
        "none_count": ("About 2000 soldiers marched.", nil, nil),
        "none_money": ("The fine was $2019 in all.", nil, nil),
        "none_percent": ("Prices rose 2019 percent.", nil, nil),
        "duration_for_units": ("They argued for years.", "years", "PXY"),
        "duration_for_many": ("They argued for many months.", "many months", "PXM"),
        "duration_more_than": ("The talks stalled for more than a year.", "more than a year", "P1Y"),
        "duration_more_num": ("It took less than 3 weeks.", "less than 3 weeks", "P3W"),
        "duration_num": ("He ruled for three decades.", "three decades", "P310Y"),
        "duration_a": ("They waited for a week.", "a week", "P1W"),
        "day_mdy": ("The dam opened on March 9, 2019.", "March 9, 2019", "2019-03-09"),
        "day_dmy": ("The dam opened on 9 March 2019.", "9 March 2019", "2019-03-09"),
        "day_iso": ("Filed 2019-03-09 by the clerk.", "2019-03-09", "2019-03-09"),
        "day_md": ("The vote was on Feb. 12 after a delay.", "Feb. 12", "2021-02-12"),
        "day_dm": ("The vote was on 12 February after a delay.", "12 February", "2021-02-12"),
        "day_the_d_of_m": ("It ends on the 30th of April.", "the 30th of April", "2021-04-30"),
        "weekday_daypart": ("The mayor spoke on Tuesday morning.", "Tuesday morning", "2021-03-02"),
        "weekday": ("The mayor spoke on Tuesday.", "Tuesday", "2021-03-02"),
        "day_today": ("The port reopens today.", "today", "2021-03-04"),
        "day_yesterday": ("The port closed yesterday.", "yesterday", "2021-03-03"),
        "day_tomorrow_part": ("The port reopens tomorrow afternoon.", "tomorrow afternoon", "2021-03-05"),
        "day_tomorrow": ("The port reopens tomorrow.", "tomorrow", "2021-03-05"),
        "week_last": ("The strike began last week.", "last week", "2021-W08"),
        "week_this": ("The strike ends this week.", "this week", "2021-W09"),
        "week_next": ("The strike ends next week.", "next week", "2021-W10"),
        "month_part_year": ("Work began in mid-June 2019.", "mid-June 2019", "2019-06"),
        "month_part": ("Work began in late January.", "late January", "2021-01"),
        "month_year": ("Work began in June 2019.", "June 2019", "2019-06"),
        "month_last_year": ("Work began in June last year.", "June last year", "2020-06"),
        "month_this_year": ("Work ends in June this year.", "June this year", "2021-06"),
        "month_next_year": ("Work ends in June next year.", "June next year", "2022-06"),
        "month_end_of": ("Work ends at the end of April.", "the end of April", "2021-04"),
        "month_start_of": ("Work began at the start of February.", "the start of February", "2021-02"),
        "month_after_word": ("The ferry sank in January.", "January", "2021-01"),
        "month_last": ("The ferry sank last month.", "last month", "2021-02"),
        "month_this": ("The ferry sails this month.", "this month", "2021-03"),
        "month_next": ("The ferry sails next month.", "next month", "2021-04"),
        "month_earlier": ("The ferry sank earlier this month.", "earlier this month", "2021-03"),
        "month_later": ("The ferry sails later this month.", "later this month", "2021-03"),
        "month_part_this": ("The ferry sails late this month.", "late this month", "2021-03"),
        "month_part_last": ("The ferry sank early last month.", "early last month", "2021-02"),
        "month_part_next": ("The ferry sails mid next month.", "mid next month", "2021-04"),
        "month_end_this": ("The ferry sails by the end of the month.", "the end of the month", "2021-03"),
        "month_start_this": ("The ferry sailed at the beginning of this month.", "the beginning of this month", "2021-03"),
        "month_end_last": ("The ferry sank at the end of last month.", "the end of last month", "2021-02"),
        "season_year": ("The dam fills in spring 2022.", "spring 2022", "2022-SP"),
        "season_this": ("The dam fills this summer.", "this summer", "2021-SU"),
        "half_first_year": ("Output fell in the first half of 2020.", "the first half of 2020", "2020-H1"),
        "half_second_year": ("Output rose in the second half of 2020.", "the second half of 2020", "2020-H2"),
        "half_first_this": ("Output fell in the first half of the year.", "the first half of the year", "2021-H1"),
        "half_second_this": ("Output will rise in the second half of this year.", "the second half of this year", "2021-H2"),
        "year_part": ("Prices fell in early 2019.", "early 2019", "2019"),
        "year_range_short": ("The valley was ruled from 1890-95.", "1890-95", "1890/1895"),
        "year_range": ("The valley was ruled 1890-1921.", "1890-1921", "1890/1921"),
        "year_from_to": ("The valley was ruled from 1890 to 1921.", "1890 to 1921", "1890/1921"),
        "year": ("Floods came, 1998 was the worst.", "1998", "1998"),
        "year_last": ("Floods came last year.", "last year", "2020"),
        "year_this": ("Floods came this year.", "this year", "2021"),
        "year_next": ("Floods will come next year.", "next year", "2022"),
        "year_part_this": ("Floods came early this year.", "early this year", "2021"),
        "year_part_last": ("Floods came late last year.", "late last year", "2020"),
        "year_part_next": ("Floods will come early next year.", "early next year", "2022"),
        "decade": ("Floods were rare in the 1990s.", "the 1990s", "199"),
    ]

    @Test func everyRuleHasAnExample() {
        let names = Set(DateRule.all.map(\.name))
        #expect(names == Set(Self.examples.keys))
        #expect(DateRule.all.count == names.count, "rule names are unique")
    }

    @Test(arguments: DateRule.all.map(\.name))
    func theRuleFindsItsExample(_ name: String) throws {
        let (text, expression, value) = try #require(Self.examples[name])
        let found = DateFinder.find(in: text, dct: CalendarDay(iso: Self.dct))
        guard let expression else {
            #expect(found.isEmpty, "\(name): \(found.map(\.text))")
            return
        }
        let match = found.first { $0.text == expression }
        #expect(match?.rule == name, "\(name) should find “\(expression)” in “\(text)”, found \(found.map { "\($0.text) (\($0.rule))" })")
        if let value { #expect(match?.value == value, "\(name)") }
    }

    @Test func aSpanOfYearsThatRunsBackwardsIsNoRange() {
        // "1890-21" cannot end before it starts in the same century: the short form is for "1910-45".
        #expect(dates("The valley was ruled from 1890-21.", Self.dct) == ["1890"])
        #expect(dates("Japan ruled from 1910-45.", Self.dct) == ["1910/1945"])
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
