import ArgumentParser
import Foundation
import Site

/// `briefing`: builds a briefing site from a corpus of news articles, and checks one.
struct Briefing: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "briefing",
        abstract: "Turn a corpus of news articles about one story into a cited briefing website.",
        subcommands: [Build.self, Check.self])
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site: ingest, analyse, write Markdown, render it with cmark, swap the new site in.")

    @Option(help: "The corpus folder: plain-text articles and briefing.yml.")
    var corpus = "seeds"

    @Option(help: "Where the site goes. The previous site stays until the new one is complete.")
    var output = "site"

    @Option(help: "The templates folder: page.mustache and assets/.")
    var templates = "templates"

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    func run() throws {
        let options = BuildOptions(corpus: URL(fileURLWithPath: corpus), output: URL(fileURLWithPath: output),
                                   templates: URL(fileURLWithPath: templates))
        let report = try build(options) { line in if !quiet { printError(line) } }
        for diagnostic in report.diagnostics { printError(diagnostic.description) }
        if !quiet {
            print("Built \(report.pages) pages (\(report.files) files) from \(report.articles) articles: "
                  + "\(report.events) events, \(report.quotes) quotes, in \(String(format: "%.2f", report.seconds)) s. "
                  + "Open \(output)/index.html")
        }
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a built site: links, anchors, citations, Markdown twins and HTML basics.")

    @Option(help: "The site folder to check.")
    var output = "site"

    func run() throws {
        let result = try SiteCheck.check(folder: URL(fileURLWithPath: output))
        for problem in result.problems { printError(problem.description) }
        if !result.problems.isEmpty {
            printError("\(result.problems.count) problems in \(result.pages) pages.")
            throw ExitCode(1)
        }
        print("\(result.pages) pages, \(result.links) links: all resolve; every citation points at its paragraph.")
    }
}

func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

// Exit status: 0 on success (and for --help), 1 when a build or check fails, 2 on a usage error.
do {
    var command = try Briefing.parseAsRoot()
    try command.run()
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
        printError("error: \(error)")
        Foundation.exit(1)
    }
}
