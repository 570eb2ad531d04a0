import Foundation
import Testing
@testable import DossierKit

/// Where a date expression and a name cover the same words, the page marks the date.
@Suite("A date over a name of the same words")
struct DateOverNameTests {
    @Test("a holiday that is also read as a name is marked as a date")
    func holiday() throws {
        let root = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.cleanUp(root) }
        let story = "---\ntitle: \"Rescue at sea\"\ndate: 2025-03-14\n---\n\n"
            + "The fisherman Tomas Arvid rescued the boy on Thanksgiving Day off the coast of Maine. "
            + "Tomas Arvid said the boy had spent two days at sea.\n"
        try TestSupport.write(["sources/rescue.md": story], under: root)
        let files = try TestSupport.render(content: root)
        let slug = try #require(TestSupport.sourceSlug(files, file: "rescue.md"))
        let page = try #require(files.text("sources/\(slug)/index.html"))
        #expect(page.contains("data-timex=\"2024-11-28\""))
        #expect(page.contains(">Thanksgiving Day</time>"))
    }
}
