/// A failure that stops a stage, saying where (file and line when there is one) and what is wrong.
public struct BriefingError: Error, Equatable, Sendable, CustomStringConvertible {
    public let file: String?
    public let line: Int?
    public let message: String

    public init(file: String? = nil, line: Int? = nil, _ message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        switch (file, line) {
        case let (file?, line?): return "\(file):\(line): \(message)"
        case let (file?, nil): return "\(file): \(message)"
        default: return message
        }
    }
}

/// Something odd but not fatal, reported at the end of a build.
public struct Diagnostic: Equatable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int?
    public let message: String

    public init(file: String, line: Int? = nil, _ message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        line.map { "\(file):\($0): warning: \(message)" } ?? "\(file): warning: \(message)"
    }
}
