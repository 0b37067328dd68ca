/// JSON written straight to bytes, a value at a time: the bytes JSONEncoder writes with `.prettyPrinted`,
/// `.sortedKeys` and `.withoutEscapingSlashes` (or, compact, with the last two alone).
/// JSONEncoder builds a tree of every value before it writes one byte, which was most of the time of a
/// large export; a writer that writes as it goes takes a small part of it. The keys of an object must be
/// given in the order of their UTF-8 bytes, as `.sortedKeys` puts them; tests hold the bytes to JSONEncoder's.
public struct JSONText {
    public private(set) var bytes: [UInt8] = []
    private let pretty: Bool
    /// For each container still open, whether it holds a value yet.
    private var open: [Bool] = []
    /// Whether a key was just written, so that its value follows it on its line.
    private var afterKey = false

    /// A writer whose values are written as if nested `depth` containers deep, each already holding a value.
    public init(pretty: Bool = true, depth: Int = 0) {
        self.pretty = pretty
        open = Array(repeating: true, count: depth)
    }

    /// A writer of one value as it stands `depth` containers deep, with nothing before it: a value
    /// written apart (on another core) and put in its place by `value(written:)`.
    public init(pretty: Bool = true, valueAtDepth depth: Int) {
        self.init(pretty: pretty, depth: depth)
        afterKey = true
    }

    /// A value written apart, by a writer made with `init(valueAtDepth:)` at this writer's depth.
    public mutating func value(written: [UInt8]) {
        beforeValue()
        bytes.append(contentsOf: written)
    }

    /// The bytes written so far, handed over and let go.
    public mutating func take() -> [UInt8] {
        defer { bytes = [] }
        return bytes
    }

    public mutating func string(_ text: String) {
        beforeValue()
        quoted(text)
    }

    /// A string, or `null`.
    public mutating func string(_ text: String?) {
        if let text { string(text) } else { null() }
    }

    public mutating func int(_ value: Int) {
        beforeValue()
        bytes.append(contentsOf: String(value).utf8)
    }

    public mutating func bool(_ value: Bool) {
        beforeValue()
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    public mutating func null() {
        beforeValue()
        bytes.append(contentsOf: "null".utf8)
    }

    /// An object: `members` writes each key and its value, the keys in order.
    public mutating func object(_ members: (inout JSONText) -> Void) {
        beforeValue()
        bytes.append(UInt8(ascii: "{"))
        open.append(false)
        members(&self)
        close(UInt8(ascii: "}"))
    }

    /// A key of the object being written; its value comes next.
    public mutating func key(_ name: String) {
        beforeValue()
        quoted(name)
        bytes.append(contentsOf: pretty ? " : ".utf8 : ":".utf8)
        afterKey = true
    }

    /// A list, an element at a time.
    public mutating func array<T>(_ items: some Sequence<T>, _ element: (inout JSONText, T) -> Void) {
        beforeValue()
        bytes.append(UInt8(ascii: "["))
        open.append(false)
        for item in items { element(&self, item) }
        close(UInt8(ascii: "]"))
    }

    public mutating func array(of strings: [String]) {
        array(strings) { $0.string($1) }
    }

    /// What goes before a value: its comma, line and indent, unless it follows its key.
    private mutating func beforeValue() {
        if afterKey {
            afterKey = false
            return
        }
        guard !open.isEmpty else { return }
        if open[open.count - 1] { bytes.append(UInt8(ascii: ",")) }
        open[open.count - 1] = true
        if pretty { newline(indent: open.count) }
    }

    private mutating func close(_ bracket: UInt8) {
        let held = open.removeLast()
        // An empty container keeps a blank line between its brackets, as JSONEncoder writes it.
        if pretty {
            if !held { bytes.append(UInt8(ascii: "\n")) }
            newline(indent: open.count)
        }
        bytes.append(bracket)
    }

    private mutating func newline(indent: Int) {
        bytes.append(UInt8(ascii: "\n"))
        for _ in 0..<indent { bytes.append(contentsOf: [0x20, 0x20]) }
    }

    /// A string in quotes: `"` and `\` escaped, control characters as `\b \t \n \f \r` or `\u00XX`, and
    /// everything else as it is. Runs without an escape are copied whole.
    private mutating func quoted(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var start = 0
            for (i, byte) in utf8.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<i]))
                start = i + 1
                switch byte {
                case UInt8(ascii: "\""): bytes.append(contentsOf: "\\\"".utf8)
                case UInt8(ascii: "\\"): bytes.append(contentsOf: "\\\\".utf8)
                case 0x08: bytes.append(contentsOf: "\\b".utf8)
                case 0x09: bytes.append(contentsOf: "\\t".utf8)
                case 0x0A: bytes.append(contentsOf: "\\n".utf8)
                case 0x0C: bytes.append(contentsOf: "\\f".utf8)
                case 0x0D: bytes.append(contentsOf: "\\r".utf8)
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: "\\u00".utf8)
                    bytes.append(hex[Int(byte >> 4)])
                    bytes.append(hex[Int(byte & 0x0F)])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
