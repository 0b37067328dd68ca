import Corpus
import Support
import Testing
@testable import Analysis

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
        "duration_num": ("He ruled for three decades.", "three decades", "P30Y"),
        "duration_a": ("They waited for a week.", "a week", "P1W"),
        "holiday_new_year": ("The ban began on New Year's Day.", "New Year's Day", "2021-01-01"),
        "holiday_new_years_eve": ("The ban began on New Year's Eve.", "New Year's Eve", "2020-12-31"),
        "holiday_christmas": ("The ferry sank on Christmas Day 2019.", "Christmas Day 2019", "2019-12-25"),
        "holiday_christmas_eve": ("The mill closed last Christmas Eve.", "last Christmas Eve", "2020-12-24"),
        "holiday_boxing_day": ("The sale opens on Boxing Day, 2021.", "Boxing Day, 2021", "2021-12-26"),
        "holiday_valentines": ("Prices rose before Valentine\u{2019}s Day.", "Valentine\u{2019}s Day", "2021-02-14"),
        "holiday_halloween": ("The parade is set for next Halloween.", "next Halloween", "2021-10-31"),
        "holiday_armistice": ("Bells rang on Armistice Day 2018.", "Armistice Day 2018", "2018-11-11"),
        "holiday_may_day": ("Workers will march on May Day.", "May Day", "2021-05-01"),
        "holiday_bastille_day": ("The fleet sails on Bastille Day 2022.", "Bastille Day 2022", "2022-07-14"),
        "holiday_st_patricks": ("The parade on St. Patrick's Day drew crowds.", "St. Patrick's Day", "2021-03-17"),
        "holiday_easter_sunday": ("The church reopened on Easter Sunday 2019.", "Easter Sunday 2019", "2019-04-21"),
        "holiday_easter_word": ("The bridge will open by Easter.", "Easter", "2021-04-04"),
        "holiday_easter_dir": ("The bridge opened last Easter.", "last Easter", "2020-04-12"),
        "holiday_good_friday": ("Markets close on Good Friday 2024.", "Good Friday 2024", "2024-03-29"),
        "holiday_easter_monday": ("Markets close on Easter Monday 2024.", "Easter Monday 2024", "2024-04-01"),
        "holiday_thanksgiving": ("The strike ended on Thanksgiving 2020.", "Thanksgiving 2020", "2020-11-26"),
        "holiday_king_day": ("Offices closed on Martin Luther King Day 2021.", "Martin Luther King Day 2021", "2021-01-18"),
        "none_article_may": ("The May government fell.", nil, nil),
        "month_after_article": ("The October vote was close.", "October", "2020-10"),
        "season_the": ("The dam leaked over the summer.", "the summer", "2020-SU"),
        "season_of_year": ("The wall came down in the fall of 1989.", "the fall of 1989", "1989-FA"),
        "none_the_fall": ("The fall in prices hurt the mill.", nil, nil),
        "none_good_friday_name": ("The Good Friday Agreement held.", nil, nil),
        "none_holiday_name": ("Christmas Island lies far to the west.", nil, nil),
        "season_this_past": ("The dam leaked this past summer.", "this past summer", "2020-SU"),
        "year_end_noun": ("The sale should close by year end.", "year end", "2021"),
        "year_end_this": ("The sale closes at the end of the year.", "the end of the year", "2021"),
        "year_start_this": ("The sale closed at the start of this year.", "the start of this year", "2021"),
        "decade_last": ("Wages fell in the last decade.", "the last decade", "201"),
        "decade_this": ("Wages rose this decade.", "this decade", "202"),
        "quarter_next_year": ("The plant opens in next year's first quarter.", "next year's first quarter", "2022-Q1"),
        "week_of_day": ("The hearing is set for the week of March 8.", "the week of March 8", "2021-W10"),
        "duration_the_past": ("Rents doubled over the past four years.", "the past four years", "P4Y"),
        "duration_the_next_few": ("The ferry stays shut for the next few days.", "the next few days", "PXD"),
        "ref_the_past_few": ("Rents rose in the last few months.", "the last few months", "PAST_REF"),
        "day_mdy": ("The dam opened on March 9, 2019.", "March 9, 2019", "2019-03-09"),
        "day_dmy": ("The dam opened on 9 March 2019.", "9 March 2019", "2019-03-09"),
        "day_iso": ("Filed 2019-03-09 by the clerk.", "2019-03-09", "2019-03-09"),
        "day_md": ("The vote was on Feb. 12 after a delay.", "Feb. 12", "2021-02-12"),
        "day_dm": ("The vote was on 12 February after a delay.", "12 February", "2021-02-12"),
        "day_the_d_of_m": ("It ends on the 30th of April.", "the 30th of April", "2021-04-30"),
        "weekday": ("The mayor spoke on Tuesday.", "Tuesday", "2021-03-02"),
        "day_today": ("The port reopens today.", "today", "2021-03-04"),
        "day_yesterday": ("The port closed yesterday.", "yesterday", "2021-03-03"),
        "day_tomorrow": ("The port reopens tomorrow.", "tomorrow", "2021-03-05"),
        "none_as_soon_as": ("The ferry left as soon as the storm passed.", nil, nil),
        "weekday_abbrev": ("Mon. 8 sailings resume, the port said.", "Mon.", "2021-03-01"),
        "weekday_last": ("The strike began last Thursday.", "last Thursday", "2021-02-25"),
        "weekday_the_previous": ("The strike began the previous Monday.", "the previous Monday", "2021-03-01"),
        "weekday_next": ("The strike ends next Thursday.", "next Thursday", "2021-03-11"),
        "weekday_this": ("The strike ends this Friday.", "this Friday", "2021-03-05"),
        "weekday_this_coming": ("The strike ends this coming Thursday.", "this coming Thursday", "2021-03-11"),
        "weekday_part": ("The strike began early Monday.", "early Monday", "2021-03-01"),
        "weekday_date": ("The port opens Saturday, March 6, they said.", "Saturday, March 6", "2021-03-06"),
        "weekday_date_year": ("It opened on Saturday, March 6, 2010.", "Saturday, March 6, 2010", "2010-03-06"),
        "day_part_relative": ("The talks broke down late yesterday.", "late yesterday", "2021-03-03"),
        "day_part_today": ("The talks resume later today.", "later today", "2021-03-04"),
        "daypart_weekday": ("The mayor spoke on Tuesday morning.", "Tuesday morning", "2021-03-02TMO"),
        "daypart_this": ("The mayor speaks this evening.", "this evening", "2021-03-04TEV"),
        "daypart_tonight": ("The mayor speaks tonight.", "tonight", "2021-03-04TNI"),
        "daypart_last_night": ("The dam cracked last night.", "last night", "2021-03-03TNI"),
        "daypart_yesterday": ("The dam cracked yesterday morning.", "yesterday morning", "2021-03-03TMO"),
        "daypart_tomorrow": ("The port reopens tomorrow afternoon.", "tomorrow afternoon", "2021-03-05TAF"),
        "daypart_mid": ("The sirens sounded in mid-afternoon.", "mid-afternoon", "2021-03-04TAF"),
        "daypart_mid_yesterday": ("The sirens sounded mid-afternoon yesterday.", "mid-afternoon yesterday", "2021-03-03TAF"),
        "time_in_the_morning": ("The ferry left at 4 in the morning.", "4 in the morning", "2021-03-04T04:00"),
        "time_in_the_evening": ("The ferry left at 7 in the evening.", "7 in the evening", "2021-03-04T19:00"),
        "day_and_day": ("The summit meets on April 8 and 9.", "9", "2021-04-09"),
        "time_clock": ("The vote closed at 15:38 sharp.", "15:38", "2021-03-04T15:38"),
        "time_pm": ("The vote closed at 10 p.m. sharp.", "10 p.m.", "2021-03-04T22:00"),
        "time_am": ("The ferry left at 7:15 a.m. sharp.", "7:15 a.m.", "2021-03-04T07:15"),
        "time_pm_word": ("The vote closed at 9 pm sharp.", "9 pm", "2021-03-04T21:00"),
        "time_am_word": ("The ferry left at 6 am sharp.", "6 am", "2021-03-04T06:00"),
        "time_pm_weekday": ("The vote closed at 10 p.m. Wednesday.", "10 p.m. Wednesday", "2021-03-03T22:00"),
        "time_am_weekday": ("The ferry left at 6 a.m. Tuesday.", "6 a.m. Tuesday", "2021-03-02T06:00"),
        "time_pm_date": ("Bids close at 5 p.m. EST Nov. 9, the board said.", "5 p.m. EST Nov. 9", "2020-11-09T17:00"),
        "time_am_date": ("Bids open at 9 a.m. March 12, the board said.", "9 a.m. March 12", "2021-03-12T09:00"),
        "time_pm_yesterday": ("The dam cracked at 4 p.m. yesterday.", "4 p.m. yesterday", "2021-03-03T16:00"),
        "time_noon": ("The vote is at noon.", "noon", "2021-03-04T12:00"),
        "time_noon_weekday": ("The vote was at noon Tuesday.", "noon Tuesday", "2021-03-02T12:00"),
        "time_midnight_weekday": ("The deadline passed at midnight Tuesday.", "midnight Tuesday", "2021-03-02T24:00"),
        "week_last": ("The strike began last week.", "last week", "2021-W08"),
        "week_this": ("The strike ends this week.", "this week", "2021-W09"),
        "week_next": ("The strike ends next week.", "next week", "2021-W10"),
        "week_part_this": ("The strike began early this week.", "early this week", "2021-W09"),
        "week_part_last": ("The strike began late last week.", "late last week", "2021-W08"),
        "week_end_this": ("The strike ends by the end of the week.", "the end of the week", "2021-W09"),
        "weekend": ("Crowds gathered over the weekend.", "the weekend", "2021-W08-WE"),
        "weekend_last": ("Crowds gathered last weekend.", "last weekend", "2021-W08-WE"),
        "weekend_next": ("Crowds will gather next weekend.", "next weekend", "2021-W09-WE"),
        "month_part_year": ("Work began in mid-June 2019.", "mid-June 2019", "2019-06"),
        "month_part": ("Work began in late January.", "late January", "2021-01"),
        "month_year": ("Work began in June 2019.", "June 2019", "2019-06"),
        "month_last_year": ("Work began in June last year.", "June last year", "2020-06"),
        "month_this_year": ("Work ends in June this year.", "June this year", "2021-06"),
        "month_next_year": ("Work ends in June next year.", "June next year", "2022-06"),
        "month_last_named": ("Work began last April.", "last April", "2020-04"),
        "month_this_named": ("Work ends this September.", "this September", "2021-09"),
        "month_next_named": ("Work ends next February.", "next February", "2022-02"),
        "month_middle_of": ("Work began in the middle of October.", "the middle of October", "2020-10"),
        "month_end_of": ("Work ends at the end of April.", "the end of April", "2021-04"),
        "month_start_of": ("Work began at the start of February.", "the start of February", "2021-02"),
        "month_after_word": ("The ferry sank in January.", "January", "2021-01"),
        "month_last": ("The ferry sank last month.", "last month", "2021-02"),
        "month_this": ("The ferry sails this month.", "this month", "2021-03"),
        "month_next": ("The ferry sails next month.", "next month", "2021-04"),
        "month_earlier": ("The ferry sank earlier this month.", "earlier this month", "2021-03"),
        "month_part_this": ("The ferry sails late this month.", "late this month", "2021-03"),
        "month_part_last": ("The ferry sank early last month.", "early last month", "2021-02"),
        "month_part_next": ("The ferry sails mid next month.", "mid next month", "2021-04"),
        "month_end_this": ("The ferry sails by the end of the month.", "the end of the month", "2021-03"),
        "month_start_this": ("The ferry sailed at the beginning of this month.", "the beginning of this month", "2021-03"),
        "month_end_last": ("The ferry sank at the end of last month.", "the end of last month", "2021-02"),
        "season_year": ("The dam fills in spring 2022.", "spring 2022", "2022-SP"),
        "season_this": ("The dam fills this summer.", "this summer", "2021-SU"),
        "season_last": ("The dam burst last fall.", "last fall", "2020-FA"),
        "season_next": ("The dam opens next spring.", "next spring", "2022-SP"),
        "quarter_year_ord": ("Sales fell in the 2019 second quarter.", "the 2019 second quarter", "2019-Q2"),
        "quarter_ord_of_year": ("Sales fell in the third quarter of 2019.", "the third quarter of 2019", "2019-Q3"),
        "quarter_ord": ("Sales fell in the third quarter.", "the third quarter", "2020-Q3"),
        "quarter_ord_adjective": ("The third-quarter sales fell.", "third-quarter", "2020-Q3"),
        "quarter_this_year": ("Sales fell in this year's first quarter.", "this year's first quarter", "2021-Q1"),
        "quarter_last_year": ("Sales fell in last year's fourth quarter.", "last year's fourth quarter", "2020-Q4"),
        "quarter_latest": ("Sales fell in the latest quarter.", "the latest quarter", "2020-Q4"),
        "quarter_the": ("Sales fell in the quarter, it said.", "the quarter", "2020-Q4"),
        "quarter_year_ago": ("Sales were higher in the year-ago quarter.", "the year-ago quarter", "2019-Q4"),
        "half_first_year": ("Output fell in the first half of 2020.", "the first half of 2020", "2020-H1"),
        "half_second_year": ("Output rose in the second half of 2020.", "the second half of 2020", "2020-H2"),
        "half_first_this": ("Output fell in the first half of the year.", "the first half of the year", "2021-H1"),
        "half_second_this": ("Output will rise in the second half of this year.", "the second half of this year", "2021-H2"),
        "year_part": ("Prices fell in early 2019.", "early 2019", "2019"),
        "year_range_short": ("The valley was ruled from 1890-95.", "1890-95", "1890/1895"),
        "year_range": ("The valley was ruled 1890-1921.", "1890-1921", "1890/1921"),
        "year_from_to": ("The valley was ruled from 1890 to 1921.", "1890 to 1921", "1890/1921"),
        "year": ("Floods came, 1998 was the worst.", "1998", "1998"),
        "year_spoken": ("Sales fell in nineteen ninety-six, the host said.", "nineteen ninety-six", "1996"),
        "year_two_thousand": ("Will the computers work in the year two thousand?", "the year two thousand", "2000"),
        "year_the": ("Profit for the full year rose.", "the full year", "2021"),
        "year_the_fiscal": ("Profit for the current fiscal year rose.", "the current fiscal year", "2021"),
        "year_end_word": ("Profit will rise by year-end.", "year-end", "2021"),
        "month_spoken_year": ("The dam opened in January nineteen ninety-seven.", "January nineteen ninety-seven", "1997-01"),
        "season_of_spoken": ("The dam burst in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four", "1994-WI"),
        "decade_word": ("The dam was built in the nineties.", "the nineties", "199"),
        "day_spoken": ("The vote is on March eighth.", "March eighth", "2021-03-08"),
        "quarter_this": ("Sales will rise this quarter.", "this quarter", "2021-Q1"),
        "quarter_current": ("Sales will rise in the current quarter.", "the current quarter", "2021-Q1"),
        "year_fiscal": ("Profit rose in fiscal 2019.", "fiscal 2019", "2019"),
        "year_end_of": ("Profit rose by the end of 2019.", "the end of 2019", "2019"),
        "year_start_of": ("Profit rose from the start of 2019.", "the start of 2019", "2019"),
        "year_the_past": ("Profit rose over the past year.", "the past year", "2020"),
        "year_earlier_this": ("Profit rose earlier this year.", "earlier this year", "2021"),
        "year_ago_adjective": ("Profit beat the year-earlier figure.", "year-earlier", "2020"),
        "year_last": ("Floods came last year.", "last year", "2020"),
        "year_this": ("Floods came this year.", "this year", "2021"),
        "year_next": ("Floods will come next year.", "next year", "2022"),
        "year_part_this": ("Floods came early this year.", "early this year", "2021"),
        "year_part_last": ("Floods came late last year.", "late last year", "2020"),
        "year_part_next": ("Floods will come early next year.", "early next year", "2022"),
        "decade": ("Floods were rare in the 1990s.", "the 1990s", "199"),
        "decade_part": ("Floods were rare in the late 1970s.", "the late 1970s", "197"),
        "century": ("The dam dates from the 19th century.", "the 19th century", "18"),
        "narrative_that": ("The dam opened on March 3, 2019. That month the town flooded.", "That month", "2019-03"),
        "narrative_same": ("The dam opened on March 3, 2019, and burst the same day.", "the same day", "2019-03-03"),
        "narrative_next": ("The dam opened on March 3, 2019. The next day it leaked.", "The next day", "2019-03-04"),
        "narrative_previous": ("The dam opened in 2019. The previous year it was built.", "The previous year", "2018"),
        "narrative_later": ("The dam opened on March 3, 2019, and two weeks later it burst.", "two weeks later", "2019-W11"),
        "narrative_a_later": ("The dam opened in May 2019; a year later it burst.", "a year later", "2020"),
        "narrative_earlier_that": ("The dam opened on March 3, 2019; earlier that day it rained.", "earlier that day", "2019-03-03"),
        "none_address": ("Send it to 1600 Harbor Street by hand.", nil, nil),
        "ago_units": ("The dam burst two weeks ago.", "two weeks ago", "2021-W07"),
        "ago_unit": ("The dam burst a year ago.", "a year ago", "2020"),
        "earlier_units": ("Output was higher three years earlier.", "three years earlier", "2018"),
        "earlier_unit": ("Output was higher a year earlier.", "a year earlier", "2020"),
        "ago_about": ("The dam burst nearly four years ago.", "nearly four years ago", "2017"),
        "ago_more_than": ("The dam burst more than two years ago.", "more than two years ago", "2019"),
        "ago_vague": ("The dam burst several years ago.", "several years ago", "PAST_REF"),
        "ago_few": ("The dam burst a few years ago.", "a few years ago", "PAST_REF"),
        "ref_now": ("The dam is now safe.", "now", "PRESENT_REF"),
        "ref_current": ("The current dam is safe.", "current", "PRESENT_REF"),
        "ref_at_present": ("At present the dam is safe.", "At present", "PRESENT_REF"),
        "ref_these_days": ("The dam is safe these days.", "these days", "PRESENT_REF"),
        "ref_recently": ("The dam was recently repaired.", "recently", "PAST_REF"),
        "ref_recent_units": ("In recent years the dam held.", "recent years", "PAST_REF"),
        "ref_the_past": ("In the past the dam leaked.", "the past", "PAST_REF"),
        "ref_the_future": ("In the future the dam will hold.", "the future", "FUTURE_REF"),
        "ref_coming_units": ("In the coming months the dam will hold.", "the coming months", "FUTURE_REF"),
        "set_every_weekday": ("The ferry sails every Monday.", "every Monday", "XXXX-WXX-1"),
        "set_every_unit": ("The ferry sails each week.", "each week", "P1W"),
        "set_daily": ("The ferry sails daily.", "daily", "P1D"),
        "set_weekly": ("The paper appears weekly.", "weekly", "P1W"),
        "set_monthly": ("The board meets monthly.", "monthly", "P1M"),
        "set_quarterly": ("The firm reports quarterly.", "quarterly", "P1Q"),
        "set_yearly": ("The fair is held annually.", "annually", "P1Y"),
        "none_unit_adjective": ("The year-long inquiry ended.", nil, nil),
        "none_clock_zone": ("The polls closed at 1900 GMT.", nil, nil),
        "daypart_part_weekday": ("The bill passed late Wednesday night.", "late Wednesday night", "2021-03-03TNI"),
        "decade_end_this": ("The fleet will double by the end of the decade.", "the end of the decade", "202"),
        "daypart_last_weekday": ("The ferry sank last Tuesday night.", "last Tuesday night", "2021-03-02TNI"),
        "day_ordinal_of_m": ("The dam opened on 9th of March 2019.", "9th of March 2019", "2019-03-09"),
        "weekday_dmy": ("The port opens on Saturday 6 March.", "Saturday 6 March", "2021-03-06"),
        "weekday_dmy_year": ("It opened on Saturday, 6 March 2010.", "Saturday, 6 March 2010", "2010-03-06"),
        "day_before_yesterday": ("The ferry left the day before yesterday.", "the day before yesterday", "2021-03-02"),
        "day_after_tomorrow": ("The ferry leaves the day after tomorrow.", "the day after tomorrow", "2021-03-06"),
        "time_midnight": ("The curfew starts at midnight.", "midnight", "2021-03-04T24:00"),
        "week_part_next": ("The board meets early next week.", "early next week", "2021-W10"),
        "week_the_past": ("Rents rose over the past week.", "the past week", "2021-W08"),
        "week_end_dir": ("The sale closes at the end of next week.", "the end of next week", "2021-W10"),
        "week_nth_of_month": ("The fair opens in the second week of May.", "the second week of May", "2021-W18"),
        "week_last_of_month": ("The fair closed in the last week of January.", "the last week of January", "2021-W04"),
        "weekend_this_past": ("The ferry sank this past weekend.", "this past weekend", "2021-W08-WE"),
        "month_end_next": ("The sale closes at the end of next month.", "the end of next month", "2021-04"),
        "month_start_dir": ("The sale closed at the start of last month.", "the start of last month", "2021-02"),
        "month_the_past": ("Rents rose over the past month.", "the past month", "2021-02"),
        "month_earlier_dir": ("The sale closed earlier last month.", "earlier last month", "2021-02"),
        "quarter_year_ago_ord": ("Sales beat the year-ago fourth quarter.", "the year-ago fourth quarter", "2019-Q4"),
        "quarter_name": ("Sales rose in Q4 2020.", "Q4 2020", "2020-Q4"),
        "quarter_year_name": ("Sales rose in 2020 Q4.", "2020 Q4", "2020-Q4"),
        "year_fiscal_year": ("The plan covers fiscal year 2022.", "fiscal year 2022", "2022"),
        "year_fy": ("The plan covers FY2022.", "FY2022", "2022"),
        "year_end_dir": ("The plant closed at the end of last year.", "the end of last year", "2020"),
        "year_start_dir": ("The plant opens at the start of next year.", "the start of next year", "2022"),
        "year_earlier_dir": ("The plant closed earlier last year.", "earlier last year", "2020"),
        "decade_short": ("The mill thrived in '70s style.", "'70s", "197"),
        "decade_short_the": ("The mill thrived in the '70s.", "the '70s", "197"),
        "ago_bare": ("The mill closed decades ago.", "decades ago", "PAST_REF"),
        "ref_past_units": ("Floods were rare in past years.", "past years", "PAST_REF"),
        "none_the_future_of": ("The future of the mill is unclear.", nil, nil),
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
