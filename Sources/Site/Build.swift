import Analysis
import CPlatform
import Compose
import Corpus
import Foundation
import Render
import Support

/// What `build` needs: where the corpus, the templates and the output are.
public struct BuildOptions: Sendable {
    public var corpus: URL
    public var output: URL
    public var templates: URL
    /// Whether a warning (a skipped file, a file read in another encoding) stops the build.
    public var strict: Bool
    /// Where the site will be published (`https://example.org/briefing/`), for the sitemap and the feed.
    public var baseURL: String?
    /// Where each article's reading and analysis are kept for the next build; nil keeps nothing.
    public var cache: URL?

    public init(corpus: URL, output: URL, templates: URL, strict: Bool = false, baseURL: String? = nil, cache: URL? = nil) {
        self.corpus = corpus
        self.output = output
        self.templates = templates
        self.strict = strict
        self.baseURL = baseURL
        self.cache = cache
    }

    /// The cache folder a build uses unless told otherwise: `.briefing-cache/NAME` beside an output
    /// folder NAME, outside the output (which a build replaces whole) and outside the corpus.
    public static func defaultCache(for output: URL) -> URL {
        output.standardizedFileURL.deletingLastPathComponent()
            .appendingPathComponent(".briefing-cache").appendingPathComponent(output.standardizedFileURL.lastPathComponent)
    }

    /// The publishing address as the feeds write it: http or https, a host, ending in "/".
    public func checkedBaseURL() throws -> String? {
        guard let base = baseURL else { return nil }
        guard SourceConfig.isWebAddress(base), let url = URL(string: base), url.query == nil, url.fragment == nil else {
            throw BriefingError(step: .configuration, "--base-url must be an http or https address such as https://example.org/briefing/, not '\(base)'")
        }
        return base.hasSuffix("/") ? base : base + "/"
    }

    /// Refuses an output folder that would overwrite or sit inside the corpus or the templates, or
    /// that is a file: the build replaces the output folder whole.
    public func checkOutput() throws {
        let output = self.output.standardizedFileURL.resolvingSymlinksInPath().path
        if let cache {
            let kept = cache.standardizedFileURL.resolvingSymlinksInPath().path
            if kept == output || kept.hasPrefix(output + "/") {
                throw BriefingError(file: cache.path, "the cache folder must be outside the output folder, which a build replaces whole")
            }
        }
        for (name, folder) in [("corpus", corpus), ("templates", templates)] {
            let inputs = folder.standardizedFileURL.resolvingSymlinksInPath().path
            if output == inputs || output.hasPrefix(inputs + "/") || inputs.hasPrefix(output + "/") {
                throw BriefingError(file: self.output.path, "the output folder must be outside the \(name) folder \(folder.path), and not hold it")
            }
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw BriefingError(file: self.output.path, "the output path is a file, not a folder")
        }
        // The new site is made beside the old one and swapped in: the folder holding the output (or
        // the nearest one that exists, when it is still to be made) must be writable.
        var holder = URL(fileURLWithPath: output).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: holder.path, isDirectory: &isDirectory), holder.path != "/" {
            holder.deleteLastPathComponent()
        }
        if !isDirectory.boolValue {
            throw BriefingError(file: self.output.path, "cannot make the output folder: \(holder.path) is a file")
        }
        if access(holder.path, W_OK) != 0 {
            throw BriefingError(file: self.output.path, "cannot write the output folder: \(holder.path) is not writable")
        }
    }

    /// The configuration file a corpus carries.
    public var configFile: URL { corpus.appendingPathComponent("briefing.yml") }
}

public struct StageTiming: Sendable {
    public let name: String
    public let seconds: Double
    /// The process's peak resident size so far, in megabytes: which step needs the memory.
    public let peakMegabytes: Double

    /// The peak resident size of the process so far (Linux gives kilobytes).
    public static var peakMegabytesSoFar: Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}

public struct BuildReport: Sendable {
    public let articles: Int
    public let events: Int
    public let quotes: Int
    public let pages: Int
    public let files: Int
    public let warnings: [BriefingError]
    public let timings: [StageTiming]

    public var seconds: Double { timings.reduce(0) { $0 + $1.seconds } }
}

