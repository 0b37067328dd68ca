import Ccmark
import Support

/// The only door to libcmark. Rendering is always in cmark's default, safe mode: raw HTML becomes a
/// comment and `javascript:`, `vbscript:`, `file:` and most `data:` URLs are blanked. There is no
/// option to turn that off.
public enum CommonMark {
    /// CommonMark → HTML. A block whose first inline is a paragraph-anchor link, `[¶](#p3)`, is
    /// wrapped in `<div class="anchored" id="p3">` so that citations can point at it.
    public static func html(_ markdown: String) throws -> String {
        let options = CMARK_OPT_DEFAULT
        guard let document = markdown.withCString({ cmark_parse_document($0, strlen($0), options) }) else {
            throw BriefingError(step: .render, "cmark could not parse the document")
        }
        defer { cmark_node_free(document) }
        anchorBlocks(in: document)
        guard let rendered = cmark_render_html(document, options) else {
            throw BriefingError(step: .render, "cmark could not render the document")
        }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    /// The installed libcmark's version, e.g. "0.30.2".
    public static var version: String { String(cString: cmark_version_string()) }

    /// Wraps anchored blocks, at any depth (a list item's paragraph too), in a custom block that
    /// carries the id. The id comes from a link the compose stage wrote and is checked to be a plain
    /// slug, so no text from the corpus reaches it.
    private static func anchorBlocks(in document: OpaquePointer) {
        var blocks: [(OpaquePointer, String)] = []
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER, let block = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(block)
            guard type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING,
                  let link = cmark_node_first_child(block), cmark_node_get_type(link) == CMARK_NODE_LINK,
                  let url = cmark_node_get_url(link).map({ String(cString: $0) }), url.hasPrefix("#"),
                  let text = cmark_node_first_child(link), let literal = cmark_node_get_literal(text),
                  isAnchorLabel(String(cString: literal))
            else { continue }
            let id = String(url.dropFirst())
            if isPlainID(id) { blocks.append((block, id)) }
        }
        // The tree changes only after the walk, as cmark requires.
        for (block, id) in blocks {
            guard let wrapper = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { continue }
            cmark_node_set_on_enter(wrapper, "<div class=\"anchored\" id=\"\(id)\">")
            cmark_node_set_on_exit(wrapper, "</div>")
            cmark_node_insert_before(block, wrapper)
            cmark_node_append_child(wrapper, block)
        }
    }

    /// "¶", or "¶3" with the paragraph's number.
    static func isAnchorLabel(_ label: String) -> Bool {
        label.hasPrefix("¶") && label.dropFirst().allSatisfy { $0.isASCII && $0.isNumber }
    }

    static func isPlainID(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 65 && $0 <= 90) || ($0 >= 48 && $0 <= 57) || $0 == 45 || $0 == 95 || $0 == 46 }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
