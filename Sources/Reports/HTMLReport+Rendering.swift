import Foundation

extension HTMLReport {
    /// The complete page as HTML5 that is also well-formed XML.
    public func html() -> String {
        var ids = SectionIDs()
        var body = ""
        render(blocks, depth: 0, ids: &ids, into: &body)
        var page = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
        page += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
        page += "<title>\(title.xmlEscaped)</title>\n<style>\n\(Self.styleSheet)</style>\n</head>\n<body>\n<main>\n"
        page += "<header>\n<h1>\(title.xmlEscaped)</h1>\n"
        if let subtitle { page += "<p class=\"subtitle\">\(subtitle.xmlEscaped)</p>\n" }
        page += "</header>\n"
        if ids.topLevel.count >= 2 {
            page += "<nav class=\"contents\"><strong>Contents</strong>\n<ul>\n"
            for (id, title) in ids.topLevel { page += "<li><a href=\"#\(id)\">\(title.xmlEscaped)</a></li>\n" }
            page += "</ul>\n</nav>\n"
        }
        page += body
        if let footer { page += "<footer>\(footer.xmlEscaped)</footer>\n" }
        page += "</main>\n</body>\n</html>\n"
        return page
    }

    /// Unique, readable anchors for sections, and the list of top-level ones for the contents.
    struct SectionIDs {
        private var used: Set<String> = []
        var topLevel: [(id: String, title: String)] = []

        mutating func make(for title: String) -> String {
            var slug = ""
            for character in title.lowercased() {
                if character.isASCII && (character.isLetter || character.isNumber) {
                    slug.append(character)
                } else if !slug.isEmpty && !slug.hasSuffix("-") {
                    slug.append("-")
                }
            }
            while slug.hasSuffix("-") { slug.removeLast() }
            if slug.isEmpty { slug = "section" }
            var candidate = slug
            var counter = 2
            while used.contains(candidate) {
                candidate = "\(slug)-\(counter)"
                counter += 1
            }
            used.insert(candidate)
            return candidate
        }
    }

    private func render(_ blocks: [HTMLBlock], depth: Int, ids: inout SectionIDs, into out: inout String) {
        for block in blocks {
            switch block {
            case .heading(let text, let level):
                let tag = "h\(min(6, max(2, level)))"
                out += "<\(tag)>\(text.xmlEscaped)</\(tag)>\n"
            case .paragraph(let text):
                out += "<p>\(text.xmlEscaped)</p>\n"
            case .keyValues(let pairs, let caption):
                out += "<table class=\"kv\">\n" + captionTag(caption) + "<tbody>\n"
                for pair in pairs {
                    out += "<tr><th scope=\"row\">\(pair.key.xmlEscaped)</th>\(cell(pair.value))</tr>\n"
                }
                out += "</tbody>\n</table>\n"
            case .table(let columns, let rows, let caption):
                let width = max(columns.count, rows.map(\.count).max() ?? 0)
                out += "<table class=\"data\">\n" + captionTag(caption) + "<thead><tr>"
                for index in 0..<width { out += "<th>\(index < columns.count ? columns[index].xmlEscaped : "")</th>" }
                out += "</tr></thead>\n<tbody>\n"
                for row in rows {
                    out += "<tr>"
                    for index in 0..<width { out += index < row.count ? cell(row[index]) : "<td></td>" }
                    out += "</tr>\n"
                }
                out += "</tbody>\n</table>\n"
            case .chart(let svg, let title, let caption):
                out += "<figure class=\"chart\" aria-label=\"\(title.xmlEscaped)\">\n\(Self.inline(svg))"
                if let caption { out += "<figcaption>\(caption.xmlEscaped)</figcaption>\n" }
                out += "</figure>\n"
            case .preformatted(let text):
                out += "<pre>\(text.xmlEscaped)</pre>\n"
            case .section(let section):
                let id = ids.make(for: section.title)
                if depth == 0 { ids.topLevel.append((id, section.title)) }
                let tag = "h\(min(6, depth + 2))"
                out += "<section id=\"\(id)\">\n<\(tag)>\(section.title.xmlEscaped)</\(tag)>\n"
                render(section.blocks, depth: depth + 1, ids: &ids, into: &out)
                out += "</section>\n"
            }
        }
    }

    private func captionTag(_ caption: String?) -> String {
        caption.map { "<caption>\($0.xmlEscaped)</caption>\n" } ?? ""
    }

    /// A table cell; numbers are right-aligned.
    private func cell(_ text: String) -> String {
        let numeric = Double(text.trimmingCharacters(in: .whitespaces)) != nil
        return numeric ? "<td class=\"num\">\(text.xmlEscaped)</td>" : "<td>\(text.xmlEscaped)</td>"
    }

    /// An SVG document without its XML declaration, ready to sit inside HTML.
    static func inline(_ svg: String) -> String {
        guard svg.hasPrefix("<?xml"), let end = svg.range(of: "?>") else { return svg }
        return String(svg[end.upperBound...]).trimmingPrefixNewlines()
    }
}

extension String {
    fileprivate func trimmingPrefixNewlines() -> String {
        String(drop(while: { $0 == "\n" || $0 == "\r" }))
    }
}
