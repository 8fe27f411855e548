import Foundation
import Lessons
import Testing

@Suite struct LessonLoaderTests {
    @Test func brokenFilesAreReportedAndTheOthersStillLoad() throws {
        let second = LessonFixtures.valid.replacingOccurrences(of: "id: sample", with: "id: second")
            .replacingOccurrences(of: "id: s-", with: "id: t-")
        let directory = try LessonFixtures.directory(with: [
            "01-sample.md": LessonFixtures.valid,
            "02-broken.md": "---\nformat: 1\nid: broken\ntitle: [unclosed\n---\n",
            "10-second.md": second,
            "README.md": "not a lesson",
        ])
        let curriculum = try LessonLoader.load(directory: directory)
        #expect(curriculum.stages.map(\.id) == ["sample", "second"])
        #expect(curriculum.stages.map(\.order) == [1, 10])
        #expect(curriculum.problems.count == 1)
        let problem = try #require(curriculum.problems.first)
        #expect(problem.file.hasSuffix("02-broken.md"))
        #expect(problem.line >= 4)
        #expect(curriculum.exercise(id: "t-code")?.stageID == "second")
    }

    @Test func duplicateIdsAcrossFilesAreReported() throws {
        let copy = LessonFixtures.valid.replacingOccurrences(of: "id: sample", with: "id: other")
        let directory = try LessonFixtures.directory(with: ["01-a.md": LessonFixtures.valid, "02-b.md": copy])
        let curriculum = try LessonLoader.load(directory: directory)
        #expect(curriculum.stages.count == 2)
        let messages = curriculum.problems.map(\.description)
        #expect(messages.count == 5)
        #expect(messages.allSatisfy { $0.contains("02-b.md:") && $0.contains("is already used at") })
    }

    @Test func missingDirectoryIsAnError() {
        #expect(throws: LessonDirectoryError.self) {
            try LessonLoader.load(directory: "/nonexistent/dltutor-lessons")
        }
    }

    @Test func theRepositoryLessonsLoadWithoutProblems() throws {
        let curriculum = try LessonLoader.load(directory: LessonFixtures.repositoryLessons)
        #expect(curriculum.problems.isEmpty, "\(curriculum.problems)")
        let first = try #require(curriculum.stages.first)
        #expect(first.id == "linear-algebra")
        #expect((6...12).contains(first.steps.count))
        #expect(first.exercises.count >= 5)
        #expect(!first.visualizations.isEmpty)
    }
}

