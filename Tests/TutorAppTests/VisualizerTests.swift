import Plot
import TensorEngine
import TerminalCore
import TestSupport
import Testing
import TutorApp

@Suite("Gradient-descent visualizer")
struct VisualizerTests {
    @Test(
        "every surface's analytic gradient matches central differences", arguments: LossSurface.all.map(\.id))
    func gradientsMatchFiniteDifferences(id: String) throws {
        let surface = try #require(LossSurface.named(id))
        let h = 1e-6
        for point in surface.startPresets + [PlotPoint(x: 0.3, y: -0.7), PlotPoint(x: -1.1, y: 0.4)] {
            let analytic = surface.gradient(point)
            let dx =
                (surface.value(PlotPoint(x: point.x + h, y: point.y))
                    - surface.value(PlotPoint(x: point.x - h, y: point.y))) / (2 * h)
            let dy =
                (surface.value(PlotPoint(x: point.x, y: point.y + h))
                    - surface.value(PlotPoint(x: point.x, y: point.y - h))) / (2 * h)
            #expect(abs(analytic.x - dx) <= 1e-4 * max(1, abs(dx)), "\(id) ∂f/∂x at \(point)")
            #expect(abs(analytic.y - dy) <= 1e-4 * max(1, abs(dy)), "\(id) ∂f/∂y at \(point)")
        }
    }

    @Test("surfaces have their minimum at the stated point")
    func minima() throws {
        for surface in LossSurface.all {
            guard let minimum = surface.minimum else {
                #expect(surface.id == "saddle")
                continue
            }
            let gradient = surface.gradient(minimum)
            #expect(abs(gradient.x) < 1e-9 && abs(gradient.y) < 1e-9, "\(surface.id)")
            #expect(surface.value(minimum) < 1e-12)
            #expect(surface.xRange.contains(minimum.x) && surface.yRange.contains(minimum.y))
        }
    }

    /// The engine driven by hand, the way a PyTorch user would: gradient into `.grad`, `step()`.
    private func engineTrajectory(
        _ kind: DescentOptimizer, surface: LossSurface, settings: DescentSettings, steps: Int
    ) throws -> [PlotPoint] {
        let start = surface.defaultStart
        let parameter = Tensor([Float(start.x), Float(start.y)], requiresGrad: true)
        let rate = Float(settings.learningRate(for: kind))
        let optimizer: Optimizer
        switch kind {
        case .sgd: optimizer = try SGD(parameters: [parameter], learningRate: rate)
        case .momentum:
            optimizer = try SGD(
                parameters: [parameter], learningRate: rate, momentum: Float(settings.momentum))
        case .nesterov:
            optimizer = try SGD(
                parameters: [parameter], learningRate: rate, momentum: Float(settings.momentum),
                nesterov: true)
        case .rmsprop: optimizer = try RMSProp(parameters: [parameter], learningRate: rate)
        case .adam:
            optimizer = try Adam(
                parameters: [parameter], learningRate: rate, beta1: Float(settings.beta1),
                beta2: Float(settings.beta2))
        case .yours: return []
        }
        var points: [PlotPoint] = []
        for _ in 0..<steps {
            let values = parameter.toArray()
            let gradient = surface.gradient(PlotPoint(x: Double(values[0]), y: Double(values[1])))
            parameter.grad = Tensor([Float(gradient.x), Float(gradient.y)])
            try optimizer.step()
            let next = parameter.toArray()
            points.append(PlotPoint(x: Double(next[0]), y: Double(next[1])))
        }
        return points
    }

    @Test("trajectories are the engine's optimizers, step for step", arguments: DescentOptimizer.builtIn)
    func trajectoriesMatchEngine(kind: DescentOptimizer) throws {
        var screen = VisualizerScreen(surface: .rosenbrock, theme: .monochrome)
        screen.replay(Array(repeating: .step, count: 25))
        let racer = try #require(screen.racers.first { $0.optimizer == kind })
        let expected = try engineTrajectory(kind, surface: .rosenbrock, settings: screen.settings, steps: 25)
        #expect(racer.steps == 25)
        #expect(Array(racer.points.dropFirst()) == expected)
        #expect(racer.losses.last == LossSurface.rosenbrock.value(expected[24]))
    }

