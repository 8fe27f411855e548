import Foundation
import Testing

/// A new learner's first session with the real binary in tmux: open the first lesson, read a
/// step, answer a choice question, solve a code exercise in the built-in editor, quit, and
/// find the work recorded by `dltutor list`.
@Suite("A learner's first session in tmux", .serialized)
struct LearnerJourneyEndToEndTests {
    @Test(
        "first lesson, a choice, a code exercise solved in the editor, then `dltutor list` shows them passed")
    func firstSession() throws {
        let path = try EndToEnd.binary()
        let data = EndToEnd.scratchPath("journey")
        defer { try? FileManager.default.removeItem(atPath: data) }
        let session = try EndToEnd.shell(width: 80, height: 24)
        defer { session.close() }
        try session.typeLine("XDG_DATA_HOME='\(data)' '\(path)'; echo \"EXIT:$?\"")
        try session.waitFor(text: "New here?")

        // Open stage 1 and read: step 1, then step 2 and back.
        try session.sendKeys("Enter")
        try session.waitFor(text: "step 1/")
        try session.sendKeys("n")
        try session.waitFor(text: "step 2/")
        try session.sendKeys("p")
        try session.waitFor(text: "Vectors and the dot product")

        // The second exercise of the stage is a choice: x twice jumps there.
        try session.sendKeys("x", "x", "Enter")
        try session.waitFor(text: "Exercise (choice)")
        try session.sendKeys("b", "Enter")
        try session.waitFor(text: "✗ not right")
        try session.sendKeys("c", "Enter")
        try session.waitFor(text: "✓ Passed")

        // Back to the lesson; the next exercise not passed yet is the linear layer (code).
        try session.sendKeys("q")
        try session.waitFor(text: "✓ passed")
        try session.sendKeys("x", "Enter")
        try session.waitFor(text: "def linear_forward")
        // Replace the placeholder line 4 with the solution.
        try session.sendKeys("Down", "Down", "Down", "End")
        for _ in 0..<26 { try session.sendKeys("BSpace") }
        try session.sendKeys("-l", "Y = X @ W.T + b")
        try session.waitFor(text: "    Y = X @ W.T + b")
        try session.sendKeys("F5")
        let passed = try session.waitFor(text: "✓ Passed", timeout: .seconds(60))
        #expect(passed.contains("cases passed"))

        // Back out and quit.
        try session.sendKeys("q")
        try session.waitFor(text: "step ")
        try session.sendKeys("q")
        try session.waitFor(text: "Continue:")
        try session.sendKeys("q")
        try session.waitFor(text: "EXIT:0")

        let list = try ProcessRunner.run([path, "list"], environment: ["XDG_DATA_HOME": data])
        #expect(list.status == 0)
        let lines = list.output.components(separatedBy: "\n")
        #expect(lines.contains { $0.contains("[x]") && $0.contains("la-matmul-shape") }, "\(list.output)")
        #expect(lines.contains { $0.contains("[x]") && $0.contains("la-linear-forward") }, "\(list.output)")
        let saved = try String(
            contentsOfFile: "\(data)/dltutor/workspace/linear-algebra/la-linear-forward.py", encoding: .utf8)
        #expect(saved.contains("Y = X @ W.T + b"))
    }
}
