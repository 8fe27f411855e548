import TensorEngine
import TensorScript
import Testing

@Suite struct EvaluatorTests {
    func output(_ source: String) -> String {
        let result = Interpreter().run(source: "import numpy as np\n" + source)
        if result.error != nil { return result.errorReport }
        return result.output
    }

    @Test func gradOfASumOfSquares() {
        let source = """
            def f(w):
                return np.sum(w ** 2)
            g = grad(f)
            print(g(np.array([1.0, -2.0, 3.0])))
            """
        #expect(output(source) == "[ 2. -4.  6.]\n")
    }

    @Test func gradWithArgnumsTupleAndKeywordForm() {
        let source = """
            def loss(w, x, y):
                return np.mean((x @ w - y) ** 2)
            x = np.array([[1.0, 2.0], [3.0, 4.0]])
            y = np.array([1.0, 0.0])
            w = np.array([0.5, -0.5])
            gw, gx = grad(loss, argnums=(0, 1))(w, x, y)
            print(gw)
            print(gx.shape)
            print(grad(loss, 2)(w, x, y))
            """
        // d/dw mean((xw - y)^2) = 2/n x^T (xw - y); xw = [-0.5, -0.5], residual = [-1.5, -0.5]
        #expect(output(source) == "[-3. -5.]\n(2, 2)\n[1.5 0.5]\n")
    }

    @Test func gradThroughDeepLearningHelpers() {
        let source = """
            def f(z):
                return cross_entropy(z, np.array([1]))
            g = grad(f)(np.array([[0.0, 0.0]]))
            print(g)
            def h(x):
                return np.sum(relu(x) * sigmoid(x)) + np.sum(np.tanh(x)[1:])
            print(np.round(grad(h)(np.array([-1.0, 0.0, 2.0])), 4))
            """
        let text = output(source)
        #expect(text.hasPrefix("[[ 0.5 -0.5]]\n"))
        #expect(text.hasSuffix("\n"))
    }

    @Test func gradOfAConstantIsZero() {
        #expect(output("def f(x):\n    return 3.0\nprint(grad(f)(np.ones(2)))") == "[0. 0.]\n")
    }

    @Test func callingAFunctionFromSwift() throws {
        let interpreter = Interpreter()
        let loaded = interpreter.run(
            source: "import numpy as np\ndef relu(x):\n    return np.maximum(x, 0)\n")
        #expect(loaded.succeeded)
        #expect(interpreter.hasFunction(named: "relu"))
        let input = try Tensor(shape: [2, 2], data: [-1, 2, 3, -4])
        let result = interpreter.call("relu", arguments: [.tensor(input)])
        let tensor = try #require(result.value?.tensor)
        #expect(tensor.shape == [2, 2])
        #expect(tensor.toArray() == [0, 2, 3, 0])
    }

    @Test func callErrorsCarryTheCaretIntoTheSolution() {
        let interpreter = Interpreter()
        _ = interpreter.run(source: "import numpy as np\ndef f(x):\n    return x @ np.ones((5, 2))\n")
        let result = interpreter.call("f", arguments: [.tensor(Tensor([1, 2, 3]))])
        #expect(result.error?.kind == .valueError)
        #expect(result.errorReport.contains("    return x @ np.ones((5, 2))\n"))
        #expect(result.errorReport.contains("line 3"))
        #expect(interpreter.call("missing", arguments: []).error?.kind == .nameError)
    }

    @Test func eachCallGetsAFreshBudget() {
        var options = InterpreterOptions()
        options.maximumSteps = 1_000
        let interpreter = Interpreter(options: options)
        _ = interpreter.run(
            source: "def f(n):\n    total = 0\n    for i in range(n):\n        total += i\n    return total\n"
        )
        for _ in 0..<5 {
            #expect(interpreter.call("f", arguments: [.int(300)]).value.map { "\($0.printed)" } == "44850")
        }
        #expect(interpreter.call("f", arguments: [.int(5_000)]).error?.kind == .limitError)
    }

