import TensorScript
import Testing

/// A malformed or hostile program and the error it must produce.
struct HostileCase: Sendable, CustomTestStringConvertible {
    let label: String
    let source: String
    let expected: ScriptErrorKind
    /// Text the message must contain (names the limit, the construct, ...).
    let messageContains: String

    init(_ label: String, _ source: String, _ expected: ScriptErrorKind, _ messageContains: String = "") {
        self.label = label
        self.source = source
        self.expected = expected
        self.messageContains = messageContains
    }

    var testDescription: String { label }
}

private let deepParens = String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000)
private let deepLists = "x = " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
private let deepIndent =
    (0..<150).map { String(repeating: " ", count: $0) + "if True:\n" }.joined()
    + String(repeating: " ", count: 150) + "pass\n"
private let longPowerChain = "x = " + Array(repeating: "2", count: 5_000).joined(separator: " ** ")
private let longAddChain =
    "x = " + Array(repeating: "1", count: 20_000).joined(separator: " + ") + "\nprint(x)"

/// Inputs that are malformed, hostile or runaway: each must produce the right error quickly
/// and never crash or hang the process.
enum HostileInputs {
    static let syntax: [HostileCase] = [
        HostileCase("unterminated single quote", "x = 'abc\n", .syntaxError, "unterminated string literal"),
        HostileCase(
            "unterminated double quote", "print(\"abc)\n", .syntaxError, "unterminated string literal"),
        HostileCase(
            "unterminated triple quote", "s = '''abc\n\nmore", .syntaxError, "unterminated triple-quoted"),
        HostileCase("string at end of file", "'", .syntaxError, "unterminated"),
        HostileCase("dollar sign", "x = 1 $ 2", .syntaxError, "invalid character"),
        HostileCase("question mark", "x = a ? b : c", .syntaxError, "invalid character"),
        HostileCase("backtick", "x = `1`", .syntaxError, "invalid character"),
        HostileCase("exclamation", "x = !y", .syntaxError, "invalid character"),
        HostileCase("null byte", "x = 1\u{0}", .syntaxError, "invalid character"),
        HostileCase(
            "tabs after spaces", "if x:\n        a = 1\n\tb = 2\n", .tabError, "inconsistent use of tabs"),
        HostileCase(
            "bad dedent", "if x:\n    a = 1\n  b = 2\n", .indentationError, "unindent does not match"),
        HostileCase("unexpected indent", "a = 1\n    b = 2\n", .indentationError, "unexpected indent"),
        HostileCase("missing block", "def f():\nreturn 1\n", .indentationError, "expected an indented block"),
        HostileCase(
            "missing block at end", "for i in range(3):\n", .indentationError, "expected an indented block"),
        HostileCase("huge integer literal", "x = 123456789012345678901234567890\n", .limitError, "too large"),
        HostileCase(
            "megabyte number", "x = " + String(repeating: "9", count: 1_000), .limitError, "too large"),
        HostileCase("trailing underscore", "x = 1_\n", .syntaxError, "invalid decimal literal"),
        HostileCase("leading zeros", "x = 09\n", .syntaxError, "leading zeros"),
        HostileCase("empty hex", "x = 0x\n", .syntaxError, "invalid literal"),
        HostileCase("bad exponent", "x = 1e\n", .syntaxError, "invalid decimal literal"),
        HostileCase("complex literal", "x = 1j\n", .syntaxError, "complex numbers"),
        HostileCase("bytes literal", "x = b'abc'\n", .syntaxError, "bytes literals"),
        HostileCase("f-string single brace", "print(f'a } b')\n", .syntaxError, "single '}'"),
        HostileCase("f-string unclosed field", "print(f'{x')\n", .syntaxError, "expecting '}'"),
        HostileCase("f-string empty field", "print(f'{}')\n", .syntaxError, "valid expression required"),
        HostileCase(
            "f-string bad conversion", "print(f'{1!x}')\n", .syntaxError, "invalid conversion character"),
        HostileCase("unmatched close", "x = 1)\n", .syntaxError, "unmatched ')'"),
        HostileCase("mismatched brackets", "x = (1, 2]\n", .syntaxError, "does not match"),
        HostileCase("never closed", "x = (1,\ny = 2\n", .syntaxError, "was never closed"),
        HostileCase("backslash at end", "x = 1 + \\", .syntaxError, "line continuation"),
        HostileCase("backslash then text", "x = 1 \\ 2\n", .syntaxError, "line continuation"),
        HostileCase("10,000 parentheses", deepParens, .syntaxError, "too many nested parentheses"),
        HostileCase("10,000 nested lists", deepLists, .syntaxError, "too many nested parentheses"),
        HostileCase("150 nested blocks", deepIndent, .indentationError, "too many levels of indentation"),
        HostileCase(
            "100,000 unary minus", "x = " + String(repeating: "-", count: 100_000) + "1", .syntaxError,
            "nested too deeply"),
        HostileCase(
            "not chain", "x = " + String(repeating: "not ", count: 50_000) + "y", .syntaxError,
            "nested too deeply"),
        HostileCase("power chain", longPowerChain, .syntaxError, "nested too deeply"),
        HostileCase(
            "nested conditional", "x = " + String(repeating: "1 if y else ", count: 5_000) + "2",
            .syntaxError, "nested too deeply"),
        HostileCase("missing value", "x = \n", .syntaxError, "invalid syntax"),
        HostileCase("bad def", "def f(:\n    pass\n", .syntaxError, ""),
        HostileCase("missing colon", "if x\n    pass\n", .syntaxError, "expected ':'"),
        HostileCase("for without in", "for x range(3):\n    pass\n", .syntaxError, "expected 'in'"),
        HostileCase("return outside function", "return 1\n", .syntaxError, "'return' outside function"),
        HostileCase("break outside loop", "break\n", .syntaxError, "'break' outside loop"),
        HostileCase(
            "continue outside loop", "if True:\n    continue\n", .syntaxError, "'continue' outside loop"),
        HostileCase("class", "class A:\n    pass\n", .syntaxError, "classes"),
        HostileCase("lambda", "f = lambda x: x + 1\n", .syntaxError, "lambda"),
        HostileCase("list comprehension", "y = [i * i for i in range(3)]\n", .syntaxError, "comprehensions"),
        HostileCase("generator argument", "s = sum(i for i in range(3))\n", .syntaxError, "comprehensions"),
        HostileCase("with", "with open('f') as h:\n    pass\n", .syntaxError, "'with'"),
        HostileCase("try", "try:\n    x = 1\nexcept:\n    pass\n", .syntaxError, "exception handling"),
        HostileCase("global", "def f():\n    global x\n", .syntaxError, "'global'"),
        HostileCase("yield", "def f():\n    yield 1\n", .syntaxError, "generators"),
        HostileCase("decorator", "@property\ndef f():\n    pass\n", .syntaxError, "decorators"),
        HostileCase("import os", "import os\nos.system('ls')\n", .syntaxError, "import of 'os'"),
        HostileCase("import subprocess", "import subprocess\n", .syntaxError, "import of 'subprocess'"),
        HostileCase("from import", "from os import path\n", .syntaxError, "'from ... import'"),
        HostileCase("dict literal", "d = {'a': 1}\n", .syntaxError, "dict and set literals"),
        HostileCase("del", "x = 1\ndel x\n", .syntaxError, "'del'"),
        HostileCase("raise", "raise ValueError('x')\n", .syntaxError, "'raise'"),
        HostileCase("async", "async def f():\n    pass\n", .syntaxError, "'async'"),
        HostileCase("walrus", "if (n := 3) > 2:\n    pass\n", .syntaxError, "':='"),
        HostileCase("star args in def", "def f(*args):\n    pass\n", .syntaxError, "'*args'"),
        HostileCase("double-star args in call", "f(**kw)\n", .syntaxError, "unpacking"),
        HostileCase("annotation", "x: int = 3\n", .syntaxError, "type annotations"),
        HostileCase(
            "positional after keyword", "f(a=1, 2)\n", .syntaxError, "positional argument follows keyword"),
        HostileCase("default order", "def f(a=1, b):\n    pass\n", .syntaxError, "without a default"),
        HostileCase("empty subscript", "x[]\n", .syntaxError, "expected an index"),
        HostileCase("assign to literal", "1 = x\n", .syntaxError, "cannot assign to literal"),
        HostileCase("assign to call", "f() = 3\n", .syntaxError, "cannot assign to function call"),
        HostileCase("augmented tuple", "a, b += 1\n", .syntaxError, "illegal expression"),
        HostileCase("stray else", "else:\n    pass\n", .syntaxError, ""),
        HostileCase("keyword as name", "if = 3\n", .syntaxError, ""),
        HostileCase("duplicate parameter", "def f(a, a):\n    pass\n", .syntaxError, "duplicate argument"),
        HostileCase("repeated keyword", "f(a=1, a=2)\n", .syntaxError, "keyword argument repeated"),
        HostileCase("exec", "exec('import os')\n", .nameError, "'exec' is not defined"),
        HostileCase("open", "open('/etc/passwd')\n", .nameError, "'open' is not defined"),
        HostileCase("eval", "eval('1')\n", .nameError, "'eval' is not defined"),
        HostileCase("dunder import", "__import__('os')\n", .nameError, "'__import__' is not defined"),
    ]

