extension Buffer {
    /// The buffer's styles as text, for snapshot tests that must see highlights and colours:
    /// one line per row with a letter per cell ("." for the plain style, "a", "b", … for the
    /// others in order of first appearance; a wide character's second half repeats its
    /// letter), then a legend describing each letter.
    public var styleSnapshot: String {
        var letters: [Style: Character] = [:]
        var legend: [String] = []
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        var rows: [String] = []
        for row in 0..<area.height {
            var line = ""
            for column in 0..<area.width {
                let style = cells[row * area.width + column].style
                if style == .plain {
                    line.append(".")
                    continue
                }
                if letters[style] == nil {
                    let letter = letters.count < alphabet.count ? alphabet[letters.count] : "?"
                    letters[style] = letter
                    legend.append("\(letter): \(style.summary)")
                }
                line.append(letters[style] ?? "?")
            }
            rows.append(line)
        }
        return (rows + legend).joined(separator: "\n")
    }
}

extension Style {
    /// A short description such as "fg=red bg=indexed(236) bold reverse".
    public var summary: String {
        var parts: [String] = []
        if foreground != .terminalDefault { parts.append("fg=\(foreground.summary)") }
        if background != .terminalDefault { parts.append("bg=\(background.summary)") }
        let names: [(TextAttributes, String)] = [
            (.bold, "bold"), (.dim, "dim"), (.italic, "italic"), (.underline, "underline"),
            (.reverse, "reverse"),
        ]
        for (attribute, name) in names where attributes.contains(attribute) { parts.append(name) }
        return parts.isEmpty ? "plain" : parts.joined(separator: " ")
    }
}

extension Color {
    /// A short description: "default", "ansi(3)", "indexed(236)", "rgb(1,2,3)".
    public var summary: String {
        switch self {
        case .terminalDefault: return "default"
        case .ansi(let index): return "ansi(\(index))"
        case .indexed(let index): return "indexed(\(index))"
        case .rgb(let red, let green, let blue): return "rgb(\(red),\(green),\(blue))"
        }
    }
}
