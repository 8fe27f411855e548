import Foundation
import Plot
import TerminalCore

extension SlidingKernelScreen {
    /// Draws the digit with the kernel's window, the output map so far, and the arithmetic of
    /// the current cell.
    public func render(into buffer: inout Buffer, area: Rect) {
        let total = convolution?.outputCount ?? 0
        let state = isPlaying ? "▶ playing" : "❚❚ paused"
        let chrome = VisualChrome(
            title: Self.visualTitle,
            subtitle: "out[i,j] = ∑ k[a,b]·img[i+a, j+b] ",
            status: Line([
                Span(" \(state)", style: ScreenStyle.heading),
                Span(
                    " · \(preset.rawValue) on \(images[imageIndex].label) · cell \(revealed)/\(total)"
                        + " · \(Self.speeds[speedIndex].cells)/tick"),
            ]),
            notice: notice, hints: keyHints, helpHints: helpHints, showsHelp: isShowingHelp)
        chrome.render(into: &buffer, area: area) { buffer, body in
            drawBody(into: &buffer, area: body)
        }
    }

    private func drawBody(into buffer: inout Buffer, area: Rect) {
        guard let convolution else { return }
        let image = convolution.image
        // Large terminals get one text row per pixel and two columns (square-ish pixels);
        // small ones fold two pixel rows into one text row.
        let isLarge =
            area.height >= image.height + 7
            && area.width >= 2 * (image.width + convolution.outputWidth) + 6
        let scale = PixelScale(rowsPerCell: isLarge ? 1 : 2, columnsPerPixel: isLarge ? 2 : 1)
        let inputWidth = image.width * scale.columnsPerPixel
        let outputWidth = convolution.outputWidth * scale.columnsPerPixel
        let pictureHeight = (image.height + scale.rowsPerCell - 1) / scale.rowsPerCell
        let gap = max(2, min(8, (area.width - inputWidth - outputWidth) / 3))
        let left = area.x + max(0, (area.width - inputWidth - outputWidth - gap) / 2)
        let outputX = left + inputWidth + gap
        buffer.setString("input (window highlighted)", x: left, y: area.y, style: ScreenStyle.muted)
        buffer.setString("output so far", x: outputX, y: area.y, style: ScreenStyle.muted)
        drawInput(convolution, scale: scale, x: left, y: area.y + 1, into: &buffer)
        drawOutput(convolution, scale: scale, x: outputX, y: area.y + 1, into: &buffer)
        let panelTop = area.y + 1 + pictureHeight + 1
        guard panelTop < area.maxY else { return }
        drawArithmetic(
            convolution, into: &buffer,
            area: Rect(x: area.x + 1, y: panelTop, width: area.width - 1, height: area.maxY - panelTop))
    }

    private struct PixelScale {
        var rowsPerCell: Int
        var columnsPerPixel: Int
    }

    private func drawInput(
        _ convolution: SlidingConvolution, scale: PixelScale, x: Int, y: Int, into buffer: inout Buffer
    ) {
        let image = convolution.image
        let (row, column) = convolution.cell(currentCell)
        let size = convolution.kernelSize
        for textRow in 0..<((image.height + scale.rowsPerCell - 1) / scale.rowsPerCell) {
            for pixelX in 0..<image.width {
                let pixelRows =
                    (textRow * scale.rowsPerCell)..<min(image.height, (textRow + 1) * scale.rowsPerCell)
                let intensity = pixelRows.map { image.pixels[$0 * image.width + pixelX] }.max() ?? 0
                let inWindow =
                    pixelX >= column && pixelX < column + size
                    && pixelRows.contains { $0 >= row && $0 < row + size }
                let symbol = Self.shade(min(1, max(0, intensity)))
                let style =
                    inWindow
                    ? Style(foreground: .yellow, attributes: [.reverse, .bold]) : Style(foreground: .white)
                let text = String(repeating: String(symbol), count: scale.columnsPerPixel)
                buffer.setString(text, x: x + pixelX * scale.columnsPerPixel, y: y + textRow, style: style)
            }
        }
    }

