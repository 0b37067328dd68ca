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
        // Only the blocks are walked, down through lists, items and quotes: an anchor opens a
        // paragraph or a heading, and the inlines within them, most of the tree, are never visited.
        var containers = [document]
        while let container = containers.popLast() {
            var child = cmark_node_first_child(container)
            while let block = child {
                let type = cmark_node_get_type(block)
                if type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING {
                    if let id = anchorID(of: block) { blocks.append((block, id)) }
                } else if type == CMARK_NODE_LIST || type == CMARK_NODE_ITEM || type == CMARK_NODE_BLOCK_QUOTE {
                    containers.append(block)
                }
                child = cmark_node_next(block)
            }
        }
        // The tree changes only after the walk.
        for (block, id) in blocks {
            guard let wrapper = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { continue }
            cmark_node_set_on_enter(wrapper, "<div class=\"anchored\" id=\"\(id)\">")
            cmark_node_set_on_exit(wrapper, "</div>")
            cmark_node_insert_before(block, wrapper)
            cmark_node_append_child(wrapper, block)
        }
    }

    /// The id a paragraph or heading is anchored at: its first inline a link `[¶3](#p3)` to a plain id.
    private static func anchorID(of block: OpaquePointer) -> String? {
        guard let link = cmark_node_first_child(block), cmark_node_get_type(link) == CMARK_NODE_LINK,
              let url = cmark_node_get_url(link).map({ String(cString: $0) }), url.hasPrefix("#"),
              let text = cmark_node_first_child(link), let literal = cmark_node_get_literal(text),
              isAnchorLabel(String(cString: literal)) else { return nil }
        let id = String(url.dropFirst())
        return isPlainID(id) ? id : nil
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
