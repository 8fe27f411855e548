import Foundation
import Testing

/// A visualizer session is recorded as a trace, listed by `dltutor replay`, and plays back in
/// the real binary under tmux.
@Suite("Recording and replaying in tmux", .serialized)
struct ReplayEndToEndTests {
    @Test("a visualizer session is recorded, listed, and played back to its last frame")
    func visualizerSessionReplays() throws {
        let path = try EndToEnd.binary()
        let state = EndToEnd.scratchPath("replay")
        defer { try? FileManager.default.removeItem(atPath: state) }
        let session = try EndToEnd.shell(width: 80, height: 24)
        defer { session.close() }

        // Record: play the bowl for a few steps, then leave.
        try session.typeLine("XDG_STATE_HOME='\(state)' '\(path)' visualize --surface bowl; echo \"EXIT:$?\"")
        try session.waitFor(text: "Quadratic bowl")
        try session.sendKeys("Space")
        try session.waitFor(pattern: "playing step [1-9][0-9]")
        try session.sendKeys("q")
        try session.waitFor(text: "EXIT:0")

        // The list names it.
        let listing = try ProcessRunner.run(
            [path, "replay", "--list"], environment: ["XDG_STATE_HOME": state])
        #expect(listing.status == 0)
        #expect(listing.output.contains("visualizer"), "\(listing.output)")

        // Play it back: it opens on the recorded run; End jumps to the last frame.
        try session.typeLine("clear; XDG_STATE_HOME='\(state)' '\(path)' replay 1; echo \"DONE:$?\"")
        try session.waitFor(text: "Replay · visualizer")
        try session.sendKeys("Space", "End")
        let end = try session.waitFor(pattern: "frame ([0-9]+)/\\1 ")
        #expect(end.contains("Quadratic bowl") || end.contains("bowl"))
        try session.sendKeys("q")
        try session.waitFor(text: "DONE:0")
    }
}
