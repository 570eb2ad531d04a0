import Foundation

/// The clean stage: from a source file's body to its main text, title and metadata.
/// Each rule is general (the shape of a line, the stock phrases of web pages); what it
/// removes is kept in `Article.removed` so that the reader can see it.
public enum ArticleCleaner {
    public static func clean(_ document: RawDocument) -> Article {
        var removed: [RemovedPassage] = []
        var credits: [String] = []
        var blocks = BlockSegmenter.segment(document.body, format: document.format, firstLine: document.bodyStartLine)
        blocks = foldEmbeddedPosts(blocks)
        blocks = removeInlineJunk(blocks, removed: &removed)
        blocks = removeTrailingHeadlines(blocks, removed: &removed)

        var kept: [RawBlock] = []
        for block in blocks {
            guard block.isText else {
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
            } else if first.isText, kept.count > 1, JunkRules.isHeadlineLike(first.text), JunkRules.wordCount(first.text) <= 16 {
                title = first.text
                titleOrigin = .headline
                removed.append(RemovedPassage(text: first.text, reason: .title, line: first.line))
                kept.removeFirst()
            }
        }

        var counter = SentenceCounter()
        var result: [Block] = []
        for (index, block) in kept.enumerated() {
            switch block.kind {
            case .heading(let level):
                result.append(.heading(level: min(max(level, 2), 4), text: block.text, line: block.line))
            case .list(let ordered, let items, let lines):
                result.append(.list(ordered: ordered, items: zip(items, lines).map { item, line in
                    counter.sentences(of: RawBlock(kind: .text, text: item, line: line))
                }))
            case .quote:
                result.append(.quote(counter.sentences(of: block)))
            case .post(let attribution):
                var body = block
                let parts = EmbeddedPostDetector.splitLink(block.text)
                body.text = parts.text
                result.append(.embeddedPost(EmbeddedPost(
                    sentences: counter.sentences(of: body), author: attribution.author, handle: attribution.handle,
                    dateText: attribution.dateText, date: attribution.date, link: parts.link)))
            case .text:
                if isSubheading(kept, at: index) {
                    result.append(.heading(level: 2, text: block.text, line: block.line))
                } else {
                    result.append(.paragraph(counter.sentences(of: block)))
                }
            }
        }

        let date = frontMatter?.date ?? document.dateLine
        let dateOrigin: Article.DateOrigin = frontMatter?.date != nil ? .frontMatter : (document.dateLine != nil ? .dateLine : .unknown)
        let sentences = result.flatMap(\.sentences)
        if title == nil {
            title = TitleMaker.fromFirstSentence(sentences.first?.text ?? "")
            titleOrigin = .firstSentence
        }
        return Article(
            displayPath: document.displayPath, relativePath: document.relativePath, format: document.format,
            title: title.flatMap { $0.isEmpty ? nil : $0 } ?? TitleMaker.fromFileName(document.relativePath),
            titleOrigin: titleOrigin, date: date, dateOrigin: dateOrigin,
            outlet: frontMatter?.outlet, url: frontMatter?.url, tags: frontMatter?.tags ?? [], slug: frontMatter?.slug,
            languageTag: frontMatter?.language,
            blocks: result, removed: removed.sorted { ($0.line, $0.text) < ($1.line, $1.text) }, credits: credits,
            wordCount: sentences.reduce(0) { $0 + JunkRules.wordCount($1.text) }, contentHash: document.contentHash)
    }

    /// A line of text followed by an attribution line (`— Name (@handle) date`) is an embedded post.
    /// The attribution joins only the line right before it.
    private static func foldEmbeddedPosts(_ blocks: [RawBlock]) -> [RawBlock] {
        var result: [RawBlock] = []
        result.reserveCapacity(blocks.count)
        var index = 0
        while index < blocks.count {
            let block = blocks[index]
            if block.isText, index + 1 < blocks.count, blocks[index + 1].isText,
               EmbeddedPostDetector.attribution(block.text) == nil,
               let attribution = EmbeddedPostDetector.attribution(blocks[index + 1].text) {
                result.append(RawBlock(kind: .post(attribution), text: block.text, lineStarts: block.lineStarts))
                index += 2
            } else {
                result.append(block)
                index += 1
            }
        }
        return result
    }

