import Foundation
import Testing
@testable import DossierKit

/// Builds the sample dossier in `content/` and checks what a reader would find.
@Suite("The sample site")
struct SampleSiteTests {
    let files: [String: Data]

    init() throws {
        files = try TestSupport.render(content: TestSupport.sampleContent, config: TestSupport.sampleConfig)
    }

    var pages: [String] { files.keys.filter { $0.hasSuffix(".html") }.sorted() }

    @Test("every source and note has a page, plus the indexes and 404")
    func pagesExist() throws {
        let sources = try FileManager.default.contentsOfDirectory(atPath: TestSupport.sampleContent + "/sources")
        let notes = try FileManager.default.contentsOfDirectory(atPath: TestSupport.sampleContent + "/notes")
        #expect(pages.filter { $0.hasPrefix("sources/") && $0 != "sources/index.html" }.count == sources.count)
        #expect(pages.filter { $0.hasPrefix("notes/") && $0 != "notes/index.html" }.count == notes.count)
        for page in ["index.html", "sources/index.html", "notes/index.html", "404.html"] {
            #expect(files[page] != nil, "missing \(page)")
        }
        #expect(files["assets/style.css"] != nil)
    }

    @Test("every internal link and fragment resolves")
    func links() throws {
        for page in pages where page != "404.html" {
            let html = try #require(files.text(page))
            for link in LinkChecker.links(in: html) {
                #expect(LinkChecker.isRelativeOrExternal(link), "\(page) links to \(link) absolutely")
                guard let target = LinkChecker.resolve(link, from: page) else { continue }
                #expect(files[target.path] != nil, "\(page) links to missing \(target.path)")
                if let fragment = target.fragment, let targetHTML = files.text(target.path) {
                    #expect(targetHTML.contains("id=\"\(fragment)\""), "\(page) links to missing #\(fragment) in \(target.path)")
                }
            }
        }
    }

    @Test("every source and note is reachable from the home page, and links back")
    func navigation() throws {
        let home = try #require(files.text("index.html"))
        for page in pages where page.hasPrefix("sources/") || page.hasPrefix("notes/") {
            if page.hasSuffix("/index.html"), page.split(separator: "/").count == 3 {
                #expect(home.contains("href=\"\(page)\""), "home does not link to \(page)")
                let html = try #require(files.text(page))
                #expect(html.contains("href=\"../../index.html\""), "\(page) does not link home")
            }
        }
    }

