import Foundation
import TensorScript
import Testing

/// Mutates the oracle snippets (deleting, duplicating and inserting characters with a fixed
/// seed) and runs the results: whatever the input, the interpreter must return a result,
/// never trap, and every error must come with a report.
@Suite struct FuzzTests {
    /// A tiny deterministic generator (SplitMix64) so failures reproduce.
    struct Mixer {
        var state: UInt64

        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(max(bound, 1)))
        }
    }

    static let alphabet = Array(
        "()[]{}:,.=+-*/%@<>!~'\"\\#\n\t  0123456789eEjxnpaNoneTruedefifforinwhilereturn_[::-1]")

    static func mutate(_ source: String, _ mixer: inout Mixer) -> String {
        var characters = Array(source)
        for _ in 0..<(1 + mixer.next(4)) {
            let position = mixer.next(characters.count + 1)
            switch mixer.next(4) {
            case 0 where !characters.isEmpty && position < characters.count:
                characters.remove(at: position)
            case 1 where !characters.isEmpty && position < characters.count:
                let length = min(1 + mixer.next(12), characters.count - position)
                characters.insert(contentsOf: characters[position..<(position + length)], at: position)
            default:
                characters.insert(alphabet[mixer.next(alphabet.count)], at: position)
            }
        }
        return String(characters)
    }

    @Test func mutatedSnippetsNeverTrap() {
        var options = InterpreterOptions()
        options.maximumSteps = 20_000
        options.maximumWallTime = 1
        // FUZZ_ROUNDS and FUZZ_SEED allow longer local fuzzing runs.
        let environment = ProcessInfo.processInfo.environment
        let rounds = environment["FUZZ_ROUNDS"].flatMap { Int($0) } ?? 4
        var mixer = Mixer(state: environment["FUZZ_SEED"].flatMap { UInt64($0) } ?? 2026)
        var errors = 0
        for oracle in OracleFixture.cases {
            for _ in 0..<rounds {
                let source = FuzzTests.mutate(oracle.source, &mixer)
                let result = Interpreter(options: options).run(source: source)
                if let error = result.error {
                    errors += 1
                    #expect(result.errorReport.hasSuffix(error.description), "\(source)")
                }
            }
        }
        // Most mutations break the program; the point is that none of them crashed.
        #expect(errors > 0)
    }
}