    @Test func replEchoesExpressionValues() {
        let interpreter = Interpreter()
        _ = interpreter.run(source: "import numpy as np")
        #expect(
            interpreter.run(source: "np.array([1.0, 2.0])\n", echoExpressions: true).output
                == "array([1., 2.])\n")
        #expect(interpreter.run(source: "x = 3\n", echoExpressions: true).output == "")
        #expect(interpreter.run(source: "x + 1\n", echoExpressions: true).output == "4\n")
        #expect(interpreter.run(source: "'hi'\n", echoExpressions: true).output == "'hi'\n")
        #expect(interpreter.run(source: "print(2)\n", echoExpressions: true).output == "2\n")
        #expect(
            interpreter.run(source: "np.arange(3) > 0\n", echoExpressions: true).output
                == "array([False,  True,  True])\n")
    }

    @Test func errorsInsideEarlierDefinitionsShowTheirOwnSource() {
        let interpreter = Interpreter()
        _ = interpreter.run(source: "a = 1\n")
        _ = interpreter.run(source: "def f(x):\n    return x + undefined_helper\n")
        let result = interpreter.run(source: "y = 1\nz = f(y)\n")
        #expect(result.error?.kind == .nameError)
        #expect(result.errorReport.contains("line 2, column 16\n    return x + undefined_helper\n"))
    }

    @Test func globalsPersistBetweenRuns() {
        let interpreter = Interpreter()
        _ = interpreter.run(source: "counter = 1")
        _ = interpreter.run(source: "counter += 1")
        #expect(interpreter.global(named: "counter").map(\.printed) == "2")
    }

    @Test func chainedIndexAssignmentWritesThrough() {
        #expect(
            output("g = np.zeros((2, 2))\ng[1][0] = 5\ng[0][1] += 2\nprint(g)") == "[[0. 2.]\n [5. 0.]]\n")
    }

    @Test func arraysAreSharedByReference() {
        #expect(output("a = np.zeros(2)\nb = a\nb[0] = 1\nc = [a]\nc[0][1] = 2\nprint(a)") == "[1. 2.]\n")
    }

    @Test func namesResolveLocallyAndGlobally() {
        let source = """
            x = 1
            def f(y):
                z = x + y
                return z
            def g():
                x = 10
                return f(x)
            print(f(1), g(), x)
            """
        #expect(output(source) == "2 11 1\n")
    }

    @Test func bareNamesAndModules() {
        #expect(
            output("print(exp(0.0), np.linalg.norm(np.array([3.0, 4.0])), math.pi if False else 1)")
                == "1.0 5.0 1\n")
        #expect(output("import math\nprint(math.floor(-1.5))") == "-2\n")
        #expect(output("import numpy.linalg as la\nprint(la.det(np.eye(2)))") == "1.0\n")
    }

    @Test func keywordArgumentsBindByName() {
        #expect(output("def f(a, b=2, c=3):\n    return (a, b, c)\nprint(f(1, c=9))") == "(1, 2, 9)\n")
        #expect(output("print(np.sum(np.ones((2, 3)), keepdims=True, axis=1).shape)") == "(2, 1)\n")
    }

    @Test func errorReportShowsLineColumnAndCaret() {
        let result = Interpreter().run(
            source: "import numpy as np\nx = np.ones((3, 2))\ny = x + np.ones(3)\n")
        #expect(
            result.errorReport == """
                  File "<script>", line 3, column 5
                    y = x + np.ones(3)
                        ^^^^^^^^^^^^^^
                ValueError: operands could not be broadcast together with shapes (3,2) (3,) 
                """)
    }

    @Test func outputBeforeAnErrorIsKept() {
        let result = Interpreter().run(source: "print('before')\nundefined\n")
        #expect(result.output == "before\n")
        #expect(result.error?.kind == .nameError)
    }

    @Test func randomSeedMakesRunsRepeatable() {
        let source = "import numpy as np\nnp.random.seed(7)\nprint(np.random.randn(3))\n"
        #expect(Interpreter().run(source: source).output == Interpreter().run(source: source).output)
    }
}

@Suite struct ClosureTests {
    @Test func nestedFunctionsReadEnclosingVariables() {
        let source = """
            import numpy as np
            def make_loss(x, y):
                def loss(w):
                    return np.mean((x @ w - y) ** 2)
                return loss
            loss = make_loss(np.eye(2), np.array([1.0, 2.0]))
            print(loss(np.array([1.0, 2.0])), grad(loss)(np.zeros(2)))
            def counter():
                step = 2
                def inner(n):
                    def innermost():
                        return n * step
                    return innermost()
                return inner
            print(counter()(5))
            """
        #expect(Interpreter().run(source: source).output == "0.0 [-1. -2.]\n10\n")
    }
}

@Suite struct GradientAssignmentTests {
    @Test func itemAssignmentInsideGradIsDifferentiable() {
        let source = """
            import numpy as np
            def f(w):
                out = np.zeros(3)
                out[0] = w[0] * 2
                out[1:] = w[1:] ** 2
                out[2] += w[0]
                return out.sum()
            print(grad(f)(np.array([1.0, 2.0, 3.0])))
            """
        // d/dw0 = 2 + 1, d/dw1 = 2*w1, d/dw2 = 2*w2
        #expect(Interpreter().run(source: source).output == "[3. 4. 6.]\n")
    }
}
