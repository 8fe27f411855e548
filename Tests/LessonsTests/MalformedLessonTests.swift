import Lessons
import Testing

/// Each malformed lesson must fail with the file name, the right line and a useful message.
@Suite struct MalformedLessonTests {
    /// The 1-based line of the first line of `text` containing `marker`.
    func line(of marker: String, in text: String) -> Int {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return (lines.firstIndex { $0.contains(marker) } ?? -1) + 1
    }

    func error(_ text: String) -> LessonError? {
        do {
            _ = try LessonParser.parse(text, file: "07-bad.md", order: 7)
            return nil
        } catch {
            return error
        }
    }

    @Test func yamlSyntaxErrorInsideABlockIsReportedAtTheFileLine() throws {
        let text = LessonFixtures.valid.replacingOccurrences(of: "title: A matrix", with: "title: [A matrix")
        let failure = try #require(error(text))
        #expect(failure.file == "07-bad.md")
        // libyaml reports the unclosed flow sequence at or just after the line that opens it.
        let opened = line(of: "title: [A matrix", in: text)
        #expect((opened...(opened + 2)).contains(failure.line), "\(failure)")
        #expect(failure.message.contains("YAML"))
        #expect(failure.description.hasPrefix("07-bad.md:\(failure.line): "))
    }

    @Test func unknownKeyNamesTheKeyAndItsLine() throws {
        let text = LessonFixtures.valid.replacingOccurrences(of: "atol: 0.01", with: "atoll: 0.01")
        let failure = try #require(error(text))
        #expect(failure.line == line(of: "atoll: 0.01", in: text))
        #expect(failure.message.contains("unknown key `atoll`"))
    }

    @Test func missingHintsAreReported() throws {
        let text = LessonFixtures.valid.replacingOccurrences(of: "  - think\n", with: "")
            .replacingOccurrences(
                of: "hints:\n```", with: "```")
        let failure = try #require(error(text))
        #expect(failure.message.contains("hints"), "\(failure)")
        #expect(failure.line == line(of: "id: s-choice", in: text))
    }

    @Test func tooManyHints() throws {
        let text = LessonFixtures.valid.replacingOccurrences(
            of: "hints: [one, two, three]", with: "hints: [1, 2, 3, 4]")
        let failure = try #require(error(text))
        #expect(failure.line == line(of: "hints: [1, 2, 3, 4]", in: text))
        #expect(failure.message.contains("1 to 3"))
    }

    @Test func missingFrontMatter() throws {
        let failure = try #require(error("# Title\n\n## Step\ntext\n"))
        #expect(failure.line == 1)
        #expect(failure.message.contains("front matter"))
    }

    @Test func newerFormatIsRefused() throws {
        let text = LessonFixtures.valid.replacingOccurrences(of: "format: 1", with: "format: 99")
        let failure = try #require(error(text))
        #expect(failure.line == 2)
        #expect(failure.message.contains("newer"))
    }

    @Test func unclosedFenceIsReportedWhereItOpens() throws {
        let text = LessonFixtures.valid + "\n\n## Last\n\n```exercise\nid: x\n"
        let failure = try #require(error(text))
        #expect(failure.line == line(of: "## Last", in: text) + 2)
        #expect(failure.message.contains("never closed"))
    }

    @Test func badGeneratorIsReportedOnItsLine() throws {
        let text = LessonFixtures.valid.replacingOccurrences(of: "a: randn(B, D)\n", with: "a: randn(B, Q)\n")
        let failure = try #require(error(text))
        #expect(failure.line == line(of: "a: randn(B, Q)", in: text))
        #expect(failure.message.contains("unknown dimension 'Q'"))
    }

    @Test func starterMustDefineTheFunction() throws {
        let text = LessonFixtures.valid.replacingOccurrences(
            of: "def add(a, b):\n      return None", with: "def plus(a, b):\n      return None")
        let failure = try #require(error(text))
        #expect(failure.message.contains("`starter` does not define `add(`"))
        #expect(failure.line == line(of: "starter: |", in: text))
    }

    @Test func choiceNeedsACorrectOption() throws {
        let text = LessonFixtures.valid.replacingOccurrences(
            of: "    correct: true\n    feedback: yes", with: "    feedback: yes")
        let failure = try #require(error(text))
        #expect(failure.message.contains("no option is marked"))
    }

    @Test func unknownKindListsTheKinds() throws {
        let text = LessonFixtures.valid.replacingOccurrences(of: "kind: numeric", with: "kind: essay")
        let failure = try #require(error(text))
        #expect(failure.line == line(of: "kind: essay", in: text))
        #expect(failure.message.contains("choice, numeric, code, lab"))
    }

    @Test func labTargetNeedsOneDirection() throws {
        let text = LessonFixtures.valid.replacingOccurrences(
            of: "target: {metric: distance, below: 0.01}", with: "target: {metric: distance}")
        let failure = try #require(error(text))
        #expect(failure.line == line(of: "target: {metric: distance}", in: text))
        #expect(failure.message.contains("below"))
    }

    @Test func labSolutionMustRespectKnobRanges() throws {
        let text = LessonFixtures.valid.replacingOccurrences(
            of: "solution: {lr: 0.1}", with: "solution: {lr: 5}")
        let failure = try #require(error(text))
        #expect(failure.message.contains("outside"))
    }

    @Test func noStepsIsAnError() throws {
        let failure = try #require(error("---\nformat: 1\nid: empty\ntitle: Empty\n---\n\n"))
        #expect(failure.message.contains("no steps"))
    }
}
