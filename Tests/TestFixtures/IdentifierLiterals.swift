import Support

// Tests write ids as literals ("lirsa"); the pipeline makes them only from the configuration and
// from `UniqueSlugs`, so the conformance is the tests' alone.
extension ActorID: ExpressibleByStringLiteral {
    public init(stringLiteral slug: String) { self.init(slug: slug) }
}

extension IssueID: ExpressibleByStringLiteral {
    public init(stringLiteral slug: String) { self.init(slug: slug) }
}

extension PersonID: ExpressibleByStringLiteral {
    public init(stringLiteral slug: String) { self.init(slug: slug) }
}
