import Compose
import Support

/// The files that tell crawlers and feed readers about the site: `robots.txt` always; with the address
/// the site is published at (`--base-url`), `sitemap.xml` of every page and an Atom feed of the
/// timeline's events. Absolute addresses exist only here, where the formats require them.
enum Feeds {
    static let sitemap = "sitemap.xml"
    static let feed = "feed.xml"

    static func robots(baseURL: String?) -> String {
        "User-agent: *\nAllow: /\n" + (baseURL.map { "Sitemap: \($0)\(sitemap)\n" } ?? "")
    }

    /// Every HTML page but the one for missing addresses, in the briefing's order.
    static func sitemapXML(routes: [String], baseURL: String) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for route in routes where route != Routes.notFound {
            xml += "<url><loc>\(XML.escape(baseURL + route))</loc></url>\n"
        }
        return xml + "</urlset>\n"
    }

    /// One entry per event, newest first. An entry's id stays the same from build to build while its
    /// date and the paragraph first reporting it do, whatever else the corpus gains: event numbers
    /// change as events are added, so they are not used.
    static func atom(_ events: [TimelineEntry], title: String, asOf: CalendarDay?, baseURL: String) -> String {
        let updated = (asOf ?? events.map(\.start).max()).map(timestamp) ?? "1970-01-01T00:00:00Z"
        var xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
        <title>\(XML.escape(title))</title>
        <subtitle>The events of the briefing's timeline, each cited to its sources.</subtitle>
        <id>\(XML.escape(baseURL))</id>
        <link rel="self" href="\(XML.escape(baseURL + feed))"/>
        <link href="\(XML.escape(baseURL))"/>
        <updated>\(updated)</updated>
        <author><name>\(XML.escape(title))</name></author>
        <generator>briefing</generator>

        """
        let newestFirst = events.enumerated().sorted { ($0.element.start, $0.offset) > ($1.element.start, $1.offset) }.map(\.element)
        for event in newestFirst {
            // An event dated after the newest source is planned: it was last told of as of that source.
            let day = asOf.map { min(event.start, $0) } ?? event.start
            let sources = event.citations.map { "\($0.label): \(baseURL + $0.href)" }.joined(separator: "\n")
            xml += """
            <entry>
            <title>\(XML.escape(event.dateLabel + event.marks + ": " + event.summary))</title>
            <id>urn:briefing:event:\(event.id)</id>
            <link href="\(XML.escape(baseURL + event.route))"/>
            <updated>\(timestamp(day))</updated>
            <content type="text">\(XML.escape(event.summary + "\n\n" + sources))</content>
            </entry>

            """
        }
        return xml + "</feed>\n"
    }

    static func timestamp(_ day: CalendarDay) -> String { day.iso + "T00:00:00Z" }
}
