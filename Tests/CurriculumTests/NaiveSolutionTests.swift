import Grading
import Lessons
import Testing

/// The hidden cases of stages 2 and 3 catch the mistakes the lessons warn about: each plausible
/// but wrong solution below fails, and where the mistake is numerical it fails on the adversarial
/// case that targets it.
@Suite struct NaiveSolutionTests {
    let curriculum: Curriculum
    let grader = Grader(runner: DefaultScriptRunner.make())

    init() throws {
        curriculum = try CurriculumFixtures.curriculum()
    }

    /// The grade of `source` for exercise `id`.
    func grade(_ id: String, _ source: String) throws -> GradeReport {
        grader.grade(try CurriculumFixtures.exercise(id, in: curriculum), answer: source)
    }

    /// Expects `source` to fail exercise `id`; with `label`, the first failure must be that case.
    func expectFailure(_ id: String, _ source: String, at label: String? = nil) throws {
        let report = try grade(id, source)
        #expect(!report.passed, "\(id): the naive solution passed")
        if let label {
            let heading = report.details.first ?? ""
            #expect(heading.contains(label), "\(id): first failure was \(heading), expected \(label)")
        }
    }

    @Test func aSoftmaxWithoutTheShiftFailsOnHugeLogits() throws {
        try expectFailure(
            "pr-stable-softmax",
            """
            import numpy as np
            def stable_softmax(Z, T):
                E = np.exp(Z / T)
                return E / E.sum(axis=1, keepdims=True)
            """, at: "logits of ±1000")
    }

    @Test func theBuiltInSoftmaxIsRefused() throws {
        let report = try grade(
            "pr-stable-softmax",
            "import numpy as np\ndef stable_softmax(Z, T):\n    return np.softmax(Z / T, axis=1)\n")
        #expect(!report.passed)
        #expect(report.summary.contains("not allowed"))
    }

    @Test func aCrossEntropyWithoutLogSumExpFailsOnHugeLogits() throws {
        try expectFailure(
            "pr-cross-entropy",
            """
            import numpy as np
            def cross_entropy_loss(Z, y):
                B = Z.shape[0]
                P = np.exp(Z) / np.exp(Z).sum(axis=1, keepdims=True)
                return -np.log(P[np.arange(B), y]).mean()
            """, at: "logits of ±1000")
    }

    @Test func aCrossEntropySummedOverTheBatchFails() throws {
        try expectFailure(
            "pr-cross-entropy",
            """
            import numpy as np
            def cross_entropy_loss(Z, y):
                B = Z.shape[0]
                m = Z.max(axis=1, keepdims=True)
                lse = m[:, 0] + np.log(np.exp(Z - m).sum(axis=1))
                return (lse - Z[np.arange(B), y]).sum()
            """)
    }

    @Test func theOnePassVarianceFailsFarFromZero() throws {
        try expectFailure(
            "pr-gaussian-mle",
            """
            def gaussian_mle(X):
                mu = X.mean(axis=0)
                return mu, (X ** 2).mean(axis=0) - mu ** 2
            """, at: "data far from zero")
    }

    @Test func theUnbiasedVarianceIsNotTheMLE() throws {
        try expectFailure(
            "pr-gaussian-mle",
            """
            def gaussian_mle(X):
                n = X.shape[0]
                mu = X.mean(axis=0)
                return mu, ((X - mu) ** 2).sum(axis=0) / (n - 1)
            """)
    }

    @Test func anEntropyWithoutTheZeroGuardFailsOnZeros() throws {
        try expectFailure(
            "pr-entropy",
            """
            import numpy as np
            def entropy(P):
                p = P / P.sum(axis=1, keepdims=True)
                return -(p * np.log(p)).sum(axis=1)
            """, at: "rows with zeros")
    }

    @Test func theExactDerivativeIsNotTheCentralDifference() throws {
        try expectFailure(
            "op-central-diff",
            """
            def numerical_gradient(x, h):
                return 3 * x ** 2 + 2 * x.sum()
            """)
    }

