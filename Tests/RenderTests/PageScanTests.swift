import Testing
@testable import Render

@Suite struct PageScanTests {
    /// Tag names are read in any case, and a name only matches whole: `<h10>` is no `<h1>`.
    @Test func countsHeadingsAndReadsScriptsAndLinksInAnyCase() {
        let scan = PageScan(Array("""
        <!DOCTYPE html><html lang="en"><head><title>Ferries</title><SCRIPT src="a.js"></SCRIPT><script>x()</script>
        <LINK href="style.css"></head><body><h1>Ferries</h1><H1 id="late">Again</H1><h10>Not one</h10>
        <A href="timeline.html#e1&amp;2">Timeline</A><abbr id="late">T</abbr></body></html>
        """.utf8))
        #expect(scan.headings == 2)
        #expect(scan.scriptSources == ["a.js"])
        #expect(scan.inlineScripts == 1)
        #expect(scan.hrefs == ["style.css", "timeline.html#e1&2"])
        #expect(scan.ids == ["late"])
        #expect(scan.duplicateIDs == ["late"])
        #expect(scan.startsWithDoctype && scan.hasLanguage && scan.hasTitle)
    }
}
