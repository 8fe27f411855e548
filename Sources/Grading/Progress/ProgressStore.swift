import Foundation

/// The learner's progress on disk (`progress.json` in the data directory): loaded once, changed in
/// memory, saved atomically after every change. A writable store holds the progress lock for its
/// whole life; a read-only one takes no lock and never writes.
public final class ProgressStore {
    /// Whether the store may write.
    public enum Access: Sendable {
        /// Reads only; works while another dltutor holds the lock.
        case readOnly
        /// Takes the lock, may save.
        case readWrite
    }

    /// The data directory.
    public let directory: String
    /// The progress document in memory.
    public private(set) var document: ProgressDocument
    /// Messages about what happened while loading (a corrupt file moved aside...), to show the learner.
    public private(set) var notices: [String] = []
    private let access: Access
    private let lock: ProgressLock?

    /// The progress file's path.
    public var progressPath: String { (directory as NSString).appendingPathComponent("progress.json") }
    /// The lock file's path.
    public var lockPath: String { (directory as NSString).appendingPathComponent("progress.lock") }

    /// Opens the store in `directory` (created if missing when writable).
    ///
    /// A file that is not valid JSON of a known schema, or that has a newer schema than this
    /// build, is renamed to `progress.json.corrupt-<timestamp>` / `progress.json.future-<timestamp>`
    /// (only when writable) and the store starts empty, with a notice saying so.
    public init(directory: String, access: Access, now: Date = Date()) throws(ProgressError) {
        self.directory = directory
        self.access = access
        document = ProgressDocument()
        if access == .readWrite {
            try AtomicFile.makeDirectory(directory)
            lock = try ProgressLock(path: (directory as NSString).appendingPathComponent("progress.lock"))
            removeLeftoverTemporaryFiles()
        } else {
            lock = nil
        }
        try load(now: now)
    }

    /// The record of `exerciseID` (an empty one when the exercise was never touched).
    public func progress(for exerciseID: String) -> ExerciseProgress {
        document.exercises[exerciseID] ?? ExerciseProgress()
    }

    /// Changes the record of `exerciseID` and saves.
    public func update(_ exerciseID: String, _ change: (inout ExerciseProgress) -> Void) throws(ProgressError)
    {
        var record = progress(for: exerciseID)
        change(&record)
        var changed = document
        changed.exercises[exerciseID] = record
        try save(changed)
    }

    /// Forgets the given exercises (or all when `ids` is nil) and saves.
    public func reset(ids: [String]?) throws(ProgressError) {
        var changed = document
        if let ids {
            for id in ids { changed.exercises[id] = nil }
        } else {
            changed.exercises = [:]
        }
        try save(changed)
    }

    /// Merges an imported document into this one and saves.
    public func merge(_ other: ProgressDocument) throws(ProgressError) {
        var changed = document
        for (id, record) in other.exercises {
            changed.exercises[id] = changed.exercises[id].map { $0.merged(with: record) } ?? record
        }
        try save(changed)
    }

    /// The document as the JSON written to disk.
    public func encoded() throws(ProgressError) -> Data {
        try Self.encode(document, path: progressPath)
    }

    /// Reads a progress document from `path` (for `progress --import`), rejecting unknown schemas.
    public static func readDocument(at path: String) throws(ProgressError) -> ProgressDocument {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ProgressError.unreadable(path: path, reason: "no such file or not readable")
        }
        switch decode(data) {
        case .success(let document): return document
        case .failure(.future(let version)):
            throw ProgressError.unreadable(
                path: path,
                reason:
                    "schema \(version) is newer than this dltutor (\(ProgressDocument.currentSchemaVersion))")
        case .failure(.corrupt(let reason)):
            throw ProgressError.unreadable(path: path, reason: reason)
        }
    }

    private func save(_ changed: ProgressDocument) throws(ProgressError) {
        guard access == .readWrite, lock != nil else {
            throw ProgressError.io(path: progressPath, reason: "the progress was opened read-only")
        }
        try AtomicFile.write(try Self.encode(changed, path: progressPath), to: progressPath)
        document = changed
    }

    private func load(now: Date) throws(ProgressError) {
        guard let data = FileManager.default.contents(atPath: progressPath) else { return }
        switch Self.decode(data) {
        case .success(let loaded):
            document = loaded
            document.schemaVersion = ProgressDocument.currentSchemaVersion
        case .failure(let problem):
            let (suffix, reason) =
                switch problem {
                case .corrupt(let reason): ("corrupt", "it is not a valid progress file (\(reason))")
                case .future(let version):
                    (
                        "future",
                        "it was written by a newer dltutor (schema \(version), this one reads \(ProgressDocument.currentSchemaVersion))"
                    )
                }
            guard access == .readWrite else {
                notices.append(
                    "\(progressPath) was ignored: \(reason). Run a writing command to move it aside.")
                return
            }
            let stamp = Self.timestampFormatter.string(from: now)
            let aside = "\(progressPath).\(suffix)-\(stamp)"
            guard rename(progressPath, aside) == 0 else {
                throw ProgressError.io(path: aside, reason: String(cString: strerror(errno)))
            }
            notices.append(
                "\(progressPath) could not be used: \(reason). It was moved to \(aside); starting with empty progress."
            )
        }
    }

    private enum DecodeProblem: Error {
        case corrupt(String)
        case future(Int)
    }

    private struct VersionProbe: Decodable {
        let schemaVersion: Int
    }

    private static func decode(_ data: Data) -> Result<ProgressDocument, DecodeProblem> {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        guard let probe = try? decoder.decode(VersionProbe.self, from: data) else {
            return .failure(.corrupt("no schemaVersion; the file is damaged or not JSON"))
        }
        guard probe.schemaVersion <= ProgressDocument.currentSchemaVersion, probe.schemaVersion >= 1 else {
            return probe.schemaVersion > ProgressDocument.currentSchemaVersion
                ? .failure(.future(probe.schemaVersion))
                : .failure(.corrupt("schema version \(probe.schemaVersion)"))
        }
        do {
            return .success(try decoder.decode(ProgressDocument.self, from: data))
        } catch {
            return .failure(.corrupt("\(error)".prefix(200).description))
        }
    }

    private static func encode(_ document: ProgressDocument, path: String) throws(ProgressError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        do {
            return try encoder.encode(document)
        } catch {
            throw ProgressError.io(path: path, reason: "cannot encode progress: \(error)")
        }
    }

    /// `20261129T114219Z`: sortable and safe in file names.
    private static var timestampFormatter: DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return formatter
    }

    /// Temporary files of a writer that was killed mid-save are garbage once we hold the lock.
    private func removeLeftoverTemporaryFiles() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        for name in names where name.hasPrefix(AtomicFile.temporaryPrefix) {
            try? FileManager.default.removeItem(atPath: (directory as NSString).appendingPathComponent(name))
        }
    }
}
