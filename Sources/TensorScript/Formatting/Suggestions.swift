/// "Did you mean" suggestions: the closest candidate by edit distance, when it is close
/// enough to be a plausible typo (Python uses a similar rule).
enum Suggestions {
    static func closest(to name: String, among candidates: some Sequence<String>) -> String? {
        let target = Array(name.lowercased())
        guard !target.isEmpty, target.count <= 40 else { return nil }
        var best: (name: String, distance: Int)?
        for candidate in candidates where candidate != name && !candidate.hasPrefix("_") {
            let letters = Array(candidate.lowercased())
            if abs(letters.count - target.count) > 3 { continue }
            let distance = editDistance(target, letters)
            if let current = best,
                distance > current.distance || (distance == current.distance && candidate >= current.name)
            {
                continue
            }
            best = (candidate, distance)
        }
        guard let best else { return nil }
        let allowed = max(1, (target.count + 2) / 3)
        return best.distance <= allowed ? best.name : nil
    }

    /// Levenshtein distance with transpositions counted as one edit.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = value
            }
            previousPrevious = previous
            previous = current
        }
        return previous[b.count]
    }

    /// The message suffix Python 3.12 uses: `. Did you mean: 'exp'?`
    static func suffix(for name: String, among candidates: some Sequence<String>) -> String {
        guard let match = closest(to: name, among: candidates) else { return "" }
        return ". Did you mean: '\(match)'?"
    }
}
