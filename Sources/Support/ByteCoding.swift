/// The build cache's own compact form: each value written as its fields in a fixed order, numbers
/// as variable-length integers, strings as their length and UTF-8 bytes, with no names and no
/// punctuation. A rebuild of 10,000 articles reads back 10,000 readings and analyses; read through a
/// general-purpose decoder (JSON, property lists) that took a tenth of the rebuild.
///
/// The form has no version of its own: the cache names each entry by a fingerprint that includes
/// the cache's version and the tool, so bytes are only ever read by the code that wrote them. A
/// reader still checks every length and tag, and throws on bytes cut short or not of its kind.
public protocol ByteCodable {
    func write(to writer: inout ByteWriter)
    init(from reader: inout ByteReader) throws
}

public struct ByteWriter {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    public mutating func write(_ value: some ByteCodable) {
        value.write(to: &self)
    }

    /// A non-negative number in 7-bit groups, low first, the high bit set on all but the last:
    /// most numbers the cache holds (sentence places, lengths, days) take one to four bytes.
    mutating func writeUnsigned(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    /// How many elements a list has, before them.
    public mutating func writeCount(_ count: Int) {
        writeUnsigned(UInt64(count))
    }

    mutating func writeRaw(_ utf8: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: utf8)
    }
}

public struct ByteReader {
    private let bytes: [UInt8]
    private var position = 0

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// A value of the type the context asks for.
    public mutating func read<Value: ByteCodable>(_ type: Value.Type = Value.self) throws -> Value {
        try Value(from: &self)
    }

    /// Whether every byte has been read: a whole entry leaves nothing over.
    public var isAtEnd: Bool { position == bytes.count }

    mutating func readUnsigned() throws -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < bytes.count, shift < 64 else { throw Self.malformed }
            let byte = bytes[position]
            position += 1
            value |= UInt64(byte & 0x7f) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    mutating func readString() throws -> String {
        let count = try readUnsigned()
        guard count <= UInt64(bytes.count - position) else { throw Self.malformed }
        let end = position + Int(count)
        defer { position = end }
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[position..<end]), as: UTF8.self) }
    }

    /// How many elements a list has. Each element takes at least one byte: a count beyond what is
    /// left is no count, refused before anything is made for it.
    public mutating func readCount() throws -> Int {
        let count = try readUnsigned()
        guard count <= UInt64(bytes.count - position) else { throw Self.malformed }
        return Int(count)
    }

    /// A tag of a value of `cases` kinds (an enum's case, an optional's presence).
    public mutating func readTag(below cases: Int) throws -> Int {
        let tag = try readUnsigned()
        guard tag < UInt64(cases) else { throw Self.malformed }
        return Int(tag)
    }

    public static let malformed = BriefingError("a cache entry is cut short or not of its kind")
}

extension Int: ByteCodable {
    /// Zig-zag: small negative numbers stay short too.
    public func write(to writer: inout ByteWriter) {
        writer.writeUnsigned(UInt64(bitPattern: Int64((self << 1) ^ (self >> (Int.bitWidth - 1)))))
    }

    public init(from reader: inout ByteReader) throws {
        let zigzag = try reader.readUnsigned()
        self = Int(truncatingIfNeeded: Int64(bitPattern: zigzag >> 1) ^ -Int64(bitPattern: zigzag & 1))
    }
}

extension Bool: ByteCodable {
    public func write(to writer: inout ByteWriter) {
        writer.writeUnsigned(self ? 1 : 0)
    }

    public init(from reader: inout ByteReader) throws {
        self = try reader.readTag(below: 2) == 1
    }
}

extension String: ByteCodable {
    public func write(to writer: inout ByteWriter) {
        var text = self
        text.withUTF8 { utf8 in
            writer.writeUnsigned(UInt64(utf8.count))
            writer.writeRaw(utf8)
        }
    }

    public init(from reader: inout ByteReader) throws {
        self = try reader.readString()
    }
}

extension Optional: ByteCodable where Wrapped: ByteCodable {
    public func write(to writer: inout ByteWriter) {
        switch self {
        case .none: writer.writeUnsigned(0)
        case .some(let value):
            writer.writeUnsigned(1)
            value.write(to: &writer)
        }
    }

    public init(from reader: inout ByteReader) throws {
        self = try reader.readTag(below: 2) == 1 ? try reader.read(Wrapped.self) : nil
    }
}

extension Array: ByteCodable where Element: ByteCodable {
    public func write(to writer: inout ByteWriter) {
        writer.writeCount(count)
        for element in self { element.write(to: &writer) }
    }

    public init(from reader: inout ByteReader) throws {
        let count = try reader.readCount()
        self = []
        reserveCapacity(count)
        for _ in 0..<count { append(try reader.read(Element.self)) }
    }
}

/// An enum whose raw value is a string, written as its case's place among `allCases`.
public protocol ByteCodableCase: ByteCodable, CaseIterable, Equatable where AllCases == [Self] {}

extension ByteCodableCase {
    public func write(to writer: inout ByteWriter) {
        writer.writeUnsigned(UInt64(Self.allCases.firstIndex(of: self)!))
    }

    public init(from reader: inout ByteReader) throws {
        self = Self.allCases[try reader.readTag(below: Self.allCases.count)]
    }
}

extension Step: ByteCodableCase {}

extension BriefingError: ByteCodable {
    public func write(to writer: inout ByteWriter) {
        writer.write(step)
        writer.write(file)
        writer.write(line)
        writer.write(column)
        writer.write(reason)
    }

    public init(from reader: inout ByteReader) throws {
        let step = try reader.read(Step?.self)
        self.init(step: step, file: try reader.read(), line: try reader.read(), column: try reader.read(), try reader.read())
    }
}

extension CalendarDay: ByteCodable {
    /// One number, YYYYMMDD.
    public func write(to writer: inout ByteWriter) {
        writer.write(year * 10_000 + month * 100 + day)
    }

    public init(from reader: inout ByteReader) throws {
        let number = try reader.read(Int.self)
        guard let day = CalendarDay(year: number / 10_000, month: number / 100 % 100, day: number % 100) else { throw ByteReader.malformed }
        self = day
    }
}

extension SlugIdentifier {
    public func write(to writer: inout ByteWriter) {
        writer.write(slug)
    }

    public init(from reader: inout ByteReader) throws {
        self.init(slug: try reader.read(String.self))
    }
}

extension ArticleID: ByteCodable {}
extension ActorID: ByteCodable {}
extension IssueID: ByteCodable {}
