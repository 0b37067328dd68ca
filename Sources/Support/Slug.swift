import Foundation

/// Ids used in file names and anchors: lower-case ASCII letters, digits, `-` and `_`.
public enum Slug {
    public static func isValid(_ s: String) -> Bool {
        !s.isEmpty && s.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 45 || $0 == 95 }
    }

    /// A slug made from any text: letters and digits kept (lower-cased ASCII, accents dropped so that
    /// "Café Élan" reads "cafe-elan"), everything else a hyphen.
    public static func make(_ text: String) -> String {
        var out = ""
        var pendingHyphen = false
        for scalar in text.folding(options: .diacriticInsensitive, locale: nil).unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingHyphen && !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.unicodeScalars.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            } else {
                pendingHyphen = true
            }
        }
        return out.isEmpty ? "x" : out
    }
}

/// Hands out slugs that are unique within one set, by construction: a slug already taken gets the
/// first free numeric suffix ("ferry", "ferry-2", "ferry-3"), so that "Ferry.txt", "ferry.txt" and
/// "ferry-2.txt" can never share an id, whatever their order.
public struct UniqueSlugs: Sendable {
    private var taken: Set<String>

    public init(reserving reserved: some Sequence<String> = [String]()) {
        taken = Set(reserved)
    }

    /// A new slug for the text, never one handed out or reserved before.
    public mutating func claim(_ text: String) -> String {
        let base = Slug.make(text)
        var slug = base
        var n = 1
        while !taken.insert(slug).inserted {
            n += 1
            slug = "\(base)-\(n)"
        }
        return slug
    }

    /// Whether the slug of the text is still free; claims it when it is.
    public mutating func claimIfFree(_ text: String) -> String? {
        let slug = Slug.make(text)
        return taken.insert(slug).inserted ? slug : nil
    }
}
