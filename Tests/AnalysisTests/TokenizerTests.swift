import Testing
@testable import Analysis

/// The one tokenizer: its word view (`Tokenizer`) and its date view (`DateTokenizer`) read the same
/// scan and count offsets in Unicode scalars.
@Suite struct TokenizerTests {
    func words(_ text: String) -> [String] { Tokenizer.tokens(text).map(\.text) }

    func dateTokens(_ text: String) -> (words: [String], tokens: [DateToken]) {
        var text = text
        let t = text.withUTF8 { DateTokenizer.tokenize($0) }
        return (t.tokens.map { t.spellings[Int($0.spelling)] }, t.tokens)
    }

    /// A flag (two scalars, one character), accented letters and a typographic apostrophe and dash
    /// before the words: every offset counts scalars.
    let mixed = "🇪🇺 Ségolène’s café — 3.5% in 2031-03-03"

    /// Lower case and capitals as the standard library reads them, for ASCII words and for others.
    @Test func readsLowerCaseAndCapitalsOfEveryKindOfWord() {
        let words = ["alda", "Alda", "ALDA", "1990", "U.S.", "Ségolène", "ÉCOLE", "éclair", "Äpfel", "A\u{301}rni", "a\u{301}rni", "İzmir", "ǅemal"]
        for word in words {
            let token = Tokenizer.tokens(word)[0]
            #expect(token.text == word)
            #expect(token.lower == word.lowercased())
            #expect(token.isCapitalized == (word.first?.isUppercase ?? false), "\(word)")
        }
    }

    /// A brand with a lower-case first letter and a capital after it is capitalised as a name is.
    @Test func readsABrandWithACapitalSecondAsCapitalised() {
        for (word, capitalised) in [("eKelvar", true), ("iOrsa", true), ("kelvar", false), ("e-Kelvar", false), ("x", false)] {
            #expect(Tokenizer.tokens(word)[0].isCapitalized == capitalised, "\(word)")
        }
    }

    @Test func countsWordOffsetsInScalars() {
        let tokens = Tokenizer.tokens(mixed)
        #expect(tokens.map(\.text) == ["Ségolène", "café", "3.5", "in", "2031", "03", "03"])
        #expect(tokens.map(\.offset) == [3, 14, 21, 26, 29, 34, 37])
        #expect(tokens.map(\.end) == [11, 18, 24, 28, 33, 36, 39])
        #expect(tokens.map(\.hyphenated) == [false, false, false, false, false, true, true])
    }

    @Test func countsDateOffsetsInScalarsAndBytes() {
        let (words, tokens) = dateTokens(mixed)
        #expect(words == ["🇪", "🇺", "Ségolène", "'", "s", "café", "-", "3.5", "%", "in", "2031-03-03"])
        #expect(tokens.map(\.start) == [0, 1, 3, 11, 12, 14, 19, 21, 24, 26, 29])
        #expect(tokens.last?.end == 39)
        // Each regional indicator is four bytes; "Ségolène" is ten, its "é" and "è" two each.
        #expect(tokens[2].byteStart == 9 && tokens[2].byteEnd == 19)
        #expect(tokens[3].byteStart == 19 && tokens[3].byteEnd == 22)
    }

    @Test func keepsACombiningMarkWithItsLetter() {
        let decomposed = "Cafe\u{301} Noir opens 3 May"
        #expect(Tokenizer.tokens(decomposed).map(\.offset) == [0, 6, 11, 17, 19])
        #expect(words(decomposed).first == "Cafe\u{301}")
        let (dates, tokens) = dateTokens(decomposed)
        #expect(dates == ["Cafe\u{301}", "Noir", "opens", "3", "May"])
        #expect(tokens.map(\.start) == [0, 6, 11, 17, 19])
    }

    @Test func dropsPossessivesAndTheApostrophesAroundAWord() {
        #expect(words("The minister's aides, the ministers' plan and Dana’s view") ==
                ["The", "minister", "aides", "the", "ministers", "plan", "and", "Dana", "view"])
        #expect(words("They don't say 'never'.") == ["They", "don't", "say", "never"])
    }

    @Test func keepsPeriodsInsideAWordAndDropsALoneClosingOne() {
        #expect(words("The U.S. and the E.U. met at 5 p.m. on Jan. 3, etc.") ==
                ["The", "U.S.", "and", "the", "E.U.", "met", "at", "5", "p.m.", "on", "Jan", "3", "etc"])
    }

    @Test func marksWordsJoinedByAHyphenOnly() {
        let tokens = Tokenizer.tokens("a Franco-Prussian war, 1870-95, left - right and pre–war C++ +5")
        #expect(tokens.map(\.text) == ["a", "Franco", "Prussian", "war", "1870", "95", "left", "right", "and", "pre", "war", "C++", "5"])
        #expect(tokens.filter(\.hyphenated).map(\.text) == ["Prussian", "95"])
    }

    @Test func splitsNumbersAsWordsButKeepsThemWholeForDates() {
        let text = "41,250 jobs at 09:12, m² and ½"
        #expect(words(text) == ["41", "250", "jobs", "at", "09", "12", "m²", "and", "½"])
        #expect(dateTokens(text).words == ["41,250", "jobs", "at", "09:12", ",", "m", "²", "and", "½"])
    }

    @Test func readsTextWithoutSpaces() {
        let text = "オルン川で会議。次は2031年"
        let tokens = Tokenizer.tokens(text)
        #expect(tokens.map(\.text) == ["オルン川で会議", "次は2031年"])
        #expect(tokens.map(\.offset) == [0, 8])
        let (dates, dateTokens) = dateTokens(text)
        #expect(dates == ["オルン川で会議", "。", "次は", "2031年"])
        #expect(dateTokens.map(\.start) == [0, 7, 8, 10])
    }

    /// "pm" before a dash is a meridiem: only a letter after it makes it part of a word.
    @Test func partsAClockFromItsMeridiemBeforeADash() {
        #expect(dateTokens("at 5pm—late").words == ["at", "5", "pm", "-", "late"])
        #expect(dateTokens("at 5pmx").words == ["at", "5pmx"])
    }
}
