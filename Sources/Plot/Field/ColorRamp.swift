import TerminalCore

/// A colour ramp: evenly spaced RGB stops interpolated linearly, looked up through a
/// 256-entry table so heatmaps cost one multiply per sample.
public struct ColorRamp: Sendable, Hashable {
    /// One RGB stop (components 0-255).
    public struct Stop: Sendable, Hashable {
        /// Red, green and blue, 0-255.
        public var red: Double
        /// See `red`.
        public var green: Double
        /// See `red`.
        public var blue: Double

        /// A stop of the given components.
        public init(_ red: Double, _ green: Double, _ blue: Double) {
            self.red = red
            self.green = green
            self.blue = blue
        }
    }

    /// The stops, evenly spaced from 0 to 1.
    public let stops: [Stop]
    /// Whether the ramp is meant for signed data with 0 in the middle.
    public let isDiverging: Bool
    private let table: [Color]

    /// A ramp through `stops` (at least one; an empty list gives a black-to-white ramp).
    public init(stops: [Stop], isDiverging: Bool = false) {
        let usable = stops.isEmpty ? [Stop(0, 0, 0), Stop(255, 255, 255)] : stops
        self.stops = usable
        self.isDiverging = isDiverging
        self.table = (0..<256).map { ColorRamp.interpolated(usable, Double($0) / 255) }
    }

    private static func interpolated(_ stops: [Stop], _ t: Double) -> Color {
        guard stops.count > 1 else {
            let only = stops[0]
            return ColorMath.interpolate(
                (only.red, only.green, only.blue), (only.red, only.green, only.blue), 0)
        }
        let position = min(max(t, 0), 1) * Double(stops.count - 1)
        let index = min(Int(position), stops.count - 2)
        let a = stops[index]
        let b = stops[index + 1]
        return ColorMath.interpolate(
            (a.red, a.green, a.blue), (b.red, b.green, b.blue), position - Double(index))
    }

    /// The colour at `t` in 0...1 (clamped); NaN gives the terminal's default colour.
    public func color(at t: Double) -> Color {
        guard !t.isNaN else { return .terminalDefault }
        let clamped = min(max(t, 0), 1)
        return table[Int((clamped * 255).rounded())]
    }

    /// A perceptually uniform dark-blue to green to yellow ramp (stops sampled from
    /// matplotlib's viridis), for magnitudes such as a loss surface.
    public static let viridis = ColorRamp(stops: [
        Stop(68, 1, 84), Stop(72, 36, 117), Stop(65, 68, 135), Stop(53, 95, 141), Stop(42, 120, 142),
        Stop(33, 145, 140), Stop(34, 168, 132), Stop(68, 191, 112), Stop(122, 209, 81),
        Stop(189, 223, 38), Stop(253, 231, 37),
    ])

    /// Blue (negative) through near-white (zero) to red (positive), for signed values such
    /// as weights or kernels; use it with a range centred on 0.
    public static let diverging = ColorRamp(
        stops: [
            Stop(5, 48, 97), Stop(33, 102, 172), Stop(67, 147, 195), Stop(146, 197, 222),
            Stop(247, 247, 247), Stop(244, 165, 130), Stop(214, 96, 77), Stop(178, 24, 43),
            Stop(103, 0, 31),
        ], isDiverging: true)

    /// Black to white, for grayscale images.
    public static let grayscale = ColorRamp(stops: [Stop(0, 0, 0), Stop(255, 255, 255)])

    /// Near-white to dark blue, for shading counts (confusion matrices).
    public static let blues = ColorRamp(stops: [
        Stop(247, 251, 255), Stop(198, 219, 239), Stop(107, 174, 214), Stop(33, 113, 181), Stop(8, 48, 107),
    ])
}

/// Characters of increasing ink, used instead of colour on monochrome terminals.
public enum DensityRamp {
    /// From empty to full: " .:-=+*#%@".
    public static let characters: [Character] = [" ", ".", ":", "-", "=", "+", "*", "#", "%", "@"]

    /// The character for `t` in 0...1 (clamped); NaN gives a space.
    public static func character(at t: Double) -> Character {
        guard !t.isNaN else { return " " }
        let clamped = min(max(t, 0), 1)
        return characters[min(characters.count - 1, Int(clamped * Double(characters.count)))]
    }
}
