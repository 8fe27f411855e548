import Foundation
import TensorScript
import Testing

/// One snippet of the NumPy oracle: its source and what real NumPy printed (or raised).
struct OracleCase: Sendable, Decodable, CustomTestStringConvertible {
    let name: String
    let source: String
    let output: String
    /// The exception's class names (class first, then bases) when NumPy raised.
    let error: [String]?

    var testDescription: String { name }
}

private struct OracleFile: Decodable {
    let numpy: String
    let cases: [OracleCase]
}

/// Loads Fixtures/oracle.json, written by scripts/oracle/generate_oracle.py.
enum OracleFixture {
    static let cases: [OracleCase] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/oracle.json")
        guard let data = try? Data(contentsOf: url),
            let file = try? JSONDecoder().decode(OracleFile.self, from: data)
        else { return [] }
        return file.cases
    }()
}

@Suite struct OracleTests {
    @Test func fixtureIsLoadedAndLarge() {
        #expect(OracleFixture.cases.count >= 200)
    }

    @Test(arguments: OracleFixture.cases)
    func matchesNumPy(_ oracle: OracleCase) {
        let interpreter = Interpreter()
        let result = interpreter.run(source: oracle.source)
        if let expectedError = oracle.error {
            guard let error = result.error else {
                Issue.record("expected \(expectedError[0]) but the snippet succeeded:\n\(result.output)")
                return
            }
            #expect(
                expectedError.contains(error.kind.rawValue),
                "expected \(expectedError[0]), got \(error.kind.rawValue): \(error.message)")
        } else if result.error != nil {
            Issue.record("unexpected error:\n\(result.errorReport)")
            return
        }
        if let mismatch = OutputComparison.mismatch(expected: oracle.output, actual: result.output) {
            Issue.record("\(mismatch)\n--- NumPy:\n\(oracle.output)--- TensorScript:\n\(result.output)")
        }
    }
}
