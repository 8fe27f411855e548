import Foundation

/// Reads what `stty -a` printed in a pane, to check that a program left the terminal in its
/// normal (cooked) state: line editing and echo on.
struct TerminalModes {
    /// Every flag word `stty -a` printed ("icanon", "-icanon", "echo", ...).
    let flags: Set<String>

    /// The flags found in the lines after the line containing `marker`.
    init(screen: String, after marker: String) {
        let lines = screen.components(separatedBy: "\n")
        let start = lines.lastIndex { $0.contains(marker) } ?? 0
        let words = lines[start...].flatMap { $0.split(whereSeparator: { $0 == " " || $0 == ";" }) }
        flags = Set(words.map(String.init))
    }

    /// Whether `stty` output was seen at all (it always reports the line discipline).
    var isPresent: Bool { flags.contains("icanon") || flags.contains("-icanon") }

    /// Canonical input (line editing) and echo are on, as a shell expects.
    var isCooked: Bool {
        flags.contains("icanon") && flags.contains("echo") && !flags.contains("-icanon")
            && !flags.contains("-echo")
    }
}

/// The children of a process, from /proc (Linux).
func childProcesses(of pid: Int32) -> [Int32] {
    let path = "/proc/\(pid)/task/\(pid)/children"
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
    return text.split(separator: " ").compactMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
}
