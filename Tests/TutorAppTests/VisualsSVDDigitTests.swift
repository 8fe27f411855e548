import TerminalCore
import TestSupport
import Testing
import TutorApp

@Suite("SVD digit visual")
struct VisualsSVDDigitTests {
    private func shippedScreen() throws -> SVDDigitScreen {
        try SVDDigitScreen(images: DigitImage.shippedDigits(perClass: 2))
    }

    @Test("the shipped subset gives interleaved digits 0-9")
    func shippedDigits() throws {
        let images = try DigitImage.shippedDigits(perClass: 2)
        #expect(images.count == 20)
        #expect(images.prefix(10).map(\.label) == (0..<10).map { "digit \($0)" })
        #expect(images.allSatisfy { $0.width == 28 && $0.height == 28 && $0.pixels.count == 784 })
    }

    @Test("reconstruction error decreases with k and vanishes at full rank, for every shipped digit")
    func errorCurve() throws {
        for image in try DigitImage.shippedDigits(perClass: 1) {
            let low = try LowRankImage(pixels: image.pixels, width: 28, height: 28)
            #expect(low.maximumRank == 28)
            #expect(low.relativeErrors.count == 28)
            for k in 1..<28 {
                // Float SVD factors leave round-off of about 1e-6 once the error itself is that small.
                #expect(
                    low.relativeErrors[k] <= low.relativeErrors[k - 1] + 1e-6, "\(image.label) k=\(k + 1)")
            }
            #expect(low.relativeErrors[27] < 1e-4, "\(image.label) at k = 28")
            #expect(low.relativeErrors[0] > 0.1)
            // Eckart-Young: the squared error is the sum of the dropped σ² over the total.
            let squares = low.singularValues.map { $0 * $0 }
            let total = squares.reduce(0, +)
            for k in [1, 5, 10] {
                let expected = (squares.dropFirst(k).reduce(0, +) / total).squareRoot()
                #expect(abs(low.relativeError(rank: k) - expected) < 1e-4)
            }
        }
    }

    @Test("a rank-one image is exact at k = 1")
    func rankOne() throws {
        let column = (0..<6).map { Double($0) / 5 }
        let row = [1.0, 0.5, 0.0, 0.25]
        let pixels = column.flatMap { c in row.map { c * $0 } }
        let low = try LowRankImage(pixels: pixels, width: 4, height: 6)
        #expect(low.maximumRank == 4)
        #expect(low.relativeError(rank: 1) < 1e-5)
        let rebuilt = low.reconstruction(rank: 1)
        #expect(zip(rebuilt, pixels).allSatisfy { abs($0 - $1) < 1e-5 })
    }

    @Test("bad images are reported, not trapped")
    func badImages() {
        #expect(throws: VisualError.self) { try LowRankImage(pixels: [1, 2, 3], width: 2, height: 2) }
        #expect(throws: VisualError.self) { try SVDDigitScreen(images: []) }
    }

    @Test("k moves within 1...28 and n/p wrap around the images")
    func keys() throws {
        var screen = try shippedScreen()
        #expect(screen.rank == 3)
        _ = screen.replay(events: [.key(.right), .key(.right), .key(.character("+"))])
        #expect(screen.rank == 6)
        _ = screen.replay(events: [.key(.end)])
        #expect(screen.rank == 28)
        #expect(screen.currentError < 1e-4)
        _ = screen.replay(events: [.key(.right)])
        #expect(screen.rank == 28)
        #expect(screen.notice != nil)
        _ = screen.replay(events: [.key(.home), .key(.left)])
        #expect(screen.rank == 1)
        _ = screen.replay(events: [.key(.character("p"))])
        #expect(screen.imageIndex == screen.images.count - 1)
        _ = screen.replay(events: [.key(.character("n")), .key(.character("n"))])
        #expect(screen.imageIndex == 1)
        #expect(screen.image.label == "digit 1")
    }

    @Test("a recorded session replays to the same digit and rank")
    func recordAndReplay() throws {
        let sink = MemoryVisualTraceSink()
        var screen = try SVDDigitScreen(images: DigitImage.shippedDigits(perClass: 2), recordingTo: sink)
        _ = screen.replay(events: [
            .key(.character("n")), .key(.right), .key(.end), .key(.left), .key(.character("n")),
        ])
        let replayed = try shippedScreen().replaying(
            VisualTrace(visual: SVDDigitScreen.visualID, title: "t", actions: sink.actions))
        #expect(replayed.imageIndex == 2)
        #expect(replayed.rank == 27)
        #expect(replayed.rank == screen.rank)
    }

    @Test("screens at 80x24 and 160x50", arguments: [(80, 24), (160, 50)])
    func snapshots(size: (Int, Int)) throws {
        var screen = try shippedScreen()
        _ = screen.update(.changeImage(3))
        _ = screen.update(.setRank(4))
        assertSnapshot(
            screen.rendered(width: size.0, height: size.1).text, named: "digit3-k4-\(size.0)x\(size.1)")
    }

    @Test("help at 80x24")
    func help() throws {
        var screen = try shippedScreen()
        _ = screen.update(.toggleHelp)
        assertSnapshot(screen.rendered(width: 80, height: 24).text, named: "help-80x24")
    }
}
