import Foundation
import Testing
import TestFixtures
@testable import Site

@Suite struct AtomicWriteTests {
    /// A file of a little over two megabytes in three pieces; `last` is its final byte.
    func pieces(last: UInt8) -> (_ emit: ([UInt8]) throws -> Void) throws -> Void {
        { emit in
            try emit([UInt8](repeating: UInt8(ascii: "a"), count: 700_000))
            try emit([UInt8](repeating: UInt8(ascii: "b"), count: 700_000))
            try emit([UInt8](repeating: UInt8(ascii: "c"), count: 699_999) + [last])
        }
    }

    func inode(_ url: URL) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as! NSNumber).intValue
    }

    @Test func aFileWrittenInPiecesIsThePreviousFileWhenItsBytesAreTheSame() throws {
        let output = Paths.temporary("pieces").appendingPathComponent("site")
        let file = output.appendingPathComponent("data/large.json")
        func build(last: UInt8) throws {
            let writer = try AtomicWrite(into: output)
            try writer.write("data/large.json", pieces: pieces(last: last))
            #expect(writer.read("data/large.json")?.count == 2_100_000)
            try writer.finish()
        }
        try build(last: UInt8(ascii: "z"))
        let first = try inode(file)
        try build(last: UInt8(ascii: "z"))
        #expect(try inode(file) == first)
        // Only the last byte, past the first block that is compared, differs.
        try build(last: UInt8(ascii: "y"))
        #expect(try inode(file) != first)
        let bytes = try Data(contentsOf: file)
        #expect(bytes.count == 2_100_000)
        #expect(bytes.first == UInt8(ascii: "a") && bytes[1_400_000] == UInt8(ascii: "c") && bytes.last == UInt8(ascii: "y"))
    }
}
