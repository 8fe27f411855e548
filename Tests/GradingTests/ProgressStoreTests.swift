import Foundation
import Grading
import Testing

@Suite struct ProgressStoreTests {
    let passing = GradeReport(passed: true, score: 1, summary: "ok")
    let failing = GradeReport(passed: false, score: 0.25, summary: "no")

    @Test func attemptsAreRecordedAndSurviveReopening() throws {
        let directory = try GradingFixtures.temporaryDirectory()
        let date = Date(timeIntervalSince1970: 1_800_000_000)
        do {
            let store = try ProgressStore(directory: directory, access: .readWrite)
            try store.update("ex") { $0.recordAttempt(answer: "def f(): pass", report: failing, at: date) }
            try store.update("ex") {
                $0.recordAttempt(answer: "def f(): return 1", report: passing, at: date)
            }
            try store.update("ex") {
                $0.recordAttempt(answer: "def f(): return 2", report: failing, at: date)
            }
        }
        let reopened = try ProgressStore(directory: directory, access: .readOnly)
        let record = reopened.progress(for: "ex")
        #expect(record.status == .passed)
        #expect(record.attempts == 3)
        #expect(record.bestScore == 1)
        #expect(record.lastAnswer == "def f(): return 2")
        #expect(record.passedAt == date)
        #expect(reopened.progress(for: "other") == ExerciseProgress())
        let text = try String(contentsOfFile: reopened.progressPath, encoding: .utf8)
        #expect(text.contains("\"schemaVersion\" : 1"))
    }

    @Test func aCorruptFileIsMovedAsideNotOverwritten() throws {
        let directory = try GradingFixtures.temporaryDirectory()
        let path = (directory as NSString).appendingPathComponent("progress.json")
        try "{\"schemaVersion\": 1, \"exercises\": {\"a\": ".write(
            toFile: path, atomically: true, encoding: .utf8)
        let readOnly = try ProgressStore(directory: directory, access: .readOnly)
        #expect(readOnly.document.exercises.isEmpty)
        #expect(readOnly.notices.first?.contains("was ignored") == true)
        #expect(FileManager.default.fileExists(atPath: path))

        let store = try ProgressStore(
            directory: directory, access: .readWrite, now: Date(timeIntervalSince1970: 0))
        let moved = (directory as NSString).appendingPathComponent("progress.json.corrupt-19700101T000000Z")
        #expect(FileManager.default.fileExists(atPath: moved))
        #expect(try String(contentsOfFile: moved, encoding: .utf8).hasPrefix("{\"schemaVersion\": 1"))
        #expect(store.notices.first?.contains("moved to \(moved)") == true)
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func aFileFromANewerVersionIsMovedAside() throws {
        let directory = try GradingFixtures.temporaryDirectory()
        let path = (directory as NSString).appendingPathComponent("progress.json")
        try "{\"schemaVersion\": 7, \"exercises\": {}, \"novelty\": true}".write(
            toFile: path, atomically: true, encoding: .utf8)
        let store = try ProgressStore(
            directory: directory, access: .readWrite, now: Date(timeIntervalSince1970: 0))
        #expect(store.notices.first?.contains("newer dltutor (schema 7") == true)
        #expect(FileManager.default.fileExists(atPath: path + ".future-19700101T000000Z"))
        #expect(throws: ProgressError.self) {
            try ProgressStore.readDocument(at: path + ".future-19700101T000000Z")
        }
    }

    @Test func aSecondWriterIsToldTheProgressIsLocked() throws {
        let directory = try GradingFixtures.temporaryDirectory()
        let first = try ProgressStore(directory: directory, access: .readWrite)
        try first.update("a") { $0.hintsShown = 1 }
        do {
            _ = try ProgressStore(directory: directory, access: .readWrite)
            Issue.record("the second writer got the lock")
        } catch {
            guard case .locked(_, let holder) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(holder == "pid \(getpid())")
            #expect(error.description.contains("another dltutor"))
        }
        // Readers still work while the lock is held.
        #expect(try ProgressStore(directory: directory, access: .readOnly).progress(for: "a").hintsShown == 1)
        withExtendedLifetime(first) {}
        // Once the first store is gone the lock is free again.
    }

    @Test func theLockIsReleasedWhenTheStoreGoesAway() throws {
        let directory = try GradingFixtures.temporaryDirectory()
        do { _ = try ProgressStore(directory: directory, access: .readWrite) }
        _ = try ProgressStore(directory: directory, access: .readWrite)
    }

    @Test func readOnlyStoresRefuseToWrite() throws {
        let directory = try GradingFixtures.temporaryDirectory()
        let store = try ProgressStore(directory: directory, access: .readOnly)
        #expect(throws: ProgressError.self) { try store.update("a") { $0.attempts = 1 } }
    }

    @Test func mergeKeepsTheFurthestProgressAndTheNewestAnswer() throws {
        let early = Date(timeIntervalSince1970: 1000)
        let late = Date(timeIntervalSince1970: 2000)
        var mine = ExerciseProgress()
        mine.recordAttempt(answer: "old", report: passing, at: early)
        var theirs = ExerciseProgress()
        theirs.recordAttempt(answer: "new", report: failing, at: late)
        theirs.recordAttempt(answer: "newer", report: failing, at: late)
        let merged = mine.merged(with: theirs)
        #expect(merged.status == .passed)
        #expect(merged.attempts == 2)
        #expect(merged.lastAnswer == "newer")
        #expect(merged.firstSeen == early)
    }

    @Test func leftoverTemporaryFilesAreRemovedByTheNextWriter() throws {
        let directory = try GradingFixtures.temporaryDirectory()
        let leftover = (directory as NSString).appendingPathComponent(
            AtomicFile.temporaryPrefix + "progress.json-1-2")
        try "partial".write(toFile: leftover, atomically: false, encoding: .utf8)
        _ = try ProgressStore(directory: directory, access: .readWrite)
        #expect(!FileManager.default.fileExists(atPath: leftover))
    }

    @Test func dataDirectoryFollowsXDG() {
        #expect(
            DataDirectory.resolve(environment: ["XDG_DATA_HOME": "/x/data", "HOME": "/h"])
                == "/x/data/dltutor")
        #expect(
            DataDirectory.resolve(environment: ["XDG_DATA_HOME": "relative", "HOME": "/h"])
                == "/h/.local/share/dltutor")
        #expect(DataDirectory.resolve(environment: ["HOME": "/h"]) == "/h/.local/share/dltutor")
    }
}