/// The site stage's entry point and the whole pipeline as a list of named, timed steps:
/// configuration → ingest → analyse → compose → render (each file into the new site's folder as it
/// is made) → check → write (the new site swapped in whole for the old).
public func build(_ options: BuildOptions, progress: (String) -> Void = { _ in }) throws -> BuildReport {
    var timings: [StageTiming] = []
    func step<T>(_ index: Int, _ name: Step, _ body: () throws -> T) throws -> T {
        // What the steps before let go goes back to the system, so that it is not counted again beside
        // this step's (the check reads the 270 MB export of 10,000 articles into memory of its own).
        briefing_return_free_memory()
        let start = DispatchTime.now().uptimeNanoseconds
        let value: T
        do { value = try body() } catch let error as BriefingError { throw error.during(name) }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        timings.append(StageTiming(name: name.rawValue, seconds: seconds, peakMegabytes: StageTiming.peakMegabytesSoFar))
        progress("[\(index)/7] \(name.rawValue) \(String(format: "%.0f", seconds * 1000)) ms")
        return value
    }

    var baseURL: String?
    var templates: Templates?
    var cache: BuildCache?
    // The date grammar takes as long to compile as the sample corpus takes to read: the idle core does it meanwhile.
    DispatchQueue.global().async { prepareDateGrammar() }
    let config = try step(1, .configuration) {
        try options.checkOutput()
        baseURL = try options.checkedBaseURL()
        let config = try BriefingConfig.load(options.configFile)
        // Read before the long steps, so that a missing or broken template stops the build at once.
        templates = try Templates(folder: options.templates)
        if let folder = options.cache {
            cache = BuildCache(folder: folder, configuration: [UInt8](FileManager.default.contents(atPath: options.configFile.path) ?? Data()))
        }
        return config
    }
    // Each step's input is let go as soon as the next step has what it needs (the scopes below): at
    // 10,000 articles the corpus, the findings and the pages' Markdown are each hundreds of megabytes.
    var warnings: [BriefingError] = []
    var counts = (articles: 0, events: 0, quotes: 0, pages: 0)
    var writer: AtomicWrite?
    do {
        let site = try { () throws -> RenderedSite in
            var composed: Briefing? = try { () throws -> Briefing in
                let corpus = try step(2, .ingest) { try ingest(folder: options.corpus, config: config, memory: cache) }
                warnings = corpus.warnings + corpus.skipped.map { BriefingError(step: .ingest, file: $0.file, line: $0.line, "skipped: " + $0.reason) }
                if options.strict, !warnings.isEmpty {
                    throw BriefingError(step: .ingest, "--strict: \(warnings.count) warnings stop the build; the previous site is untouched:\n"
                                        + warnings.map { "  " + $0.description }.joined(separator: "\n"))
                }
                let findings = try step(3, .analyse) { analyze(corpus, config: config, memory: cache) }
                counts = (corpus.articles.count, findings.events.count, findings.quotes.count, 0)
                return try step(4, .compose) { compose(corpus, findings, config: config) }
            }()
            counts.pages = composed!.pages.count
            // Each file goes to the new site's folder as soon as it is rendered: the site is never held whole.
            return try step(5, .render) {
                let staging = try AtomicWrite(into: options.output)
                writer = staging
                // Render takes the briefing over, to let each page go once it is written.
                return try render(composed.take()!, templates: templates!, baseURL: baseURL, into: staging, memory: cache)
            }
        }()
        try step(6, .check) {
            let result = SiteCheck.check(site)
            if !result.problems.isEmpty {
                throw BriefingError(step: .check, "the new site has \(result.problems.count) problems; the previous site is untouched:\n"
                                    + result.problems.map { "  " + $0.description }.joined(separator: "\n"))
            }
        }
        try step(7, .write) {
            try writer!.finish()
            cache?.keepRenderedPages()
            cache?.prune()
        }
        return BuildReport(articles: counts.articles, events: counts.events, quotes: counts.quotes,
                           pages: counts.pages, files: site.routes.count, warnings: warnings, timings: timings)
    } catch {
        writer?.abandon()
        throw error
    }
}
