import Corpus
import Support
import Testing
@testable import Analysis

/// `Rules/event-dates.rules` (its EXAMPLE lines run in RuleExampleTests): which dates of a sentence date its happenings.
@Suite struct EventDateTests {
    @Test func everyKindIsRead() {
        #expect(Set(DatingWords.table.keys) == ["clock", "determiner", "bound", "span", "yardstick", "yardstick-ending", "from", "restating", "possessive", "speakers-day", "figure"])
    }

    /// A date that only dates the report gives way to the happening it tells, unless that happening is long past, still
    /// to come, or only describes a thing the report names: the report is then news of its own day too.
    @Test func aReportOfSomethingLongPastOrPlannedIsNewsOfItsOwnDay() throws {
        let plan = try analyseArticle("Ferry crews\n\nThe mayor said Tuesday that the crews will return to work on Friday.\n")
        #expect(plan.events.map(\.date.value) == ["2021-03-02", "2021-03-05"])
        // A date in a clause that only describes a thing the report names: the report is the news.
        let described = try analyseArticle("Ferry crews\n\nThe union announced Friday that its members ratified the contract that was agreed in January.\n")
        #expect(described.events.map(\.date.value) == ["2021-01", "2021-02-26"])
        let told = try analyseArticle("Ferry crews\n\nThe union announced Friday that its members ratified the contract in January.\n")
        #expect(told.events.map(\.date.value) == ["2021-01"])
        let recent = try analyseArticle("Ferry crash\n\nThe mayor told reporters Tuesday that the ferry sank on Monday.\n")
        #expect(recent.events.map(\.date.value) == ["2021-03-01"])
        let old = try analyseArticle("Ferry crash\n\nThe mayor told reporters Tuesday that the port works, after a ferry sank there last year.\n")
        #expect(old.events.map(\.date.value) == ["2020", "2021-03-02"])
    }
}

/// `Rules/news-of-the-day.rules`: an undated lede that tells a step just taken is an event of its article's day.
@Suite struct NewsOfTheDayTests {
    @Test func theLedeTellsTheNewsOfItsDayAndNoLaterSentenceDoes() throws {
        let f = try analyseArticle("Tolls on the upper river\n\nTarsk has scrapped the river toll it brought in with Veloria.\n\n"
            + "Veloria has scrapped its own toll on the upper river as well.\n\nThe toll had been raised on 2 February.")
        #expect(f.events.map(\.date.value) == ["2021-02-02", "2021-03-04"])
        #expect(f.events.last?.summary == "Tarsk has scrapped the river toll it brought in with Veloria.")
        #expect(f.events.last?.planned == false)
    }

    @Test func aLedeThatOpensAQuoteOrNamesADateIsReadAsBefore() throws {
        let quoted = try analyseArticle("Tolls on the upper river\n\n\"Tarsk has scrapped the toll,\" the mayor said.")
        #expect(quoted.events.isEmpty)
        let dated = try analyseArticle("Tolls on the upper river\n\nTarsk has scrapped the river toll it brought in on 2 February.")
        #expect(dated.events.map(\.date.value) == ["2021-02-02"])
    }

    /// A day and a word or two ("Friday.", "Earlier Monday") tell no happening; four words may ("Crews return tomorrow.").
    @Test func aDayWithAWordOrTwoIsNoEvent() throws {
        let f = try analyseArticle("Crews at the port\n\nThe crews return to work tomorrow. \"Friday. Earlier Monday.\"\n")
        #expect(f.events.map(\.date.value) == ["2021-03-05"])
    }
}
