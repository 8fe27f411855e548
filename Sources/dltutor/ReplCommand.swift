import ArgumentParser
import Foundation
import TensorScript

/// `dltutor repl`: an interactive TensorScript prompt that echoes expression values.
struct ReplCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repl",
        abstract: "An interactive TensorScript prompt (like python3 with numpy imported as np).",
        discussion: "Blocks ending in ':' continue until a blank line. Ctrl-D or exit() leaves.")

    @Option(name: .long, help: "Wall-time limit per input, in seconds.")
    var timeLimit: Double = 10

    func run() throws {
        var options = InterpreterOptions()
        options.maximumWallTime = timeLimit
        let interpreter = Interpreter(options: options)
        _ = interpreter.run(source: "import numpy as np\nimport math\n")
        let reader = LineReader()
        let banner = "TensorScript (NumPy-flavoured Python). numpy is imported as np. Ctrl-D to leave.\n"
        FileHandle.standardOutput.write(Data(banner.utf8))
        while let input = ReplSession.readStatement(reader) {
            let trimmed = input.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty { continue }
            if trimmed == "exit()" || trimmed == "quit()" { break }
            let result = interpreter.run(source: input, echoExpressions: true)
            FileHandle.standardOutput.write(Data(result.output.utf8))
            if result.error != nil {
                FileHandle.standardOutput.write(
                    Data(
                        (result.errorReport.replacingOccurrences(of: "<script>", with: "<stdin>") + "\n").utf8
                    ))
            }
        }
        FileHandle.standardOutput.write(Data("\n".utf8))
    }
}

/// Groups input lines into one statement: a line ending in `:` (or with open brackets)
/// continues with `... ` prompts until a blank line, as in Python's REPL.
enum ReplSession {
    static func readStatement(_ reader: LineReader) -> String? {
        guard let first = reader.readLine(prompt: ">>> ") else { return nil }
        var lines = [first]
        var needsMore = opensBlock(first) || bracketDepth(first) > 0
        while needsMore {
            guard let next = reader.readLine(prompt: "... ") else { break }
            lines.append(next)
            let text = lines.joined(separator: "\n")
            if bracketDepth(text) > 0 { continue }
            needsMore = opensBlock(first) ? !next.trimmingCharacters(in: .whitespaces).isEmpty : false
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func opensBlock(_ line: String) -> Bool {
        let code = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        return code.trimmingCharacters(in: .whitespaces).hasSuffix(":")
    }

    /// Open brackets minus closed ones, ignoring strings (good enough for prompting).
    static func bracketDepth(_ text: String) -> Int {
        var depth = 0
        var quote: Character?
        for character in text {
            if let open = quote {
                if character == open { quote = nil }
                continue
            }
            switch character {
            case "\"", "'": quote = character
            case "(", "[", "{": depth += 1
            case ")", "]", "}": depth -= 1
            default: break
            }
        }
        return depth
    }
}
