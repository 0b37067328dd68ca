import Foundation
import Support
import TestFixtures
import Testing
@testable import Analysis
@testable import Corpus

/// One EXAMPLE line of a rule table, `# EXAMPLE: "INPUT" CONTEXT -> EXPECTED`: invented text (a `\"`
/// inside it is a quotation mark), what else the example needs (`@ 2031-05-02`, `after Orun Water
/// Agreement`; often nothing) and what the code that reads the table makes of it. Each table's header
/// says what its EXPECTED means.
struct RuleExample: CustomStringConvertible, Sendable {
    let table: String
    let line: Int
    let input: String
    let context: String
    let expected: String
    var description: String { "\(table):\(line) \"\(input)\"" }

    /// The example of one line, or nil when the line is not in the format.
    static func parse(_ line: Substring, table: String, number: Int) -> RuleExample? {
        guard line.hasPrefix("# EXAMPLE: \"") else { return nil }
        var input = ""
        var rest = line.dropFirst("# EXAMPLE: \"".count)
        var closed = false
        while let c = rest.first {
            rest = rest.dropFirst()
            if c == "\\", rest.first == "\"" { input.append("\""); rest = rest.dropFirst(); continue }
            if c == "\"" { closed = true; break }
            input.append(c)
        }
        guard closed, let arrow = rest.range(of: "->") else { return nil }
        return RuleExample(table: table, line: number, input: input, context: rest[..<arrow.lowerBound].trimmed,
                           expected: rest[arrow.upperBound...].trimmed)
    }
}

/// Every table of `Sources/*/Rules/`, as the files on disk, and their examples.
enum RuleTables {
    static let folders = ["Sources/Support/Rules", "Sources/Corpus/Rules", "Sources/Analysis/Rules"]

    /// File name → text, for every file in the rules folders.
    static let files: [String: String] = {
        var files: [String: String] = [:]
        for folder in folders {
            let url = Paths.repository.appendingPathComponent(folder)
            for name in (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [] {
                files[name] = try? String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
            }
        }
        return files
    }()

    /// Lines that open like an example but are not in the format: they would never run.
    static let malformed: [String] = files.flatMap { name, text in
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { k, line in
            line.hasPrefix("# EXAMPLE") && RuleExample.parse(line, table: name, number: k + 1) == nil ? "\(name):\(k + 1)" : nil
        }
    }.sorted()

    static let examples: [RuleExample] = files.keys.sorted().flatMap { name in
        files[name]!.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { k, line in
            RuleExample.parse(line, table: name, number: k + 1)
        }
    }
}

/// What the code that reads a table makes of an example: nil when it is as expected, else what went wrong.
typealias RuleCheck = @Sendable (RuleExample) -> String?

/// The checkers, one per kind of table, and the table each runs.
enum RuleCheckers {
    /// Thursday 4 March 2021, the publication day of examples that give none.
    static let day = "2021-03-04"

    static func sentence(_ text: String, _ n: Int = 1, dct: CalendarDay? = nil) -> SentenceRef {
        SentenceRef(citation: Citation(source: ArticleID(slug: "a"), sentenceID: SentenceID(ParagraphID(.paragraph, n), 1), sentence: text),
                    tokens: Tokenizer.tokens(text), articleIndex: 0, dct: dct)
    }

    static func differs(_ got: String, _ example: RuleExample) -> String? {
        got == example.expected ? nil : "got \(got.isEmpty ? "nothing" : got), expected \(example.expected)"
    }

    /// `-> NUMBER`: the month a word names.
    static let month: RuleCheck = { e in differs(MonthNames.number(e.input).map(String.init) ?? "none", e) }

    /// `-> DAY TIME` or `-> nothing`: the stamp a line is.
    static let stamp: RuleCheck = { e in
        differs(Stamps.parseLine(e.input).map { "\($0.day.iso) \($0.time ?? "")".trimmed } ?? "nothing", e)
    }