    private func drawOutput(
        _ convolution: SlidingConvolution, scale: PixelScale, x: Int, y: Int, into buffer: inout Buffer
    ) {
        let width = convolution.outputWidth
        let largest = max(1e-9, convolution.engineOutput.map(abs).max() ?? 1)
        for textRow in 0..<((convolution.outputHeight + scale.rowsPerCell - 1) / scale.rowsPerCell) {
            for column in 0..<width {
                let lastRow = min(convolution.outputHeight, (textRow + 1) * scale.rowsPerCell)
                let cells = (textRow * scale.rowsPerCell)..<lastRow
                let shown = cells.map { $0 * width + column }.filter { $0 < revealed }
                let drawX = x + column * scale.columnsPerPixel
                guard
                    let strongest = shown.max(by: {
                        abs(convolution.engineOutput[$0]) < abs(convolution.engineOutput[$1])
                    })
                else {
                    buffer.setString(
                        String(repeating: "·", count: scale.columnsPerPixel), x: drawX, y: y + textRow,
                        style: ScreenStyle.muted)
                    continue
                }
                let value = convolution.engineOutput[strongest]
                let symbol = Self.shade(min(1, abs(value) / largest))
                var style = Style(foreground: value >= 0 ? .red : .cyan)
                if shown.contains(currentCell) {
                    style = Style(foreground: .yellow, attributes: [.reverse, .bold])
                }
                buffer.setString(
                    String(repeating: String(symbol), count: scale.columnsPerPixel), x: drawX, y: y + textRow,
                    style: style)
            }
        }
    }

    private func drawArithmetic(_ convolution: SlidingConvolution, into buffer: inout Buffer, area: Rect) {
        let size = convolution.kernelSize
        let window = convolution.window(at: currentCell)
        let weights = convolution.kernel.flatMap { $0 }
        let (row, column) = convolution.cell(currentCell)
        let dot = convolution.dotProduct(at: currentCell)
        let engine = convolution.engineOutput[currentCell]
        var lines: [Line] = []
        for i in 0..<size {
            let kernelRow = (0..<size).map { NumberText.padded(weights[i * size + $0], 2, width: 6) }.joined()
            let windowRow = (0..<size).map { NumberText.padded(window[i * size + $0], 2, width: 5) }.joined()
            let middle = i == size / 2 ? "  ⊙ " : "    "
            let tail = i == size / 2 ? "  = ∑ = \(NumberText.fixed(dot, 3))" : ""
            lines.append(
                Line([
                    Span(kernelRow, style: Style(foreground: .magenta)), Span(middle),
                    Span(windowRow, style: Style(foreground: .yellow)),
                    Span(tail, style: ScreenStyle.heading),
                ]))
        }
        let agrees = abs(dot - engine) <= 1e-4 * max(1, abs(engine))
        lines.append(
            Line(
                "out[\(row),\(column)]: conv2d gives \(NumberText.fixed(engine, 3)) "
                    + (agrees ? "= the dot product ✓" : "≠ the dot product ✗"),
                style: agrees ? ScreenStyle.success : ScreenStyle.alarm))
        lines.append(Line(preset.rawValue + ": " + preset.meaning, style: ScreenStyle.muted))
        Paragraph(StyledText(lines: lines), wraps: false).render(into: &buffer, area: area)
    }
}

extension SlidingKernelScreen {
    /// Characters from dark to bright, so the picture reads without colour too.
    private static let shades: [Character] = [" ", ".", ":", "-", "=", "+", "*", "#", "%", "@"]

    /// The shade for `t` in 0…1.
    fileprivate static func shade(_ t: Double) -> Character {
        guard t.isFinite else { return "?" }
        let index = Int((min(1, max(0, t)) * Double(shades.count - 1)).rounded())
        return shades[index]
    }
}
