/// A source's id: the slug of its file name, handed out by `UniqueSlugs` so that two files of one
/// corpus never share one, even when their names differ only in case ("Ferry.txt", "ferry.txt").
/// Typed, so that it is never taken for a paragraph's, a page's or an actor's id.
public struct ArticleID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let slug: String

    /// An id as written in a route or an export; ids of a corpus come from `assign(toFiles:)`.
    public init(slug: String) { self.slug = slug }

    /// One id per file name, in the same order, unique by construction.
    public static func assign(toFiles files: [String]) -> [ArticleID] {
        var slugs = UniqueSlugs()
        return files.map { ArticleID(slug: slugs.claim($0.lowercased().hasSuffix(".txt") ? String($0.dropLast(4)) : $0)) }
    }

    public var description: String { slug }
    public static func < (a: ArticleID, b: ArticleID) -> Bool { a.slug < b.slug }
}
