import Foundation

/// A file created under a fresh name and then only appended to, one line per write, so a crash
/// loses at most the line being written. Both trace writers (`TraceRecorder` for the visualizer
/// and labs, `VisualTraceFileWriter` for lesson visuals) keep their files through one.
///
/// Writing stops quietly at the byte cap or when the disk refuses (full, directory removed):
/// a recording must never disturb the session it records.
final class AppendOnlyLineFile: @unchecked Sendable {
    /// Why the file could not be created.
    struct CreationError: Error {
        /// The path that was tried.
        let path: String
        /// What went wrong.
        let reason: String
    }

    /// Where the lines go.
    let url: URL
    private let maximumBytes: Int
    private let lock = NSLock()
    private var handle: FileHandle?
    private var bytesWritten = 0
    private var full = false

    /// Creates `<directory>/<name>.<fileExtension>` (the directory too if needed), or
    /// `<name>-2`, `<name>-3`, … when that exists.
    init(directory: URL, name: String, fileExtension: String, maximumBytes: Int) throws(CreationError) {
        self.maximumBytes = maximumBytes
        let manager = FileManager.default
        var candidate = directory.appendingPathComponent("\(name).\(fileExtension)")
        var counter = 2
        do {
            try manager.createDirectory(at: directory, withIntermediateDirectories: true)
            while manager.fileExists(atPath: candidate.path) {
                candidate = directory.appendingPathComponent("\(name)-\(counter).\(fileExtension)")
                counter += 1
            }
            guard manager.createFile(atPath: candidate.path, contents: nil) else {
                throw CreationError(path: candidate.path, reason: "cannot create the file")
            }
            handle = try FileHandle(forWritingTo: candidate)
        } catch let error as CreationError {
            throw error
        } catch {
            throw CreationError(path: candidate.path, reason: error.localizedDescription)
        }
        url = candidate
    }

    deinit {
        try? handle?.close()
    }

    /// Whether writing has stopped at the cap or on a disk error.
    var isFull: Bool { lock.withLock { full } }

    /// Appends `line` and a newline with a single write; dropped once full or closed.
    func append(_ line: String) {
        let data = Data((line + "\n").utf8)
        lock.withLock {
            guard let handle, !full else { return }
            guard bytesWritten + data.count <= maximumBytes else {
                full = true
                return
            }
            do {
                try handle.seekToEnd()
                try handle.write(contentsOf: data)
                bytesWritten += data.count
            } catch {
                full = true
            }
        }
    }

    /// Closes the file; later lines are dropped.
    func close() {
        lock.withLock {
            try? handle?.close()
            handle = nil
        }
    }
}
