import Testing
@testable import DossierKit

@Suite("Calendar days")
struct DayDateTests {
    @Test("valid and invalid ISO days")
    func parsing() {
        #expect(DayDate(iso: "2025-09-18")?.long == "18 September 2025")
        #expect(DayDate(iso: "2024-02-29") != nil)
        #expect(DayDate(iso: "2025-02-29") == nil)
        #expect(DayDate(iso: "2025-02-30") == nil)
        #expect(DayDate(iso: "2025-13-01") == nil)
        #expect(DayDate(iso: "25-09-18") == nil)
        #expect(DayDate(iso: "2025-9-18") == nil)
        #expect(DayDate(iso: "yes") == nil)
    }

    @Test("ordering")
    func ordering() throws {
        let a = try #require(DayDate(iso: "2025-06-16"))
        let b = try #require(DayDate(iso: "2025-09-18"))
        #expect(a < b)
        #expect(b.iso == "2025-09-18")
    }
}
