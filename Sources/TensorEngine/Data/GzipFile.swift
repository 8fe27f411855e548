import CZlib
import Foundation

/// Whole-file reading and writing through zlib. Reading inflates gzip files and passes plain
/// files through unchanged, so one reader serves `.gz` and uncompressed IDX alike.
public enum GzipFile {
    /// Largest decompressed size accepted: Fashion-MNIST's biggest file is 47 MB, so 256 MiB
    /// leaves room while a corrupt or hostile file cannot make us allocate without bound.
    public static let defaultLimit = 256 << 20

    /// The decompressed bytes of the file at `path`.
    /// - Throws: `DataError.cannotOpen`, `.truncated` (gzip stream cut short), `.corrupt`
    ///   (gzip data error) or `.tooLarge`.
    public static func readAll(path: String, limit: Int = defaultLimit) throws -> [UInt8] {
        guard let file = gzopen(path, "rb") else {
            throw DataError.cannotOpen(path: path, reason: describeOpenFailure(path))
        }
        defer { gzclose(file) }
        let chunkSize = 1 << 20
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        while true {
            let read = chunk.withUnsafeMutableBytes { buffer in
                gzread(file, buffer.baseAddress, UInt32(chunkSize))
            }
            if read < 0 { throw streamError(file, path: path) }
            if read == 0 { break }
            guard result.count + Int(read) <= limit else {
                throw DataError.tooLarge(path: path, limitBytes: limit)
            }
            result.append(contentsOf: chunk[0..<Int(read)])
        }
        // zlib reports a gzip stream that ends early as Z_BUF_ERROR once reading stops.
        var code: Int32 = 0
        _ = gzerror(file, &code)
        if code == Z_BUF_ERROR {
            throw DataError.truncated(path: path, detail: "the gzip stream ends unexpectedly")
        }
        if code != Z_OK { throw streamError(file, path: path) }
        return result
    }

    /// Writes `bytes` to `path` gzip-compressed (creating or replacing the file).
    /// - Throws: `DataError.cannotOpen` when the file cannot be created or written.
    public static func write(_ bytes: [UInt8], to path: String) throws {
        guard let file = gzopen(path, "wb") else {
            throw DataError.cannotOpen(path: path, reason: "cannot create the file for writing")
        }
        var written = 0
        var failed = false
        bytes.withUnsafeBytes { buffer in
            while written < buffer.count, let base = buffer.baseAddress {
                let length = UInt32(Swift.min(buffer.count - written, 1 << 20))
                let result = gzwrite(file, base + written, length)
                if result <= 0 {
                    failed = true
                    return
                }
                written += Int(result)
            }
        }
        let closed = gzclose(file)
        if failed || closed != Z_OK {
            throw DataError.cannotOpen(path: path, reason: "writing the compressed data failed")
        }
    }

    private static func streamError(_ file: gzFile, path: String) -> DataError {
        var code: Int32 = 0
        let message = gzerror(file, &code).map { String(cString: $0) } ?? "unknown zlib error"
        if code == Z_BUF_ERROR {
            return .truncated(path: path, detail: "the gzip stream ends unexpectedly")
        }
        return .corrupt(path: path, detail: "gzip data error (\(message))")
    }

    private static func describeOpenFailure(_ path: String) -> String {
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) { return "no such file" }
        return isDirectory.boolValue ? "it is a directory" : "permission denied or unreadable"
    }
}
