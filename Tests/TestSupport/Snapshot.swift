import Foundation
import Testing

/// How snapshot assertions treat the files on disk, read from `SNAPSHOT_RECORD`:
/// `missing` (default) writes a snapshot that does not exist yet and fails the test once;
/// `all` rewrites every snapshot; `never` (CI) only compares.
public enum SnapshotRecordMode: String, Sendable {
    case missing, all, never

    /// The mode chosen by the environment.
    public static var current: SnapshotRecordMode {
        SnapshotRecordMode(rawValue: ProcessInfo.processInfo.environment["SNAPSHOT_RECORD"] ?? "") ?? .missing
    }
}

/// Compares `text` with the snapshot `name` stored in `__Snapshots__/<test file name>/`
/// beside the calling test file, recording it according to `SnapshotRecordMode.current`.
/// A mismatch is recorded as a test issue showing the first differing line.
public func assertSnapshot(
    _ text: String,
    named name: String,
    filePath: String = #filePath,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let testFile = URL(fileURLWithPath: filePath)
    let directory = testFile.deletingLastPathComponent()
        .appendingPathComponent("__Snapshots__")
        .appendingPathComponent(testFile.deletingPathExtension().lastPathComponent)
    let snapshotFile = directory.appendingPathComponent("\(name).txt")
    let mode = SnapshotRecordMode.current
    let existing = try? String(contentsOf: snapshotFile, encoding: .utf8)

    if mode == .all || (existing == nil && mode == .missing) {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try text.write(to: snapshotFile, atomically: true, encoding: .utf8)
        } catch {
            Issue.record(
                "could not write snapshot \(snapshotFile.path): \(error)", sourceLocation: sourceLocation)
            return
        }
        if existing == nil {
            Issue.record(
                "recorded new snapshot \(snapshotFile.path); run again", sourceLocation: sourceLocation)
        }
        return
    }
    guard let expected = existing else {
        Issue.record(
            "missing snapshot \(snapshotFile.path) (SNAPSHOT_RECORD=never)", sourceLocation: sourceLocation)
        return
    }
    if let difference = firstDifference(expected: expected, actual: text) {
        Issue.record("snapshot \(name) differs: \(difference)", sourceLocation: sourceLocation)
    }
}

/// Describes the first line where two texts differ, or nil when they are equal.
public func firstDifference(expected: String, actual: String) -> String? {
    if expected == actual { return nil }
    let expectedLines = expected.components(separatedBy: "\n")
    let actualLines = actual.components(separatedBy: "\n")
    for index in 0..<max(expectedLines.count, actualLines.count) {
        let lineExpected = index < expectedLines.count ? expectedLines[index] : "<missing>"
        let lineActual = index < actualLines.count ? actualLines[index] : "<missing>"
        if lineExpected != lineActual {
            return "line \(index + 1)\n  expected: \(lineExpected)\n  actual:   \(lineActual)"
        }
    }
    return "texts differ in line endings"
}
