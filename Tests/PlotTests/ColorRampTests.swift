import Plot
import TerminalCore
import Testing

@Suite struct ColorRampTests {
    private func luminance(_ color: Color) -> Double {
        guard let (r, g, b) = color.rgbValue else { return -1 }
        return 0.2126 * Double(r) + 0.7152 * Double(g) + 0.0722 * Double(b)
    }

    @Test func viridisEndsAndRisesInLightness() {
        #expect(ColorRamp.viridis.color(at: 0) == .rgb(68, 1, 84))
        #expect(ColorRamp.viridis.color(at: 1) == .rgb(253, 231, 37))
        let samples = stride(from: 0.0, through: 1.0, by: 0.05).map {
            luminance(ColorRamp.viridis.color(at: $0))
        }
        #expect(zip(samples, samples.dropFirst()).allSatisfy { $0 < $1 })
    }

    @Test func divergingIsLightInTheMiddleAndDarkAtTheEnds() {
        let middle = luminance(ColorRamp.diverging.color(at: 0.5))
        #expect(middle > 240)
        #expect(luminance(ColorRamp.diverging.color(at: 0)) < 60)
        #expect(luminance(ColorRamp.diverging.color(at: 1)) < 60)
        #expect(ColorRamp.diverging.isDiverging)
        // Blue below zero, red above.
        if case .rgb(let r, _, let b) = ColorRamp.diverging.color(at: 0.2) { #expect(b > r) }
        if case .rgb(let r, _, let b) = ColorRamp.diverging.color(at: 0.8) { #expect(r > b) }
    }

    @Test func outOfRangeIsClampedAndNaNIsDefault() {
        #expect(ColorRamp.grayscale.color(at: -5) == .rgb(0, 0, 0))
        #expect(ColorRamp.grayscale.color(at: 9) == .rgb(255, 255, 255))
        #expect(ColorRamp.grayscale.color(at: .nan) == .terminalDefault)
        #expect(ColorRamp(stops: []).color(at: 1) == .rgb(255, 255, 255))
    }

    @Test func densityRampRunsFromBlankToFull() {
        #expect(DensityRamp.character(at: 0) == " ")
        #expect(DensityRamp.character(at: 1) == "@")
        #expect(DensityRamp.character(at: 0.5) == "+")
        #expect(DensityRamp.character(at: .nan) == " ")
        #expect(String(DensityRamp.characters) == " .:-=+*#%@")
    }
}
