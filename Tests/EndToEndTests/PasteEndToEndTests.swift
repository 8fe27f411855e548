import Foundation
import Testing

/// Bracketed paste in a real terminal: a paste reaches the code editor as it is, and the mode
/// is off again once the tutor has quit.
@Suite("dltutor in tmux: pasting", .serialized)
struct PasteEndToEndTests {
    @Test("pasted Python keeps its indentation in the editor; after quitting, pastes are plain again")
    func pasteIntoTheEditor() throws {
        let path = try EndToEnd.binary()
        let session = try EndToEnd.shell()
        defer { session.close() }
        let data = EndToEnd.scratchPath("data")
        defer { try? FileManager.default.removeItem(atPath: data) }
        // `cat -v` runs right after the tutor, before the shell's own line editor could switch
        // bracketed paste on or off again, and shows the markers if they are still sent.
        try session.typeLine("XDG_DATA_HOME='\(data)' '\(path)'; echo \"EXIT:$?\"; cat -v")
        try session.waitFor(text: "Stages, in the recommended order")
        // Stage 1's code exercise (the third exercise), with the cursor at the top of the code.
        try session.sendKeys("Enter")
        try session.waitFor(text: "step 1/")
        try session.sendKeys("x", "x", "x", "Enter")
        try session.waitFor(text: "Exercise (code)")
        try session.paste("def f(x):\n    if x:\n        return 1\n    return 0\n")
        let pasted = try session.waitFor(text: "4     return 0")
        #expect(pasted.contains("1 def f(x):"), "\(pasted)")
        #expect(pasted.contains("2     if x:"), "\(pasted)")
        #expect(pasted.contains("3         return 1"), "\(pasted)")
        // Typed key by key, Enter's auto-indent would have indented `return 0` by 8 or 12.
        #expect(!pasted.contains("        return 0"), "\(pasted)")
        try session.sendKeys("C-c")
        try session.waitFor(text: "EXIT:0")
        let file = "\(data)/dltutor/workspace/linear-algebra/la-linear-forward.py"
        let saved = try String(contentsOfFile: file, encoding: .utf8)
        #expect(saved.hasPrefix("def f(x):\n    if x:\n        return 1\n    return 0\n"), "\(saved)")
        try session.paste("plain\n")
        let after = try session.waitFor(text: "plain")
        #expect(!after.contains("200~") && !after.contains("201~"), "\(after)")
        try session.sendKeys("C-d")
    }
}
