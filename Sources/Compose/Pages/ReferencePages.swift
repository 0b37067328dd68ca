import Analysis
import Corpus
import Support

extension PageContext {
    /// Everyone named with a role: their side, their quotes and where they are mentioned.
    func peoplePage() -> PageDraft {
        let page = Routes.people
        var links = PageLinks(self, page: page)
        var md: [PageDraft.Line] = [.text("")]
        if findings.people.isEmpty { md.append(.text("No named people were found in the sources.")) }
        for person in findings.people {
            var lines = ["## " + MD.anchor(person.id.slug) + " " + MD.escape(person.name), ""]
            if let role = person.role { lines.append("- Role: " + MD.escape(role)) }
            if let actor = person.actor { lines.append("- Side: " + actorLink(actor, from: page)) }
            for q in quotesBy[person.name] ?? [] {
                lines.append("- Said: “" + links.linked(q.text) + "”" + cite(q.citations, from: page))
                if let differ = speakerDisagreement(q, from: page) { lines.append("  - " + differ) }
            }
            for s in statementsBy[person.name] ?? [] {
                lines.append("- Reported: " + links.linked(s.text) + cite(s.citations, from: page))
            }
            lines.append("- In the sources:" + cite(person.citations, from: page, counted: false).dropFirst(2))
            md += lines.map(PageDraft.Line.text) + [.mentionedOn(entity: .person(person.id), lead: "- Mentioned on: "), .text("")]
        }
        return links.draft(.people, "People", md)
    }

    func glossaryPage() -> PageDraft {
        let page = Routes.glossary
        var md: [PageDraft.Line] = [.text("")]
        if findings.glossary.isEmpty { md.append(.text("No acronyms are defined in the sources.")) }
        for entry in findings.glossary {
            let id = String(Routes.term(entry.term).split(separator: "#").last!)
            md.append(.text("- " + MD.anchor(id) + " **\(MD.escape(entry.term))**: " + MD.escape(entry.expansion) + cite([entry.citation], from: page)))
            md.append(.mentionedOn(entity: .term(entry.term), lead: "  - Mentioned on: "))
        }
        return PageLinks(self, page: page).draft(.glossary, "Glossary", md)
    }

    /// The search page: the box and its results come from the template and its script; without
    /// JavaScript the page says where else to look.
    func searchPage() -> PageDraft {
        let page = Routes.search
        return PageLinks(self, page: page).draft(.search, "Search", [
            "", "Search finds people, sides, issues, events, glossary terms and every paragraph of the sources. "
                + "It runs in the browser and needs JavaScript; without it, the "
                + MD.link("timeline", Routes.relative(from: page, to: Routes.timeline)) + ", "
                + MD.link("people", Routes.relative(from: page, to: Routes.people)) + ", "
                + MD.link("glossary", Routes.relative(from: page, to: Routes.glossary)) + " and "
                + MD.link("sources", Routes.relative(from: page, to: Routes.sources)) + " pages list the same things.",
        ])
    }

    /// The page a static host serves for an address the site does not have. It sits at the root, so its
    /// links hold for a missing page at the top level, the usual case of a mistyped or outdated link.
    func notFoundPage() -> PageDraft {
        let page = Routes.notFound
        return PageLinks(self, page: page).draft(.notFound, "Page not found", [
            "", "This briefing has no page at that address: it may have been renamed when the briefing was rebuilt.", "",
            "- " + MD.link("The front page", Routes.relative(from: page, to: Routes.index)),
            "- " + MD.link("The timeline", Routes.relative(from: page, to: Routes.timeline)),
            "- " + MD.link("All sources", Routes.relative(from: page, to: Routes.sources)),
        ])
    }

    func sourcesIndex() -> PageDraft {
        let page = Routes.sources
        var md = ["", "Every article of the corpus as cleaned text; citations link to their paragraphs.", ""]
        for a in corpus.articles {
            let title = a.title.value ?? a.file
            var meta: [String] = []
            if let outlet = a.outlet.value { meta.append(MD.escape(outlet)) }
            if let byline = a.byline.value { meta.append("by " + MD.escape(byline)) }
            meta.append(publishedLabel(a))
            meta.append(MD.count(a.paragraphs.count, "paragraph", "paragraphs"))
            md.append("- " + MD.link(title, Routes.relative(from: page, to: Routes.source(a.id))) + " — " + meta.joined(separator: ", "))
        }
        if !corpus.skipped.isEmpty {
            md += ["", "## Files left out", "", "These files of the corpus folder were not read as articles.", ""]
            md += corpus.skipped.map { "- " + MD.escape($0.file ?? "") + ": " + MD.escape($0.reason, lineStart: false) }
        }
        return PageLinks(self, page: page).draft(.sources, "Sources", md)
    }

    func sourcePage(_ a: Article) -> PageDraft {
        let page = Routes.source(a.id)
        var md = [""]
        md.append("- Outlet: " + (a.outlet.value.map { MD.escape($0) } ?? "unknown"))
        md.append("- Byline: " + (a.byline.value.map { MD.escape($0) } ?? "unknown"))
        md.append("- Published: " + publishedLabel(a))
        if let credit = a.credit { md.append("- Credit: " + MD.escape(credit)) }
        if let url = a.url { md.append("- " + MD.link("Original article", url)) }
        md += ["", "---", ""]
        for block in a.blocks {
            switch block.kind {
            case .paragraph: md += [MD.anchor(block.id.description, number: block.id.number) + " " + MD.escape(block.text), ""]
            case .heading: md += ["## " + MD.anchor(block.id.description) + " " + MD.escape(block.text), ""]
            case .caption: md += [MD.anchor(block.id.description) + " *Photo: " + MD.escape(block.text) + "*", ""]
            }
        }
        var draft = PageLinks(self, page: page).draft(.source, a.title.value ?? a.file, md)
        draft.details = Page.Details(summary: "Where these facts come from", lines: provenance(a))
        return draft
    }

    func publishedLabel(_ a: Article) -> String {
        guard let stamp = a.published.value else { return "date unknown" }
        return MD.escape(DateLabel.of(stamp.day) + (stamp.time.map { " \($0)" } ?? ""))
    }

    /// For each fact of a source, whether the article states it, the briefing's configuration gives it,
    /// or it was inferred; and the file it was read from.
    func provenance(_ a: Article) -> [String] {
        func basis(_ b: Basis) -> String {
            switch b {
            case .text: return "as the article gives it"
            case .config: return "from the briefing's configuration"
            case .inferred: return "inferred from the article's text"
            case .unknown: return "not known"
            }
        }
        var lines = [
            "Title: " + (a.title.basis == .inferred ? "the article's first words, since the file has no headline" : basis(a.title.basis)),
            "Outlet: " + basis(a.outlet.basis), "Byline: " + basis(a.byline.basis),
            "Published: " + (a.published.basis == .inferred ? "the newest full date the article writes out" : basis(a.published.basis)),
        ]
        lines.append("File: " + a.file)
        return lines
    }
}