    static let runtime: [HostileCase] = [
        HostileCase("misspelt print", "prnt(1)\n", .nameError, "Did you mean: 'print'?"),
        HostileCase(
            "misspelt attribute", "import numpy as np\nnp.expp(1.0)\n", .attributeError,
            "Did you mean: 'exp'?"),
        HostileCase(
            "misspelt array attribute", "import numpy as np\nnp.zeros(3).shap\n", .attributeError,
            "Did you mean: 'shape'?"),
        HostileCase("numpy not imported", "x = np.zeros(3)\n", .nameError, "import numpy as np"),
        HostileCase(
            "unbound local", "def f():\n    y = x\n    x = 1\nf()\n", .nameError,
            "cannot access local variable"),
        HostileCase("len of int", "len(5)\n", .typeError, "has no len()"),
        HostileCase("str plus int", "'a' + 1\n", .typeError, "unsupported operand"),
        HostileCase("call an int", "x = 3\nx(1)\n", .typeError, "not callable"),
        HostileCase(
            "too many arguments", "def f(a):\n    return a\nf(1, 2)\n", .typeError,
            "takes 1 positional argument"),
        HostileCase(
            "missing argument", "def f(a, b):\n    return a\nf(1)\n", .typeError, "missing 1 required"),
        HostileCase(
            "unknown keyword", "import numpy as np\nnp.sum(np.ones(2), axs=0)\n", .typeError,
            "Did you mean: 'axis'?"),
        HostileCase("index out of range", "import numpy as np\nnp.zeros(3)[3]\n", .indexError, ""),
        HostileCase("list index out of range", "[1, 2][5]\n", .indexError, "list index out of range"),
        HostileCase("huge index", "import numpy as np\nnp.zeros(3)[10**18]\n", .indexError, ""),
        HostileCase(
            "broadcast mismatch", "import numpy as np\nnp.ones((3, 2)) + np.ones(3)\n", .valueError,
            "(3,2) (3,)"),
        HostileCase(
            "matmul mismatch", "import numpy as np\nnp.ones((2, 3)) @ np.ones((2, 3))\n", .valueError,
            "mismatch"),
        HostileCase(
            "reshape mismatch", "import numpy as np\nnp.arange(6).reshape(4, 2)\n", .valueError,
            "cannot reshape"),
        HostileCase(
            "two unknown dims", "import numpy as np\nnp.arange(6).reshape(-1, -1)\n", .valueError, ""),
        HostileCase(
            "negative dimension", "import numpy as np\nnp.zeros(-1)\n", .valueError, "negative dimensions"),
        HostileCase("division by zero", "x = 1 / 0\n", .zeroDivisionError, "division by zero"),
        HostileCase("modulo by zero", "x = 5 % 0\n", .zeroDivisionError, "modulo by zero"),
        HostileCase("arange step zero", "import numpy as np\nnp.arange(0, 1, 0)\n", .zeroDivisionError, ""),
        HostileCase(
            "failed assert", "assert 1 > 2, 'one is not greater'\n", .assertionError, "one is not greater"),
        HostileCase(
            "ambiguous truth", "import numpy as np\nif np.ones(3) > 0:\n    pass\n", .valueError, "ambiguous"),
        HostileCase("unpack too many", "a, b = 1, 2, 3\n", .valueError, "too many values to unpack"),
        HostileCase("unpack too few", "a, b, c = 1, 2\n", .valueError, "not enough values to unpack"),
        HostileCase("int of text", "int('abc')\n", .valueError, "invalid literal for int()"),
        HostileCase("float of text", "float('x1')\n", .valueError, "could not convert"),
        HostileCase("big int power", "x = 2 ** 100000\n", .overflowError, "too large"),
        HostileCase("int overflow multiply", "x = 10 ** 18 * 10 ** 18\n", .overflowError, ""),
        HostileCase(
            "integer array negative power", "import numpy as np\nnp.arange(3) ** -1\n", .valueError,
            "negative integer powers"),
        HostileCase(
            "float index", "import numpy as np\nnp.zeros(3)[np.array([0.5])]\n", .indexError,
            "integer (or boolean)"),
        HostileCase(
            "tuple assignment", "t = (1, 2)\nt[0] = 5\n", .typeError, "does not support item assignment"),
        HostileCase(
            "svd of vector", "import numpy as np\nnp.linalg.svd(np.ones(3))\n", .valueError, "two-dimensional"
        ),
        HostileCase(
            "grad of vector output", "import numpy as np\ndef f(x):\n    return x * 2\ngrad(f)(np.ones(3))\n",
            .typeError, "scalar"),
        HostileCase("string multiplied by float", "'a' * 2.5\n", .typeError, "unsupported operand"),
        HostileCase(
            "attribute assignment", "import numpy as np\nx = np.zeros(2)\nx.shape = (1, 2)\n",
            .attributeError, "cannot assign"),
    ]

