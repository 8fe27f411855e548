import TensorScript
import Testing

@Suite struct ParserTests {
    func tree(_ source: String) throws -> String { try SyntaxInspector.tree(of: source) }

    func syntaxError(_ source: String) -> ScriptError? {
        do {
            try SyntaxInspector.check(source)
            return nil
        } catch {
            return error
        }
    }

    @Test func powerIsRightAssociativeAndBindsTighterThanUnaryMinus() throws {
        #expect(try tree("-2 ** 2") == "(- (** 2 2))")
        #expect(try tree("2 ** 3 ** 2") == "(** 2 (** 3 2))")
        #expect(try tree("2 ** -1") == "(** 2 (- 1))")
    }

    @Test func arithmeticPrecedence() throws {
        #expect(try tree("a + b * c @ d - e") == "(- (+ a (@ (* b c) d)) e)")
        #expect(try tree("a // b % c") == "(% (// a b) c)")
        #expect(try tree("a & b | c ^ d") == "(| (& a b) (^ c d))")
    }

    @Test func comparisonChainsAndBooleans() throws {
        #expect(try tree("0 < x <= 1") == "(cmp 0 < x <= 1)")
        #expect(try tree("not a and b or c") == "(or (and (not a) b) c)")
        #expect(try tree("x is not None") == "(cmp x is not None)")
        #expect(try tree("a not in b") == "(cmp a not in b)")
    }

    @Test func conditionalExpression() throws {
        #expect(try tree("a if c else b if d else e") == "(ifexp c a (ifexp d b e))")
    }

    @Test func subscriptsWithSlicesNoneAndEllipsis() throws {
        #expect(try tree("x[1:, ::2, None, ...]") == "(idx x (slice 1 _ _) (slice _ _ 2) None ...)")
        #expect(try tree("x[:, 0]") == "(idx x (slice _ _ _) 0)")
        #expect(try tree("x[-1]") == "(idx x (- 1))")
        #expect(try tree("x[::-1]") == "(idx x (slice _ _ (- 1)))")
    }

    @Test func callsWithKeywordArguments() throws {
        #expect(try tree("np.sum(x, axis=0, keepdims=True)") == "(call (. np sum) x axis=0 keepdims=True)")
        #expect(try tree("np.random.randn(*x.shape)") == "(call (. (. np random) randn) *(. x shape))")
    }

    @Test func statements() throws {
        #expect(try tree("a, b = f(x)") == "(= (tuple a b) (call f x))")
        #expect(try tree("x[:, 0] += 1") == "(+= (idx x (slice _ _ _) 0) 1)")
        #expect(try tree("a = b = 0") == "(= a b 0)")
        #expect(try tree("import numpy as np") == "(import numpy np)")
        let function = "def f(x, y=2):\n    return x + y\n"
        #expect(try tree(function) == "(def f (x y=2) [(return (+ x y))])")
        let loop = "for i in range(3):\n    if i == 1:\n        continue\n    else:\n        pass\n"
        #expect(try tree(loop) == "(for i (call range 3) [(if (cmp i == 1) [(continue)] else [(pass)])])")
        #expect(try tree("assert x > 0, 'positive'") == "(assert (cmp x > 0) 'positive')")
        #expect(try tree("x = 1; y = 2") == "(= x 1)\n(= y 2)")
        #expect(try tree("while x: x -= 1") == "(while x [(-= x 1)])")
    }

    @Test func formattedStrings() throws {
        #expect(try tree("f'a{x + 1:.2f}b{{c}}{y!r}'") == "(f 'a' {(+ x 1):.2f} 'b{c}' {y!r})")
        #expect(try tree("f'{x=}'") == "(f 'x=' {x!r})")
    }

    @Test func tuplesAndLists() throws {
        #expect(try tree("(1,)") == "(tuple 1)")
        #expect(try tree("()") == "(tuple )")
        #expect(try tree("[1, [2, 3]]") == "[1 [2 3]]")
        #expect(try tree("return_value = 1, 2") == "(= return_value (tuple 1 2))")
    }

    @Test(arguments: [
        ("class A: pass", "classes ('class') are not supported in TensorScript"),
        ("f = lambda x: x", "lambda expressions (use 'def') are not supported in TensorScript"),
        ("y = [i for i in x]", "comprehensions are not supported in TensorScript; use a for loop"),
        ("with f: pass", "'with' statements are not supported in TensorScript"),
        ("try:\n    x\nexcept:\n    y", "exception handling ('try') are not supported in TensorScript"),
        ("global x", "'global' declarations are not supported in TensorScript"),
        ("def g():\n    yield 1", "generators ('yield') are not supported in TensorScript"),
        ("@dec\ndef f(): pass", "decorators are not supported in TensorScript"),
        ("import os", "import of 'os' is not supported: only 'import numpy as np' and 'import math' are"),
        (
            "from numpy import exp",
            "'from ... import' (use 'import numpy as np' or 'import math') are not supported in TensorScript"
        ),
    ])
    func unsupportedConstructsAreNamed(source: String, message: String) {
        let error = syntaxError(source)
        #expect(error?.kind == .syntaxError)
        #expect(error?.message == message)
    }

    @Test func missingBlockIsIndentationError() {
        let error = syntaxError("if x:\ny = 1\n")
        #expect(error?.kind == .indentationError)
        #expect(error?.message == "expected an indented block after 'if' statement on line 1")
    }

    @Test func unexpectedIndent() {
        let error = syntaxError("x = 1\n    y = 2\n")
        #expect(error?.kind == .indentationError)
        #expect(error?.message == "unexpected indent")
    }

    @Test func invalidTargets() {
        #expect(syntaxError("f(x) = 1")?.message.hasPrefix("cannot assign to function call") == true)
        #expect(syntaxError("1 = x")?.message.hasPrefix("cannot assign to literal") == true)
    }

    @Test func deepNestingIsASyntaxErrorNotACrash() {
        let source = String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000)
        #expect(syntaxError(source)?.kind == .syntaxError)
        let unary = String(repeating: "-", count: 100_000) + "1"
        #expect(syntaxError(unary)?.kind == .syntaxError)
        let powers = Array(repeating: "2", count: 50_000).joined(separator: "**")
        #expect(syntaxError(powers)?.kind == .syntaxError)
        let nots = String(repeating: "not ", count: 50_000) + "x"
        #expect(syntaxError(nots)?.kind == .syntaxError)
    }

    @Test func errorFormattingShowsTheLineAndACaret() {
        let source = "x = 1\ny = (2 +\n"
        guard let error = syntaxError(source) else {
            Issue.record("expected an error")
            return
        }
        #expect(
            error.formatted(source: source) == """
                  File "<script>", line 2, column 5
                    y = (2 +
                        ^
                SyntaxError: '(' was never closed
                """)
    }
}
