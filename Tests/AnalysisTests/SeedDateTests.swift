import Corpus
import Foundation
import Support
import TestFixtures
import Testing
@testable import Analysis

/// Every date expression of the five seed articles, read from the articles themselves, resolved
/// against each article's publication date.
@Suite struct SeedDateTests {
    func expressions(_ prefix: String, _ dct: String) throws -> [String] {
        let file = try #require(try FileManager.default.contentsOfDirectory(atPath: Paths.seeds.path).first { $0.hasPrefix(prefix) })
        let text = try String(contentsOf: Paths.seeds.appendingPathComponent(file), encoding: .utf8)
        return DateFinder.find(in: text, dct: CalendarDay(iso: dct)).map { "\($0.text) = \($0.value)" }
    }

    @Test func chinaDaily() throws {
        // Thursday 28 June 2012.
        #expect(try expressions("000", "2012-06-28") == [
            "Wednesday = 2012-06-27",           // Reports on Wednesday quoted officials
            "Friday = 2012-06-29",              // will sign … as early as Friday
            "1945 = 1945",                      // the occupation … ended in 1945
            "Tuesday = 2012-06-26",             // a cabinet meeting on Tuesday
            "Wednesday morning = 2012-06-27TMO",  // confirmed to reporters on Wednesday morning
            "Friday = 2012-06-29",              // will be signed as early as Friday
            "April = 2012-04",                  // failed satellite launch in April
            "mid-June = 2012-06",               // the 2+2 meeting in mid-June
            "April = 2012-04",                  // planned to sign the agreement in April
            "1910-45 = 1910/1945",              // colonial rule
            "May 17 = 2012-05-17",              // canceled a trip to Japan
            "May 13 = 2012-05-13",              // endorsed major progress
        ])
    }

    @Test func koreaHerald() throws {
        #expect(try expressions("001", "2012-06-28") == [
            "Friday = 2012-06-29",              // headline: set to sign military pact Friday
            "June 28, 2012 = 2012-06-28",       // Published : June 28, 2012 - 15:38
            "15:38 = 2012-06-28T15:38",         // … at 15:38
            "Friday = 2012-06-29",              // set to sign a military pact with Japan on Friday
            "Thursday = 2012-06-28",            // a senior Seoul official said Thursday
            "Friday = 2012-06-29",              // its Cabinet would approve the pact Friday
            "Tuesday = 2012-06-26",             // already approved the pact on Tuesday
            "Friday = 2012-06-29",              // will sign the pact on Friday
            "Friday = 2012-06-29",              // the deal could be signed on Friday
            "tomorrow afternoon = 2012-06-29TAF",  // possible tomorrow afternoon
            "early 2011 = 2011",                // Since early 2011
            "Friday = 2012-06-29",              // likely to sign … in Tokyo on Friday
            "last month = 2012-05",             // had planned to visit Japan last month
            "1910-45 = 1910/1945",              // a colony from 1910-45
            "lately = PAST_REF",                // the two nations have lately agreed
        ])
    }

    @Test func chosunIlbo() throws {
        // Friday 29 June 2012.
        #expect(try expressions("002", "2012-06-29") == [
            "June 29, 2012 = 2012-06-29",       // the dateline
            "11:16 = 2012-06-29T11:16",         // and its time
            "1945 = 1945",                      // the end of Japan's occupation of Korea in 1945
            "Friday = 2012-06-29",              // will sign the pact on Friday (today)
            "Thursday = 2012-06-28",            // told reporters Thursday
            "June 22 = 2012-06-22",             // the photo caption
            "Wednesday = 2012-06-27",           // passed in the Cabinet on Wednesday
            "years = PXY",                      // for years: a duration
            "last week = 2012-W25",             // rescue drills … held last week
            "Wednesday = 2012-06-27",           // the Cabinet approved the pact on Wednesday
            "earlier this month = 2012-06",     // the 2+2 meeting earlier this month
        ])
    }

    @Test func koreaHeraldDefense() throws {
        // Tuesday 8 May 2012.
        #expect(try expressions("003", "2012-05-08") == [
            "the end of the month = 2012-05",       // sign two military agreements by the end of the month
            "January last year = 2011-01",          // since January last year
            "late this month = 2012-05",            // as early as late this month
            "January 2011 = 2011-01",               // Since then (January 2011)
            "April 13 = 2012-04-13",                // the rocket that failed on April 13
            "the end of May = 2012-05",             // the target date … at the end of May
            "the beginning of the month = 2012-05", // finalize … at the beginning of the month
            "now = PRESENT_REF",                    // we are now negotiating the timeframe
            "the end of the month = 2012-05",       // concluding by the end of the month
            "currently = PRESENT_REF",              // Korea currently has the agreement with 10 countries
        ])
    }

    @Test func koreaTimes() throws {
        // Tuesday 9 November 2010.
        #expect(try expressions("004", "2010-11-09") == [
            "Tuesday = 2010-11-09",             // an official … said Tuesday
            "July = 2010-07",                   // a defense meeting with Tokyo in July
            "Sunday = 2010-11-07",              // In an interview with Yonhap News Agency, Sunday
            "June = 2010-06",                   // since taking office in June
            "1910-1945 = 1910/1945",            // Japan colonized South Korea
            "2006 = 2006",                      // two nuclear tests in 2006
            "2009 = 2009",                      // and 2009
            "more than a year = P1Y",           // in limbo for more than a year: a duration
            "April last year = 2009-04",        // its nuclear test in April last year
        ])
    }
}

/// The timeline of the seed corpus: every dated event, on its date, merged, the disagreement flagged.
@Suite struct SeedTimelineTests {
    let seeds = Analysed.seeds

