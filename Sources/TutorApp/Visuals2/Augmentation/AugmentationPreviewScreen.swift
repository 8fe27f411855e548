import Foundation
import Plot
import TensorEngine
import TerminalCore

/// Stage 5's augmentation preview: one digit beside a grid of randomly augmented copies made
/// by the engine's `ImageAugmentation` (rotation, shift, Gaussian noise), with the strength of
/// each transformation under the learner's control. The copies are drawn from one generator
/// seeded with `seed`, one after another, so a session replays to the same pictures.
///
/// Keys: `↑`/`↓` choose a transformation, `←`/`→` weaker/stronger, `space`/`n` new copies,
/// `d`/`D` next/previous digit, `r` the lab's settings, `?` help, `q` back.
public struct AugmentationPreviewScreen: VisualScreen {
    /// Everything that can happen to the screen.
    public enum Message: Sendable, Hashable, TraceableMessage {
        /// `↑`/`↓`: choose the transformation to change.
        case select(Int)
        /// `←`/`→`: the chosen transformation `delta` levels stronger (or weaker).
        case adjust(Int)
        /// `d`/`D`: the next or previous digit.
        case cycleImage(Int)
        /// Space/`n`: new random copies (the next seed).
        case redraw
        /// `r`: the strengths the augmentation lab trains with.
        case labStrengths
        /// `?`: show or hide the keys.
        case toggleHelp
        /// `q`/Esc: leave.
        case close

        /// The recorded token (help and close are not recorded).
        public var traceToken: String? {
            switch self {
            case .select(let delta): "select \(delta)"
            case .adjust(let delta): "adjust \(delta)"
            case .cycleImage(let delta): "image \(delta)"
            case .redraw: "redraw"
            case .labStrengths: "lab"
            case .toggleHelp, .close: nil
            }
        }

        /// The message for a recorded token.
        public init?(traceToken: String) {
            switch traceToken {
            case "redraw":
                self = .redraw
                return
            case "lab":
                self = .labStrengths
                return
            default: break
            }
            guard let step = NamedStep(traceToken) else { return nil }
            let value = step.value
            switch step.name {
            case "select": self = .select(value)
            case "adjust": self = .adjust(value)
            case "image": self = .cycleImage(value)
            default: return nil
            }
        }
    }

    /// The id in traces.
    public static let visualID = "augmentation-preview"
    /// The title bar text.
    public static let visualTitle = "Data augmentation preview"
    /// How many copies are made; the view shows as many as fit (a prefix, so a larger window
    /// shows the same first copies and more).
    public static let copyCount = 24

    /// The digits to choose from.
    public let images: [DigitImage]
    /// The index into `images`.
    public private(set) var imageIndex: Int
    /// The strength of each transformation.
    public private(set) var strengths: AugmentationStrengths
    /// The transformation the arrow keys change.
    public private(set) var selected: AugmentationStrengths.Transformation
    /// The seed of the generator the copies are drawn from.
    public private(set) var seed: UInt64
    /// The augmented copies of the current digit, row-major like its pixels.
    public private(set) var copies: [[Double]]
    /// Whether the help box is open.
    public var isShowingHelp: Bool { helpBox.isShowing }
    /// Whether the learner asked to leave.
    public var wantsToClose: Bool { helpBox.wantsToClose }
    private var helpBox = HelpBox()
    /// What just happened.
    public private(set) var notice: String?
    /// Colours (set `.monochrome` for plain terminals).
    public var theme: PlotTheme = .standard
    private let sink: (any VisualTraceSink)?

    /// A screen on `images[index]` with `strengths`, its copies drawn with `seed`.
    /// - Throws: `VisualError.invalidImage` for no images, an index out of range, or an image
    ///   whose pixel count does not match its size.
    public init(
        images: [DigitImage], index: Int = 0, strengths: AugmentationStrengths = .lab, seed: UInt64 = 1,
        recordingTo sink: (any VisualTraceSink)? = nil
    ) throws {
        guard !images.isEmpty else { throw VisualError.invalidImage("no images to augment") }
        guard images.indices.contains(index) else {
            throw VisualError.invalidImage("image \(index) of \(images.count)")
        }
        if let bad = images.first(where: {
            $0.width <= 0 || $0.height <= 0 || $0.pixels.count != $0.width * $0.height
        }) {
            throw VisualError.invalidImage(
                "\(bad.label) has \(bad.pixels.count) pixels for \(bad.width)x\(bad.height)")
        }
        self.images = images
        imageIndex = index
        self.strengths = strengths
        selected = .rotation
        self.seed = seed
        notice = nil
        self.sink = sink
        copies = []
        redrawCopies()
    }

    /// The digit, the strengths and the seed.
    public var traceSettings: [String: String] {
        [
            "image": String(imageIndex), "seed": String(seed),
            "rotation": String(strengths.rotationLevel), "translation": String(strengths.translationLevel),
            "noise": String(strengths.noiseLevel),
        ]
    }

    /// The current digit.
    public var image: DigitImage { images[imageIndex] }

    /// `count` copies of `image` transformed by `augmentation`, drawn one after another from a
    /// single generator seeded with `seed` (the way the engine augments a dataset).
    public static func copies(
        of image: DigitImage, augmentation: ImageAugmentation, seed: UInt64, count: Int
    ) -> [[Double]] {
        var generator = RandomGenerator(seed: seed)
        let pixels = image.pixels.map(Float.init)
        return (0..<max(0, count)).map { _ in
            augmentation.apply(to: pixels, height: image.height, width: image.width, using: &generator)
                .map(Double.init)
        }
    }

    /// Nothing to start: the copies are made up front.
    public func start() -> Command<Message> { .none }

    /// Applies one message.
    public mutating func update(_ message: Message) -> Command<Message> {
        if helpBox.swallows(isKey: true, isHelpOrClose: message == .toggleHelp || message == .close) {
            return .none
        }
        if let token = message.traceToken { sink?.record(token) }
        notice = nil
        switch message {
        case .select(let delta):
            let all = AugmentationStrengths.Transformation.allCases
            let index = all.firstIndex(of: selected) ?? 0
            selected = all[((index + delta) % all.count + all.count) % all.count]
        case .adjust(let delta):
            if strengths.adjust(selected, by: delta) {
                redrawCopies()
            } else {
                notice = "\(strengths.words(for: selected)) is the \(delta > 0 ? "largest" : "smallest") step"
            }
        case .cycleImage(let delta):
            imageIndex = ((imageIndex + delta) % images.count + images.count) % images.count
            redrawCopies()
        case .redraw:
            // The next seed rather than a random one, so a replay draws the same copies.
            seed &+= 1
            redrawCopies()
        case .labStrengths:
            strengths = .lab
            notice = "the lab's settings"
            redrawCopies()
        case .toggleHelp:
            helpBox.toggle()
        case .close:
            helpBox.close()
        }
        return .none
    }

    private mutating func redrawCopies() {
        copies = Self.copies(
            of: image, augmentation: strengths.augmentation, seed: seed, count: Self.copyCount)
    }
}
