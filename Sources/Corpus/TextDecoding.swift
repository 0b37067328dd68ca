import Support

/// Turns a corpus file's bytes into numbered lines: UTF-8 with or without a byte-order mark,
/// any line ending (CRLF, CR, LF); anything else is refused with the line it happens on.
enum TextDecoding {
    struct Line: Equatable {
        /// 1-based.
        let number: Int
        let text: String
    }

    static func lines(of bytes: [UInt8], file: String) throws -> [Line] {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if body.starts(with: [0xFF, 0xFE]) || body.starts(with: [0xFE, 0xFF]) {
            throw BriefingError(file: file, line: 1, "the file is UTF-16; save it as UTF-8")
        }
        if let bad = firstInvalidUTF8(body) {
            let line = 1 + body[body.startIndex..<bad].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            throw BriefingError(file: file, line: line, "the file is not valid UTF-8 (byte 0x\(String(body[bad], radix: 16, uppercase: true)) at offset \(bad - body.startIndex)); save it as UTF-8")
        }
        if let nul = body.firstIndex(of: 0) {
            let line = 1 + body[body.startIndex..<nul].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            throw BriefingError(file: file, line: line, "the file contains a NUL byte: it looks binary, not text")
        }
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
