import TerminalCore
import Testing

@Test func fixedAndFillRowsShareTheHeight() {
    let rows = Rect(x: 0, y: 0, width: 80, height: 24).rows([.length(1), .fill(1), .length(1)])
    #expect(rows.map(\.height) == [1, 22, 1])
    #expect(rows.map(\.y) == [0, 1, 23])
    #expect(rows.allSatisfy { $0.width == 80 })
}

@Test func fillWeightsSplitProportionally() {
    let lengths = Layout(.horizontal, [.fill(1), .fill(2), .fill(1)]).lengths(total: 100)
    #expect(lengths == [25, 50, 25])
    // Leftover cells from rounding go to the first weighted parts.
    #expect(Layout(.horizontal, [.fill(1), .fill(1), .fill(1)]).lengths(total: 10) == [4, 3, 3])
}

@Test func percentagesUseTheSpaceAfterSpacing() {
    let layout = Layout(.horizontal, [.percentage(50), .percentage(50)], spacing: 2)
    #expect(layout.lengths(total: 42) == [20, 20])
    let parts = layout.split(Rect(x: 5, y: 0, width: 42, height: 3))
    #expect(parts.map(\.x) == [5, 27])
}

@Test func minGrowsLikeFillButKeepsItsMinimum() {
    #expect(Layout(.vertical, [.min(5), .length(10)]).lengths(total: 30) == [20, 10])
    #expect(Layout(.vertical, [.min(5), .fill(1)]).lengths(total: 7) == [6, 1])
}

@Test func tooLittleSpaceCutsLaterParts() {
    #expect(Layout(.vertical, [.length(3), .length(5), .length(4)]).lengths(total: 6) == [3, 3, 0])
    #expect(Layout(.vertical, [.length(3), .fill(1)]).lengths(total: 0) == [0, 0])
}

@Test func marginShrinksTheAreaFirst() {
    let parts = Layout(.vertical, [.fill(1)], margin: 2).split(Rect(x: 0, y: 0, width: 20, height: 10))
    #expect(parts == [Rect(x: 2, y: 2, width: 16, height: 6)])
}

@Test func centeringClipsToTheOuterRect() {
    let screen = Rect(x: 0, y: 0, width: 80, height: 24)
    #expect(screen.centered(width: 40, height: 10) == Rect(x: 20, y: 7, width: 40, height: 10))
    #expect(screen.centered(width: 200, height: 5) == Rect(x: 0, y: 9, width: 80, height: 5))
    #expect(screen.centered(widthPercent: 50, heightPercent: 50) == Rect(x: 20, y: 6, width: 40, height: 12))
}

@Test func emptyConstraintsGiveNoParts() {
    #expect(Rect(x: 0, y: 0, width: 10, height: 10).columns([]).isEmpty)
}

@Test func listScrollingKeepsTheSelectionInView() {
    var state = ListState(selected: 0, viewportHeight: 4)
    for _ in 0..<6 { state.handle(Key.down, count: 10) }
    #expect(state.selected == 6)
    #expect(state.offset == 3)
    state.handle(Key.up, count: 10)
    state.handle(Key.up, count: 10)
    #expect(state.offset == 3)
    state.handle(Key.pageUp, count: 10)
    #expect(state.selected == 1)
    #expect(state.offset == 1)
    state.handle(Key.end, count: 10)
    #expect(state.selected == 9)
    #expect(state.offset == 6)
    state.select(3, count: 0)
    #expect(state.selected == nil)
}

@Test func scrollStateStaysWithinTheContent() {
    var state = ScrollState(viewportHeight: 5)
    state.handle(.key(.end), contentHeight: 12)
    #expect(state.offset == 7)
    state.handle(.key(.pageDown), contentHeight: 12)
    #expect(state.offset == 7)
    state.handle(.key(.pageUp), contentHeight: 12)
    #expect(state.offset == 3)
    state.handle(.mouse(.scrollUp(x: 0, y: 0)), contentHeight: 12)
    #expect(state.offset == 2)
    #expect(state.clampedOffset(contentHeight: 4, visibleRows: 5) == 0)
}

@Test func scrollbarThumbShowsPositionAndSize() {
    #expect(Scrollbar(contentHeight: 100, viewportHeight: 10, offset: 0).thumbRange(length: 10) == 0..<1)
    #expect(Scrollbar(contentHeight: 100, viewportHeight: 10, offset: 90).thumbRange(length: 10) == 9..<10)
    #expect(Scrollbar(contentHeight: 20, viewportHeight: 10, offset: 5).thumbRange(length: 10) == 2..<7)
}

@Test func confirmDialogKeys() {
    var state = ConfirmState()
    #expect(state.handle(.enter) == .cancelled)
    #expect(state.handle(.left) == nil)
    #expect(state.yesSelected)
    #expect(state.handle(.enter) == .confirmed)
    #expect(state.handle(.escape) == .cancelled)
    #expect(state.handle(.character("y")) == .confirmed)
}

@Test func progressEstimatesAndDurations() {
    let estimate = ProgressEstimate(startSeconds: 100)
    #expect(estimate.remainingSeconds(fraction: 0.25, now: 130) == 90)
    #expect(estimate.remainingSeconds(fraction: 0, now: 130) == nil)
    #expect(estimate.remainingSeconds(fraction: 1, now: 130) == 0)
    #expect(ProgressBar.formatDuration(42) == "42s")
    #expect(ProgressBar.formatDuration(187) == "3:07")
    #expect(ProgressBar.formatDuration(3723) == "1:02:03")
    #expect(ProgressBar.formatDuration(.infinity) == "--")
}
