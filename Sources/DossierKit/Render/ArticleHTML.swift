/// An article's blocks as HTML, every sentence in a span with its stable id so that any fact can
/// link to `#s-<n>`, and the first mention of each entity in a paragraph linked to its page.
struct ArticleHTML {
    var markdown: Markdown
    /// Sentence ordinal → the recognised names in it.
    var links: [Int: [Dossier.EntityLink]] = [:]
    /// The relative address of an entity's page, by slug.
    var entityHref: (String) -> String = { _ in "" }
    /// Sentence ordinal → its date expressions, marked with their normalised value.
    var times: [Int: [TemporalExpression]] = [:]

    /// Private-use characters that mark a date expression through Markdown rendering;
    /// they are replaced by `<time>` tags in the HTML that libcmark gives back.
    static let timeOpen: Character = "\u{E000}"
    static let timeMiddle: Character = "\u{E001}"
    static let timeClose: Character = "\u{E002}"

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
            let dates = times[sentence.ordinal] ?? []
            let text = linkedMarkdown(sentence.text, links: links[sentence.ordinal] ?? [], dates: dates, linked: &linked)
            return "<span class=\"s\" id=\"\(sentence.anchor)\">" + Self.timeTags(markdown.inlineHTML(text), dates) + "</span>"
        }.joined(separator: " ")
    }

    /// The sentence's Markdown with `[name](entity page)` around the mentions to link.
    func linkedMarkdown(_ text: String, links: [Dossier.EntityLink], dates: [TemporalExpression] = [],
                        linked: inout Set<String>) -> String {
        guard !links.isEmpty || !dates.isEmpty else { return text }
        let view = text.unicodeScalars
        var indices = Array(view.indices)
        indices.append(view.endIndex)
        // Edits in text order: entity links (the first per paragraph) and date marks; overlaps are skipped.
        enum Edit {
            case link(Dossier.EntityLink)
            case date(Int, TemporalExpression)
        }
        var edits: [(start: Int, end: Int, edit: Edit)] = links.map { ($0.start, $0.end, .link($0)) }
        for (index, date) in dates.enumerated() { edits.append((date.start, date.end, .date(index, date))) }
        // At the same start the longer edit wins ("Sept. 30" over a mention "Sept"); over the same span, the date
        // ("Thanksgiving Day" is a day before it is a name).
        func rank(_ edit: Edit) -> Int { if case .date = edit { return 0 } else { return 1 } }
        edits.sort { ($0.start, -$0.end, rank($0.edit)) < ($1.start, -$1.end, rank($1.edit)) }
        var result = ""
        var cursor = 0
        // Whether the text up to an edit is inside a link or code, read once from the start as the edits go forward.
        var markup = MarkupDepth()
        var scanned = 0
        for edit in edits where edit.start >= cursor && edit.end <= indices.count - 1 {
            markup.read(view[indices[scanned]..<indices[edit.start]])
            scanned = edit.start
            guard !markup.isInsideLinkOrCode else { continue }
            let piece = String(view[indices[edit.start]..<indices[edit.end]])
            switch edit.edit {
            case .link(let link):
                guard !linked.contains(link.entity), !piece.contains("["), !piece.contains("]") else { continue }
                result += String(view[indices[cursor]..<indices[edit.start]])
                result += "[" + piece + "](" + entityHref(link.entity) + ")"
                linked.insert(link.entity)
            case .date(let index, _):
                result += String(view[indices[cursor]..<indices[edit.start]])
                result += String(Self.timeOpen) + String(index) + String(Self.timeMiddle) + piece + String(Self.timeClose)
            }
            cursor = edit.end
        }
        result += String(view[indices[cursor]...])
        return result
    }

    /// Replaces the date marks in rendered HTML with `<time>` elements (or `<span>`s where HTML has no
    /// datetime for the value) that carry the TIMEX3 type and value (`data-timex-type`, `data-timex`)
    /// and show the value in words on hover (title) and on keyboard focus (CSS on `data-value`).
    static func timeTags(_ html: String, _ dates: [TemporalExpression]) -> String {
        guard html.contains(timeOpen) else { return html }
        var result = ""
        var open: [String] = []
        var index = html.startIndex
        while index < html.endIndex {
            let character = html[index]
            if character == timeOpen, let middle = html[index...].firstIndex(of: timeMiddle),
               let number = Int(html[html.index(after: index)..<middle]), number < dates.count {
                let date = dates[number]
                let value: String
                if let timex = date.timex {
                    let words = date.meaning ?? timex
                    value = words == timex ? timex : words + " (" + timex + ")"
                } else {
                    value = "not resolved: " + date.derivation
                }
                // <time> where HTML has a datetime for the value; a <span> for references, durations, sets and what is unresolved.
                let element = date.datetime == nil ? "span" : "time"
                open.append(element)
                let datetime = date.datetime.map { " datetime=\"\(HTML.escape($0))\"" } ?? ""
                result += "<\(element) class=\"date-expr\"\(datetime) data-timex-type=\"\(date.type.rawValue)\""
                    + (date.timex.map { " data-timex=\"\(HTML.escape($0))\"" } ?? "")
                    + " title=\"\(HTML.escape(value))\" data-value=\"\(HTML.escape(value))\" tabindex=\"0\">"
                index = html.index(after: middle)
            } else if character == timeClose {
                result += "</" + (open.popLast() ?? "time") + ">"
                index = html.index(after: index)
            } else {
                result.append(character)
                index = html.index(after: index)
            }
        }
        return result
    }

    /// Whether text that ends here is inside the text of a Markdown link or a code span.
    /// How deep a prefix of Markdown is in link brackets and whether it is inside code, read piece by piece.
    struct MarkupDepth {
        private var depth = 0
        private var ticks = 0

        mutating func read(_ text: Substring.UnicodeScalarView) {
            for scalar in text {
                switch scalar {
                case "[": depth += 1
                case "]": depth = max(0, depth - 1)
                case "`": ticks += 1
                default: break
                }
            }
        }

        var isInsideLinkOrCode: Bool { depth > 0 || ticks % 2 == 1 }
    }
}
