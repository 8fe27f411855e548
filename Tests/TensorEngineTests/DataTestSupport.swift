import Foundation
import TensorEngine

/// Temporary files and shipped-data paths for the data tests.
enum DataTestSupport {
    /// A fresh empty directory under the system temporary directory.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "dltutor-data-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes raw bytes (not compressed) and returns the path.
    static func writeRaw(_ bytes: [UInt8], named name: String, in directory: URL) throws -> String {
        let path = directory.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// The checkout's Data folder, found from this source file (symlinks resolved).
    static var shippedDataFolder: URL {
        URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Data")
    }

    /// A tiny image file: `count` images of `rows x columns`, pixel value = image index.
    static func tinyImages(count: Int, rows: Int = 3, columns: Int = 2) throws -> IDXFile {
        let bytes = (0..<count).flatMap { index in
            [UInt8](repeating: UInt8(index % 256), count: rows * columns)
        }
        return try IDXFile(dimensions: [count, rows, columns], bytes: bytes)
    }
}
