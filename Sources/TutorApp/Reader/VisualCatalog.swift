import Foundation
import Lessons
import Plot
import TerminalCore

/// The lesson visual kinds the tutor can draw, and how a `visual` block's parameters pick the
/// starting state of its screen. Unknown kinds and unreadable parameters are reported, never
/// fatal: the reader shows the message in place of the picture.
public enum VisualCatalog {
    /// The kinds this tutor draws.
    public static let kinds =
        [
            "linear-map", "svd-digit", "sampling-histogram", "likelihood", "softmax-temperature",
            "gradient-descent",
        ] + LessonVisualSettings.stages4To6Kinds

    /// Why a visual could not be built.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// What went wrong, for the learner.
        public var description: String
    }

    /// A fresh screen for `visual`, not recorded (the reader's previews).
    public static func screen(for visual: Visualization) -> Result<any ClosableScreen, Failure> {
        open(visual, theme: .standard, recordingIn: nil).map(\.screen)
    }

    /// A fresh interactive screen for `visual` drawn with `theme`; when `store` is given the
    /// session is recorded there as a replayable trace (closed with `recording`).
    /// `yours` is the learner's own update rule to race in a gradient-descent visual (see
    /// `yoursExerciseID(of:)`).
    public static func open(
        _ visual: Visualization, theme: PlotTheme, recordingIn store: TraceStore?,
        yours: CustomUpdateRule? = nil
    ) -> Result<OpenedVisual, Failure> {
        let parameters = Parameters(visual.parameters)
        let directory = store?.directory
        switch visual.kind {
        case "linear-map":
            let preset = parameters["preset"].flatMap(LinearMapPreset.init(rawValue:)) ?? .shear
            var (screen, recording) = recorded(in: directory) {
                LinearMapScreen(preset: preset, recordingTo: $0)
            }
            screen = parameters.matrix("matrix").flatMap { screen.showing($0) } ?? screen
            screen.theme = theme
            return .success(OpenedVisual(screen: screen, recording: recording))
        case "svd-digit":
            let index = parameters.integer("image") ?? 0
            let rank = parameters.integer("rank") ?? 3
            let images: [DigitImage]
            do {
                images = try DigitImage.shippedDigits()
                _ = try SVDDigitScreen(images: images, index: index, rank: rank)
            } catch {
                return .failure(Failure(description: "the digit images could not be loaded: \(error)"))
            }
            // Checked just above with the same arguments, so the screen is made.
            let (made, recording) = recordedIfMade(in: directory) { sink in
                try? SVDDigitScreen(images: images, index: index, rank: rank, recordingTo: sink)
            }
            guard var screen = made else {
                return .failure(Failure(description: "the digit could not be shown"))
            }
            screen.theme = theme
            return .success(OpenedVisual(screen: screen, recording: recording))
        case "sampling-histogram":
            let distribution =
                parameters["distribution"].flatMap(SamplingDistribution.init(rawValue:)) ?? .gaussian
            var (screen, recording) = recorded(in: directory) {
                SamplingHistogramScreen(distribution: distribution, recordingTo: $0)
            }
            screen.theme = theme
            return .success(OpenedVisual(screen: screen, recording: recording))
        case "likelihood":
            let name = parameters["model"] ?? ""
            let model =
                LikelihoodModel(rawValue: name == "gaussian" ? "gaussian-mean" : name) ?? .gaussianMean
            var (screen, recording) = recorded(in: directory) {
                LikelihoodScreen(model: model, recordingTo: $0)
            }
            screen.theme = theme
            return .success(OpenedVisual(screen: screen, recording: recording))
        case "softmax-temperature":
            var (screen, recording) = recorded(in: directory) { SoftmaxTemperatureScreen(recordingTo: $0) }
            screen.theme = theme
            return .success(OpenedVisual(screen: screen, recording: recording))
        case "gradient-descent":
            let surface = parameters["surface"].flatMap(LossSurface.named) ?? .rosenbrock
            // A session that cannot be recorded still runs; the learner just gets no replay.
            let recorder = try? store?.startRecording(
                VisualizerScreen.traceHeader(surface: surface, created: Date()))
            // The lesson names the optimizers to race; the others start switched off.
            let screen = VisualizerScreen(
                surface: surface, start: parameters.point("start"),
                settings: descentSettings(parameters, surface: surface),
                racing: Set(parameters.list("optimizers").compactMap(DescentOptimizer.init(rawValue:))),
                customRule: yours, theme: theme, recordingTo: recorder)
            let recording = recorder.map { recorder in TraceRecording { recorder.close() } }
            return .success(OpenedVisual(screen: screen, recording: recording))
        case _ where LessonVisualSettings.stages4To6Kinds.contains(visual.kind):
            return openStages4To6(visual.kind, parameters: parameters, theme: theme, recordingIn: directory)
        default:
            return .failure(Failure(description: "this tutor cannot draw '\(visual.kind)' visuals yet"))
        }
    }

    /// The stage 4-6 visuals (backprop, CNN, ResNet), built by their own factory from the
    /// block's scalar parameters (`example`, `image`, `kernel`, `dataset`), drawn with `theme`.
    private static func openStages4To6(
        _ kind: String, parameters: Parameters, theme: PlotTheme, recordingIn directory: URL?
    ) -> Result<OpenedVisual, Failure> {
        var values: [String: String] = [:]
        for key in ["example", "image", "kernel", "dataset"] { values[key] = parameters[key] }
        let settings = LessonVisualSettings(kind: kind, values: values)
        let plain: AnyVisualScreen
        do {
            plain = try settings.makeStages4To6Screen(theme: theme)
        } catch {
            return .failure(Failure(description: "this visual could not be shown: \(error)"))
        }
        if let directory { TraceStore(directory: directory).prune(leavingRoomForOne: true) }
        guard let directory,
            let writer = try? VisualTraceFileWriter(
                directory: directory, trace: plain.screen.traceHeader(created: Date())),
            let recorded = try? settings.makeStages4To6Screen(recordingTo: writer, theme: theme)
        else { return .success(OpenedVisual(screen: plain, recording: nil)) }
        return .success(OpenedVisual(screen: recorded, recording: TraceRecording { writer.close() }))
    }

    /// The code exercise whose solution a gradient-descent visual races as "Yours" (its
    /// `yours:` parameter), if it names one.
    public static func yoursExerciseID(of visual: Visualization) -> String? {
        guard visual.kind == "gradient-descent" else { return nil }
        return Parameters(visual.parameters)["yours"]
    }

    /// Makes a visual screen, recording it in `directory` when given: the trace's header comes
    /// from an unrecorded copy (its settings), then the recorded screen is made.
    private static func recorded<Screen: VisualScreen>(
        in directory: URL?, _ make: ((any VisualTraceSink)?) -> Screen
    ) -> (Screen, TraceRecording?) {
        let plain = make(nil)
        if let directory { TraceStore(directory: directory).prune(leavingRoomForOne: true) }
        guard let directory,
            let writer = try? VisualTraceFileWriter(
                directory: directory, trace: plain.traceHeader(created: Date()))
        else { return (plain, nil) }
        return (make(writer), TraceRecording { writer.close() })
    }

    /// As `recorded(in:_:)` for screens whose making can fail.
    private static func recordedIfMade<Screen: VisualScreen>(
        in directory: URL?, _ make: ((any VisualTraceSink)?) -> Screen?
    ) -> (Screen?, TraceRecording?) {
        guard let plain = make(nil) else { return (nil, nil) }
        if let directory { TraceStore(directory: directory).prune(leavingRoomForOne: true) }
        guard let directory,
            let writer = try? VisualTraceFileWriter(
                directory: directory, trace: plain.traceHeader(created: Date()))
        else { return (plain, nil) }
        return (make(writer), TraceRecording { writer.close() })
    }

    /// The parameters of a visual block by key: scalars, lists of scalars, and 2x2 matrices.
    struct Parameters {
        private var values: [String: YAMLTree] = [:]

        init(_ tree: YAMLTree) {
            guard case .mapping(let entries, _) = tree else { return }
            for entry in entries { values[entry.key] = entry.value }
        }

        subscript(key: String) -> String? {
            if case .scalar(let text, _, _)? = values[key] { return text }
            return nil
        }

        func integer(_ key: String) -> Int? { self[key].flatMap { Int($0) } }

        /// The scalars of a list value (`[sgd, momentum]`); empty when it is not a list.
        func list(_ key: String) -> [String] {
            guard case .sequence(let items, _)? = values[key] else { return [] }
            return items.compactMap {
                if case .scalar(let text, _, _) = $0 { return text } else { return nil }
            }
        }

        /// A 2x2 matrix written as `[[a, b], [c, d]]`, as (a, b, c, d); nil for anything else.
        func matrix(_ key: String) -> [Double]? {
            guard case .sequence(let rows, _)? = values[key], rows.count == 2 else { return nil }
            var numbers: [Double] = []
            for row in rows {
                guard case .sequence(let items, _) = row, items.count == 2 else { return nil }
                for item in items {
                    guard case .scalar(let text, _, _) = item, let value = Double(text) else { return nil }
                    numbers.append(value)
                }
            }
            return numbers
        }
    }
}

