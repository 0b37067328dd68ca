extension RandomAccessCollection where Element == UInt8, Index == Int {
    /// Where `needle` first occurs at or after `from`: text read as UTF-8 bytes, searched without decoding.
    public func firstOffset(of needle: [UInt8], from: Int? = nil) -> Int? {
        guard let first = needle.first else { return nil }
        var i = from ?? startIndex
        let last = endIndex - needle.count
        while i <= last {
            if self[i] == first, self[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    /// Where `needle` last occurs: searched from the end, for what sits near the end of a text.
    public func lastOffset(of needle: [UInt8]) -> Int? {
        guard let first = needle.first else { return nil }
        var i = endIndex - needle.count
        while i >= startIndex {
            if self[i] == first, self[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i -= 1
        }
        return nil
    }
}
