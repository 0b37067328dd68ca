import Foundation
import Support

/// Where the parts of a JSON object lie: each element of each of its lists, and each of its string
/// values as written, escapes and all. `{"a": [1, {"b": 2}], "c": "x\"y", "d": 3}` gives the list
/// "a" → the ranges of `1` and of `{"b": 2}`, and the string "c" → the range of `x\"y`; "d" is neither.
/// Found by following the object's strings and brackets without decoding it, so that each element can
/// be read on its own, and a string compared as written with another the same writer wrote.
struct JSONObjectParts {
    var lists: [String: [Range<Int>]] = [:]
    var strings: [String: Range<Int>] = [:]

    /// Nil unless the bytes are one object whose strings and brackets close in order.
    static func of(_ bytes: Data) -> JSONObjectParts? {
        bytes.withUnsafeBytes { raw in of(raw.bindMemory(to: UInt8.self), startIndex: bytes.startIndex) }
    }

    private static func of(_ b: UnsafeBufferPointer<UInt8>, startIndex: Int) -> JSONObjectParts? {
        var parts = JSONObjectParts()
        var open: [UInt8] = []            // the brackets not yet closed
        var lastString: Range<Int>?       // the last string that closed in the object itself: its key, at a colon
        var key: String?                  // the key of the value being read in the object
        var awaitingValue = false         // between a key's colon and its value
        var element: Int?                 // where the list element being read starts
        var seenObject = false
        var i = 0
        /// Ends the element being read just before `end`, without the white space before it.
        func endElement(_ end: Int) {
            guard let start = element, let key else { return }
            var last = end
            while last > start, [0x20, 0x0A, 0x0D, 0x09].contains(b[last - 1]) { last -= 1 }
            parts.lists[key, default: []].append((startIndex + start)..<(startIndex + last))
            element = nil
        }
        let inList = { open.count == 2 && open[1] == UInt8(ascii: "[") }
        while i < b.count {
            let c = b[i]
            let valueStarts = awaitingValue && open.count == 1 && ![0x20, 0x0A, 0x0D, 0x09].contains(c)
            if valueStarts { awaitingValue = false }
            switch c {
            case UInt8(ascii: "\""):
                let start = i
                i += 1
                while i < b.count, b[i] != UInt8(ascii: "\"") { i += b[i] == UInt8(ascii: "\\") ? 2 : 1 }
                guard i < b.count, !open.isEmpty else { return nil }
                if open.count == 1 {
                    if valueStarts, let key {
                        parts.strings[key] = (startIndex + start + 1)..<(startIndex + i)
                    } else {
                        lastString = start..<(i + 1)
                    }
                }
                if inList(), element == nil { element = start }
            case UInt8(ascii: ":") where open.count == 1:
                guard let string = lastString else { return nil }
                key = String(decoding: UnsafeBufferPointer(rebasing: b[(string.lowerBound + 1)..<(string.upperBound - 1)]), as: UTF8.self)
                lastString = nil
                awaitingValue = true
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                if open.isEmpty {
                    guard c == UInt8(ascii: "{"), !seenObject else { return nil }
                    seenObject = true
                }
                if inList(), element == nil { element = i }
                if open.count == 1, c == UInt8(ascii: "["), let key { parts.lists[key] = [] }
                open.append(c)
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                guard let last = open.popLast(), (last == UInt8(ascii: "{")) == (c == UInt8(ascii: "}")) else { return nil }
                if open.count == 1, last == UInt8(ascii: "[") {
                    endElement(i)
                } else if inList(), open.count == 2 {
                    endElement(i + 1)
                }
            case UInt8(ascii: ","):
                if inList() { endElement(i) }
            case 0x20, 0x0A, 0x0D, 0x09:
                break
            default:
                if inList(), element == nil { element = i }
            }
            i += 1
        }
        guard seenObject, open.isEmpty else { return nil }
        return parts
    }

    /// Whether the string `part` is a piece of the string `whole`, each given as a JSON writer wrote it:
    /// `part` as written must be found in `whole` as written, starting where a character of `whole`
    /// starts rather than inside an escape (`n` is in `a\nb` as written, but no piece of it). Sure for
    /// strings one writer escaped alike; a piece written with other escapes is not found.
    static func isPiece(_ part: [UInt8], of whole: UnsafeBufferPointer<UInt8>) -> Bool {
        var from = 0
        while let at = whole.firstOffset(of: part, from: from) {
            if startsACharacter(at, in: whole) { return true }
            from = at + 1
        }
        return false
    }

    /// Whether `offset` starts a character of a JSON string as written, not the inside of an escape
    /// (`\n`, `\"`, `\u00e9`).
    static func startsACharacter(_ offset: Int, in written: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < offset {
            guard written[i] == UInt8(ascii: "\\"), i + 1 < written.count else { i += 1; continue }
            i += written[i + 1] == UInt8(ascii: "u") ? 6 : 2
        }
        return i == offset
    }
}
