/// Colours one line of Python-like code (TensorScript, Python): keywords, built-in names,
/// numbers, strings and comments. Line by line, so a string spanning lines is not
/// recognised; that is enough for exercise-sized code and keeps highlighting per frame cheap.
public struct CodeHighlighter: Sendable {
    /// The styles of each kind of token.
    public struct Theme: Hashable, Sendable {
        public var keyword: Style
        public var builtin: Style
        public var number: Style
        public var string: Style
        public var comment: Style

        /// A theme from its five styles.
        public init(keyword: Style, builtin: Style, number: Style, string: Style, comment: Style) {
            self.keyword = keyword
            self.builtin = builtin
            self.number = number
            self.string = string
            self.comment = comment
        }

        /// Readable on dark and light backgrounds with 8 colours.
        public static let standard = Theme(
            keyword: Style(foreground: .magenta, attributes: .bold), builtin: Style(foreground: .cyan),
            number: Style(foreground: .yellow), string: Style(foreground: .green),
            comment: Style(attributes: .dim))
        /// No colours, for monochrome terminals: keywords bold, comments dim.
        public static let monochrome = Theme(
            keyword: Style(attributes: .bold), builtin: .plain, number: .plain, string: .plain,
            comment: Style(attributes: .dim))
    }

    /// Words shown as keywords.
    public var keywords: Set<String>
    /// Words shown as built-in names.
    public var builtins: Set<String>
    /// The styles.
    public var theme: Theme

    /// A highlighter for the given word lists.
    public init(keywords: Set<String>, builtins: Set<String> = [], theme: Theme = .standard) {
        self.keywords = keywords
        self.builtins = builtins
        self.theme = theme
    }

    /// Python's keywords and a few common built-ins.
    public static let python = CodeHighlighter(
        keywords: [
            "and", "as", "assert", "break", "class", "continue", "def", "del", "elif", "else", "except",
            "False", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "None",
            "nonlocal", "not", "or", "pass", "raise", "return", "True", "try", "while", "with", "yield",
        ],
        builtins: [
            "print", "range", "len", "abs", "min", "max", "sum", "float", "int", "list", "zip", "enumerate",
        ])

    /// The spans of `line`.
    public func spans(_ line: String) -> [Span] {
        var spans: [Span] = []
        func add(_ text: String, _ style: Style) {
            guard !text.isEmpty else { return }
            if let last = spans.last, last.style == style {
                spans[spans.count - 1].text += text
            } else {
                spans.append(Span(text, style: style))
            }
        }
        let characters = Array(line)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "#" {
                add(String(characters[index...]), theme.comment)
                break
            }
            if character == "\"" || character == "'" {
                var end = index + 1
                while end < characters.count && characters[end] != character {
                    end += characters[end] == "\\" ? 2 : 1
                }
                end = min(end + 1, characters.count)
                add(String(characters[index..<end]), theme.string)
                index = end
                continue
            }
            if character.isLetter || character == "_" {
                var end = index
                while end < characters.count
                    && (characters[end].isLetter || characters[end].isNumber || characters[end] == "_")
                {
                    end += 1
                }
                let word = String(characters[index..<end])
                add(
                    word,
                    keywords.contains(word) ? theme.keyword : builtins.contains(word) ? theme.builtin : .plain
                )
                index = end
                continue
            }
            if character.isNumber {
                var end = index
                while end < characters.count
                    && (characters[end].isNumber || characters[end] == "." || characters[end] == "_"
                        || characters[end] == "e" || characters[end] == "E")
                {
                    end += 1
                }
                add(String(characters[index..<end]), theme.number)
                index = end
                continue
            }
            add(String(character), .plain)
            index += 1
        }
        return spans
    }
}
