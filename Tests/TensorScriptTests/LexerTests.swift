import TensorScript
import Testing

@Suite struct LexerTests {
    @Test func indentationProducesIndentAndDedent() throws {
        let tokens = try SyntaxInspector.tokens(of: "if x:\n    y = 1\nz = 2\n")
        #expect(
            tokens == [
                "KW(if)", "NAME(x)", "OP(:)", "NEWLINE", "INDENT", "NAME(y)", "OP(=)", "INT(1)", "NEWLINE",
                "DEDENT", "NAME(z)", "OP(=)", "INT(2)", "NEWLINE", "EOF",
            ])
    }

    @Test func blankAndCommentLinesDoNotChangeIndentation() throws {
        let tokens = try SyntaxInspector.tokens(of: "if x:\n\n    # note\n    y\n  # odd comment\n    z\n")
        #expect(tokens.filter { $0 == "INDENT" }.count == 1)
        #expect(tokens.filter { $0 == "DEDENT" }.count == 1)
    }

    @Test func bracketsJoinLinesAndBackslashContinues() throws {
        let tokens = try SyntaxInspector.tokens(of: "x = (1 +\n      2)\ny = 3 + \\\n  4\n")
        #expect(tokens.filter { $0 == "NEWLINE" }.count == 2)
        #expect(!tokens.contains("INDENT"))
    }

    @Test func numbersFollowPythonSyntax() throws {
        let tokens = try SyntaxInspector.tokens(of: "1_000 1e-3 .5 2. 0x1F 0b101 0o17 1E+2")
        #expect(
            tokens.prefix(8) == [
                "INT(1000)", "FLOAT(0.001)", "FLOAT(0.5)", "FLOAT(2.0)", "INT(31)", "INT(5)", "INT(15)",
                "FLOAT(100.0)",
            ])
    }

    @Test func stringEscapesAndRawStrings() throws {
        let tokens = try SyntaxInspector.tokens(of: #"'a\tb' "q\"" r'\n' '\x41\u00e9' '''x"y'''"#)
        #expect(tokens.prefix(5) == ["STR(a\tb)", "STR(q\")", "STR(\\n)", "STR(Aé)", "STR(x\"y)"])
    }

    @Test func tabsConsistentWithSpacesAreAccepted() throws {
        // A tab indents to column 8 both ways here, so Python accepts it.
        let tokens = try SyntaxInspector.tokens(of: "if x:\n\ty\n\tz\n")
        #expect(tokens.contains("INDENT"))
    }

    @Test func inconsistentTabsAndSpacesAreTabError() {
        #expect(throws: ScriptError.self) { try SyntaxInspector.tokens(of: "if x:\n        y\n\tz\n") }
        do {
            _ = try SyntaxInspector.tokens(of: "if x:\n        y\n\tz\n")
        } catch {
            #expect(error.kind == .tabError)
            #expect(error.range?.start.line == 3)
        }
    }

    @Test func badDedentIsIndentationError() {
        do {
            _ = try SyntaxInspector.tokens(of: "if x:\n    y\n  z\n")
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .indentationError)
            #expect(error.message == "unindent does not match any outer indentation level")
        }
    }

    @Test func operatorsUseLongestMatch() throws {
        let tokens = try SyntaxInspector.tokens(of: "a **= b // c ** d @ e != f")
        #expect(tokens.contains("OP(**=)"))
        #expect(tokens.contains("OP(//)"))
        #expect(tokens.contains("OP(**)"))
        #expect(tokens.contains("OP(@)"))
        #expect(tokens.contains("OP(!=)"))
    }

    @Test func columnsPointAtTheToken() {
        do {
            _ = try SyntaxInspector.tokens(of: "x = 1\ny = 2 $ 3\n")
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .syntaxError)
            #expect(error.range?.start == SourcePosition(line: 2, column: 7))
            #expect(error.message == "invalid character '$' (U+0024)")
        }
    }

    @Test func windowsLineEndingsAreAccepted() throws {
        let tokens = try SyntaxInspector.tokens(of: "if x:\r\n    y\r\n")
        #expect(tokens.contains("INDENT"))
    }
}
