import CNcurses
import TerminalCore

/// Maps foreground/background colour combinations to curses colour pairs, defining each
/// pair the first time it is needed. Pairs are defined with the extended-pair API, so a
/// 256-colour terminal can use all of its pairs (curses' `COLOR_PAIR` stops at 255).
struct ColorPairCache {
    /// A foreground/background combination in curses colour numbers (-1: terminal default).
    struct Combination: Hashable {
        var foreground: Int32
        var background: Int32
    }

    /// What the terminal can show.
    let depth: ColorDepth
    /// The number of pairs the terminal offers (pair 0 is fixed to the default colours).
    let pairLimit: Int32
    private var pairs: [Combination: Int32] = [:]
    private var nextPair: Int32 = 1

    /// A cache for a terminal of `depth` colours and `pairLimit` pairs.
    init(depth: ColorDepth, pairLimit: Int32) {
        self.depth = depth
        self.pairLimit = pairLimit
    }

    /// How many pairs have been defined so far.
    var definedCount: Int { pairs.count }

    /// The pair for `style`'s colours, defining it if needed. Pair 0 (the terminal's
    /// defaults) when the terminal has no colour, and also for combinations beyond the
    /// terminal's pair limit: redefining a pair in use would recolour cells already on screen.
    mutating func pair(for style: Style) -> Int32 {
        guard depth != .monochrome else { return 0 }
        let combination = Combination(
            foreground: colorNumber(style.foreground), background: colorNumber(style.background))
        if combination.foreground == -1 && combination.background == -1 { return 0 }
        if let known = pairs[combination] { return known }
        guard nextPair < pairLimit,
            init_extended_pair(nextPair, combination.foreground, combination.background) != ERR
        else { return 0 }
        pairs[combination] = nextPair
        nextPair += 1
        return nextPair - 1
    }

    /// The curses colour number of `color` on this terminal, after reduction.
    func colorNumber(_ color: Color) -> Int32 {
        let reduced = color.reduced(to: depth)
        if depth == .trueColor {
            // Direct-colour terminals number colours as packed 24-bit RGB, except that
            // numbers 0-7 still select the eight ANSI colours (xterm-direct's setaf).
            if case .ansi(let index) = reduced, index < 8 { return Int32(index) }
            guard let (red, green, blue) = reduced.rgbValue else { return -1 }
            return Int32(red) << 16 | Int32(green) << 8 | Int32(blue)
        }
        switch reduced {
        case .terminalDefault: return -1
        case .ansi(let index): return Int32(index)
        case .indexed(let index): return Int32(index)
        case .rgb:
            // Only reachable on direct-colour terminals, handled above.
            return -1
        }
    }
}
