extension DisplayWidth {
    /// `text` cut to at most `width` cells; when cut, the last cell shows `ellipsis`
    /// (pass "" for a hard cut, or "..." for ASCII terminals).
    public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.width(of: text) <= width { return text }
        let ellipsisWidth = DisplayWidth.width(of: ellipsis)
        guard ellipsisWidth <= width else { return truncate(text, to: width, ellipsis: "") }
        let budget = width - ellipsisWidth
        var result = ""
        var used = 0
        for character in text {
            let characterWidth = DisplayWidth.width(of: character)
            if used + characterWidth > budget { break }
            result.append(character)
            used += characterWidth
        }
        return result + ellipsis
    }

    /// The characters of `text` that lie in display columns `from..<from + width`. A wide
    /// character cut by either edge is replaced by a space so columns stay aligned.
    public static func slice(_ text: some StringProtocol, from start: Int, width: Int) -> String {
        guard width > 0 else { return "" }
        var result = ""
        var column = 0
        let end = start + width
        for character in text {
            let characterWidth = DisplayWidth.width(of: character)
            defer { column += characterWidth }
            if column + characterWidth <= start { continue }
            if column >= end { break }
            if column < start || column + characterWidth > end {
                result += String(
                    repeating: " ", count: min(column + characterWidth, end) - max(column, start))
            } else {
                result.append(character)
            }
        }
        return result
    }
}