@Suite struct LessonLocatorTests {
    @Test func explicitAndEnvironmentWin() throws {
        #expect(
            try LessonLocator.locate(
                explicit: "/x", environment: ["DLTUTOR_LESSONS": "/y"], executablePath: "/bin/sh") == "/x")
        #expect(
            try LessonLocator.locate(
                explicit: nil, environment: ["DLTUTOR_LESSONS": "/y"], executablePath: "/bin/sh") == "/y")
    }

    @Test func findsTheInstalledCopyNextToTheExecutable() throws {
        let prefix = try LessonFixtures.temporaryDirectory()
        let lessons = (prefix as NSString).appendingPathComponent("share/dltutor/Lessons")
        try FileManager.default.createDirectory(atPath: lessons, withIntermediateDirectories: true)
        let executable = (prefix as NSString).appendingPathComponent("bin/dltutor")
        let found = try LessonLocator.locate(explicit: nil, environment: [:], executablePath: executable)
        #expect(
            URL(fileURLWithPath: found).standardized.path
                == URL(fileURLWithPath: lessons).resolvingSymlinksInPath().path)
    }

    @Test func walksUpFromABuildInsideTheCheckout() throws {
        let checkout = try LessonFixtures.temporaryDirectory()
        try "// swift-tools-version: 6.0".write(
            toFile: (checkout as NSString).appendingPathComponent("Package.swift"), atomically: true,
            encoding: .utf8)
        try FileManager.default.createDirectory(
            atPath: (checkout as NSString).appendingPathComponent("Lessons"),
            withIntermediateDirectories: true)
        let executable = (checkout as NSString).appendingPathComponent(".build/release/dltutor")
        let found = try LessonLocator.locate(explicit: nil, environment: [:], executablePath: executable)
        #expect(found.hasSuffix("/Lessons"))
        #expect(
            FileManager.default.fileExists(
                atPath: (found as NSString).deletingLastPathComponent + "/Package.swift"))
    }

    @Test func followsASymlinkedExecutableToItsCheckout() throws {
        let checkout = try LessonFixtures.temporaryDirectory()
        let manager = FileManager.default
        try "// swift-tools-version: 6.0".write(
            toFile: (checkout as NSString).appendingPathComponent("Package.swift"), atomically: true,
            encoding: .utf8)
        try manager.createDirectory(
            atPath: (checkout as NSString).appendingPathComponent("Lessons"),
            withIntermediateDirectories: true)
        let release = (checkout as NSString).appendingPathComponent(".build/release")
        try manager.createDirectory(atPath: release, withIntermediateDirectories: true)
        let executable = (release as NSString).appendingPathComponent("dltutor")
        try "binary".write(toFile: executable, atomically: true, encoding: .utf8)
        let bin = try LessonFixtures.temporaryDirectory()
        let link = (bin as NSString).appendingPathComponent("dltutor")
        try manager.createSymbolicLink(atPath: link, withDestinationPath: executable)
        let found = try LessonLocator.locate(explicit: nil, environment: [:], executablePath: link)
        #expect(
            URL(fileURLWithPath: found).resolvingSymlinksInPath().path
                == URL(fileURLWithPath: checkout).appendingPathComponent("Lessons").resolvingSymlinksInPath()
                .path)
    }

    @Test func nothingFoundIsAClearError() {
        #expect(throws: LessonDirectoryError.self) {
            try LessonLocator.locate(
                explicit: nil, environment: [:], executablePath: "/nonexistent/bin/dltutor")
        }
    }
}

@Suite struct NumericValueTests {
    @Test func parsesNumbersAndNestedLists() throws {
        #expect(try NumericValue(parsing: " 12 ") == .number(12))
        #expect(try NumericValue(parsing: "-1.5e-3") == .number(-0.0015))
        let matrix = try NumericValue(parsing: "[[1, 2], [3, 4.5]]")
        #expect(matrix.shape == [2, 2])
        #expect(matrix.flattened == [1, 2, 3, 4.5])
        #expect(try NumericValue(parsing: "np.array([1, 2,])").shape == [2])
        #expect(try NumericValue(parsing: "inf") == .number(.infinity))
    }

    @Test func rejectsMalformedInput() {
        for text in ["", "[1, 2", "[[1, 2], [3]]", "1 2", "[a]", "[1;2]"] {
            #expect(throws: NumericParseError.self, "\(text)") { try NumericValue(parsing: text) }
        }
    }

    @Test func parsesSimpleFractions() throws {
        #expect(try NumericValue(parsing: "1/1024") == .number(1.0 / 1024))
        #expect(try NumericValue(parsing: " -3 / 4 ") == .number(-0.75))
        #expect(try NumericValue(parsing: "1e-3/2") == .number(0.0005))
        #expect(try NumericValue(parsing: "[1/2, 1/4]").flattened == [0.5, 0.25])
    }

    @Test func unreadableAnswersSayWhatIsAccepted() {
        for text in ["1/", "1/0", "1/x", "1//2", "1/2/3", "abc", "0.5x"] {
            do {
                _ = try NumericValue(parsing: text)
                Issue.record("\(text) should not parse")
            } catch {
                if text == "1/0" {
                    #expect(error.description.contains("division by zero"), "\(text): \(error)")
                } else {
                    #expect(
                        error.description.contains("type a number like 0.25, 1e-3 or 1/4"),
                        "\(text): \(error)")
                }
            }
        }
    }

    @Test func rebuildsFromShapeAndValues() {
        #expect(NumericValue(shape: [2, 3], values: [1, 2, 3, 4, 5, 6])?.text == "[[1, 2, 3], [4, 5, 6]]")
        #expect(NumericValue(shape: [2, 2], values: [1, 2, 3]) == nil)
        #expect(NumericValue(shape: [], values: [0.25])?.text == "0.25")
    }
}
