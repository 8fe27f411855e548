import Foundation

/// One IDX file (the format of MNIST and Fashion-MNIST): a 4-byte magic number
/// `0x00 0x00 type ndim`, `ndim` big-endian 32-bit dimensions, then the elements in row-major
/// order. Only unsigned-byte elements (type `0x08`) are supported, which is what every
/// MNIST-style file uses.
public struct IDXFile: Sendable, Equatable {
    /// The element type code (`0x08` = unsigned byte).
    public let typeCode: UInt8
    /// The size of each axis, e.g. `[60000, 28, 28]` for an image file.
    public let dimensions: [Int]
    /// The elements, row-major.
    public let bytes: [UInt8]

    /// The magic number, e.g. `0x00000803` for a 3-D unsigned-byte (image) file.
    public var magic: UInt32 { UInt32(typeCode) << 8 | UInt32(dimensions.count) }

    /// Type code of unsigned-byte elements.
    public static let unsignedByte: UInt8 = 0x08
    /// Magic number of an MNIST label file (1-D unsigned bytes).
    public static let labelMagic: UInt32 = 0x0000_0801
    /// Magic number of an MNIST image file (3-D unsigned bytes).
    public static let imageMagic: UInt32 = 0x0000_0803
    /// Most axes accepted; MNIST-style files have 1 or 3.
    public static let maxDimensions = 4
    /// Most elements accepted (a cap so a corrupt header cannot ask for a huge allocation).
    public static let maxElements = GzipFile.defaultLimit

    /// Reads and validates an IDX file, gzip-compressed or plain.
    /// - Throws: `DataError` naming `path` when the file is missing, truncated, corrupt or too large.
    public static func read(path: String) throws -> IDXFile {
        try parse(GzipFile.readAll(path: path), source: path)
    }

    /// Parses IDX bytes already in memory; `source` names them in error messages.
    /// - Throws: `DataError.corrupt`, `.truncated` or `.unsupportedType`.
    public static func parse(_ data: [UInt8], source: String) throws -> IDXFile {
        guard data.count >= 4 else {
            throw DataError.truncated(
                path: source, detail: "\(data.count) byte(s), shorter than the 4-byte IDX magic number")
        }
        guard data[0] == 0, data[1] == 0 else {
            let found = data[0..<4].map { hex($0, digits: 2) }.joined()
            throw DataError.corrupt(
                path: source, detail: "bad magic number 0x\(found) (an IDX file starts with two zero bytes)")
        }
        let typeCode = data[2]
        let rank = Int(data[3])
        guard (1...maxDimensions).contains(rank) else {
            throw DataError.corrupt(
                path: source,
                detail: "the header declares \(rank) dimensions (expected 1 to \(maxDimensions))")
        }
        guard typeCode == unsignedByte else {
            throw DataError.unsupportedType(path: source, typeCode: typeCode)
        }
        let headerSize = 4 + 4 * rank
        guard data.count >= headerSize else {
            throw DataError.truncated(
                path: source, detail: "the file ends inside its header (\(data.count) of \(headerSize) bytes)"
            )
        }
        var dimensions: [Int] = []
        var elementCount = 1
        for axis in 0..<rank {
            let offset = 4 + 4 * axis
            let size = data[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
            guard size > 0 else {
                throw DataError.corrupt(path: source, detail: "dimension \(axis) has size 0")
            }
            let (product, overflow) = elementCount.multipliedReportingOverflow(by: size)
            guard !overflow, product <= maxElements else {
                throw DataError.corrupt(
                    path: source, detail: "the header's dimensions ask for more than \(maxElements) elements")
            }
            elementCount = product
            dimensions.append(size)
        }
        let payload = data.count - headerSize
        guard payload >= elementCount else {
            throw DataError.truncated(
                path: source,
                detail: "the header announces \(elementCount) bytes of data for dimensions "
                    + "\(dimensions.map(String.init).joined(separator: "x")) but only \(payload) follow")
        }
        guard payload == elementCount else {
            throw DataError.corrupt(
                path: source,
                detail: "\(payload - elementCount) unexpected byte(s) after the \(elementCount) data bytes")
        }
        return IDXFile(typeCode: typeCode, dimensions: dimensions, bytes: Array(data[headerSize...]))
    }

    /// Reads an image file: magic `0x00000803`, dimensions `count x rows x columns`.
    /// - Throws: `DataError.wrongKind` for any other valid IDX file, plus `read`'s errors.
    public static func readImages(path: String) throws -> IDXFile {
        let file = try read(path: path)
        guard file.magic == imageMagic else {
            throw DataError.wrongKind(
                path: path, expected: "an IDX image file (magic 0x00000803)", found: file.kindDescription)
        }
        return file
    }

    /// Reads a label file: magic `0x00000801`, one dimension.
    /// - Throws: `DataError.wrongKind` for any other valid IDX file, plus `read`'s errors.
    public static func readLabels(path: String) throws -> IDXFile {
        let file = try read(path: path)
        guard file.magic == labelMagic else {
            throw DataError.wrongKind(
                path: path, expected: "an IDX label file (magic 0x00000801)", found: file.kindDescription)
        }
        return file
    }

    /// Creates an unsigned-byte IDX file from its shape and elements.
    /// - Throws: `DataError.invalidArgument` when the shape is empty, too long or does not
    ///   match the number of bytes.
    public init(dimensions: [Int], bytes: [UInt8]) throws {
        guard (1...IDXFile.maxDimensions).contains(dimensions.count), dimensions.allSatisfy({ $0 > 0 }),
            dimensions.allSatisfy({ $0 <= Int(UInt32.max) })
        else {
            throw DataError.invalidArgument("IDX: invalid dimensions \(dimensions)")
        }
        guard dimensions.reduce(1, *) == bytes.count else {
            throw DataError.invalidArgument(
                "IDX: dimensions \(dimensions) need \(dimensions.reduce(1, *)) bytes, got \(bytes.count)")
        }
        self.init(typeCode: IDXFile.unsignedByte, dimensions: dimensions, bytes: bytes)
    }

    private init(typeCode: UInt8, dimensions: [Int], bytes: [UInt8]) {
        self.typeCode = typeCode
        self.dimensions = dimensions
        self.bytes = bytes
    }

    /// The file's bytes: magic, big-endian dimensions, elements.
    public func encoded() -> [UInt8] {
        var result: [UInt8] = [0, 0, typeCode, UInt8(dimensions.count)]
        for size in dimensions {
            let value = UInt32(truncatingIfNeeded: size)
            result += [
                UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF),
            ]
        }
        return result + bytes
    }

    /// Writes the file to `path`, gzip-compressed when `compressed` is true.
    /// - Throws: `DataError.cannotOpen` when the file cannot be written.
    public func write(to path: String, compressed: Bool = true) throws {
        if compressed {
            try GzipFile.write(encoded(), to: path)
        } else {
            guard FileManager.default.createFile(atPath: path, contents: Data(encoded())) else {
                throw DataError.cannotOpen(path: path, reason: "cannot create the file for writing")
            }
        }
    }

    /// What the file holds, for messages: magic and shape.
    public var kindDescription: String {
        let shape = dimensions.map(String.init).joined(separator: "x")
        let kind = magic == IDXFile.imageMagic ? "images" : magic == IDXFile.labelMagic ? "labels" : "data"
        return "IDX \(kind) with magic 0x\(hex(magic, digits: 8)) and shape \(shape)"
    }
}
