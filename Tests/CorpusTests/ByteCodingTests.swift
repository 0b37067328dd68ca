import Support
import Testing
@testable import Corpus

/// The build cache's own form: what is written reads back the same, and bytes cut short or of
/// another kind are refused rather than read as something else.
@Suite struct ByteCodingTests {
    static func bytes(_ value: some ByteCodable) -> [UInt8] {
        var writer = ByteWriter()
        writer.write(value)
        return writer.bytes
    }

    static func roundTrip<Value: ByteCodable & Equatable>(_ value: Value) throws -> Bool {
        var reader = ByteReader(bytes(value))
        return try reader.read(Value.self) == value && reader.isAtEnd
    }

    @Test func numbersOfEverySizeAndSignReadBackTheSame() throws {
        for n in [0, 1, -1, 63, -64, 64, 127, 128, 300, -300, 1 << 40, Int.max, Int.min] {
            #expect(try Self.roundTrip(n), "\(n)")
        }
        // Small numbers, positive or negative, take one byte.
        #expect(Self.bytes(5).count == 1 && Self.bytes(-5).count == 1)
        #expect(Self.bytes(Int.max).count == 10)
    }

    @Test func textsOptionalsAndListsReadBackTheSame() throws {
        #expect(try Self.roundTrip(""))
        #expect(try Self.roundTrip("Café “Orun” — 港 🚢"))
        #expect(try Self.roundTrip(String?.none))
        #expect(try Self.roundTrip(String?.some("")))
        #expect(try Self.roundTrip([[1, 2], [], [-3]]))
        #expect(try Self.roundTrip([true, false]))
        #expect(try Self.roundTrip(CalendarDay(year: 2031, month: 2, day: 28)!))
        #expect(try Self.roundTrip(BriefingError(step: .ingest, file: "a.txt", line: 4, column: 2, "skipped: it is empty")))
        #expect(try Self.roundTrip(BriefingError("no place")))
    }

    @Test func anArticleReadsBackTheSameAndEveryShorterPrefixIsRefused() throws {
        let text = """
            Dam talks resume in Veloria

            By Ana Reyes, Orun Daily
            March 3, 2031

            Engineers of Upper Duna and Veloria met on 2 March 2031, a spokesman said. Talks go on.

            “We will open the locks,” the minister said.
            """
        let set = try ingest(files: [("orun.txt", Array(text.utf8))], config: BriefingConfig(title: "Orun"))
        let read = ReadArticle(article: try #require(set.articles.first), notes: [BriefingError(step: .ingest, file: "orun.txt", "a note")])
        let bytes = Self.bytes(read)
        var reader = ByteReader(bytes)
        let back = try reader.read(ReadArticle.self)
        #expect(back.article == read.article && back.notes == read.notes && reader.isAtEnd)
        #expect(read.article.published.value != nil && read.article.blocks.count >= 2)
        for length in 0..<bytes.count {
            var cut = ByteReader(Array(bytes[..<length]))
            #expect(throws: BriefingError.self) { try cut.read(ReadArticle.self) }
        }
    }

    @Test func aCountOrTagBeyondWhatTheBytesHoldIsRefused() {
        // A list of 2^40 elements claimed by five bytes: refused before anything is made for it.
        var huge = ByteReader(Self.bytes(1 << 40) + [1, 2])
        #expect(throws: BriefingError.self) { try huge.read([Int].self) }
        // An optional's presence is 0 or 1; a day is a real day.
        var tag = ByteReader([2, 0])
        #expect(throws: BriefingError.self) { try tag.read(Int?.self) }
        var day = ByteReader(Self.bytes(2031_02_30))
        #expect(throws: BriefingError.self) { try day.read(CalendarDay.self) }
        // A number whose bytes never end.
        var endless = ByteReader([UInt8](repeating: 0xff, count: 12))
        #expect(throws: BriefingError.self) { try endless.read(Int.self) }
    }
}