    @Test func theForwardDifferenceFails() throws {
        try expectFailure(
            "op-central-diff",
            """
            import numpy as np
            def f(x):
                return (x ** 3).sum() + x.sum() ** 2
            def numerical_gradient(x, h):
                n = x.shape[0]
                g = np.zeros(n)
                for i in range(n):
                    e = np.zeros(n)
                    e[i] = h
                    g[i] = (f(x + e) - f(x)) / h
                return g
            """)
    }

    @Test func twoAxIsWrongForANonSymmetricMatrix() throws {
        try expectFailure("op-quadratic-grad", "def quadratic_grad(A, x):\n    return 2 * A @ x\n")
    }

    @Test func adamWithoutBiasCorrectionFails() throws {
        try expectFailure(
            "op-adam-step",
            """
            import numpy as np
            def adam_step(theta, g, m, v, t, lr, beta1, beta2, eps=1e-8):
                new_m = beta1 * m + (1 - beta1) * g
                new_v = beta2 * v + (1 - beta2) * g * g
                return theta - lr * new_m / (np.sqrt(new_v) + eps), new_m, new_v
            """)
    }

    @Test func adamReturningTheCorrectedMomentsFails() throws {
        try expectFailure(
            "op-adam-step",
            """
            import numpy as np
            def adam_step(theta, g, m, v, t, lr, beta1, beta2, eps=1e-8):
                m_hat = (beta1 * m + (1 - beta1) * g) / (1 - beta1 ** t)
                v_hat = (beta2 * v + (1 - beta2) * g * g) / (1 - beta2 ** t)
                return theta - lr * m_hat / (np.sqrt(v_hat) + eps), m_hat, v_hat
            """)
    }

    @Test func theDampenedMomentumFormIsNotTheEnginesConvention() throws {
        try expectFailure(
            "op-momentum-step",
            """
            def momentum_step(theta, g, v, lr, mu):
                new_v = mu * v + (1 - mu) * g
                return theta - lr * new_v, new_v
            """)
    }
}

/// Stage 1's adversarial cases catch the shortcuts its text warns about.
@Suite struct LinearAlgebraNaiveSolutionTests {
    let curriculum: Curriculum
    let grader = Grader(runner: DefaultScriptRunner.make())

    init() throws {
        curriculum = try CurriculumFixtures.curriculum()
    }

    /// The first failure heading when `source` fails exercise `id`, or nil when it passes.
    func firstFailure(_ id: String, _ source: String) throws -> String? {
        let report = grader.grade(try CurriculumFixtures.exercise(id, in: curriculum), answer: source)
        return report.passed ? nil : (report.details.first ?? report.summary)
    }

    @Test func theDistanceExpansionFailsFarFromTheOrigin() throws {
        let heading = try firstFailure(
            "la-pairwise-sq-dists",
            """
            def pairwise_sq_dists(X, Y):
                return (X * X).sum(axis=1)[:, None] + (Y * Y).sum(axis=1)[None, :] - 2 * X @ Y.T
            """)
        #expect(heading?.contains("points far from the origin") == true, "\(heading ?? "passed")")
    }

    @Test func cosineWithoutTheGuardFailsOnAZeroRow() throws {
        let heading = try firstFailure(
            "la-batched-cosine",
            """
            import numpy as np
            def cosine_similarity(A, B):
                return (A * B).sum(axis=1) / (np.sqrt((A * A).sum(axis=1)) * np.sqrt((B * B).sum(axis=1)))
            """)
        #expect(heading?.contains("a row of zeros") == true, "\(heading ?? "passed")")
    }

    @Test func powerIterationWithoutNormalisingFails() throws {
        let heading = try firstFailure(
            "la-power-iteration",
            """
            import numpy as np
            def power_iteration(M, steps):
                A = M @ M.T
                n = A.shape[0]
                v = np.ones(n) / np.sqrt(n)
                for _ in range(steps):
                    v = A @ v
                return v
            """)
        #expect(heading != nil)
    }
}
