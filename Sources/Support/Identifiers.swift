/// An id that is a slug, typed by what it names, so that a source's id is never taken for an actor's,
/// an issue's or a person's. Ordered and written as its slug, which is what routes and exports show.
public protocol SlugIdentifier: Hashable, Comparable, Sendable, CustomStringConvertible {
    var slug: String { get }
    init(slug: String)
}

extension SlugIdentifier {
    public var description: String { slug }
    public static func < (a: Self, b: Self) -> Bool { a.slug < b.slug }
}

extension SlugIdentifier where Self: Decodable {
    /// Read from the configuration as written; `BriefingConfig` checks that it is a slug.
    public init(from decoder: Decoder) throws {
        self.init(slug: try decoder.singleValueContainer().decode(String.self))
    }
}

/// A source's id: the slug of its file name, handed out by `UniqueSlugs` so that two files of one
/// corpus never share one, even when their names differ only in case ("Ferry.txt", "ferry.txt").
public struct ArticleID: SlugIdentifier {
    public let slug: String

    /// An id as written in a route or an export; ids of a corpus come from `assign(toFiles:)`.
    public init(slug: String) { self.slug = slug }

    /// One id per file name, in the same order, unique by construction.
    public static func assign(toFiles files: [String]) -> [ArticleID] {
        var slugs = UniqueSlugs()
        return files.map { ArticleID(slug: slugs.claim($0.lowercased().hasSuffix(".txt") ? String($0.dropLast(4)) : $0)) }
    }
}

/// An actor's id, as the configuration gives it; unique there (checked when it is loaded).
public struct ActorID: SlugIdentifier, Decodable {
    public let slug: String
    public init(slug: String) { self.slug = slug }
}

/// An issue's id: the configured ones as given (checked when loaded), those the corpus raises made
/// from their names by `UniqueSlugs`, never one a configured issue has.
public struct IssueID: SlugIdentifier, Decodable {
    public let slug: String
    public init(slug: String) { self.slug = slug }
}

/// A person's id, made from their full name by `UniqueSlugs`: unique by construction.
public struct PersonID: SlugIdentifier {
    public let slug: String
    public init(slug: String) { self.slug = slug }
}
