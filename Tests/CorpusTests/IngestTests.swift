import Foundation
import Support
import TestFixtures
import Testing
@testable import Corpus

/// A corpus folder as a careless download leaves it: the good articles are read, every other file
/// is skipped with its reason, and nothing outside the folder is read.
@Suite struct IngestTests {
    static let article = "The ferry board of Port Amsel met on 3 May 2021 to discuss the summer timetable, its chair said.\n"

    static func corpus() throws -> (folder: URL, outside: URL) {
        let parent = Paths.temporary("ingest")
        let folder = parent.appendingPathComponent("corpus")
        let fm = FileManager.default
        try fm.createDirectory(at: folder.appendingPathComponent("folder.txt"), withIntermediateDirectories: true)
        func write(_ name: String, _ bytes: [UInt8]) throws { try Data(bytes).write(to: folder.appendingPathComponent(name)) }
        try write("a-good.txt", Array(article.utf8))
        try write("b-binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00])
        try write("c-empty.txt", [])
        try write("d-blank.txt", Array(" \n\t\n".utf8))
        try write("e-again.txt", Array(article.utf8))
        try write("f-latin1.txt", Array("The harbour caf".utf8) + [0xE9] + Array(" opened on 4 May 2021, its owner said.\n".utf8))
        try write("g-utf16.txt", [0xFF, 0xFE] + Array("The quay was closed on 5 May 2021, the board said.\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        try write(".hidden.txt", Array(article.utf8))
        let outside = parent.appendingPathComponent("secret.txt")
        try Data("The secret of the lighthouse keeper was kept on 6 May 2021, he said.\n".utf8).write(to: outside)
        try fm.createSymbolicLink(at: folder.appendingPathComponent("h-link.txt"), withDestinationURL: outside)
        try fm.createSymbolicLink(at: folder.appendingPathComponent("i-inside.txt"), withDestinationURL: folder.appendingPathComponent("f-latin1.txt"))
        return (folder, outside)
    }

    @Test func readsWhatIsTextAndSkipsTheRestWithItsReason() throws {
        let (folder, _) = try Self.corpus()
        let set = try ingest(folder: folder, config: BriefingConfig(title: "Port Amsel"))
        #expect(set.articles.map(\.file) == ["a-good.txt", "f-latin1.txt", "g-utf16.txt"])
        #expect(set.articles[1].paragraphs.first?.text.hasPrefix("The harbour café opened") == true)
        let reasons = Dictionary(uniqueKeysWithValues: set.skipped.map { ($0.file ?? "", $0.reason) })
        #expect(reasons == [
            "b-binary.txt": "the file contains a NUL byte: it looks binary, not text",
            "c-empty.txt": "no running text found",
            "d-blank.txt": "no running text found",
            "e-again.txt": "the same bytes as a-good.txt, which is read instead",
            "folder.txt": "it is a folder, not a file",
            "h-link.txt": "it links to a file outside the corpus folder, which is never read",
            "i-inside.txt": "the same bytes as f-latin1.txt, which is read instead",
        ])
        #expect(set.warnings.contains { $0.file == "f-latin1.txt" && $0.reason == "not UTF-8: read as Windows-1252" })
        #expect(set.warnings.contains { $0.file == "g-utf16.txt" && $0.reason == "not UTF-8: read as UTF-16" })
    }

    @Test func aFolderOfNothingButSkippedFilesSaysWhy() throws {
        let folder = Paths.temporary("ingest-none")
        try Data([0x00, 0x01]).write(to: folder.appendingPathComponent("x.txt"))
        #expect {
            try ingest(folder: folder, config: BriefingConfig(title: "Port Amsel"))
        } throws: { error in
            (error as? BriefingError)?.reason.contains("skipped x.txt:1: the file contains a NUL byte") == true
        }
    }
}
