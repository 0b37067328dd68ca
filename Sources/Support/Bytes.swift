import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension RandomAccessCollection where Element == UInt8, Index == Int {
    /// Where `needle` first occurs at or after `from`: text read as UTF-8 bytes, searched without decoding.
    public func firstOffset(of needle: [UInt8], from: Int? = nil) -> Int? {
        let start = from ?? startIndex
        guard !needle.isEmpty, start <= endIndex - needle.count else { return nil }
        // Searched in memory with memchr and memcmp: byte by byte through the collection's
        // generic indexing is many times slower.
        return withBytes { bytes in
            needle.withUnsafeBufferPointer { needle in
                var i = start - startIndex
                let last = bytes.count - needle.count
                while i <= last {
                    guard let hit = memchr(bytes.baseAddress! + i, Int32(needle[0]), last - i + 1) else { return nil }
                    i = bytes.baseAddress!.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(bytes.baseAddress! + i, needle.baseAddress!, needle.count) == 0 { return i + startIndex }
                    i += 1
                }
                return nil
            }
        }
    }

    /// Where `needle` last occurs: searched from the end, for what sits near the end of a text.
    public func lastOffset(of needle: [UInt8]) -> Int? {
        guard !needle.isEmpty, needle.count <= count else { return nil }
        return withBytes { bytes in
            needle.withUnsafeBufferPointer { needle in
                var i = bytes.count - needle.count
                while i >= 0 {
                    if bytes[i] == needle[0], memcmp(bytes.baseAddress! + i, needle.baseAddress!, needle.count) == 0 { return i + startIndex }
                    i -= 1
                }
                return nil
            }
        }
    }

    /// The bytes in one piece of memory: the collection's own storage where it has one, else a copy.
    private func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = withContiguousStorageIfAvailable(body) { return result }
        return Array(self).withUnsafeBufferPointer(body)
    }
}

extension Array where Element == UInt8 {
    /// The bytes seen as `Data` for the length of `body`, without a copy: a data file of hundreds of
    /// megabytes is decoded or compared where it lies.
    public func withDataNoCopy<R>(_ body: (Data) throws -> R) rethrows -> R {
        try withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress, !buffer.isEmpty else { return try body(Data()) }
            return try body(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: buffer.count, deallocator: .none))
        }
    }
}