    @Test func everyDateOfEveryParagraphIsOnTheTimeline() {
        var checked = 0
        for article in seeds.corpus.articles {
            for paragraph in article.paragraphs {
                for sentence in paragraph.sentences {
                    let dates = DateFinder.find(in: sentence.text, dct: article.published.value?.day).filter { $0.date != nil }
                    let onTimeline = Set(seeds.findings.events.filter { e in
                        e.citations.contains { $0.source == article.id && $0.sentenceID == sentence.id }
                    }.map(\.date.value))
                    // A date that only dates the report ("said Thursday") may give way to the sentence's other dates.
                    let required = dates.count == 1 ? dates : dates.filter { !sentence.text.contains("said \($0.text)") && !sentence.text.contains("reporters \($0.text)") }
                    for d in required {
                        #expect(onTimeline.contains(d.date!.value), "\(article.file) \(sentence.id): \(d.text) = \(d.value)")
                        checked += 1
                    }
                }
            }
        }
        #expect(checked >= 40)
    }

    @Test func theCabinetDateDisagreementIsFlagged() throws {
        let dated = seeds.findings.conflicts.filter { $0.quote == nil }
        #expect(dated.count == 1)
        let conflict = try #require(dated.first)
        #expect(conflict.claims.map(\.value) == ["2012-06-26", "2012-06-27"])
        #expect(Set(conflict.claims[0].citations.map(\.source)) == [seeds.source("000"), seeds.source("001")])
        #expect(Set(conflict.claims[1].citations.map(\.source)) == [seeds.source("002")])
        let events = seeds.findings.events.filter { $0.conflict == conflict.id }
        #expect(events.map(\.date.value) == ["2012-06-26", "2012-06-27"])
        #expect(events.allSatisfy { !$0.planned })
    }

    @Test func duplicatesAreMerged() {
        let colonial = seeds.findings.events.filter { $0.date.value == "1910/1945" }
        #expect(colonial.count == 1)
        #expect(colonial.first?.citations.count == 3)
        #expect(colonial.first?.history == true)
        let quote = seeds.event(citing: "\"If things go as planned", on: "2012-06-29")
        // All three outlets report the signing planned for Friday: one event.
        #expect(Set(quote?.citations.map(\.source) ?? []) == [seeds.source("000"), seeds.source("001"), seeds.source("002")])
        #expect(quote?.citations.contains { $0.sentence.hasPrefix("South Korea is set to sign a military pact") } == true)
        #expect(quote?.planned == true)
        // No two events on one date tell the same thing.
        let byDate = Dictionary(grouping: seeds.findings.events, by: \.date.value)
        for (_, events) in byDate { #expect(Set(events.map(\.summary)).count == events.count) }
    }

    @Test func plannedAndHistoryAreMarked() {
        let signing = seeds.event(citing: "South Korea is set to sign a military pact", on: "2012-06-29")
        #expect(signing?.planned == true)
        // The official who told of the plan on Thursday: news of that day, taken.
        let told = seeds.event(citing: "South Korea is set to sign a military pact", on: "2012-06-28")
        #expect(told?.planned == false)
        let targetDate = seeds.event(citing: "The two countries are pushing to sign two military agreements")
        #expect(targetDate?.date.granularity == .partOfMonth)
        #expect(targetDate?.planned == true)
        let tests = seeds.findings.events.first { $0.date.value == "2006" }
        #expect(tests?.history == true)
        #expect(seeds.findings.events.filter(\.history).allSatisfy { $0.date.end.year < 2010 })
    }

    @Test func eventsAreInDateOrderWithStableIDs() {
        let events = seeds.findings.events
        #expect(Set(events.map(\.id)).count == events.count)
        #expect(events.allSatisfy { $0.id.hasPrefix("e") && $0.id.count == 11 })
        #expect(zip(events, events.dropFirst()).allSatisfy { $0.date.start <= $1.date.start })
        // Without its last source, an event with the same date and first citation keeps its id.
        var fewer = seeds.corpus
        fewer.articles.removeLast()
        func key(_ e: Event) -> String { "\(e.date.value) \(e.citations[0].source.slug) \(e.citations[0].sentenceID)" }
        let before = Dictionary(events.map { (key($0), $0.id) }, uniquingKeysWith: { a, _ in a })
        let after = analyze(fewer, config: seeds.config).events
        let matched = after.compactMap { e in before[key(e)].map { ($0, e.id) } }
        #expect(matched.count > after.count / 2 && matched.allSatisfy { $0.0 == $0.1 })
    }
}

@Suite struct ClauseTests {
    func range(of part: String, in s: String) -> Range<Int> {
        let start = s.unicodeScalars.distance(from: s.unicodeScalars.startIndex, to: s.range(of: part)!.lowerBound)
        return start..<(start + part.unicodeScalars.count)
    }

    @Test func cutsAfterTheClauseThatCarriesTheDate() {
        let s = "Many people share bitter memories of the 1910-45 rule, and historical disputes haunt the relationship."
        #expect(Clauses.carrying(range(of: "1910-45", in: s), in: s) == "Many people share bitter memories of the 1910-45 rule …")
    }

    @Test func neverDropsTheStartOfASentence() {
        let s = "The spokesman said he could not confirm the report, but conceded the deal could be signed on Friday."
        #expect(Clauses.carrying(range(of: "Friday", in: s), in: s) == s)
    }

    @Test func keepsQuotesAndShortClausesWhole() {
        let quoted = "\"We signed on Monday, and we are glad,\" the mayor said."
        #expect(Clauses.carrying(range(of: "Monday", in: quoted), in: quoted) == quoted)
        let short = "It rained on Monday, and the dam held firm against the flood all week."
        #expect(Clauses.carrying(range(of: "Monday", in: short), in: short) == short)
    }
}
