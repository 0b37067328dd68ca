import Foundation

/// Where each element of each list of a JSON object lies: `{"a": [1, {"b": 2}], "c": "x"}` gives
/// "a" → the ranges of `1` and of `{"b": 2}`; "c", no list, is not among the keys. Found by following the object's
/// strings and brackets, without decoding it, so that each element can be decoded on its own.
/// Nil unless the bytes are one object whose strings and brackets close in order.
enum JSONListElements {
    static func of(_ bytes: Data) -> [String: [Range<Int>]]? {
        bytes.withUnsafeBytes { raw in of(raw.bindMemory(to: UInt8.self), startIndex: bytes.startIndex) }
    }

    private static func of(_ b: UnsafeBufferPointer<UInt8>, startIndex: Int) -> [String: [Range<Int>]]? {
        var lists: [String: [Range<Int>]] = [:]
        var open: [UInt8] = []            // the brackets not yet closed
        var lastString: Range<Int>?       // the last string that closed in the object itself: its key, at a colon
        var key: String?                  // the key of the value being read in the object
        var element: Int?                 // where the list element being read starts
        var seenObject = false
        var i = 0
        /// Ends the element being read just before `end`, without the white space before it.
        func endElement(_ end: Int) {
            guard let start = element, let key else { return }
            var last = end
            while last > start, [0x20, 0x0A, 0x0D, 0x09].contains(b[last - 1]) { last -= 1 }
            lists[key, default: []].append((startIndex + start)..<(startIndex + last))
            element = nil
        }
        let inList = { open.count == 2 && open[1] == UInt8(ascii: "[") }
        while i < b.count {
            let c = b[i]
            switch c {
            case UInt8(ascii: "\""):
                let start = i
                i += 1
                while i < b.count, b[i] != UInt8(ascii: "\"") { i += b[i] == UInt8(ascii: "\\") ? 2 : 1 }
                guard i < b.count, !open.isEmpty else { return nil }
                if open.count == 1 { lastString = start..<(i + 1) }
                if inList(), element == nil { element = start }
            case UInt8(ascii: ":") where open.count == 1:
                guard let string = lastString else { return nil }
                key = String(decoding: UnsafeBufferPointer(rebasing: b[(string.lowerBound + 1)..<(string.upperBound - 1)]), as: UTF8.self)
                lastString = nil
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                if open.isEmpty {
                    guard c == UInt8(ascii: "{"), !seenObject else { return nil }
                    seenObject = true
                }
                if inList(), element == nil { element = i }
                if open.count == 1, c == UInt8(ascii: "["), let key { lists[key] = [] }
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
        return lists
    }
}
