import Foundation
import Testing

/// A lab run in the real binary under tmux: the default learning rate falls short, a better
/// one reaches the target, the curve is drawn, and `dltutor list` shows the pass at once.
@Suite("A lab in tmux", .serialized)
struct LabEndToEndTests {
    @Test("the valley lab fails at its default, passes with lr 0.08, and is recorded as passed")
    func valleyLab() throws {
        let path = try EndToEnd.binary()
        let root = EndToEnd.scratchPath("lab")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let environment = ["XDG_DATA_HOME": "\(root)/data", "XDG_STATE_HOME": "\(root)/state"]
        let session = try EndToEnd.shell(width: 80, height: 24)
        defer { session.close() }
        try session.typeLine(
            "XDG_DATA_HOME='\(root)/data' XDG_STATE_HOME='\(root)/state' '\(path)'; echo \"EXIT:$?\"")
        try session.waitFor(text: "New here?")

        // Stage 3; the fifth exercise in reading order is the valley lab.
        try session.sendKeys("3", "Enter")
        try session.waitFor(text: "step 1/")
        for _ in 0..<5 { try session.sendKeys("x") }
        try session.waitFor(text: "A learning rate for the valley")
        try session.sendKeys("Enter")
        try session.waitFor(text: "Lab · A learning rate for the valley")

        // The default learning rate is too small.
        try session.sendKeys("s")
        let failed = try session.waitFor(text: "Not yet", timeout: .seconds(60))
        #expect(failed.contains("step 150/150"))
        // The curve and the readout show the run's numbers (braille or, without UTF-8, ASCII).
        #expect(failed.range(of: "loss [0-9]", options: .regularExpression) != nil, "\(failed)")
        #expect(!failed.contains("no data"), "no curve drawn:\n\(failed)")

        // Edit the knob and run again.
        try session.sendKeys("Enter", "C-u")
        try session.sendKeys("-l", "0.08")
        try session.sendKeys("Enter", "s")
        try session.waitFor(text: "PASS", timeout: .seconds(60))
        // Recorded the moment the verdict is in: another shell sees the pass while the lab is open.
        let during = try ProcessRunner.run([path, "list"], environment: environment)
        #expect(
            during.output.components(separatedBy: "\n").contains {
                $0.contains("[x]") && $0.contains("op-valley-lr")
            },
            "not recorded while the lab is open:\n\(during.output)")

        try session.sendKeys("q")
        try session.waitFor(text: "✓ passed")
        try session.sendKeys("q", "q")
        try session.waitFor(text: "EXIT:0")

        let list = try ProcessRunner.run([path, "list"], environment: environment)
        #expect(list.status == 0)
        #expect(
            list.output.components(separatedBy: "\n").contains {
                $0.contains("[x]") && $0.contains("op-valley-lr")
            },
            "\(list.output)")
        let replays = try ProcessRunner.run([path, "replay", "--list"], environment: environment)
        #expect(replays.output.contains("lab"), "the lab runs were not recorded:\n\(replays.output)")
    }
}
