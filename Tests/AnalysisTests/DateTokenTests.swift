import Testing
@testable import Analysis

/// The date tagger's tokenizer: tokens, their offsets in scalars and bytes, and one number per spelling.
@Suite struct DateTokenTests {
    func tokenize(_ text: String) -> (tokens: [DateToken], spellings: [String], words: [String]) {
        var text = text
        let t = text.withUTF8 { DateTokenizer.tokenize($0) }
        return (t.tokens, t.spellings, t.tokens.map { t.spellings[Int($0.spelling)] })
    }

    @Test func keepsFiguresWholeAndSplitsPunctuation() {
        let words = tokenize("On 28,500 sites (24/7), 2+2 and 555-0142 by 15:38 on 2012-06-28 in the 1990s, 1910-45.").words
        #expect(words == ["On", "28,500", "sites", "(", "24/7", ")", ",", "2+2", "and", "555-0142", "by", "15:38", "on", "2012-06-28",
                          "in", "the", "1990s", ",", "1910", "-", "45", "."])
    }

    @Test func countsOffsetsInScalarsAndCutsBytes() {
        let text = "Café “día” — 3 May"
        let t = tokenize(text)
        #expect(t.words == ["Café", "“", "día", "”", "-", "3", "May"])
        let scalars = Array(text.unicodeScalars), utf8 = Array(text.utf8)
        for (token, word) in zip(t.tokens, t.words) where word != "-" {
            #expect(String(String.UnicodeScalarView(scalars[Int(token.start)..<Int(token.end)])) == word)
            #expect(String(decoding: utf8[Int(token.byteStart)..<Int(token.byteEnd)], as: UTF8.self) == word)
        }
        #expect(t.tokens.map(\.gapBefore) == [true, true, false, false, true, true, true])
    }

    @Test func givesEverySpellingOneNumberAndDashesOfEveryWidthTheHyphens() {
        let t = tokenize("May may May – - — may")
        #expect(t.spellings == ["May", "may", "-"])
        #expect(t.tokens.map(\.spelling) == [0, 1, 0, 2, 2, 2, 1])
    }

    /// Thousands of distinct spellings make the index grow several times; each must keep its number.
    @Test func keepsNumbersAsTheIndexGrows() {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        let words = (0..<5000).map { n in "w" + String([letters[n % 26], letters[n / 26 % 26], letters[n / 676]]) }
        let t = tokenize((words + words.reversed()).joined(separator: " "))
        #expect(t.spellings == words)
        #expect(t.tokens.map(\.spelling) == (0..<5000).map(Int32.init) + (0..<5000).reversed().map(Int32.init))
    }
}
