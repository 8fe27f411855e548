import Lessons
import Testing

/// Malformed input of any shape must produce an error, never a trap.
@Suite struct RobustnessTests {
    @Test func everyTruncationOfALessonParsesOrFailsCleanly() {
        let text = LessonFixtures.valid
        var failures = 0
        for length in stride(from: 0, through: text.count, by: 3) {
            do {
                _ = try LessonParser.parse(String(text.prefix(length)), file: "cut.md", order: 1)
            } catch {
                failures += 1
                #expect(error.line >= 0)
                #expect(!error.message.isEmpty)
            }
        }
        #expect(failures > 0)
    }

    @Test func randomEditsNeverTrap() {
        var generator = XorShiftGenerator(seed: 7)
        let pieces = [
            "\n", "```", "- ", ": ", "[", "]", "{", "}", "'", "\"", "\t", "randn(", "int(", "#", "## ", "---",
        ]
        let original = Array(LessonFixtures.valid)
        for _ in 0..<300 {
            var characters = original
            for _ in 0..<4 {
                let position = Int(generator.next() % UInt64(characters.count))
                let piece = pieces[Int(generator.next() % UInt64(pieces.count))]
                if generator.next() % 2 == 0 {
                    characters.insert(contentsOf: piece, at: position)
                } else {
                    characters.removeSubrange(position..<min(characters.count, position + piece.count))
                }
            }
            _ = try? LessonParser.parse(String(characters), file: "edit.md", order: 1)
        }
    }

    @Test func typedAnswersNeverTrap() {
        var generator = XorShiftGenerator(seed: 11)
        let alphabet = Array("[](),. -+e0123456789naif_x")
        for _ in 0..<2000 {
            let length = Int(generator.next() % 12)
            let text = String(
                (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
            _ = try? NumericValue(parsing: text)
        }
    }
}

/// A tiny deterministic generator for the robustness tests (xorshift64*).
struct XorShiftGenerator: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) {
        state = seed | 1
    }

    mutating func next() -> UInt64 {
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return state &* 2_685_821_657_736_338_717
    }
}