extension LinearMapScreen {
    /// This screen showing the matrix `entries` (a, b, c, d), entered the way a learner would
    /// (each entry zeroed, then stepped in tenths). Nil when the matrix is not on that grid of
    /// tenths, so the caller keeps the preset rather than show a different matrix.
    func showing(_ entries: [Double]) -> LinearMapScreen? {
        guard entries.count == 4 else { return nil }
        var screen = self
        let start = selectedEntry
        for index in 0..<4 {
            let value = entries[(start + index) % 4]
            let tenths = (value * 10).rounded()
            guard abs(tenths - value * 10) < 1e-9, abs(tenths) < 1000 else { return nil }
            _ = screen.update(.zeroEntry)
            _ = screen.update(.adjust(tenths: Int(tenths)))
            _ = screen.update(.cycleEntry(1))
        }
        let matches = zip(screen.entries, entries).allSatisfy { abs($0 - $1) < 1e-9 }
        screen.clearNotice()
        return matches ? screen : nil
    }
}

/// A visual screen opened from a lesson, with the recording of its session if there is one.
public struct OpenedVisual: Sendable {
    /// The screen.
    public var screen: any ClosableScreen
    /// The trace being written, closed when the learner leaves the screen.
    public var recording: TraceRecording?
}

/// A trace file being written; `close()` finishes it.
public struct TraceRecording: Sendable {
    private let finish: @Sendable () -> Void

    /// A recording finished by `finish`.
    public init(_ finish: @escaping @Sendable () -> Void) {
        self.finish = finish
    }

    /// Finishes the trace file.
    public func close() { finish() }
}
