/// A terminal colour. Screens may ask for any kind; a backend reduces it to what the
/// terminal supports with `reduced(to:)`.
public enum Color: Hashable, Sendable {
    /// The terminal's own default foreground or background.
    case terminalDefault
    /// One of the 16 ANSI colours (0-7 normal, 8-15 bright).
    case ansi(UInt8)
    /// One of the xterm 256-colour palette entries.
    case indexed(UInt8)
    /// A 24-bit colour.
    case rgb(UInt8, UInt8, UInt8)

    /// ANSI black.
    public static let black = Color.ansi(0)
    /// ANSI red.
    public static let red = Color.ansi(1)
    /// ANSI green.
    public static let green = Color.ansi(2)
    /// ANSI yellow.
    public static let yellow = Color.ansi(3)
    /// ANSI blue.
    public static let blue = Color.ansi(4)
    /// ANSI magenta.
    public static let magenta = Color.ansi(5)
    /// ANSI cyan.
    public static let cyan = Color.ansi(6)
    /// ANSI white (light grey).
    public static let white = Color.ansi(7)
    /// ANSI bright black.
    public static let brightBlack = Color.ansi(8)
    /// ANSI bright red.
    public static let brightRed = Color.ansi(9)
    /// ANSI bright green.
    public static let brightGreen = Color.ansi(10)
    /// ANSI bright yellow.
    public static let brightYellow = Color.ansi(11)
    /// ANSI bright blue.
    public static let brightBlue = Color.ansi(12)
    /// ANSI bright magenta.
    public static let brightMagenta = Color.ansi(13)
    /// ANSI bright cyan.
    public static let brightCyan = Color.ansi(14)
    /// ANSI bright white.
    public static let brightWhite = Color.ansi(15)
}

/// How many colours a terminal can show.
public enum ColorDepth: Int, Comparable, Sendable {
    case monochrome = 0
    case ansi8 = 8
    case ansi16 = 16
    case palette256 = 256
    case trueColor = 16_777_216

    /// Orders depths by how many colours they show.
    public static func < (lhs: ColorDepth, rhs: ColorDepth) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension Color {
    /// The RGB value of a palette colour (xterm's standard palette), used for reduction.
    public var rgbValue: (UInt8, UInt8, UInt8)? {
        switch self {
        case .terminalDefault: return nil
        case .rgb(let r, let g, let b): return (r, g, b)
        case .ansi(let n): return Color.xtermRGB(Int(n & 15))
        case .indexed(let n): return Color.xtermRGB(Int(n))
        }
    }

    /// This colour reduced to the nearest one a terminal of `depth` can show
    /// (`terminalDefault` for monochrome).
    public func reduced(to depth: ColorDepth) -> Color {
        switch (self, depth) {
        case (.terminalDefault, _), (_, .trueColor): return self
        case (_, .monochrome): return .terminalDefault
        case (.ansi(let n), .ansi8): return .ansi(n & 7)
        case (.ansi, _): return self
        case (.indexed(let n), .palette256): return .indexed(n)
        case (.indexed(let n), _) where n < 16: return Color.ansi(n).reduced(to: depth)
        case (.rgb(let r, let g, let b), .palette256): return .indexed(Color.nearestPaletteIndex(r, g, b))
        default:
            guard let (r, g, b) = rgbValue else { return .terminalDefault }
            let limit = depth == .ansi8 ? 8 : 16
            return .ansi(UInt8(Color.nearest(r, g, b, among: 0..<limit)))
        }
    }

    /// The xterm palette: 16 system colours, a 6x6x6 cube, then 24 greys.
    static func xtermRGB(_ index: Int) -> (UInt8, UInt8, UInt8) {
        let system: [(UInt8, UInt8, UInt8)] = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205),
            (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255),
            (255, 0, 255), (0, 255, 255), (255, 255, 255),
        ]
        if index < 16 { return system[index] }
        if index < 232 {
            let cube = index - 16
            let levels: [UInt8] = [0, 95, 135, 175, 215, 255]
            return (levels[cube / 36], levels[(cube / 6) % 6], levels[cube % 6])
        }
        let grey = UInt8(8 + 10 * (index - 232))
        return (grey, grey, grey)
    }

    static func nearest(_ r: UInt8, _ g: UInt8, _ b: UInt8, among candidates: Range<Int>) -> Int {
        var best = candidates.lowerBound
        var bestDistance = Int.max
        for index in candidates {
            let (pr, pg, pb) = xtermRGB(index)
            let dr = Int(pr) - Int(r)
            let dg = Int(pg) - Int(g)
            let db = Int(pb) - Int(b)
            let distance = 2 * dr * dr + 4 * dg * dg + 3 * db * db
            if distance < bestDistance {
                bestDistance = distance
                best = index
            }
        }
        return best
    }

    /// The nearest entry of the cube or the grey ramp (indices 16-255).
    static func nearestPaletteIndex(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> UInt8 {
        UInt8(nearest(r, g, b, among: 16..<256))
    }
}
