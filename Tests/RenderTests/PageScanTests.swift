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

    @Test func namesEachOtherPageItLinksIntoWithAnAnchorOnce() {
        let scan = PageScan(Array("""
        <a href="../sources/ferry.html#p1">1</a><a href="../sources/ferry.html#p2">2</a><a href="#p3">3</a>
        <a href="../sources/dock.html">dock</a><a href="../people.html#ana-ruiz">Ana Ruiz</a><a href="x.html#">x</a>
        <a href="https://example.org/a#b">out</a><a href="../sources/ferry.html#p1">again</a><a href="harbour.html#s2">self</a>
        """.utf8))
        #expect(scan.pagesLinkedInto(from: "positions/harbour.html") == ["sources/ferry.html", "people.html"])
    }

    @Test func aLinkLeadsToAPageOfTheSiteAndAnAnchorOrElsewhere() {
        #expect(LinkDestination("../sources/ferry.html#p1", from: "positions/harbour.html") == .route("sources/ferry.html", anchor: "p1"))
        #expect(LinkDestination("#p3", from: "positions/harbour.html") == .route("positions/harbour.html", anchor: "p3"))
        #expect(LinkDestination("./dock%20b.html", from: "index.html") == .route("dock b.html", anchor: nil))
        #expect(LinkDestination("HTTPS://example.org/", from: "index.html") == .away)
        #expect(LinkDestination("../../x.html", from: "positions/harbour.html") == .problem("the link ../../x.html leaves the site"))
        #expect(LinkDestination("JavaScript:alert(1)", from: "index.html") == .problem("a link to JavaScript:alert(1) is not allowed"))
    }
}
