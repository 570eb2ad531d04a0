/// An article's blocks as HTML, every sentence in a span with its stable id so that any fact can
/// link to `#s-<n>`, and the first mention of each entity in a paragraph linked to its page.
struct ArticleHTML {
    var markdown: Markdown
    /// Sentence ordinal → the recognised names in it.
    var links: [Int: [Dossier.EntityLink]] = [:]
    /// The relative address of an entity's page, by slug.
    var entityHref: (String) -> String = { _ in "" }

    func render(_ blocks: [Block]) -> String {
        var html = ""
        for block in blocks {
            switch block {
            case .paragraph(let sentences):
                html += "<p>" + spans(sentences) + "</p>\n"
            case .heading(let level, let text, _):
                html += "<h\(level)>" + markdown.inlineHTML(text) + "</h\(level)>\n"
            case .list(let ordered, let items):
                let tag = ordered ? "ol" : "ul"
                html += "<\(tag)>\n"
                for item in items { html += "<li>" + spans(item) + "</li>\n" }
                html += "</\(tag)>\n"
            case .quote(let sentences):
                html += "<blockquote><p>" + spans(sentences) + "</p></blockquote>\n"
            case .embeddedPost(let post):
                html += "<figure class=\"embedded-post\">\n<blockquote><p>" + spans(post.sentences) + "</p></blockquote>\n"
                var caption: [String] = []
                if let author = post.author { caption.append(HTML.escape(author)) }
                if let handle = post.handle { caption.append("<span class=\"handle\">" + HTML.escape(handle) + "</span>") }
                var line = "— " + caption.joined(separator: " ")
                if let date = post.date {
                    line += ", <time datetime=\"\(date.iso)\">" + HTML.escape(post.dateText ?? date.long) + "</time>"
                } else if let dateText = post.dateText {
                    line += ", " + HTML.escape(dateText)
                }
                html += "<figcaption>" + line + "</figcaption>\n</figure>\n"
            }
        }
        return html
    }

    /// The sentences of one paragraph; an entity is linked at its first mention in the paragraph.
    func spans(_ sentences: [Sentence]) -> String {
        var linked: Set<String> = []
        return sentences.map { sentence in
            let text = linkedMarkdown(sentence.text, links: links[sentence.ordinal] ?? [], linked: &linked)
            return "<span class=\"s\" id=\"\(sentence.anchor)\">" + markdown.inlineHTML(text) + "</span>"
        }.joined(separator: " ")
    }

    /// The sentence's Markdown with `[name](entity page)` around the mentions to link.
    func linkedMarkdown(_ text: String, links: [Dossier.EntityLink], linked: inout Set<String>) -> String {
        guard !links.isEmpty else { return text }
        let view = text.unicodeScalars
        var indices = Array(view.indices)
        indices.append(view.endIndex)
        var result = ""
        var cursor = 0
        for link in links where link.start >= cursor && link.end <= indices.count - 1 && !linked.contains(link.entity) {
            let prefix = view[indices[0]..<indices[link.start]]
            guard !Self.isInsideLinkOrCode(prefix) else { continue }
            let name = String(view[indices[link.start]..<indices[link.end]])
            guard !name.contains("[") && !name.contains("]") else { continue }
            result += String(view[indices[cursor]..<indices[link.start]])
            result += "[" + name + "](" + entityHref(link.entity) + ")"
            cursor = link.end
            linked.insert(link.entity)
        }
        result += String(view[indices[cursor]...])
        return result
    }

    /// Whether text that ends here is inside the text of a Markdown link or a code span.
    static func isInsideLinkOrCode(_ prefix: Substring.UnicodeScalarView) -> Bool {
        var depth = 0
        var ticks = 0
        for scalar in prefix {
            switch scalar {
            case "[": depth += 1
            case "]": depth = max(0, depth - 1)
            case "`": ticks += 1
            default: break
            }
        }
        return depth > 0 || ticks % 2 == 1
    }
}