    /// `-> COUNT`: how many sentences the text splits into.
    static let sentences: RuleCheck = { e in differs(String(Sentences.split(e.input).count), e) }

    /// `-> drop | caption | text | published | dateline | updated | label "REST" | byline "NAME"`: what a line
    /// of an article is; `-> biography of "NAME"`: the heading of a writer's biography.
    static let boilerplate: RuleCheck = { e in
        let line = e.input
        if e.expected.hasPrefix("biography of") {
            return differs(ArticleReader.biographyHeading(line).map { "biography of \"\($0)\"" } ?? "text", e)
        }
        let role = Boilerplate.classify(Boilerplate.unlabel(line) ?? line)
        let got: String
        switch role {
        case .furniture: got = e.expected == "updated" ? "updated" : "drop"
        case .caption: got = "caption"
        case .published: got = "published"
        case .dateline: got = "dateline"
        case .heading: got = "heading"
        case .text: got = Boilerplate.unlabel(line).map { "label \"\($0)\"" } ?? "text"
        case .byline(let name): got = "byline \"\(name)\""
        default: got = "\(role)"
        }
        return differs(got, e)
    }

    /// `-> VALUE …`: the values of every expression the text holds, resolved against Thursday 4 March 2021.
    static let dates: RuleCheck = { e in
        differs(DateFinder.find(in: e.input, dct: CalendarDay(iso: day)).map(\.value).joined(separator: " "), e)
    }

    /// `-> RULE "EXPRESSION" = VALUE`, `-> RULE "EXPRESSION"`, `-> RULE nothing`: the rule finds the
    /// expression (with that value), or nothing is found at all.
    static let dateRule: RuleCheck = { e in
        let found = DateFinder.find(in: e.input, dct: CalendarDay(iso: day))
        let rule = String(e.expected.prefix { $0 != " " })
        let rest = e.expected.dropFirst(rule.count).trimmed
        if rest == "nothing" { return found.isEmpty ? nil : "found \(found.map { "\($0.text) (\($0.rule))" })" }
        guard rest.hasPrefix("\""), let close = rest.dropFirst().firstIndex(of: "\"") else { return "malformed: \(e.expected)" }
        let expression = String(rest[rest.index(after: rest.startIndex)..<close])
        let value = rest[rest.index(after: close)...].trimmed
        guard let match = found.first(where: { $0.text == expression }), match.rule == rule else {
            return "\(rule) should find “\(expression)”, found \(found.map { "\($0.text) (\($0.rule))" })"
        }
        if value.hasPrefix("="), match.value != value.dropFirst().trimmed { return "\(rule): value \(match.value), expected \(value)" }
        return nil
    }

    /// `@ DAY -> VALUE …`: the dates of a sentence that date its happenings.
    static let eventDates: RuleCheck = { e in
        let dct = CalendarDay(iso: e.context.hasPrefix("@") ? e.context.dropFirst().trimmed : day)
        let found = DateFinder.find(in: e.input, dct: dct).filter { ($0.kind == .date || $0.kind == .time) && $0.date != nil }
        return differs(DatingWords.happenings(found, in: e.input).compactMap { $0.date?.value }.joined(separator: " "), e)
    }

    /// `-> news of the day` or `-> not news of the day`: whether the sentence tells a step as news.
    static let newsOfTheDay: RuleCheck = { e in
        differs(NewsOfTheDay.step(in: Tokenizer.tokens(e.input)) != nil ? "news of the day" : "not news of the day", e)
    }

    /// `-> CLASS …`: the classes of the sentence's listed words, in order.
    static let eventWords: RuleCheck = { e in
        differs(Tokenizer.tokens(e.input).map(EventBuilder.stem).filter { EventBuilder.actions.contains($0) }.joined(separator: " "), e)
    }

    /// `-> NAME, …`: the issues the text raises when the configuration names none.
    static let issueKinds: RuleCheck = { e in
        let s = sentence(e.input)
        let issues = IssueTracker.issues(configured: [], glossary: GlossaryFinder.find(in: s), sentences: [s])
        return differs(issues.map(\.0.name).joined(separator: ", "), e)
    }

