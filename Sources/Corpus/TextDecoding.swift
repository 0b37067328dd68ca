import Support

/// Turns a corpus file's bytes into numbered lines, whatever text encoding a download left it in:
/// UTF-8 with or without a byte-order mark, UTF-16 with or without one, and, for bytes that are not
/// UTF-8, Windows-1252 (which covers Latin-1); any line ending (CRLF, CR, LF). Only a file that is
/// not text at all (NUL or control bytes) is refused, with the line where that shows.
enum TextDecoding {
    struct Line: Equatable {
        /// 1-based.
        let number: Int
        let text: String
    }

    /// The lines of a file and, when it was not UTF-8, the encoding it was read in.
    struct Decoded {
        let lines: [Line]
        let encoding: String?
    }

    static func lines(of bytes: [UInt8], file: String) throws -> [Line] {
        try decode(bytes, file: file).lines
    }

    static func decode(_ bytes: [UInt8], file: String) throws -> Decoded {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if body.starts(with: [0xFF, 0xFE]) { return Decoded(lines: split(utf16(body.dropFirst(2), bigEndian: false)), encoding: "UTF-16") }
        if body.starts(with: [0xFE, 0xFF]) { return Decoded(lines: split(utf16(body.dropFirst(2), bigEndian: true)), encoding: "UTF-16") }
        if let nul = body.firstIndex(of: 0) {
            // Only a file with NUL bytes can be UTF-16 without a mark, so other files skip that count.
            if let bigEndian = utf16WithoutMark(body) { return Decoded(lines: split(utf16(body, bigEndian: bigEndian)), encoding: "UTF-16") }
            throw BriefingError(file: file, line: line(of: nul, in: body), "the file contains a NUL byte: it looks binary, not text")
        }
        if let control = body.firstIndex(where: isBinaryControl) {
            throw BriefingError(file: file, line: line(of: control, in: body),
                                "the file contains the control byte 0x\(String(body[control], radix: 16, uppercase: true)): it looks binary, not text")
        }
        guard firstInvalidUTF8(body) != nil else { return Decoded(lines: split(body), encoding: nil) }
        return Decoded(lines: split(windows1252(body)), encoding: "Windows-1252")
    }

    private static func line(of index: Int, in body: ArraySlice<UInt8>) -> Int {
        1 + body[body.startIndex..<index].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }

    /// Control bytes no text file holds; tab, line ends, form feed and escape are allowed.
    private static func isBinaryControl(_ b: UInt8) -> Bool {
        b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C && b != 0x1B || b == 0x7F
    }

    /// UTF-16 without a byte-order mark shows as a zero byte beside most ASCII letters: in the high
    /// byte of each pair. Returns whether it is big-endian, or nil when the bytes are not UTF-16.
    private static func utf16WithoutMark(_ body: ArraySlice<UInt8>) -> Bool? {
        guard body.count >= 4, body.count % 2 == 0 else { return nil }
        var zeroEven = 0, zeroOdd = 0
        for (k, b) in body.enumerated() where b == 0 { if k % 2 == 0 { zeroEven += 1 } else { zeroOdd += 1 } }
        let pairs = body.count / 2
        if zeroOdd * 10 >= pairs * 3, zeroEven == 0 { return false }
        if zeroEven * 10 >= pairs * 3, zeroOdd == 0 { return true }
        return nil
    }

    private static func utf16(_ body: ArraySlice<UInt8>, bigEndian: Bool) -> [UInt8] {
        var units: [UInt16] = []
        units.reserveCapacity(body.count / 2)
        var i = body.startIndex
        while i + 1 < body.endIndex {
            let (a, b) = (UInt16(body[i]), UInt16(body[i + 1]))
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            i += 2
        }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }

    /// Windows-1252 to UTF-8: Latin-1 but for the printable characters at 0x80–0x9F.
    private static func windows1252(_ body: ArraySlice<UInt8>) -> [UInt8] {
        var scalars = String.UnicodeScalarView()
        for b in body {
            let value = b >= 0x80 && b <= 0x9F ? cp1252High[Int(b - 0x80)] : UInt32(b)
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return Array(String(scalars).utf8)
    }

    /// The characters of Windows-1252 at 0x80–0x9F; its five unassigned bytes read as their Latin-1 controls.
    private static let cp1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    /// UTF-8 bytes cut at CRLF, CR or LF.
    private static func split<C: Collection>(_ body: C) -> [Line] where C.Element == UInt8, C.Index == Int {
        var lines: [Line] = []
        var start = body.startIndex
        var i = body.startIndex
        var number = 1
        while i < body.endIndex {
            let b = body[i]
            if b == 0x0A || b == 0x0D {
                lines.append(Line(number: number, text: String(decoding: body[start..<i], as: UTF8.self)))
                number += 1
                if b == 0x0D, i + 1 < body.endIndex, body[i + 1] == 0x0A { i += 1 }
                start = i + 1
            }
            i += 1
        }
        if start < body.endIndex {
            lines.append(Line(number: number, text: String(decoding: body[start...], as: UTF8.self)))
        }
        return lines
    }

    /// The index of the first byte that does not begin a well-formed UTF-8 sequence, or nil.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return i
            }
            guard i + length <= end else { return i }
            for k in 1..<length {
                let c = bytes[i + k]
                let lo: UInt8 = k == 1 ? lower : 0x80
                let hi: UInt8 = k == 1 ? upper : 0xBF
                if c < lo || c > hi { return i }
            }
            i += length
        }
        return nil
    }
}
