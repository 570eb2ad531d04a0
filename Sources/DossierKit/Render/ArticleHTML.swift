/// An article's blocks as HTML, every sentence in a span with its stable id so that
/// any fact can link to `#s-<n>`.
struct ArticleHTML {
    var markdown: Markdown

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

    func spans(_ sentences: [Sentence]) -> String {
        sentences.map { "<span class=\"s\" id=\"\($0.anchor)\">" + markdown.inlineHTML($0.text) + "</span>" }
            .joined(separator: " ")
    }
}
