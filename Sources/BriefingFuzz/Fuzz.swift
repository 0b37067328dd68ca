import Analysis
import Compose
import Corpus
import Foundation
import Support

/// One fuzz input through the stages that read article text: the bytes as one article file
/// (decoding, furniture, dateline, paragraphs, sentences), every date of the raw text resolved
/// against a fixed publication day, then the whole analysis (people, quotes, events, issues), the
/// pages composed from it and the export. Only a crash, a trap or a slow input is a finding; results are dropped.
enum FuzzInput {
    /// The actors and issue of the invented rivers fixture, so that its articles, the seeds of the
    /// fuzzer, reach the rules on actors, sides and issues; the file's home side reaches the guesses.
    static let config = BriefingConfig(
        title: "Fuzz",
        actors: [ActorConfig(id: ActorID(slug: "lirsa"), name: "Lirsa", aliases: ["Lirsa", "Veloria", "Velorian"]),
                 ActorConfig(id: ActorID(slug: "hamburgh"), name: "Hamburgh", aliases: ["Hamburgh", "Tarsk", "Tarskan"]),
                 ActorConfig(id: ActorID(slug: "okka"), name: "Okka", aliases: ["Okka", "Upper Duna"], positions: false)],
        issues: [IssueConfig(id: IssueID(slug: "owa"), name: "Orun Water Agreement", aliases: ["OWA", "water pact"])],
        people: [PersonConfig(name: "Mira Soto", actor: ActorID(slug: "lirsa"), role: "water minister", aliases: ["Soto"])],
        sources: ["input.txt": SourceConfig(home: ActorID(slug: "hamburgh"))])
    static let dct = CalendarDay(year: 2021, month: 3, day: 4)!

    static func run(_ bytes: [UInt8]) {
        _ = DateFinder.find(in: String(decoding: bytes, as: UTF8.self), dct: dct)
        guard let corpus = try? ingest(files: [("input.txt", bytes)], config: config) else { return }
        let briefing = compose(corpus, analyze(corpus, config: config), config: config)
        for file in briefing.dataFiles { try? file.write { _ in } }
    }
}

/// The target's entry point. Built with `-sanitize=fuzzer -D FUZZING` it hands the command line
/// to libFuzzer's driver (SwiftPM names every executable's `main` itself, so libFuzzer's own `main`
/// is never linked); built plainly it replays the files named on the command line, e.g. a crash the
/// fuzzer saved: `swift run BriefingFuzz FILE…`.
@main struct FuzzMain {
    static func main() throws {
        #if FUZZING
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runFuzzerDriver(&argc, &argv, testOneInput))
        #else
        for path in CommandLine.arguments.dropFirst() {
            FuzzInput.run([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
            print("ran \(path)")
        }
        #endif
    }
}

#if FUZZING
/// libFuzzer's driver: parses its flags, then calls `callback` with each input.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>,
                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzInput.run(size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
#endif
