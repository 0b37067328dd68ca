/// A stable fingerprint of bytes, the same in every run and on every machine (Swift's `Hasher` is
/// seeded per process): two 64-bit FNV-1a hashes from different starting points, with the length,
/// written as 32 hex digits. It names cache entries; it is no defence against crafted collisions,
/// which could only make a build reuse the analysis of the author's own other file.
public struct ContentHash: Sendable {
    private var first: UInt64 = 0xcbf2_9ce4_8422_2325
    private var second: UInt64 = 0x84222325_cbf29ce4
    private var count: UInt64 = 0
    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    public init() {}

    public mutating func add(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { add($0) }
    }

    public mutating func add(_ bytes: UnsafeRawBufferPointer) {
        var (a, b, n) = (first, second, count)
        for byte in bytes {
            a = (a ^ UInt64(byte)) &* Self.prime
            b = (b ^ UInt64(byte ^ 0x5c)) &* Self.prime
            n &+= 1
        }
        (first, second, count) = (a, b, n)
    }

    /// Adds a string and a separator, so that ("ab", "c") and ("a", "bc") differ.
    public mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add(UnsafeRawBufferPointer($0)) }
        add([0xff])
    }

    public var hex: String {
        var mixed = second ^ (count &* 0x9e37_79b9_7f4a_7c15)
        mixed = (mixed ^ (mixed >> 31)) &* Self.prime
        return [first, mixed].map { word in
            let digits = String(word, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }.joined()
    }

    /// The fingerprint of one byte string.
    public static func of(_ bytes: [UInt8]) -> String {
        var hash = ContentHash()
        hash.add(bytes)
        return hash.hex
    }
}
