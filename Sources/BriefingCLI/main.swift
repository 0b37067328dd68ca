import Analysis
import ArgumentParser
import Corpus
import Foundation
import NIOCore
import Preview
import Site
import Support

/// `briefing`: builds a briefing site from a corpus of news articles, and checks one.
struct Briefing: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "briefing",
        abstract: "Turn a corpus of news articles about one story into a cited briefing website.",
        subcommands: [Init.self, Build.self, Serve.self, Check.self, Dates.self])
}

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a new corpus folder: a commented briefing.yml and a note on where the articles go.",
        discussion: "Refuses a folder that already holds anything.")

    @Argument(help: "The folder to create.")
    var folder: String

    func run() throws {
        try NewCorpus.create(at: URL(fileURLWithPath: folder))
        print("Created \(folder)/\(NewCorpus.configurationName) and \(folder)/\(NewCorpus.noteName). "
              + "Put the articles (.txt) in \(folder), then: briefing build --corpus \(folder) --output site")
    }
}

/// What `build` and `serve` both take: the corpus, the output, the templates and the published address.
struct SiteOptions: ParsableArguments {
    @Option(help: "The corpus folder: plain-text articles and briefing.yml.")
    var corpus = "seeds"

    @Option(help: "Where the site goes. The previous site stays until the new one is complete.")
    var output = "site"

    @Option(help: "The templates folder: page.mustache and assets/.")
    var templates = "templates"

    @Option(help: "The address the site will be published at (https://example.org/briefing/): adds sitemap.xml and an Atom feed of the events.")
    var baseURL: String?

    @Option(help: "Where each article's reading and analysis are kept between builds, so that a rebuild redoes only the changed articles (default: .briefing-cache/NAME beside an output folder NAME).")
    var cache: String?

    @Flag(help: "Keep no cache: read and analyse every article.")
    var noCache = false

    func buildOptions(strict: Bool) -> BuildOptions {
        let outputFolder = URL(fileURLWithPath: output)
        return BuildOptions(corpus: URL(fileURLWithPath: corpus), output: outputFolder,
                            templates: URL(fileURLWithPath: templates), strict: strict, baseURL: baseURL,
                            cache: noCache ? nil : cache.map { URL(fileURLWithPath: $0) } ?? BuildOptions.defaultCache(for: outputFolder))
    }
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site: ingest, analyse, write Markdown, render it with cmark, swap the new site in.")

    @OptionGroup var site: SiteOptions

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    @Flag(help: "Stop on any warning (a skipped file, a file not in UTF-8) instead of building without it.")
    var strict = false

    @Flag(help: "Print each phase's time and the peak memory on standard output, even with --quiet.")
    var timings = false

    func run() throws {
        let options = site.buildOptions(strict: strict)
        let report = try build(options) { line in if !quiet { printError(line) } }
        for warning in report.warnings { printError("warning: " + warning.report) }
        if timings {
            for phase in report.timings {
                print("timing \(phase.name) \(String(format: "%.3f", phase.seconds)) s, peak so far \(String(format: "%.1f", phase.peakMegabytes)) MB")
            }
            print("timing total \(String(format: "%.3f", report.seconds)) s")
            print("peak memory \(String(format: "%.1f", StageTiming.peakMegabytesSoFar)) MB")
        }
        if !quiet {
            print("Built \(report.pages) pages (\(report.files) files) from \(report.articles) articles: "
                  + "\(report.events) events, \(report.quotes) quotes, in \(String(format: "%.2f", report.seconds)) s. "
                  + "Open \(site.output)/index.html")
        }
    }
}

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site and serve it on this machine; rebuild on every change and reload the open pages.",
        discussion: """
            Watches the corpus folder (its articles and briefing.yml) and the templates. A failed rebuild \
            keeps serving the last good site and shows the error in the open pages. Ctrl-C stops it.
            """)

    @OptionGroup var site: SiteOptions

    @Option(help: "The address to listen on. Any other than loopback lets other machines see the preview.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on; 0 takes a free one.")
    var port = 8000

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535, not \(port)") }
    }

    func run() async throws {
        let build = site.buildOptions(strict: false)
        // Mistakes in the options stop it at once: no change to the inputs could mend them.
        try build.checkOutput()
        _ = try build.checkedBaseURL()
        if !["127.0.0.1", "localhost", "::1"].contains(host) {
            printError("warning: listening on \(host): other machines can reach this preview")
        }
        let output = site.output
        let app = await buildPreview(PreviewOptions(build: build, host: host, port: port)) { event in
            switch event {
            case .listening(let url):
                printOut("Serving \(output) at \(url) (Ctrl-C stops)")
            case .rebuilding:
                printError("A change was seen: rebuilding.")
            case .built(let report):
                for warning in report.warnings { printError("warning: " + warning.report) }
                printError("Built \(report.pages) pages from \(report.articles) articles in \(String(format: "%.2f", report.seconds)) s.")
            case .failed(let error):
                printError("error: " + error.report)
                printError("The last good site is still served; the error shows in the open pages.")
            }
        }
        do {
            try await app.runService()
        } catch let error as IOError where error.errnoCode == EADDRINUSE {
            throw BriefingError("port \(port) on \(host) is taken: stop what holds it, or choose another with --port (0 takes a free one)")
        }
        printOut("Stopped.")
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a built site: links, anchors, citations, Markdown twins and HTML basics.")

    @Option(help: "The site folder to check.")
    var output = "site"

    func run() throws {
        let result = try SiteCheck.check(folder: URL(fileURLWithPath: output))
        for problem in result.problems { printError("error: " + problem.report) }
        if !result.problems.isEmpty {
            printError("\(result.problems.count) problems in \(result.pages) pages.")
            throw ExitCode(1)
        }
        print("\(result.pages) pages, \(result.links) links: all resolve; every citation points at its paragraph.")
    }
}

