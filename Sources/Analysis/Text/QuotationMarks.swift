/// The marks that open and close quoted words, one table for every reader that must tell quoted words
/// from the text around them.
enum QuotationMarks {
    /// The double marks, straight and curly: what sets off a quotation in news text.
    static let double: Set<Unicode.Scalar> = ["\"", "\u{201C}", "\u{201D}"]
    /// The double marks and the curly single ones, which British style and headlines quote with.
    static let any: Set<Unicode.Scalar> = double.union(["\u{2018}", "\u{2019}"])
    /// The apostrophes, straight and curly, that end a possessive ("Ruiz's", "Ruiz’s") and can quote a nickname.
    static let apostrophes: Set<Unicode.Scalar> = ["'", "\u{2019}"]

    /// Whether the scalars between two words hold a double mark.
    static func holdsDouble(_ between: some Sequence<Unicode.Scalar>) -> Bool { between.contains(where: double.contains) }
}