    static let limits: [HostileCase] = [
        HostileCase("infinite while", "while True:\n    pass\n", .limitError, "evaluation steps"),
        HostileCase(
            "infinite counting loop", "i = 0\nwhile i >= 0:\n    i += 1\n", .limitError, "evaluation steps"),
        HostileCase(
            "huge range loop", "for i in range(10**18):\n    pass\n", .limitError, "evaluation steps"),
        HostileCase("loop over growing list", "xs = [0]\nfor x in xs:\n    xs.append(x)\n", .limitError, ""),
        HostileCase("recursion bomb", "def f(n):\n    return f(n + 1)\nf(0)\n", .limitError, "call depth"),
        HostileCase(
            "mutual recursion", "def a(n):\n    return b(n)\ndef b(n):\n    return a(n)\na(1)\n", .limitError,
            "call depth"),
        HostileCase(
            "recursion in expression", "def f(n):\n    return 1 + (2 * (3 + f(n)))\nf(0)\n", .limitError,
            "call depth"),
        HostileCase("exponential list", "x = [1]\nwhile True:\n    x = x + x\n", .limitError, "elements"),
        HostileCase("exponential string", "s = 'ab'\nwhile True:\n    s = s + s\n", .limitError, ""),
        HostileCase("list repetition bomb", "x = [0] * 10**9\n", .limitError, "single tensor size"),
        HostileCase("string repetition bomb", "x = 'a' * 10**10\n", .limitError, "single tensor size"),
        HostileCase(
            "huge zeros", "import numpy as np\nx = np.zeros((100000, 100000))\n", .limitError,
            "single tensor size"),
        HostileCase(
            "overflowing shape", "import numpy as np\nx = np.zeros((2**40, 2**40))\n", .limitError,
            "single tensor size"),
        HostileCase(
            "huge ones", "import numpy as np\nx = np.ones(10**9)\n", .limitError, "single tensor size"),
        HostileCase(
            "huge arange", "import numpy as np\nx = np.arange(1e12)\n", .limitError, "single tensor size"),
        HostileCase(
            "huge linspace", "import numpy as np\nx = np.linspace(0, 1, 10**9)\n", .limitError,
            "single tensor size"),
        HostileCase("huge eye", "import numpy as np\nx = np.eye(10**6)\n", .limitError, "single tensor size"),
        HostileCase(
            "huge full", "import numpy as np\nx = np.full((10**4, 10**4), 1.0)\n", .limitError,
            "single tensor size"),
        HostileCase(
            "huge randn", "import numpy as np\nx = np.random.randn(10**5, 10**5)\n", .limitError,
            "single tensor size"),
        HostileCase(
            "broadcast bomb", "import numpy as np\nx = np.ones((100000, 1)) + np.ones((1, 100000))\n",
            .limitError, "single tensor size"),
        HostileCase(
            "outer bomb", "import numpy as np\nx = np.outer(np.ones(10**5), np.ones(10**5))\n", .limitError,
            "single tensor size"),
        HostileCase(
            "matmul bomb", "import numpy as np\nx = np.ones((100000, 1)) @ np.ones((1, 100000))\n",
            .limitError, "single tensor size"),
        HostileCase(
            "pad bomb", "import numpy as np\nx = np.pad(np.ones(10), 10**9)\n", .limitError,
            "single tensor size"),
        HostileCase(
            "allocation in a loop", "import numpy as np\nfor i in range(1000):\n    a = np.ones(1_000_000)\n",
            .limitError, "total elements"),
        HostileCase(
            "doubling arrays",
            "import numpy as np\nx = np.ones(1)\nwhile True:\n    x = np.concatenate([x, x])\n", .limitError,
            ""),
        HostileCase("list of range", "x = list(range(10**9))\n", .limitError, "single tensor size"),
        HostileCase("sum of huge range", "x = sum(range(10**12))\n", .limitError, ""),
        HostileCase(
            "exponentially shared list printed",
            "a = [0] * 100\nfor i in range(40):\n    a = [a, a]\nprint(a)\n", .limitError, "output size"),
        HostileCase(
            "exponentially shared list compared",
            "a = [0] * 100\nb = [0] * 100\nfor i in range(40):\n    a = [a, a]\n    b = [b, b]\nprint(a == b)\n",
            .limitError, "evaluation steps"),
        HostileCase("output flood", "while True:\n    print('spam' * 100)\n", .limitError, "output size"),
        HostileCase(
            "source too large", "x = 1\n" + String(repeating: "# padding comment line\n", count: 50_000),
            .limitError, "source size"),
        HostileCase("long flat expression", longAddChain, .syntaxError, "nested too deeply"),
    ]