    @Test("one optimizer diverging is marked in the legend while the others keep going")
    func divergenceIsPerRacer() throws {
        var screen = VisualizerScreen(surface: .bowl, theme: .monochrome)
        // SGD on x² + y² diverges once lr > 1: ×2 five times takes 0.1 to 3.2.
        screen.replay(Array(repeating: .scaleGradientRate(2), count: 5) + Array(repeating: .step, count: 40))
        let sgd = try #require(screen.racers.first { $0.optimizer == .sgd })
        let adam = try #require(screen.racers.first { $0.optimizer == .adam })
        #expect(sgd.status.isDiverged)
        #expect(sgd.steps < 40)
        #expect(adam.status == .running)
        #expect(adam.steps == 40)
        let text = screen.rendered(width: 80, height: 24).text
        #expect(text.contains("✗ diverged"))
    }

    @Test(
        "the legend never runs the rate into the loss, nor shows half a position", arguments: [100, 120, 160])
    func legendColumns(width: Int) throws {
        var screen = VisualizerScreen(surface: .bowl, theme: .monochrome)
        // 0.1 halved five times: 0.003125, the longest rate the keys reach from the bowl's default.
        screen.replay(Array(repeating: .scaleGradientRate(0.5), count: 5) + [.step])
        let text = screen.rendered(width: width, height: 30).text
        let sgdLine = try #require(text.split(separator: "\n").first { $0.contains("SGD") })
        #expect(!sgdLine.contains("0.003125f"), "\(sgdLine)")
        if let open = sgdLine.lastIndex(of: "(") {
            #expect(sgdLine[open...].contains(")"), "a cut position: \(sgdLine)")
        }
    }

    @Test("a learner's update rule races as Yours and matches plain SGD")
    func customRuleRaces() throws {
        let rule = CustomUpdateRule(name: "my SGD") { parameters, gradient, state in
            zip(parameters, gradient).map { $0 - state.learningRate * $1 }
        }
        var screen = VisualizerScreen(surface: .valley, customRule: rule, theme: .monochrome)
        screen.replay(Array(repeating: .step, count: 30))
        let yours = try #require(screen.racers.first { $0.optimizer == .yours })
        let sgd = try #require(screen.racers.first { $0.optimizer == .sgd })
        #expect(yours.name == "my SGD")
        #expect(yours.steps == 30)
        for (mine, engine) in zip(yours.points, sgd.points) {
            // Double (the rule) against Float32 (the engine).
            #expect(abs(mine.x - engine.x) < 1e-4 && abs(mine.y - engine.y) < 1e-4)
        }
        #expect(screen.rendered(width: 80, height: 24).text.contains("my SGD"))
    }

    @Test("a rule that returns the wrong shape stops only itself, with the reason")
    func brokenCustomRule() throws {
        let rule = CustomUpdateRule { parameters, _, _ in [parameters[0]] }
        var screen = VisualizerScreen(surface: .bowl, customRule: rule, theme: .monochrome)
        screen.replay([.step, .step])
        let yours = try #require(screen.racers.first { $0.optimizer == .yours })
        guard case .diverged(let reason) = yours.status else {
            Issue.record("expected the rule to be stopped")
            return
        }
        #expect(reason.contains("must return 2 numbers"))
        #expect(screen.racers.first { $0.optimizer == .adam }?.steps == 2)
    }

    @Test("keys map to messages")
    func keys() {
        let screen = VisualizerScreen(theme: .monochrome)
        #expect(screen.message(for: .key(.character(" "))) == .togglePlay)
        #expect(screen.message(for: .key(.character("n"))) == .step)
        #expect(screen.message(for: .key(.character("]"))) == .scaleGradientRate(2))
        #expect(screen.message(for: .key(.character("{"))) == .scaleAdaptiveRate(0.5))
        #expect(screen.message(for: .key(.up)) == .moveStart(dx: 0, dy: 1))
        #expect(screen.message(for: .key(.character("3"))) == .toggle(.nesterov))
        #expect(screen.message(for: .key(.character("s"))) == .cycleSurface(1))
        #expect(screen.message(for: .key(.escape)) == .close)
        #expect(screen.message(for: .key(.character("Z"))) == nil)
        var helped = screen
        helped.replay([.toggleHelp])
        #expect(helped.isShowingHelp)
        // While help is open any key closes it, even one the screen does not use.
        #expect(helped.message(for: .key(.character("Z"))) == .toggleHelp)
        helped.replay([.toggleHelp])
        #expect(!helped.isShowingHelp)
    }

