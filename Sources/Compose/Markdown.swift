import Corpus
import Support

/// Writes CommonMark safely: corpus text is always escaped, so that nothing in an article can become
/// markup, a link or raw HTML; only the code's own constructs (links to our routes, emphasis, lists) are markup.
public enum MD {
    /// Backslash-escapes every character that could start or end CommonMark syntax inside a line,
    /// and flattens line breaks so that text cannot open a block of its own.
    /// `keepingEdges` keeps the spaces at either end, for a piece of a line between two links;
    /// `lineStart` says whether the piece begins the line, where "#" or "1." would open a block.
    public static func escape(_ text: String, keepingEdges: Bool = false, lineStart: Bool = true) -> String {
        // Every character CommonMark gives a meaning is ASCII, so the text is read as UTF-8 bytes.
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 8)
        var atLineStart = lineStart
        // A text that starts and ends with a visible ASCII character, as nearly all do, has nothing to trim.
        let visible: ClosedRange<UInt8> = 33...126
        let untrimmed = keepingEdges || text.utf8.first.map(visible.contains) == true && text.utf8.last.map(visible.contains) == true
        for byte in (untrimmed ? text : text.trimmed).utf8 {
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"),
                 UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"):
                out.append(UInt8(ascii: "\\"))
            case UInt8(ascii: "#"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "="), UInt8(ascii: "~"), UInt8(ascii: "."), UInt8(ascii: ")"):
                if atLineStart { out.append(UInt8(ascii: "\\")) }
            default:
                break
            }
            out.append(byte == 10 || byte == 13 || byte == 9 ? UInt8(ascii: " ") : byte)
            // Only digits keep the line start open: "1." would open an ordered list (ASCII digits only, as in CommonMark).
            atLineStart = atLineStart && byte >= 48 && byte <= 57
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A link whose text is escaped, to one of our own relative routes or to an address the configuration
    /// gives and the loader checked to be http or https. Whatever could end the destination early
    /// (spaces, brackets, quotes) or is not ASCII is percent-encoded; our routes have none of it.
    public static func link(_ text: String, _ destination: String) -> String {
        // Read as UTF-8 bytes: every byte of a character beyond ASCII is encoded, as is each unsafe ASCII one.
        var encoded: [UInt8] = []
        encoded.reserveCapacity(destination.utf8.count)
        for byte in destination.utf8 {
            switch byte {
            case 0...32, 127...255, UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""),
                 UInt8(ascii: "'"), UInt8(ascii: "\\"), UInt8(ascii: "`"):
                encoded += [UInt8(ascii: "%"), hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 15)]]
            default:
                encoded.append(byte)
            }
        }
        return "[" + escape(text) + "](" + String(decoding: encoded, as: UTF8.self) + ")"
    }

    static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// The paragraph-anchor marker the renderer turns into an id on the block: `[¶](#p3)`, or with
    /// the paragraph's number shown, `[¶3](#p3)`, so that a citation can be followed by eye and on paper.
    /// A count and its noun, singular for one: "1 term", "3 terms".
    public static func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }

    public static func anchor(_ id: String, number: Int? = nil) -> String { "[¶\(number.map(String.init) ?? "")](#\(id))" }
}
