import Foundation

/// The clean stage: from a source file's body to its main text, title and metadata.
/// Each rule is general (the shape of a line, the stock phrases of web pages); what it
/// removes is kept in `Article.removed` so that the reader can see it.
public enum ArticleCleaner {
    public static func clean(_ document: RawDocument) -> Article {
        var removed: [RemovedPassage] = []
        var credits: [String] = []
        var blocks = BlockSegmenter.segment(document.body, format: document.format, firstLine: document.bodyStartLine)

        blocks = removeInlineJunk(blocks, removed: &removed)
        blocks = removeTrailingHeadlines(blocks, removed: &removed)
        var kept: [RawBlock] = []
        var posts: [Int: EmbeddedPostDetector.Attribution] = [:]  // index in `kept` → attribution
        for block in blocks {
            guard block.kind == .text else {
                kept.append(block)
                continue
            }
            let text = block.text
            if JunkRules.isReadMore(text) {
                removed.append(RemovedPassage(text: text, reason: .readMore, line: block.line))
            } else if JunkRules.isFurniture(text) || JunkRules.isCallToAction(text) {
                removed.append(RemovedPassage(text: text, reason: .callToAction, line: block.line))
            } else if JunkRules.isTeaser(text) {
                removed.append(RemovedPassage(text: text, reason: .teaser, line: block.line))
            } else if JunkRules.isCredit(text) {
                credits.append(text.trimmingCharacters(in: CharacterSet(charactersIn: "() ")))
                removed.append(RemovedPassage(text: text, reason: .credits, line: block.line))
            } else if let attribution = EmbeddedPostDetector.attribution(text), !kept.isEmpty, kept[kept.count - 1].kind == .text,
                      posts[kept.count - 1] == nil {
                posts[kept.count - 1] = attribution
            } else {
                kept.append(block)
            }
        }

        let frontMatter = document.frontMatter
        var title = frontMatter?.title
        var titleOrigin = Article.TitleOrigin.frontMatter
        if title == nil, let first = kept.first {
            if case .heading = first.kind {
                title = first.text
                titleOrigin = .heading
                kept.removeFirst()
                posts = shifted(posts)
            } else if first.kind == .text, kept.count > 1, posts[0] == nil, JunkRules.isHeadlineLike(first.text),
                      JunkRules.wordCount(first.text) <= 16 {
                title = first.text
                titleOrigin = .headline
                removed.append(RemovedPassage(text: first.text, reason: .title, line: first.line))
                kept.removeFirst()
                posts = shifted(posts)
            }
        }

        var counter = SentenceCounter()
        var result: [Block] = []
        for (index, block) in kept.enumerated() {
            switch block.kind {
            case .heading(let level):
                result.append(.heading(level: min(max(level, 2), 4), text: block.text, line: block.line))
            case .list(let ordered, let items):
                result.append(.list(ordered: ordered, items: items.map { counter.sentences(of: $0, line: block.line) }))
            case .quote:
                result.append(.quote(counter.sentences(of: block.text, line: block.line)))
            case .text:
                if let attribution = posts[index] {
                    let parts = EmbeddedPostDetector.splitLink(block.text)
                    result.append(.embeddedPost(EmbeddedPost(
                        sentences: counter.sentences(of: parts.text, line: block.line), author: attribution.author,
                        handle: attribution.handle, dateText: attribution.dateText, date: attribution.date, link: parts.link)))
                } else if isSubheading(kept, at: index, posts: posts) {
                    result.append(.heading(level: 2, text: block.text, line: block.line))
                } else {
                    result.append(.paragraph(counter.sentences(of: block.text, line: block.line)))
                }
            }
        }

        let date = frontMatter?.date ?? document.dateLine
        let dateOrigin: Article.DateOrigin = frontMatter?.date != nil ? .frontMatter : (document.dateLine != nil ? .dateLine : .unknown)
        if title == nil {
            title = TitleMaker.fromFirstSentence(result.lazy.flatMap(\.sentences).first?.text ?? "")
            titleOrigin = .firstSentence
        }
        return Article(
            displayPath: document.displayPath, relativePath: document.relativePath, format: document.format,
            title: title.flatMap { $0.isEmpty ? nil : $0 } ?? TitleMaker.fromFileName(document.relativePath),
            titleOrigin: titleOrigin, date: date, dateOrigin: dateOrigin,
            outlet: frontMatter?.outlet, url: frontMatter?.url, tags: frontMatter?.tags ?? [], slug: frontMatter?.slug,
            blocks: result, removed: removed.sorted { ($0.line, $0.text) < ($1.line, $1.text) }, credits: credits,
            contentHash: document.contentHash)
    }

