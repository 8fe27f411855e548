import Plot
import TerminalCore
import TestSupport
import Testing

@Suite struct ImageSnapshotTests {
    @Test func singleImageWithBorderAndCaption() {
        let view = ImageView(
            image: PlotFixtures.ring, scaling: .area, showsBorder: true, caption: "a zero", theme: .monochrome
        )
        assertSnapshot(
            PlotFixtures.text(60, 20) { view.render(into: &$0, area: $1) }, named: "ring-area-60x20")
        assertSnapshot(
            PlotFixtures.text(30, 10) { view.render(into: &$0, area: $1) }, named: "ring-area-30x10")
        var nearest = view
        nearest.scaling = .nearest
        assertSnapshot(
            PlotFixtures.text(30, 10) { nearest.render(into: &$0, area: $1) }, named: "ring-nearest-30x10")
    }

    @Test func colourImagesUseHalfBlocks() {
        let view = ImageView(image: PlotFixtures.diamond, scaling: .nearest, caption: "diamond")
        let text = PlotFixtures.text(30, 10) { view.render(into: &$0, area: $1) }
        assertSnapshot(text, named: "diamond-colour-30x10")
        var buffer = Buffer(width: 16, height: 4)
        ImageView(image: PlotFixtures.diamond, scaling: .nearest, allowsUpscaling: false)
            .render(into: &buffer, area: buffer.area)
        // 8x8 pixels without upscaling: 8 columns by 4 rows of half blocks, centred.
        #expect(buffer[4, 0].symbol == "▀" && buffer[11, 3].symbol == "▀" && buffer[3, 0].symbol == " ")
        #expect(buffer[4, 0].style.foreground == .rgb(0, 0, 0))
        let rgb = PlotImage(width: 2, height: 2, rgb: [1, 0, 0, 0, 1, 0, 0, 0, 1, 1, 1, 1])
        var small = Buffer(width: 2, height: 1)
        ImageView(image: rgb, scaling: .nearest).render(into: &small, area: small.area)
        #expect(small[0, 0].style.foreground == .rgb(255, 0, 0))
        #expect(small[0, 0].style.background == .rgb(0, 0, 255))
        #expect(small[1, 0].style.background == .rgb(255, 255, 255))
    }

    @Test func areaScalingAveragesPixels() {
        // A 2x2 checkerboard shrunk to one pixel is mid-grey; nearest picks one pixel.
        let checker = PlotImage(width: 2, height: 2, gray: [0, 1, 1, 0])
        var buffer = Buffer(width: 1, height: 1)
        ImageView(image: checker, scaling: .area, normalization: .fixed(0...1), allowsUpscaling: false)
            .render(into: &buffer, area: Rect(x: 0, y: 0, width: 1, height: 1))
        #expect(buffer[0, 0].style.foreground == .rgb(128, 128, 128))
    }

    @Test func gridsOfKernelsAndDigits() {
        let kernels = ImageGrid(
            images: Array(repeating: PlotFixtures.edgeKernel, count: 6), labels: (1...6).map { "k\($0)" },
            scaling: .nearest, normalization: .symmetric, theme: .monochrome)
        assertSnapshot(
            PlotFixtures.text(60, 20) { kernels.render(into: &$0, area: $1) }, named: "kernels-60x20")
        assertSnapshot(
            PlotFixtures.text(30, 10) { kernels.render(into: &$0, area: $1) }, named: "kernels-30x10")
        let digits = ImageGrid(
            images: Array(repeating: PlotFixtures.ring, count: 16), labels: (0..<16).map { "d\($0)" },
            theme: .monochrome)
        assertSnapshot(
            PlotFixtures.text(60, 20) { digits.render(into: &$0, area: $1) }, named: "digits-60x20")
        assertSnapshot(
            PlotFixtures.text(30, 10) { digits.render(into: &$0, area: $1) }, named: "digits-30x10")
    }
}