    @Test("play schedules ticks; stale ticks and ticks while paused do nothing")
    func playback() {
        var screen = VisualizerScreen(surface: .bowl, theme: .monochrome)
        let play = screen.update(.togglePlay)
        #expect(screen.isPlaying)
        guard let tick = play.scheduledMessages.first, case .tick(let session) = tick.message else {
            Issue.record("play should schedule a tick")
            return
        }
        let next = screen.update(.tick(session))
        #expect(screen.stepCount == VisualizerScreen.speeds[screen.speedIndex].steps)
        #expect(next.scheduledMessages.count == 1)
        _ = screen.update(.tick(session + 99))
        #expect(screen.stepCount == 1)
        _ = screen.update(.togglePlay)
        _ = screen.update(.tick(session))
        #expect(screen.stepCount == 1)
        _ = screen.update(.faster)
        #expect(screen.speedIndex == 3)
    }

    @Test("changing settings restarts the race and records a reset; steps are recorded")
    func recording() throws {
        let sink = MemoryTraceSink()
        var screen = VisualizerScreen(surface: .rosenbrock, theme: .monochrome, recordingTo: sink)
        screen.replay([.step, .step, .scaleAdaptiveRate(2), .toggle(.sgd), .step, .moveStart(dx: 1, dy: 0)])
        let events = sink.events
        #expect(events.count == 7)
        guard case .reset(let first) = events[0], case .reset(let faster) = events[3],
            case .reset(let withoutSGD) = events[4], case .step(let step, let racers) = events[5],
            case .reset(let moved) = events[6]
        else {
            Issue.record("unexpected events \(events)")
            return
        }
        #expect(first.racers.count == 5)
        #expect(faster.settings["lr_adaptive"] == "0.1")
        #expect(!withoutSGD.racers.contains { $0.id == "sgd" })
        #expect(step == 1 && racers.count == 4)
        #expect(moved.startX == -1.4)
        #expect(screen.stepCount == 0)
    }

    @Test("surfaces cycle with their own settings; settings keys stay in range")
    func settingsKeys() {
        var screen = VisualizerScreen(surface: .bowl, theme: .monochrome)
        screen.replay([.cycleSurface(1)])
        #expect(screen.surface.id == "valley")
        #expect(screen.settings.gradientRate == LossSurface.valley.gradientRate)
        screen.replay([.cycleSurface(-1), .cycleSurface(-1)])
        #expect(screen.surface.id == "beale")
        screen.replay(Array(repeating: .stepMomentum(1), count: 10))
        #expect(screen.settings.momentum == 0.99)
        screen.replay(Array(repeating: .scaleGradientRate(0.5), count: 60))
        #expect(screen.settings.gradientRate == DescentSettings.rateLimits.lowerBound)
        screen.replay([.cycleBeta2])
        #expect(screen.settings.beta2 == 0.9999)
        screen.replay(Array(repeating: .moveStart(dx: -1, dy: 0), count: 40))
        #expect(screen.startPoint.x == screen.surface.xRange.lowerBound)
    }

    @Test("q closes; the standalone wrapper quits then, and on Ctrl-C")
    func closing() {
        var app = StandaloneScreen(VisualizerScreen(theme: .monochrome))
        #expect(app.message(for: .key(.ctrl("c"))).map { if case .quit = $0 { true } else { false } } == true)
        guard let close = app.message(for: .key(.character("q"))) else {
            Issue.record("q should map")
            return
        }
        let command = app.update(close)
        #expect(command.quits)
        #expect(app.screen.wantsToClose)
    }

    @Test("snapshots at 80x24 and 160x50")
    func snapshots() {
        var screen = VisualizerScreen(surface: .rosenbrock, theme: .monochrome)
        assertSnapshot(screen.rendered(width: 80, height: 24).text, named: "rosenbrock-start-80x24")
        screen.replay(Array(repeating: .step, count: 60))
        assertSnapshot(screen.rendered(width: 80, height: 24).text, named: "rosenbrock-60-steps-80x24")
        assertSnapshot(screen.rendered(width: 160, height: 50).text, named: "rosenbrock-60-steps-160x50")
        var saddle = VisualizerScreen(surface: .saddle, theme: .monochrome)
        saddle.replay(Array(repeating: .step, count: 40))
        assertSnapshot(saddle.rendered(width: 80, height: 24).text, named: "saddle-40-steps-80x24")
        saddle.replay([.toggleHelp])
        assertSnapshot(saddle.rendered(width: 80, height: 24).text, named: "help-80x24")
        var colour = VisualizerScreen(surface: .valley)
        colour.replay(Array(repeating: .step, count: 30))
        assertSnapshot(colour.rendered(width: 160, height: 50).text, named: "valley-colour-160x50")
    }
}