    private static func shifted(_ posts: [Int: EmbeddedPostDetector.Attribution]) -> [Int: EmbeddedPostDetector.Attribution] {
        Dictionary(uniqueKeysWithValues: posts.compactMap { $0.key > 0 ? ($0.key - 1, $0.value) : nil })
    }

    /// Drops "Read More" at the end of paragraphs and empty images anywhere.
    private static func removeInlineJunk(_ blocks: [RawBlock], removed: inout [RemovedPassage]) -> [RawBlock] {
        blocks.compactMap { block in
            guard block.kind == .text else { return block }
            var block = block
            let images = JunkRules.removeEmptyImages(block.text)
            if images.count > 0 {
                for _ in 0..<images.count {
                    removed.append(RemovedPassage(text: "![]()", reason: .emptyImage, line: block.line))
                }
                block.text = images.text
            }
            let readMore = JunkRules.stripTrailingReadMore(block.text)
            if let cut = readMore.removed {
                removed.append(RemovedPassage(text: cut.trimmingCharacters(in: .whitespaces), reason: .readMore, line: block.line))
                block.text = readMore.text
            }
            return block.text.isEmpty ? nil : block
        }
    }

    /// A run of three or more title-case, unpunctuated lines at the end of an article is a list of
    /// links to other stories ("Gold Prices Steady as Markets Await Key Data"), as is a run that
    /// follows a label such as "Related" or "Most read".
    private static func removeTrailingHeadlines(_ blocks: [RawBlock], removed: inout [RemovedPassage]) -> [RawBlock] {
        var start = blocks.count
        while start > 0, blocks[start - 1].kind == .text, JunkRules.isHeadlineLike(blocks[start - 1].text),
              JunkRules.isTitleCase(blocks[start - 1].text) {
            start -= 1
        }
        var runLength = blocks.count - start
        let labelled = start > 0 && blocks[start - 1].kind == .text && JunkRules.isRelatedLabel(blocks[start - 1].text)
        guard runLength >= 3 || (labelled && runLength >= 1) else { return blocks }
        if labelled {
            start -= 1
            runLength += 1
        }
        // Keep at least one block of the article itself.
        guard start > 0 else { return blocks }
        for block in blocks[start...] {
            removed.append(RemovedPassage(text: block.text, reason: .unrelatedHeadlines, line: block.line))
        }
        return Array(blocks[..<start])
    }

    /// A short unpunctuated line between paragraphs ("Mending fences") is a subheading.
    private static func isSubheading(_ blocks: [RawBlock], at index: Int, posts: [Int: EmbeddedPostDetector.Attribution]) -> Bool {
        let block = blocks[index]
        guard index + 1 < blocks.count, blocks[index + 1].kind == .text, posts[index + 1] == nil,
              JunkRules.wordCount(block.text) <= 12, JunkRules.isHeadlineLike(block.text) else { return false }
        let next = blocks[index + 1].text
        return JunkRules.endsWithTerminalPunctuation(next) && JunkRules.wordCount(next) > JunkRules.wordCount(block.text)
    }
}

/// Numbers the sentences of an article in reading order, from 1.
struct SentenceCounter {
    private var next = 1

    mutating func sentences(of text: String, line: Int) -> [Sentence] {
        SentenceSplitter.split(text).map { sentence in
            defer { next += 1 }
            return Sentence(ordinal: next, text: sentence, line: line)
        }
    }
}
