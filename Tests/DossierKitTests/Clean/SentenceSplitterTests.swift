import Testing
@testable import DossierKit

@Suite("Sentence splitting")
struct SentenceSplitterTests {
    @Test("ends at full stops, question and exclamation marks")
    func basic() {
        #expect(SentenceSplitter.split("One is here. Two is there! Three? Four.") == ["One is here.", "Two is there!", "Three?", "Four."])
    }

    @Test("closing quotes stay with their sentence")
    func quotes() {
        #expect(SentenceSplitter.split("“We will move forward together,” he said. “Mexico is central.” She agreed.")
                == ["“We will move forward together,” he said.", "“Mexico is central.”", "She agreed."])
    }

    @Test("abbreviations, initials, decimals and acronyms do not end sentences")
    func exceptions() {
        #expect(SentenceSplitter.split("Dr. Ana Ruiz met Gov. J. R. Ortega on Sept. 4 in St. Paul.").count == 1)
        #expect(SentenceSplitter.split("Trade was valued at $40.5bn in 2024. It grew.") == ["Trade was valued at $40.5bn in 2024.", "It grew."])
        #expect(SentenceSplitter.split("ahead of the review of the U.S. Mexico–Canada Agreement (USMCA), a process.").count == 1)
        #expect(SentenceSplitter.split("a common threat from the U.S. The talks went on.") == ["a common threat from the U.S.", "The talks went on."])
        #expect(SentenceSplitter.split("of which the U.S. is not a member.").count == 1)
    }

    @Test("a lowercase word after a stop continues the sentence")
    func lowercase() {
        #expect(SentenceSplitter.split("It cost 5 p.m. prices. and more").count == 1)
    }

    @Test("brackets and links are not split")
    func brackets() {
        #expect(SentenceSplitter.split("He said [it works. Really](https://example.org/a.b) today. Next one.")
                == ["He said [it works. Really](https://example.org/a.b) today.", "Next one."])
    }

    @Test("ellipses and text without end punctuation")
    func ellipsis() {
        #expect(SentenceSplitter.split("Wait… Then it came. No end here") == ["Wait…", "Then it came.", "No end here"])
        #expect(SentenceSplitter.split("   ").isEmpty)
    }
}
