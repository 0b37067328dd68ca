import Testing
@testable import Compose
import Support

/// Long pages of an invented story (a ferry line's sailings) split for reading and loading.
@Suite struct PaginationTests {
    func page(_ route: String, _ kind: PageKind, _ lines: [String]) -> PageDraft {
        PageDraft(route: route, kind: kind, title: "Sailings", lines: lines.map(PageDraft.Line.text), mentions: [], table: nil)
    }


    /// Every draft cut as compose cuts it, then finished once all are cut.
    func paginate(_ drafts: [PageDraft], splittingTimeline: Bool) -> (pages: [Page], moves: Pagination.Moves) {
        let splits = drafts.map { Pagination.split($0, splittingTimeline: splittingTimeline) }
        var moves = Pagination.Moves()
        for split in splits { moves.add(split.moves) }
        return (Pagination.finish(splits.flatMap(\.parts), moves), moves)
    }

    /// A sailing as a timeline line: anchored, a link to an earlier sailing within the page, a citation.
    func sailing(_ n: Int) -> String {
        "- [¶](#e\(n)) **\(n) May 2031** The ferry sailed with \(String(repeating: "passengers and freight ", count: 20))"
            + "— [the sailing before](#e\(max(1, n - 1))) — [Harbour Post, ¶2](sources/post-\(n).html#p2)"
    }

    @Test func aShortPageStaysWhole() {
        let drafts = [page("people.html", .people, ["", "## Crew", "", "- Ana Ruiz"])]
        let (pages, moves) = paginate(drafts, splittingTimeline: false)
        #expect(pages == drafts.map(\.page))
        #expect(moves.isEmpty)
    }

    @Test func aLongPageIsCutAtBlocksAndEveryLinkFollowsItsAnchor() throws {
        let lines = ["", "Every sailing of the season.", "", "## May 2031", ""] + (1...1_200).map(sailing)
        let timeline = page("timeline.html", .timeline, lines)
        let issue = page("issues/fares.html", .issue, ["", "- The last sailing: [on the timeline](../timeline.html#e1200)"])
        let (pages, moves) = paginate([timeline, issue], splittingTimeline: false)
        let parts = pages.filter { $0.kind == .timeline }
        #expect(parts.count > 1)
        #expect(parts.map(\.route) == ["timeline.html"] + (2...parts.count).map { "timeline.\($0).html" })
        for (n, part) in parts.enumerated() {
            #expect(part.markdown.utf8.count < Pagination.budget + 2_000)
            // Each page says which it is and links the others.
            #expect(part.body.contains("Page \(n + 1) of \(parts.count): "))
            #expect(part.body.contains("[\(n == 0 ? 2 : 1)](timeline.\(n == 0 ? "2." : "")html)"))
            // Every sailing stays whole on one page.
            #expect(part.body.split(separator: "\n").filter { $0.hasPrefix("- [¶]") }.allSatisfy { $0.hasSuffix("#p2)") })
        }
        // A section cut in two goes on under its heading; the heading's own anchor is not repeated.
        #expect(parts[1].body.contains("## May 2031 (continued)"))
        #expect(parts[1].title == "Sailings, page 2")
        // The last sailing now lives on the last page: the issue page and the exports follow it there.
        let last = try #require(parts.last)
        #expect(last.body.contains("[¶](#e1200)"))
        #expect(moves.resolve("timeline.html#e1200") == last.route + "#e1200")
        #expect(moves.resolve("timeline.html#e1") == "timeline.html#e1")
        #expect(pages.first { $0.route == "issues/fares.html" }?.body.contains("](../\(last.route)#e1200)") == true)
        // A link to the sailing before, where that one stayed on an earlier page, leads there.
        let firstOnLast = try #require(last.body.split(separator: "\n").first { $0.hasPrefix("- [¶](#e") })
        let n = Int(firstOnLast.dropFirst("- [¶](#e".count).prefix { $0.isNumber })!
        #expect(firstOnLast.contains("[the sailing before](\(moves.resolve("timeline.html#e\(n - 1)")))"))
        #expect(!moves.resolve("timeline.html#e\(n - 1)").hasPrefix(last.route))
        // Citations, which point at pages that did not move, are untouched.
        #expect(firstOnLast.hasSuffix("[Harbour Post, ¶2](sources/post-\(n).html#p2)"))
    }

    @Test func aLongTimelineGetsAPageForEachYear() throws {
        var lines = ["", "All sailings.", ""]
        for year in [2030, 2031] {
            lines += ["", "## \(year)", ""] + (1...3).map { "- [¶](#e\(year)-\($0)) **\($0) May \(year)** The ferry sailed." }
        }
        lines += ["- [¶](#e2031-4) **4 May 2031** Sailed again, after [the first sailing](#e2030-1)."]
        // A stretch of years goes to the page of the year it starts.
        lines += ["", "## 2031–2033", "", "- [¶](#e2031-5) **2031–2033** The quay is rebuilt."]
        lines += ["", "## Other disagreements between sources", "", "- Who said “the quay is closed”"]
        let (pages, moves) = paginate([page("timeline.html", .timeline, lines)], splittingTimeline: true)
        #expect(pages.map(\.route) == ["timeline.html", "timeline-2030.html", "timeline-2031.html"])
        let index = pages[0]
        #expect(index.body.contains("## By year"))
        #expect(index.body.contains("- [2030](timeline-2030.html): 3 events"))
        #expect(index.body.contains("- [2031](timeline-2031.html): 5 events"))
        #expect(index.body.contains("## Other disagreements between sources"))
        #expect(!index.body.contains("[¶]"))
        #expect(pages[2].title == "Sailings: 2031")
        #expect(pages[2].body.contains("## 2031–2033"))
        #expect(pages[2].body.contains("[All years](timeline.html)"))
        #expect(pages[2].body.contains("[the first sailing](timeline-2030.html#e2030-1)"))
        #expect(moves.resolve("timeline.html#e2031-4") == "timeline-2031.html#e2031-4")
    }

    @Test func aCompactedDraftKeepsItsBodyInFewerLines() {
        let draft = PageDraft(route: "people.html", kind: .people, title: "Crew",
                              lines: [.text(""), .text("## Crew"), .mentionedOn(entity: .person("ana-ruiz"), lead: "Seen on: "),
                                      .text("- Ana Ruiz"), .text("- Tomas Vell"), .text("")],
                              mentions: [], table: nil)
        let compacted = draft.compacted()
        #expect(compacted.lines == [.text("\n## Crew"), .mentionedOn(entity: .person("ana-ruiz"), lead: "Seen on: "),
                                    .text("- Ana Ruiz\n- Tomas Vell\n")])
        #expect(compacted.body == draft.body)
        #expect(draft.body == "\n## Crew\n- Ana Ruiz\n- Tomas Vell\n\n")
    }

    /// Lines held as one string are relinked line by line: a bracket closed on no line of its own
    /// does not swallow the link on the next.
    @Test func relinkingStopsEachDestinationAtItsLineEnd() {
        var moves = Pagination.Moves()
        moves.move(anchor: "e9", from: "timeline.html", to: "timeline.2.html")
        let text = "A crew list [sic](unfinished\n- [the ninth sailing](timeline.html#e9)\n- [a quay](timeline.html#e8)"
        #expect(Pagination.relinked(text, on: "index.html", moves)
                == "A crew list [sic](unfinished\n- [the ninth sailing](timeline.2.html#e9)\n- [a quay](timeline.html#e8)")
    }
}
