import Foundation
import Plot
import TerminalCore

/// Stage 1's SVD visual: a digit rebuilt from its top k singular values. Original, rank-k
/// reconstruction and the relative error curve ‖A − A_k‖_F / ‖A‖_F over k (current k marked)
/// side by side; the decomposition is the engine's `svd()`.
///
/// Keys: `←`/`→` or `-`/`+` change k by one, Home/End jump to k = 1 / full rank, `n`/`p` the
/// next or previous image, `?` help, `q` back.
public struct SVDDigitScreen: VisualScreen {
    /// Everything that can happen to the screen.
    public enum Message: Sendable, Hashable, TraceableMessage {
        /// Change k by `delta` (clamped to 1 ... full rank).
        case changeRank(Int)
        /// Set k (clamped).
        case setRank(Int)
        /// Move `delta` images forward or back in the list (wrapping).
        case changeImage(Int)
        /// `?`: show or hide the keys.
        case toggleHelp
        /// `q`/Esc: leave.
        case close

        /// The recorded token.
        public var traceToken: String? {
            switch self {
            case .changeRank(let delta): "rank \(delta)"
            case .setRank(let k): "set-rank \(k)"
            case .changeImage(let delta): "image \(delta)"
            case .toggleHelp, .close: nil
            }
        }

        /// The message for a recorded token.
        public init?(traceToken: String) {
            guard let step = NamedStep(traceToken) else { return nil }
            let value = step.value
            switch step.name {
            case "rank": self = .changeRank(value)
            case "set-rank": self = .setRank(value)
            case "image": self = .changeImage(value)
            default: return nil
            }
        }
    }

    /// The id in traces.
    public static let visualID = "svd-digit"
    /// The title bar text.
    public static let visualTitle = "SVD · a digit from its top k singular values"

    /// The images that `n`/`p` walk through.
    public let images: [DigitImage]
    /// The index of the image shown.
    public private(set) var imageIndex: Int
    /// The decomposition of the image shown.
    public private(set) var decomposition: LowRankImage
    /// The rank k of the reconstruction.
    public private(set) var rank: Int
    /// Whether the help box is open.
    public var isShowingHelp: Bool { helpBox.isShowing }
    /// Whether the learner asked to leave.
    public var wantsToClose: Bool { helpBox.wantsToClose }
    private var helpBox = HelpBox()
    /// What just happened.
    public private(set) var notice: String?
    /// Colours and markers for the plots (set `.monochrome` or an ASCII marker for plain terminals).
    public var theme: PlotTheme = .standard
    private let sink: (any VisualTraceSink)?

    /// A screen over `images` showing `images[index]` at rank `rank`.
    /// - Throws: `VisualError.invalidImage` for an empty list or an image whose size is wrong;
    ///   the engine's error when an image cannot be decomposed.
    public init(
        images: [DigitImage], index: Int = 0, rank: Int = 3, recordingTo sink: (any VisualTraceSink)? = nil
    ) throws {
        guard !images.isEmpty else { throw VisualError.invalidImage("no images to show") }
        self.images = images
        imageIndex = min(max(0, index), images.count - 1)
        let image = images[imageIndex]
        decomposition = try LowRankImage(pixels: image.pixels, width: image.width, height: image.height)
        self.rank = min(max(1, rank), decomposition.maximumRank)
        notice = nil
        self.sink = sink
    }

    /// The starting image and rank.
    public var traceSettings: [String: String] {
        ["image": "\(imageIndex)", "rank": "\(rank)", "images": "\(images.count)"]
    }

    /// The image shown.
    public var image: DigitImage { images[imageIndex] }

    /// The relative Frobenius error of the current reconstruction.
    public var currentError: Double { decomposition.relativeError(rank: rank) }

    /// Nothing to start.
    public func start() -> Command<Message> { .none }

    /// Applies one message.
    public mutating func update(_ message: Message) -> Command<Message> {
        if helpBox.swallows(isKey: true, isHelpOrClose: message == .toggleHelp || message == .close) {
            return .none
        }
        if let token = message.traceToken { sink?.record(token) }
        switch message {
        case .changeRank(let delta):
            setRank(rank + delta)
        case .setRank(let k):
            setRank(k)
        case .changeImage(let delta):
            let next = ((imageIndex + delta) % images.count + images.count) % images.count
            let candidate = images[next]
            do {
                decomposition = try LowRankImage(
                    pixels: candidate.pixels, width: candidate.width, height: candidate.height)
                imageIndex = next
                rank = min(rank, decomposition.maximumRank)
                notice = nil
            } catch {
                // Keep showing the previous image rather than a broken one.
                notice = "image \(next + 1) cannot be decomposed: \(error)"
            }
        case .toggleHelp:
            helpBox.toggle()
        case .close:
            helpBox.close()
        }
        return .none
    }

    private mutating func setRank(_ k: Int) {
        let clamped = min(max(1, k), decomposition.maximumRank)
        notice =
            clamped != k
            ? (k < 1 ? "k starts at 1" : "k = \(decomposition.maximumRank) keeps every singular value: exact")
            : nil
        rank = clamped
    }
}
