/// An append-only list of samples with summaries of blocks of 8, 64, 512, ... samples, so
/// that the extremes of any index range come out in O(log n) time. This is what lets a
/// chart draw 100,000 points as fast as 1,000: each screen column asks for its min/max.
///
/// Appending is O(1) amortised: a summary is made only when a block fills up.
struct SummaryPyramid: Sendable {
    /// Samples summarised per node at each level above the raw values.
    static let fanout = 8
    private(set) var values: [Double] = []
    /// `levels[k]` summarises complete blocks of `fanout^(k+1)` samples.
    private var levels: [[SampleSummary]] = []
    /// Everything appended so far.
    private(set) var total = SampleSummary()

    var count: Int { values.count }

    mutating func reserve(_ capacity: Int) { values.reserveCapacity(capacity) }

    mutating func append(_ value: Double) {
        values.append(value)
        total.add(value)
        let fanout = SummaryPyramid.fanout
        guard values.count % fanout == 0 else { return }
        var block = SampleSummary()
        for sample in values[(values.count - fanout)...] { block.add(sample) }
        var level = 0
        while true {
            if levels.count == level { levels.append([]) }
            levels[level].append(block)
            let filled = levels[level].count
            guard filled % fanout == 0 else { return }
            var parent = SampleSummary()
            for node in levels[level][(filled - fanout)...] { parent.merge(node) }
            block = parent
            level += 1
        }
    }

    /// The summary of the samples at `range` (clamped to the samples that exist).
    func summary(_ range: Range<Int>) -> SampleSummary {
        var low = max(0, range.lowerBound)
        var high = min(values.count, range.upperBound)
        var result = SampleSummary()
        guard low < high else { return result }
        let fanout = SummaryPyramid.fanout
        // Raw samples at the ragged ends, then whole blocks one level up, and so on.
        while low < high && low % fanout != 0 {
            result.add(values[low])
            low += 1
        }
        while low < high && high % fanout != 0 {
            high -= 1
            result.add(values[high])
        }
        var level = 0
        low /= fanout
        high /= fanout
        while low < high && level < levels.count {
            let nodes = levels[level]
            while low < high && (low % fanout != 0 || level + 1 >= levels.count) {
                result.merge(nodes[low])
                low += 1
            }
            while low < high && high % fanout != 0 {
                high -= 1
                result.merge(nodes[high])
            }
            low /= fanout
            high /= fanout
            level += 1
        }
        return result
    }
}
