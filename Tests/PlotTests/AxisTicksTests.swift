import Plot
import Testing

@Suite struct AxisTicksTests {
    @Test func niceStepsUseOneTwoFive() {
        #expect(AxisTicks.niceStep(span: 1, maxCount: 5) == 0.2)
        #expect(AxisTicks.niceStep(span: 10, maxCount: 4) == 5)
        #expect(AxisTicks.niceStep(span: 100, maxCount: 10) == 10)
        #expect(AxisTicks.niceStep(span: 7, maxCount: 3) == 5)
        #expect(AxisTicks.niceStep(span: 0, maxCount: 3) == 1)
        #expect(AxisTicks.niceStep(span: .nan, maxCount: 3) == 1)
    }

    @Test func linearTicksOnUnitRange() {
        let ticks = AxisTicks.linear(lower: 0, upper: 1, maxCount: 6)
        #expect(ticks.map(\.label) == ["0", "0.2", "0.4", "0.6", "0.8", "1.0"])
    }

    @Test func linearTicksStayInsideTheRangeAndUnderTheLimit() {
        for (lower, upper) in [(-3.7, 12.2), (0.001, 0.0093), (-1e6, 2.5e6), (41.0, 42.0)] {
            for limit in 1...9 {
                let ticks = AxisTicks.linear(lower: lower, upper: upper, maxCount: limit)
                #expect(!ticks.isEmpty)
                // At most `limit`, unless that would leave a single tick: then the next smaller
                // step is used, which can give up to five.
                #expect(ticks.count <= limit || ticks.count <= 5)
                #expect(ticks.count >= min(2, limit))
                #expect(ticks.allSatisfy { $0.value >= lower - 1e-12 && $0.value <= upper + 1e-12 })
                #expect(Set(ticks.map(\.label)).count == ticks.count)
            }
        }
    }

    @Test func fewestDecimalsThatDistinguishTicks() {
        let ticks = AxisTicks.linear(lower: 0.95, upper: 1.05, maxCount: 5)
        #expect(ticks.map(\.label) == ["0.96", "0.98", "1.00", "1.02", "1.04"])
        let integers = AxisTicks.linear(lower: -20, upper: 20, maxCount: 4)
        #expect(
            integers.map(\.label) == ["-20", "-10", "0", "10", "20"]
                || integers.map(\.label) == ["-20", "0", "20"])
    }

    @Test func exponentFormForTinyAndHugeValues() {
        let tiny = AxisTicks.linear(lower: 0, upper: 5e-5, maxCount: 5)
        #expect(tiny.map(\.label) == ["0", "1e-5", "2e-5", "3e-5", "4e-5", "5e-5"] || tiny.count <= 5)
        #expect(tiny.contains { $0.label == "2e-5" })
        let huge = AxisTicks.linear(lower: 0, upper: 3e6, maxCount: 4)
        #expect(huge.map(\.label) == ["0", "1e6", "2e6", "3e6"])
        let halves = AxisTicks.labels(for: [1.5e-7, 2.5e-7], step: 1e-7)
        #expect(halves == ["1.5e-7", "2.5e-7"])
    }

    @Test func negativeZeroIsNeverShown() {
        #expect(AxisTicks.format(-0.0, decimals: 2, exponent: false) == "0")
        #expect(AxisTicks.format(-0.001, decimals: 1, exponent: false) == "0.0")
        #expect(AxisTicks.format(.nan, decimals: 1, exponent: false) == "NaN")
    }

    @Test func logTicksAtDecades() {
        let ticks = AxisTicks.logarithmic(lower: 1e-4, upper: 1, maxCount: 5)
        #expect(ticks.map(\.label) == ["1e-4", "0.001", "0.01", "0.1", "1"])
        let sparse = AxisTicks.logarithmic(lower: 1e-12, upper: 1e12, maxCount: 5)
        #expect(sparse.count <= 5 && sparse.count >= 3)
    }

    @Test func logTicksWithinOneDecadeAddMultiples() {
        let ticks = AxisTicks.logarithmic(lower: 1, upper: 10, maxCount: 6)
        #expect(ticks.map(\.value) == [1, 2, 5, 10])
        let narrow = AxisTicks.logarithmic(lower: 3, upper: 4, maxCount: 4)
        #expect(!narrow.isEmpty && narrow.allSatisfy { $0.value >= 3 && $0.value <= 4 })
    }

    @Test func unusableRangesGiveNoTicksInsteadOfTrapping() {
        #expect(AxisTicks.linear(lower: .nan, upper: 1, maxCount: 5).isEmpty)
        #expect(AxisTicks.linear(lower: 2, upper: 1, maxCount: 5).isEmpty)
        #expect(AxisTicks.logarithmic(lower: -1, upper: 1, maxCount: 5).isEmpty)
        #expect(AxisTicks.linear(lower: -1e308, upper: 1e308, maxCount: 5).count >= 1)
        #expect(AxisTicks.linear(lower: 5, upper: 5, maxCount: 5).map(\.label) == ["5"])
    }

    @Test func axisMappingHandlesLogAndDegenerateRanges() {
        let log = AxisMapping(lower: 1, upper: 100, scale: .logarithmic)
        #expect(abs((log.fraction(10) ?? -1) - 0.5) < 1e-12)
        #expect(log.fraction(0) == nil)
        #expect(log.fraction(-3) == nil)
        let flat = AxisMapping(lower: 3, upper: 3, scale: .linear)
        #expect(flat.lower < 3 && flat.upper > 3)
        // Equal but for float32 rounding: the same room as equal values, not a millionth.
        let rounded = AxisMapping(lower: 18.32, upper: 18.320001, scale: .linear)
        #expect(rounded.upper - rounded.lower > 1)
        let small = AxisMapping(lower: 1e-3, upper: 1.1e-3, scale: .linear)
        #expect(small.lower == 1e-3 && small.upper == 1.1e-3, "a real range stays as it is")
        let huge = AxisMapping(lower: -1e308, upper: 1e308, scale: .linear)
        #expect(abs((huge.fraction(0) ?? -1) - 0.5) < 1e-12)
        #expect(abs(AxisMapping(lower: 0, upper: 4, scale: .linear).value(atFraction: 0.25) - 1) < 1e-12)
    }
}
