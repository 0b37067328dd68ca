import Foundation
import Support
import TestFixtures
import Testing
@testable import Corpus

/// Ingestion of each seed article, with and without the configuration's metadata.
@Suite struct SeedIngestionTests {
    static let config = try! BriefingConfig.load(Paths.seeds.appendingPathComponent("briefing.yml"))
    static let withConfig = try! ingest(folder: Paths.seeds, config: config)
    static let textOnly: ArticleSet = {
        var bare = config
        bare.sources = [:]
        return try! ingest(folder: Paths.seeds, config: bare)
    }()

    func article(_ prefix: String, _ set: ArticleSet = withConfig) -> Article {
        set.articles.first { $0.file.hasPrefix(prefix) }!
    }

    func allText(_ a: Article) -> String { a.blocks.map(\.text).joined(separator: "\n") }

    @Test func readsAllFiveSeedsInFileOrder() {
        #expect(Self.withConfig.articles.map(\.file) == [
            "000_c5641a0c7c970d66.txt", "001_15ef771c5bf63371.txt", "002_0cd673802826b40d.txt",
            "003_02d232213909cd9e.txt", "004_928631bc2f3ed4b7.txt",
        ])
        #expect(Self.withConfig.warnings.isEmpty)
    }

    @Test func chinaDailyPiece() {
        let a = article("000")
        #expect(a.outlet == Sourced("China Daily", .config))
        #expect(a.byline == Sourced("Zhang Yunbi", .config))
        #expect(a.published.value?.day.iso == "2012-06-28")
        #expect(a.published.basis == .config)
        // No headline in the file: the lead's first words stand in, marked as inferred.
        #expect(a.title.basis == .inferred)
        #expect(a.title.value!.hasPrefix("Reports on Wednesday quoted officials"))
        #expect(a.paragraphs.count == 21)
        #expect(!allText(a).contains("contributed to this story"))
        #expect(!allText(a).contains("@"))
        // From the text alone: the outlet comes from the closing e-mail address.
        let bare = article("000", Self.textOnly)
        #expect(bare.outlet == Sourced("chinadaily.com.cn", .text))
        #expect(bare.published == .unknown)
    }

    @Test func koreaHeraldPiece() {
        let a = article("001")
        #expect(a.title == Sourced("S. Korea, Japan set to sign military pact Friday: official", .text))
        #expect(a.outlet == Sourced("The Korea Herald", .config))
        #expect(a.published.value == PublicationStamp(day: CalendarDay(year: 2012, month: 6, day: 28)!, time: "15:38"))
        #expect(a.paragraphs.count == 19)
        #expect(a.credit == "Yonhap News")
        let text = allText(a)
        for gone in ["Link copied", "소아쌤", "Published :", "KH디지털뉴스부공용", "(Yonhap News)"] {
            #expect(!text.contains(gone), "\(gone) should be gone")
        }
        // The text alone gives the same facts, marked as from the text.
        let bare = article("001", Self.textOnly)
        #expect(bare.outlet == Sourced("The Korea Herald", .text))
        #expect(bare.byline == Sourced("KH디지털뉴스부공용", .text))
        #expect(bare.published.basis == .text)
        #expect(bare.published.value?.time == "15:38")
    }

    @Test func chosunIlboPiece() {
        let a = article("002")
        #expect(a.title == Sourced("The Story Behind the Korea-Japan Military Pact", .text))
        #expect(a.paragraphs.count == 10)
        #expect(a.blocks.filter { $0.kind == .heading }.map(\.text) == ["Intelligence on North Korea", "U.S. Pressure"])
        let captions = a.blocks.filter { $0.kind == .caption }
        #expect(captions.count == 1)
        #expect(captions.first?.text.hasSuffix("/Courtesy of the U.S. Navy") == true)
        let text = allText(a)
        for gone in ["Copyright", "Previous Next", "All Headlines", "Back to Top"] {
            #expect(!text.contains(gone), "\(gone) should be gone")
        }
        let bare = article("002", Self.textOnly)
        #expect(bare.published.value == PublicationStamp(day: CalendarDay(year: 2012, month: 6, day: 29)!, time: "11:16"))
        #expect(bare.published.basis == .text)
    }

    @Test func koreaHeraldDefensePiece() {
        let a = article("003")
        #expect(a.title == Sourced("South Korea, Japan to sign defense pacts", .text))
        #expect(a.byline == Sourced("Choi He-suk", .config))
        #expect(a.published.value?.day.iso == "2012-05-08")
        #expect(a.paragraphs.count == 12)
        #expect(!allText(a).contains("Back To Top"))
        #expect(!allText(a).contains("By Choi"))
        #expect(article("003", Self.textOnly).byline == Sourced("Choi He-suk", .text))
    }

    @Test func koreaTimesPiece() {
        let a = article("004")
        #expect(a.byline == Sourced("Jung Sung-ki", .config))
        #expect(a.published.value?.day.iso == "2010-11-09")
        #expect(a.paragraphs.count == 14)
        #expect(article("004", Self.textOnly).byline == Sourced("Jung Sung-ki", .text))
        #expect(article("004", Self.textOnly).published == .unknown)
        #expect(Self.textOnly.warnings.contains { $0.file?.hasPrefix("004") == true && $0.reason.contains("no publication date") })
    }

    @Test func paragraphAndSentenceIDsAreStable() {
        let a = article("001")
        #expect(a.paragraphs.map(\.id.description) == (1...19).map { "p\($0)" })
        let p2 = a.paragraph(ParagraphID(.paragraph, 2))!
        #expect(p2.sentences.map(\.id.description) == ["p2.s1", "p2.s2"])
        #expect(p2.sentences[1].text == "South Korea's Cabinet already approved the pact on Tuesday.")
        #expect(p2.line == 15)
    }
}
