/// The steps of a build, named as `build` prints them.
public enum Step: String, Sendable, CaseIterable {
    case configuration, ingest, analyse, compose, render, check, write
}

/// The one shape of every problem the tool reports, fatal or not: the step it arose in, the file and
/// line when there is one, and the reason. A build stops on a thrown one and reports collected ones
/// as warnings; both print the same way.
public struct BriefingError: Error, Equatable, Sendable, CustomStringConvertible {
    public var step: Step?
    public let file: String?
    public let line: Int?
    /// 1-based, where the reader of the file gives one (YAML syntax errors).
    public let column: Int?
    public let reason: String

    public init(step: Step? = nil, file: String? = nil, line: Int? = nil, column: Int? = nil, _ reason: String) {
        self.step = step
        self.file = file
        self.line = line
        self.column = line == nil ? nil : column
        self.reason = reason
    }

    /// "file:line:column: reason", the form editors and terminals link to the place.
    public var description: String {
        switch (file, line) {
        case let (file?, line?): return "\(file):\(line)\(column.map { ":\($0)" } ?? ""): \(reason)"
        case let (file?, nil): return "\(file): \(reason)"
        default: return reason
        }
    }

    /// The description with its step in front, as the command line prints a failure.
    public var report: String { step.map { "\($0.rawValue): \(description)" } ?? description }

    /// The same problem, marked with the step it arose in unless it already names one.
    public func during(_ step: Step) -> BriefingError {
        var marked = self
        if marked.step == nil { marked.step = step }
        return marked
    }
}
