extension String {
    /// The string made safe for XML/HTML text and attribute values.
    ///
    /// Escapes `& < > " '` and drops the control characters XML 1.0 forbids (all below U+0020 except tab, newline
    /// and carriage return, plus U+FFFE/U+FFFF), so any user-supplied name yields a well-formed document.
    var xmlEscaped: String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                let value = scalar.value
                if value < 0x20 || value == 0xFFFE || value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