    static let all = syntax + runtime + limits
}

@Suite struct HostileInputTests {
    static func options() -> InterpreterOptions {
        var options = InterpreterOptions()
        // Smaller step budget than the default so runaway loops stop fast in debug builds;
        // the limits' behaviour does not depend on the exact numbers.
        options.maximumSteps = 200_000
        // Room for the deep-nesting inputs, which are larger than the default 64 KiB.
        options.maximumSourceBytes = 1 << 20
        return options
    }

    @Test func thereAreAtLeastOneHundredHostileInputs() {
        #expect(HostileInputs.all.count >= 100)
    }

    @Test(arguments: HostileInputs.all)
    func producesTheRightError(_ hostile: HostileCase) {
        let result = Interpreter(options: HostileInputTests.options()).run(source: hostile.source)
        guard let error = result.error else {
            Issue.record(
                "expected \(hostile.expected.rawValue), but the script ran:\n\(result.output.prefix(200))")
            return
        }
        #expect(error.kind == hostile.expected, "\(error.kind.rawValue): \(error.message)")
        #expect(
            hostile.messageContains.isEmpty || error.message.contains(hostile.messageContains),
            "message '\(error.message)' lacks '\(hostile.messageContains)'")
        #expect(result.errorReport.hasSuffix("\(error.kind.rawValue): \(error.message)"))
    }

    @Test func extremeButValidValuesDoNotTrap() {
        let source = """
            import numpy as np
            a = [1]
            a.append(a)
            print(a)
            r = range(-2**62, 2**62)
            print(len(r) > 0, 5 in r)
            xs = [1, 2, 3]
            print(xs[::-(2**62) * 2], xs[::2**62])
            big = np.full(2, 10**18) * 10**18
            print(big & 1, f"{big[0]:d}", format(10**18, ','))
            """
        let result = Interpreter().run(source: source)
        #expect(result.error == nil, "\(result.errorReport)")
        #expect(result.output.hasPrefix("[1, [...]]\nTrue True\n[3] [1]\n"))
    }

    @Test func longButReasonableChainsEvaluate() {
        let source = "x = " + Array(repeating: "1", count: 900).joined(separator: " + ") + "\nprint(x)\n"
        #expect(Interpreter().run(source: source).output == "900\n")
    }

    @Test func defaultSourceLimitIs64KiB() {
        let source = "x = 1\n" + String(repeating: "# padding\n", count: 7_000)
        let result = Interpreter().run(source: source)
        #expect(result.error?.kind == .limitError)
        #expect(result.error?.message.contains("source size") == true)
    }

    @Test func defaultLimitsStopAnEndlessLoop() {
        let result = Interpreter().run(source: "while True:\n    pass\n")
        #expect(result.error?.kind == .limitError)
    }

    @Test func wallTimeLimitStopsSlowWork() {
        var options = InterpreterOptions()
        options.maximumWallTime = 0.05
        let result = Interpreter(options: options).run(source: "while True:\n    x = 1\n")
        #expect(result.error?.kind == .limitError)
        #expect(result.error?.message.contains("wall time") == true)
    }

    @Test func forbiddenNamesAreReportedBeforeRunning() {
        var options = InterpreterOptions()
        options.forbiddenNames = ["softmax"]
        let source = "print('started')\nimport numpy as np\ny = np.softmax(np.ones(3))\n"
        let result = Interpreter(options: options).run(source: source)
        #expect(result.output.isEmpty)
        #expect(result.error?.kind == .forbiddenNameError)
        #expect(result.error?.range?.start == SourcePosition(line: 3, column: 5))
        let bare = Interpreter(options: options).run(source: "def f(x):\n    return softmax(x)\n")
        #expect(bare.error?.kind == .forbiddenNameError)
    }

    @Test func theLearnersOwnNamesMayShareAForbiddenName() {
        var options = InterpreterOptions()
        options.forbiddenNames = ["var", "std"]
        let source = """
            import numpy as np
            def spread(x, std=1.0):
                var = ((x - x.mean()) ** 2).mean()
                return var / std
            print(spread(np.array([1.0, 3.0])))
            """
        let result = Interpreter(options: options).run(source: source)
        #expect(result.error == nil, "\(result.errorReport)")
        #expect(result.output == "1.0\n")
        let method = Interpreter(options: options).run(
            source: "import numpy as np\ndef f(x):\n    var = 1\n    return x.var()\n")
        #expect(method.error?.kind == .forbiddenNameError)
    }

    @Test func aTopLevelBindingThatNeverRunsDoesNotUncoverTheBuiltin() {
        var options = InterpreterOptions()
        options.forbiddenNames = ["sum"]
        let source = "if False:\n    sum = 0\ndef f(x):\n    return sum(x)\nprint(f([1, 2]))\n"
        let result = Interpreter(options: options).run(source: source)
        #expect(result.error?.kind == .forbiddenNameError)
        #expect(result.error?.message == "'sum' may not be used in this exercise")
        let own = Interpreter(options: options).run(
            source: "def sum(x):\n    return 7\nprint(sum([1, 2]))\n")
        #expect(own.output == "7\n", "\(own.errorReport)")
    }
}

@Suite struct DeepTreeTests {
    @Test func deepestAcceptedTreesAreFreedSafelyOnAnyThread() {
        let deepUnary = "def f():\n    return " + String(repeating: "-", count: 990) + "1\n"
        let deepChain =
            "def g():\n    return " + Array(repeating: "1", count: 990).joined(separator: " + ") + "\n"
        let deepBlocks =
            "def h():\n" + (1..<99).map { String(repeating: " ", count: $0) + "if True:\n" }.joined()
            + String(repeating: " ", count: 99) + "x = 1\n"
        for source in [deepUnary, deepChain, deepBlocks] {
            var interpreter: Interpreter? = Interpreter()
            #expect(interpreter?.run(source: source).error == nil)
            // Dropping the interpreter here frees the syntax trees on the test's own thread.
            interpreter = nil
            #expect(interpreter == nil)
        }
    }
}