struct Dates: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show how the dates in a text resolve: one JSON object per line for each expression found.",
        discussion: "Offsets count Unicode scalars from the start of the input; end is exclusive. Expressions are marked as TimeML marks them: a span of years (\"1890-95\") is one expression for each year.")

    @Option(help: "The document's creation (publication) date, YYYY-MM-DD, against which relative dates resolve.")
    var dct: String

    @Argument(help: "The text file to read, or - (the default) for standard input.")
    var file = "-"

    func validate() throws {
        guard CalendarDay(iso: dct) != nil else { throw ValidationError("--dct must be a date as YYYY-MM-DD, not '\(dct)'") }
    }

    func run() throws {
        let data: Data
        if file == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let contents = FileManager.default.contents(atPath: file) else {
                throw BriefingError(file: file, "cannot read the file")
            }
            data = contents
        }
        guard let text = String(data: data, encoding: .utf8) else { throw BriefingError(file: file, "the input is not valid UTF-8") }
        var out = ""
        for e in DateFinder.find(in: text, dct: CalendarDay(iso: dct)).flatMap(\.timeMLParts) {
            out += DateLine(text: e.text, start: e.start, end: e.end, value: e.value, granularity: e.granularity, type: e.kind.rawValue).json + "\n"
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}

/// One line of `briefing dates`, its keys in a fixed order.
struct DateLine {
    let text: String
    let start: Int
    let end: Int
    let value: String
    let granularity: String
    let type: String

    var json: String {
        "{\"text\": \(encode(text)), \"start\": \(start), \"end\": \(end), \"value\": \(encode(value)), "
            + "\"granularity\": \(encode(granularity)), \"type\": \(encode(type))}"
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return encoder
    }()

    /// A string as JSON: quoted as it is when nothing in it needs escaping, as most expressions are;
    /// through the encoder otherwise.
    private func encode(_ s: String) -> String {
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) { return "\"" + s + "\"" }
        return String(decoding: (try? Self.encoder.encode(s)) ?? Data("\"\"".utf8), as: UTF8.self)
    }
}

func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

/// A line on standard output at once, even into a pipe: `serve` tells its address while it runs on.
func printOut(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

/// Runs the command the arguments name; `serve` runs until it is stopped.
func runCommand() async throws {
    var command = try Briefing.parseAsRoot()
    if var asynchronous = command as? AsyncParsableCommand {
        try await asynchronous.run()
    } else {
        try command.run()
    }
}

// Exit status: 0 on success (and for --help), 1 when a build or check fails, 2 on a usage error.
do {
    try await runCommand()
} catch let exit as ExitCode {
    Foundation.exit(exit.rawValue)
} catch {
    switch Briefing.exitCode(for: error) {
    case .success:
        print(Briefing.fullMessage(for: error))
        Foundation.exit(0)
    case .validationFailure:
        printError(Briefing.fullMessage(for: error))
        Foundation.exit(2)
    default:
        printError("error: " + ((error as? BriefingError)?.report ?? "\(error)"))
        Foundation.exit(1)
    }
}