    /// `after NAME -> points back`: "the NOUN" points back at the issue the sentence before names.
    static let issueNouns: RuleCheck = { e in
        guard e.context.hasPrefix("after ") else { return "no issue named before" }
        let name = String(e.context.dropFirst("after ".count))
        let sentences = [sentence("Officials discussed the \(name) at length.", 1), sentence(e.input, 2)]
        let matchers = [IssueMatcher(id: "named", names: [name]), IssueMatcher(id: "other", names: ["Harbor Pact"])]
        let reference = IssueReference(sentences: sentences, matchers: matchers, nouns: IssueTracker.referenceNouns)
        return differs(reference.issues(of: sentences[1].citation) == ["named"] ? "points back" : "does not point back", e)
    }

    /// `-> NAME, …` or `-> NAME (ROLE)` or `-> nobody`: the people a sentence names.
    static let people: RuleCheck = { e in
        let aliases: [(id: ActorID, aliases: [String])] = [("alda", ["Alda"]), ("liberals", ["Liberals", "the Centre Party", "the council"]),
                                                         ("prosecutors", ["the Public Prosecutor's Office"]), ("works", ["the Ministry of Harbour Works"]),
                                                         ("kelvar", ["Kelvar"]), ("crews", ["the dockers' union"])]
        let context = PeopleFinder.Context(actors: NameIndex(aliases), known: KnownPeople(config: BriefingConfig(title: "t")), bodies: [], notNames: [],
                                           workforce: PeopleFinder.workforce(of: aliases))
        let found = PeopleFinder.find(in: sentence(e.input), context)
        let withRoles = e.expected.contains("(")
        var got = found.map { withRoles ? "\($0.name) (\($0.role ?? "-"))" : $0.name }.joined(separator: ", ")
        if e.expected.contains(" / ") { got += " / " + found.map { $0.actor?.slug ?? "-" }.joined(separator: ", ") }
        return differs(got.isEmpty ? "nobody" : got, e)
    }

    /// `-> NAME` or `-> two people`: what the people of two names, each named in its own sentence, make.
    static let givenNames: RuleCheck = { e in
        let names = e.input.components(separatedBy: ", ")
        let mentions = names.enumerated().map { k, name in
            PersonMention(name: name, role: nil, title: nil, actor: nil, citation: sentence("\(name) spoke.", k + 1).citation)
        }
        let people = mergePeople(mentions).0
        return differs(people.count == 1 ? people[0].name : people.count == 2 ? "two people" : "\(people.count) people", e)
    }

    /// `-> SPEAKER`: who speaks the quote of a text (their name, else their description).
    static let speech: RuleCheck = { e in
        // A paragraph before it, so that the text is not read as a headline.
        guard let f = try? analyseArticle("The council met on Monday.\n\n" + e.input) else { return "the text could not be read" }
        let withSide = e.expected.contains(" / ")
        return differs(f.quotes.first.map { ($0.speaker ?? $0.speakerRole ?? "?") + (withSide ? " / \($0.actor ?? "-")" : "") } ?? "no quote", e)
    }

    /// `-> TERM = EXPANSION; …`: the glossary entries of a sentence; `bare ACRONYM -> ACRONYM = EXPANSION`:
    /// the expansion the sentence writes out for an acronym used bare; `-> a title | not a title`: whether
    /// quoted words are the title of a work; `-> wording WORDS`: the words two quotations are compared by;
    /// `-> a letter | not a letter`: whether quoted words open a letter.
    static let smallWords: RuleCheck = { e in
        if e.context.hasPrefix("bare ") {
            let found = GlossaryFinder.expansionsElsewhere(acronyms: [String(e.context.dropFirst("bare ".count))], sentences: [sentence(e.input)], known: [])
            return differs(found.map { "\($0.term) = \($0.expansion)" }.joined(separator: "; "), e)
        }
        if e.expected.contains(" = ") {
            return differs(GlossaryFinder.find(in: sentence(e.input)).map { "\($0.term) = \($0.expansion)" }.joined(separator: "; "), e)
        }
        if e.expected.hasPrefix("wording ") { return differs("wording " + QuoteFinder.wording(e.input), e) }
        if e.expected.hasSuffix("a letter") { return differs(QuoteFinder.opensALetter(e.input) ? "a letter" : "not a letter", e) }
        return differs(QuoteFinder.isTitleOfAWork(e.input.split(separator: " ")) ? "a title" : "not a title", e)
    }

