import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Parses an SVG or HTML document with Foundation's `XMLParser` and records every element, so tests can check
/// well-formedness and count paths, legend entries and tick labels.
final class XMLInspector: NSObject, XMLParserDelegate {
    struct Element {
        var name: String
        var attributes: [String: String]
        var text: String
        /// The `data-kind` values of the enclosing elements, innermost last.
        var ancestors: [String]
    }

    private(set) var elements: [Element] = []
    private var stack: [Int] = []
    private(set) var parseError: String?

    /// Parses `document`; `nil` (with the parser's error in `parseError`) when it is not well-formed XML.
    static func parse(_ document: String) -> XMLInspector? {
        let inspector = XMLInspector()
        let parser = XMLParser(data: Data(document.utf8))
        parser.delegate = inspector
        guard parser.parse() else { return nil }
        return inspector
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String]
    ) {
        let ancestors = stack.compactMap { elements[$0].attributes["data-kind"] }
        elements.append(Element(name: elementName, attributes: attributes, text: "", ancestors: ancestors))
        stack.append(elements.count - 1)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let last = stack.last { elements[last].text += string }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        self.parseError = "\(parseError)"
    }

    /// Elements with the given `data-kind`.
    func kind(_ kind: String) -> [Element] { elements.filter { $0.attributes["data-kind"] == kind } }

    /// Elements with the given tag name.
    func named(_ name: String) -> [Element] { elements.filter { $0.name == name } }

    /// The text of the elements with the given `data-kind`.
    func texts(_ kind: String) -> [String] { self.kind(kind).map(\.text) }
}
