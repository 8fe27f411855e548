import Foundation

/// Collects benchmark results and prints each as one JSON object per line:
/// `{"name": ..., "value": ..., "unit": ...}`. Benchmarks ask `shouldRun(_:)` first so the
/// command line can select a subset (`dltutor-bench lenet5 sgemm` runs names containing either).
final class BenchmarkReport {
    /// Substrings selecting benchmarks; empty means run everything.
    let filters: [String]

    init(filters: [String]) {
        self.filters = filters
    }

    /// Whether a benchmark (or any metric of it) named `name` is selected.
    func shouldRun(_ name: String) -> Bool {
        filters.isEmpty || filters.contains { name.contains($0) }
    }

    /// Prints one result line immediately (flushed, so partial runs still report).
    func emit(name: String, value: Double, unit: String) {
        let line: [String: Any] = ["name": name, "value": (value * 1000).rounded() / 1000, "unit": unit]
        if let data = try? JSONSerialization.data(
            withJSONObject: line, options: [.sortedKeys, .withoutEscapingSlashes]),
            let text = String(data: data, encoding: .utf8)
        {
            print(text)
            fflush(nil)  // nil flushes every stream; `stdout` is not concurrency-safe in Swift 6
        }
    }

    /// Reports a failure as a JSON line instead of crashing, so scripts can see what broke.
    func emitError(name: String, error: Error) {
        let line = ["name": name, "error": "\(error)"]
        if let data = try? JSONSerialization.data(
            withJSONObject: line, options: [.sortedKeys, .withoutEscapingSlashes]),
            let text = String(data: data, encoding: .utf8)
        {
            print(text)
            fflush(nil)  // nil flushes every stream; `stdout` is not concurrency-safe in Swift 6
        }
    }
}

/// Wall-clock seconds from a monotonic clock.
func monotonicSeconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) * 1e-9
}

/// The process's peak resident set size in MiB (`VmHWM` from /proc/self/status), or nil
/// where /proc is unavailable.
func peakResidentMegabytes() -> Double? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        let digits = line.split(separator: " ").compactMap { Double($0) }
        if let kilobytes = digits.first { return kilobytes / 1024 }
    }
    return nil
}