    /// Drops empty images anywhere and "Read More" at the end of paragraphs.
    private static func removeInlineJunk(_ blocks: [RawBlock], removed: inout [RemovedPassage]) -> [RawBlock] {
        blocks.compactMap { block in
            guard block.isText else { return block }
            var block = block
            for range in JunkRules.emptyImageRanges(block.text).reversed() {
                let scalars = Array(block.text.unicodeScalars)[range]
                let image = String(String.UnicodeScalarView(scalars)).trimmingCharacters(in: .whitespaces)
                removed.append(RemovedPassage(text: image, reason: .emptyImage, line: block.line(at: range.lowerBound)))
                block.remove(scalars: range)
            }
            let readMore = JunkRules.stripTrailingReadMore(block.text)
            if let cut = readMore.removed {
                removed.append(RemovedPassage(text: cut.trimmingCharacters(in: .whitespaces), reason: .readMore,
                                              line: block.line(at: readMore.offset)))
                block.text = readMore.text
            }
            // An image removed at the end leaves the spaces before it (one at the start takes its own).
            while block.text.last == " " { block.text.removeLast() }
            return block.text.isEmpty ? nil : block
        }
    }

    /// A run of three or more title-case lines at the end of an article is a list of links to other
    /// stories ("Gold Prices Steady as Markets Await Key Data"), as is a run that follows a label
    /// such as "Related" or "Most read". A credit or "Read more" line ends the run.
    private static func removeTrailingHeadlines(_ blocks: [RawBlock], removed: inout [RemovedPassage]) -> [RawBlock] {
        var start = blocks.count
        while start > 0 {
            let block = blocks[start - 1]
            guard block.isText, JunkRules.isListedHeadline(block.text), !JunkRules.isCredit(block.text),
                  !JunkRules.isReadMore(block.text), !JunkRules.isCallToAction(block.text), !JunkRules.isRelatedLabel(block.text)
            else { break }
            start -= 1
        }
        let runLength = blocks.count - start
        let labelled = start > 0 && blocks[start - 1].isText && JunkRules.isRelatedLabel(blocks[start - 1].text)
        guard runLength >= 3 || (labelled && runLength >= 1) else { return blocks }
        if labelled { start -= 1 }
        // Keep at least one block of the article itself.
        guard start > 0 else { return blocks }
        for block in blocks[start...] {
            removed.append(RemovedPassage(text: block.text, reason: .unrelatedHeadlines, line: block.line))
        }
        return Array(blocks[..<start])
    }

    /// A short unpunctuated line between paragraphs ("Mending fences") is a subheading.
    private static func isSubheading(_ blocks: [RawBlock], at index: Int) -> Bool {
        let block = blocks[index]
        guard index + 1 < blocks.count, blocks[index + 1].isText,
              JunkRules.wordCount(block.text) <= 12, JunkRules.isHeadlineLike(block.text) else { return false }
        // A dateline on a line of its own leads into the text after its dash ("BRENNHAUSEN, August 7 (BNA) --"): no heading.
        if let last = block.text.trimmingCharacters(in: .whitespaces).last, ["-", "\u{2013}", "\u{2014}", "_"].contains(last) { return false }
        let next = blocks[index + 1].text
        return JunkRules.endsWithTerminalPunctuation(next) && JunkRules.wordCount(next) > JunkRules.wordCount(block.text)
    }
}

/// Numbers the sentences of an article in reading order, from 1, each with the file line it starts on.
struct SentenceCounter {
    private var next = 1

    mutating func sentences(of block: RawBlock) -> [Sentence] {
        SentenceSplitter.spans(block.text).map { span in
            defer { next += 1 }
            return Sentence(ordinal: next, text: span.text, line: block.line(at: span.offset))
        }
    }
}
