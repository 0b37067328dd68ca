import Foundation
import Render

/// The benchmark's own timer for what a whole build cannot isolate (make bench, Benchmarks/bench.py):
/// `BriefingBench markdown FILE` renders one CommonMark file with the site's renderer (`CommonMark.html`,
/// cmark's safe mode and the anchored blocks) five times and prints the fastest time and the throughput,
/// for comparison with the `cmark` command on the same file.
let arguments = CommandLine.arguments.dropFirst()
guard arguments.count == 2, arguments.first == "markdown", let markdown = FileManager.default.contents(atPath: arguments.last!) else {
    FileHandle.standardError.write(Data("usage: BriefingBench markdown FILE\n".utf8))
    exit(2)
}
let text = String(decoding: markdown, as: UTF8.self)
var fastest = Double.infinity
var html = 0
for _ in 0..<5 {
    let start = DispatchTime.now().uptimeNanoseconds
    html = try CommonMark.html(text).utf8.count
    fastest = min(fastest, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
}
print(String(format: "markdown %d bytes → html %d bytes: %.3f s, %.1f MB/s", markdown.count, html, fastest, Double(markdown.count) / 1e6 / fastest))