    /// `-> STATUS` or `-> none`: the status of the issue written in brackets.
    /// The stage as reasoned, or as worded where the wording row words it ("abandoned" for scrapped).
    static let status: RuleCheck = { e in
        readStatus(e.input, worded: true) == e.expected ? nil : differs(readStatus(e.input) ?? "none", e)
    }

    /// `-> WORD …`: the content words of a sentence, sorted.
    static let contentWords: RuleCheck = { e in
        differs(ContentWords.of(Tokenizer.tokens(e.input)).sorted().joined(separator: " "), e)
    }

    /// `-> open question | settled`.
    static let uncertainty: RuleCheck = { e in
        differs(IssueTracker.isUncertain(Tokenizer.tokens(e.input)) ? "open question" : "settled", e)
    }

    /// Table file → its checker. A table missing here, or named here but gone, fails `everyTableHasItsChecker`.
    static let byTable: [String: RuleCheck] = [
        "months.words": month,
        "abbreviations.words": sentences,
        "sentence-starters.words": sentences,
        "boilerplate.rules": boilerplate,
        "stamp-words.rules": stamp,
        "dates.rules": dateRule,
        "date-words.rules": dates,
        "weekdays.words": dates,
        "tense.words": dates,
        "past.words": dates,
        "event-dates.rules": eventDates,
        "event-words.rules": eventWords,
        "news-of-the-day.rules": newsOfTheDay,
        "issue-kinds.rules": issueKinds,
        "issue-nouns.rules": issueNouns,
        "organisations.words": people,
        "person-cues.rules": people,
        "given-names.rules": givenNames,
        "places.words": people,
        "demonyms.words": people,
        "titles.words": people,
        "speech-verbs.words": speech,
        "speaker-words.rules": speech,
        "date-grammar.rules": dates,
        "small-words.rules": smallWords,
        "status.rules": status,
        "stopwords.words": contentWords,
        "uncertainty.words": uncertainty,
    ]
}

/// Every EXAMPLE of every rule table runs against the code that reads the table.
@Suite struct RuleExampleTests {
    @Test func everyTableHasItsCheckerAndExamples() {
        #expect(!RuleTables.files.isEmpty)
        #expect(Set(RuleTables.files.keys) == Set(RuleCheckers.byTable.keys), "a table without a checker, or a checker without a table")
        let withExamples = Set(RuleTables.examples.map(\.table))
        #expect(RuleTables.files.keys.filter { !withExamples.contains($0) }.sorted() == [], "tables without examples")
        #expect(RuleTables.malformed == [], "EXAMPLE lines not in the format, which would never run")
    }

    @Test func everyDateRuleHasAnExample() {
        let named = Set(RuleTables.examples.filter { $0.table == "dates.rules" }.map { String($0.expected.prefix { $0 != " " }) })
        #expect(Set(DateRule.all.map(\.name)).subtracting(named).sorted() == [])
        #expect(DateRule.all.count == Set(DateRule.all.map(\.name)).count, "rule names are unique")
    }

    @Test(arguments: RuleTables.examples)
    func theExampleHolds(_ example: RuleExample) {
        guard let check = RuleCheckers.byTable[example.table] else { Issue.record("no checker for \(example.table)"); return }
        if let failure = check(example) { Issue.record("\(example): \(failure)") }
    }
}
