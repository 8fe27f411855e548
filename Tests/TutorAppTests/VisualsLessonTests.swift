import TerminalCore
import Testing
import TutorApp

@Suite("Lesson visuals behind one type")
struct VisualsLessonTests {
    @Test("every known kind builds its screen", arguments: LessonVisualSettings.kinds)
    func everyKind(kind: String) throws {
        let screen = try LessonVisualSettings(kind: kind).makeScreen()
        #expect(screen.visualID == kind)
        #expect(!screen.wantsToClose)
        #expect(screen.rendered(width: 80, height: 24).text.contains("help"))
    }

    @Test("lesson parameters reach the screens")
    func parameters() throws {
        let linear = try LessonVisualSettings(kind: "linear-map", matrix: [[1.5, 0.5], [0.5, 1.0]])
            .makeScreen()
        #expect((linear.screen as? LinearMapScreen)?.entries == [1.5, 0.5, 0.5, 1.0])
        let preset = try LessonVisualSettings(kind: "linear-map", values: ["preset": "scaling"]).makeScreen()
        #expect((preset.screen as? LinearMapScreen)?.preset == .scaling)
        let svd = try LessonVisualSettings(kind: "svd-digit", values: ["image": "4", "rank": "7"])
            .makeScreen()
        #expect((svd.screen as? SVDDigitScreen)?.imageIndex == 4)
        #expect((svd.screen as? SVDDigitScreen)?.rank == 7)
        let sampling = try LessonVisualSettings(
            kind: "sampling-histogram", values: ["distribution": "exponential"]
        )
        .makeScreen()
        #expect((sampling.screen as? SamplingHistogramScreen)?.distribution == .exponential)
        let likelihood = try LessonVisualSettings(kind: "likelihood", values: ["model": "bernoulli"])
            .makeScreen()
        #expect((likelihood.screen as? LikelihoodScreen)?.model == .bernoulli)
    }

    @Test("unknown kinds and bad values are reported")
    func errors() {
        #expect(
            throws: VisualError.unknownKind(
                "pie-chart", known: LessonVisualSettings.kinds + LessonVisualSettings.stages4To6Kinds)
        ) {
            try LessonVisualSettings(kind: "pie-chart").makeScreen()
        }
        #expect(throws: VisualError.invalidParameter(key: "preset", value: "spin")) {
            try LessonVisualSettings(kind: "linear-map", values: ["preset": "spin"]).makeScreen()
        }
        #expect(throws: VisualError.invalidParameter(key: "rank", value: "-2")) {
            try LessonVisualSettings(kind: "svd-digit", values: ["rank": "-2"]).makeScreen()
        }
        #expect(throws: VisualError.self) {
            try LessonVisualSettings(kind: "linear-map", matrix: [[1, 2, 3]]).makeScreen()
        }
        #expect(throws: VisualError.self) {
            try LessonVisualSettings(kind: "svd-digit").makeScreen(digits: { [] })
        }
    }

    @Test("events, timers and drawing pass through the wrapper; q closes")
    func forwarding() throws {
        let sink = MemoryVisualTraceSink()
        var wrapped = try LessonVisualSettings(kind: "sampling-histogram").makeScreen(recordingTo: sink)
        var direct = SamplingHistogramScreen()
        let events: [Event] = [.key(.character("m")), .key(.character("m")), .key(.character("d"))]
        _ = wrapped.replay(events: events)
        _ = direct.replay(events: events)
        #expect(wrapped.rendered(width: 80, height: 24).text == direct.rendered(width: 80, height: 24).text)
        #expect(sink.actions == ["more", "more", "distribution 1"])
        let play = try #require(wrapped.message(for: .key(.character(" "))))
        let command = wrapped.update(play)
        #expect(command.scheduledMessages.map(\.milliseconds) == [SamplingHistogramScreen.tickMilliseconds])
        _ = wrapped.replay(events: [.key(.character("q"))])
        #expect(wrapped.wantsToClose)
    }

    @Test("a message of another visual is ignored")
    func foreignMessage() throws {
        var linear = try LessonVisualSettings(kind: "linear-map").makeScreen()
        let softmax = try LessonVisualSettings(kind: "softmax-temperature").makeScreen()
        let foreign = try #require(softmax.message(for: .key(.up)))
        let before = linear.rendered(width: 80, height: 24).text
        _ = linear.update(foreign)
        #expect(linear.rendered(width: 80, height: 24).text == before)
    }
}
