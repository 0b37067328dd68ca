import Corpus
import Support
import Testing
@testable import Analysis

/// `Rules/event-dates.rules` (its EXAMPLE lines run in RuleExampleTests): which dates of a sentence date its happenings.
@Suite struct EventDateTests {
    @Test func everyKindIsRead() {
        #expect(Set(DatingWords.table.keys) == ["clock", "determiner", "bound", "span", "yardstick", "yardstick-ending", "from", "restating"])
    }
}
