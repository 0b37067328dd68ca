import Foundation
import Support
import TestFixtures
import Testing
@testable import Corpus

@Suite struct ConfigTests {
    func load(_ yaml: String) throws -> BriefingConfig {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-\(UUID().uuidString).yml")
        try yaml.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        do {
            return try BriefingConfig.load(url)
        } catch let error as BriefingError {
            // Name the error by its line and message only: the file name is random.
            throw BriefingError(file: "briefing.yml", line: error.line, error.reason)
        }
    }

    @Test func loadsTheSeedConfiguration() throws {
        let config = try BriefingConfig.load(Paths.seeds.appendingPathComponent("briefing.yml"))
        #expect(config.actors.filter(\.positions).map(\.id) == ["seoul", "tokyo", "washington", "beijing"])
        #expect(config.issues.map(\.id).contains("gsomia"))
        #expect(config.issues.map(\.id).contains("acsa"))
        #expect(config.sources.count == 5)
    }

    @Test func readsPinnedPeopleAndChecksTheirActor() throws {
        let config = try load("""
        title: A story
        actors:
          - id: lirsa
            name: Lirsa
        people:
          - name: Mira Soto
            actor: lirsa
            role: water minister
            aliases: [Soto]
        """)
        #expect(config.people == [PersonConfig(name: "Mira Soto", actor: "lirsa", role: "water minister", aliases: ["Soto"])])
        #expect(throws: BriefingError(file: "briefing.yml", line: 4, "people: 'Mira Soto' names the actor 'okka', which is not among the actors")) {
            try load("title: A story\npeople:\n  - name: Mira Soto\n    actor: okka\n")
        }
        #expect(throws: BriefingError.self) { try load("title: A story\npeople:\n  - name: Mira Soto\n    side: lirsa\n") }
    }

    @Test func defaultsWhatIsOptional() throws {
        let config = try load("title: A story\n")
        #expect(config == BriefingConfig(title: "A story"))
    }

    @Test func namesTheLineOfASyntaxError() {
        #expect {
            try load("title: A story\nactors:\n  - id: a\n    name: [unclosed\n")
        } throws: { error in
            (error as? BriefingError)?.line == 5 || (error as? BriefingError)?.line == 4
        }
    }

    @Test func refusesAMisspeltKeyWithItsLine() {
        #expect(throws: BriefingError(file: "briefing.yml", line: 4,
                                      "sources.a.txt: unknown key 'publised' (known: title, outlet, byline, published, home, url)")) {
            try load("title: A story\nsources:\n  a.txt:\n    publised: 2021-03-04\n")
        }
        #expect(throws: BriefingError(file: "briefing.yml", line: 4, "actors.0: unknown key 'alias' (known: id, name, aliases, positions)")) {
            try load("title: A story\nactors:\n  - id: a\n    alias: [A]\n    name: A\n")
        }
        #expect(throws: BriefingError(file: "briefing.yml", line: 2, "unknown key 'tilte' (known: title, language, actors, issues, people, sources)")) {
            try load("title: A story\ntilte: Another\n")
        }
    }

    /// An actor's page switch takes YAML's words for true and false, in any case; other words are refused
    /// with their line, and plain text that looks like a number or a date stays text.
    @Test func aSwitchTakesYamlsWordsAndTextStaysText() throws {
        func positions(_ word: String) throws -> Bool {
            try load("title: A story\nactors:\n  - id: a\n    name: Alda\n    positions: \(word)\n").actors[0].positions
        }
        for word in ["false", "No", "OFF"] { #expect(try positions(word) == false) }
        for word in ["true", "Yes", "on"] { #expect(try positions(word) == true) }
        #expect(try load("title: A story\nactors:\n  - id: a\n    name: Alda\n").actors[0].positions)
        #expect(throws: BriefingError(file: "briefing.yml", line: 5, "actors.0.positions: expected true or false")) {
            try positions("maybe")
        }
        let config = try load("title: 2031\nsources:\n  a.txt:\n    outlet: 1.5\n    published: 2031-05-04\n    byline: null\n")
        #expect(config.title == "2031")
        #expect(config.sources["a.txt"]?.outlet == "1.5")
        #expect(config.sources["a.txt"]?.published == "2031-05-04")
        #expect(config.sources["a.txt"]?.byline == nil)
    }

    @Test func theLanguageMustBeALanguageTag() throws {
        for good in ["en", "pt-BR", "zh-Hant", "zh-Hant-TW", "es-419", "de-CH-1901", "sl-rozaj-biske", "en-1234"] {
            #expect(try load("title: A story\nlanguage: \(good)\n").language == good)
        }
        for bad in ["en\" onmouseover=\"alert(1)", "english", "en_GB", "e", "en-", "", "en--GB", "en-GB-abc", "en-GB-oed1", "zh-Hänt"] {
            #expect(throws: BriefingError(file: "briefing.yml", line: 2,
                                          "language: '\(bad)' is not a language tag such as en, pt-BR or zh-Hant")) {
                try load("title: A story\nlanguage: '\(bad)'\n")
            }
        }
    }

    @Test func aSourceAddressMustBeOneAReaderCanFollow() throws {
        #expect(try load("title: A story\nsources:\n  a.txt:\n    url: https://example.org/news/1\n").sources["a.txt"]?.url
                == "https://example.org/news/1")
        for bad in ["javascript:alert(1)", "example.org/news", "ftp://example.org/x", "https://"] {
            #expect(throws: BriefingError(file: "briefing.yml", line: 4, "sources.a.txt.url: '\(bad)' is not an http or https address")) {
                try load("title: A story\nsources:\n  a.txt:\n    url: \"\(bad)\"\n")
            }
        }
    }

    @Test func namesTheLineOfABadSourceField() {
        #expect(throws: BriefingError(file: "briefing.yml", line: 6, "sources.b.txt.outlet: expected Scalar")) {
            try load("title: A story\nsources:\n  a.txt:\n    outlet: Wire\n  b.txt:\n    outlet: [1, 2]\n")
        }
        #expect(throws: BriefingError(file: "briefing.yml", line: 1, "the configuration is empty: it needs at least a title")) {
            try load("")
        }
    }

    @Test func readsManySourcesInOrderOfNoImportance() throws {
        let yaml = "title: A story\nsources:\n" + (0..<3000).map { "  \($0).txt:\n    published: 2021-03-04\n" }.joined()
        let config = try load(yaml)
        #expect(config.sources.count == 3000)
        #expect(config.sources["2999.txt"]?.published == "2021-03-04")
    }

    @Test func namesTheFieldThatIsMissing() {
        #expect(throws: BriefingError(file: "briefing.yml", line: 3, "actors.0.name: is required")) {
            try load("title: A story\nactors:\n  - id: harbor\n")
        }
    }

    @Test func refusesBadIDsAndDates() {
        #expect(throws: BriefingError(file: "briefing.yml", line: 3, "actor id 'Harbor Town' must be lower-case letters, digits and hyphens")) {
            try load("title: T\nactors:\n  - id: Harbor Town\n    name: H\n")
        }
        #expect(throws: BriefingError(file: "briefing.yml", line: 4, "sources.a.txt.published: '28/06/2012' is not YYYY-MM-DD or YYYY-MM-DD HH:MM")) {
            try load("title: T\nsources:\n  a.txt:\n    published: 28/06/2012\n")
        }
        #expect(throws: BriefingError(file: "briefing.yml", line: 5, "the id 'x' is used twice")) {
            try load("title: T\nactors:\n  - {id: x, name: X}\nissues:\n  - {id: x, name: Y}\n")
        }
    }

    @Test func refusesAnAliasOfTwoActors() {
        #expect(throws: BriefingError(file: "briefing.yml", line: 5, "actors: 'harbour board' is an alias of both 'amsel' and 'brenn'")) {
            try load("title: T\nactors:\n  - {id: amsel, name: Amsel, aliases: [Harbour Board]}\n\n  - {id: brenn, name: Brenn, aliases: [harbour board]}\n")
        }
    }
}

@Suite struct UniqueSlugTests {
    @Test func aTakenSlugGetsTheFirstFreeNumber() {
        var slugs = UniqueSlugs(reserving: ["ferry-2"])
        #expect(["Ferry", "ferry", "FERRY", "Ferry Board"].map { slugs.claim($0) } == ["ferry", "ferry-3", "ferry-4", "ferry-board"])
        #expect(slugs.claimIfFree("Ferry board") == nil)
        #expect(slugs.claimIfFree("Harbour") == "harbour")
    }
}