    @Test("the source pages show clean articles: no junk, the text, the date and its origin")
    func cleanSources() throws {
        let sourcePages = pages.filter { $0.hasPrefix("sources/") && $0 != "sources/index.html" }
        let all = try sourcePages.map { try #require(files.text($0)) }
        for html in all {
            let text = LinkChecker.mainText(html)
            for junk in ["Read More", "![]", "Here’s how", "Gaza", "STOXX", "Antifa", "Taiwan", "t.co/"] {
                #expect(!text.contains(junk), "junk '\(junk)' is on a source page")
            }
            #expect(html.contains("<span class=\"s\" id=\"s-1\">"))
        }
        let dated = try #require(all.first { $0.contains("<h1 id=\"page-title\">Canada and Mexico have promised to deepen ties") })
        #expect(dated.contains("<time datetime=\"2025-09-19\">19 September 2025</time>"))
        #expect(dated.contains("(date line)"))
        // The four sources without a date line are dated from their text or the other sources, and say so.
        #expect(all.filter { $0.contains("class=\"undated\"") }.isEmpty)
        #expect(all.filter { $0.contains("(inferred from ") }.count == 4)
        // What cleaning removed stays visible, collapsed.
        #expect(all.contains { $0.contains("<details class=\"removed\">") && $0.contains("list of unrelated headlines") })
    }

    @Test("notes render their Markdown")
    func notes() throws {
        let html = try #require(files.text("notes/what-the-2026-review-decides/index.html"))
        #expect(html.contains("<h1 id=\"page-title\">What the 2026 review decides</h1>"))
        #expect(html.contains("<time datetime=\"2025-09-22\">22 September 2025</time>"))
        #expect(html.contains("<strong>joint review</strong>"))
        #expect(html.contains("<blockquote>"))
    }

    @Test("pages are accessible: language, landmarks, skip link, one h1, headings in order")
    func accessibility() throws {
        for page in pages {
            let html = try #require(files.text(page))
            #expect(html.contains("<html lang=\"en\">"))
            #expect(html.contains("<a class=\"skip-link\" href=\"#main\">"))
            #expect(html.contains("<main id=\"main\""))
            #expect(html.contains("<nav class=\"site-nav\" aria-label=\"Main\">"))
            #expect(html.components(separatedBy: "<h1").count == 2, "\(page) must have exactly one h1")
            let levels = LinkChecker.headingLevels(html)
            for (previous, next) in zip(levels, levels.dropFirst()) {
                #expect(next <= previous + 1, "\(page) skips from h\(previous) to h\(next)")
            }
            #expect(!html.contains("<img") || html.contains("alt="))
            #expect(!html.contains("<script"), "\(page) has a script")
            #expect(!html.contains("http://fonts") && !html.contains("https://fonts"))
        }
    }

    @Test("two builds give byte-identical files")
    func deterministic() throws {
        let again = try TestSupport.render(content: TestSupport.sampleContent, config: TestSupport.sampleConfig)
        #expect(again == files)
    }
}

/// Finds links in generated HTML and resolves them against the page's path.
enum LinkChecker {
    static func links(in html: String) -> [String] {
        var result: [String] = []
        for attribute in ["href=\"", "src=\""] {
            var rest = html[...]
            while let start = rest.range(of: attribute) {
                let after = rest[start.upperBound...]
                guard let end = after.firstIndex(of: "\"") else { break }
                result.append(String(after[..<end]).replacingOccurrences(of: "&amp;", with: "&"))
                rest = after[end...]
            }
        }
        return result
    }

    static func isRelativeOrExternal(_ link: String) -> Bool {
        !link.hasPrefix("/")
    }

    /// The site path a relative link points at, or nil for external links.
    static func resolve(_ link: String, from page: String) -> (path: String, fragment: String?)? {
        if link.contains("://") || link.hasPrefix("mailto:") { return nil }
        let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let pathPart = String(parts[0])
        let fragment = parts.count > 1 ? String(parts[1]) : nil
        if pathPart.isEmpty { return (page, fragment) }
        var components = page.split(separator: "/").dropLast().map(String.init)
        for component in pathPart.split(separator: "/") {
            if component == ".." { _ = components.popLast() } else if component != "." { components.append(String(component)) }
        }
        var path = components.joined(separator: "/")
        if pathPart.hasSuffix("/") { path += "/index.html" }
        return (path, fragment)
    }

    /// The text inside `<main>`, without tags, for checking what a reader sees.
    static func mainText(_ html: String) -> String {
        guard let start = html.range(of: "<main"), let end = html.range(of: "</main>") else { return html }
        var text = String(html[start.lowerBound..<end.upperBound])
        // The collapsed list of what cleaning removed is not part of the article.
        if let details = text.range(of: "<details"), let close = text.range(of: "</details>") {
            text.removeSubrange(details.lowerBound..<close.upperBound)
        }
        return text.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
    }

    static func headingLevels(_ html: String) -> [Int] {
        var levels: [Int] = []
        var rest = html[...]
        while let start = rest.range(of: "<h") {
            let after = rest[start.upperBound...]
            if let digit = after.first, let level = Int(String(digit)), (1...6).contains(level),
               after.dropFirst().first == ">" || after.dropFirst().first == " " {
                levels.append(level)
            }
            rest = after
        }
        return levels
    }
}
