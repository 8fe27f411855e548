import Foundation

// NumPy's `.npy` format (specification: numpy.lib.format): the magic string "\x93NUMPY", a
// version, a little-endian header length (2 bytes in version 1, 4 in versions 2 and 3), a
// Python dict literal with 'descr', 'fortran_order' and 'shape', padded with spaces and a
// newline so the data starts on a 64-byte boundary, then the raw values.

extension Tensor {
    /// The tensor as `.npy` bytes (version 1.0, little-endian float32, C order), exactly as
    /// `numpy.save` writes a float32 array.
    public func npyBytes() -> [UInt8] {
        let shapeText =
            shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
        var header = "{'descr': '<f4', 'fortran_order': False, 'shape': \(shapeText), }"
        // magic (6) + version (2) + length (2) + header + "\n" must be a multiple of 64.
        let unpadded = 10 + header.utf8.count + 1
        header += String(repeating: " ", count: (64 - unpadded % 64) % 64) + "\n"
        var bytes: [UInt8] = [0x93] + Array("NUMPY".utf8) + [1, 0]
        let length = UInt16(header.utf8.count)
        bytes += [UInt8(length & 0xFF), UInt8(length >> 8)]
        bytes += Array(header.utf8)
        bytes.reserveCapacity(bytes.count + 4 * count)
        for value in toArray() {
            let bits = value.bitPattern.littleEndian
            bytes += [
                UInt8(bits & 0xFF), UInt8((bits >> 8) & 0xFF), UInt8((bits >> 16) & 0xFF), UInt8(bits >> 24),
            ]
        }
        return bytes
    }

    /// Writes the tensor to a `.npy` file.
    public func saveNPY(to url: URL) throws {
        try Data(npyBytes()).write(to: url)
    }

    /// Reads a `.npy` file (see `init(npy:)`).
    public convenience init(npyContentsOf url: URL) throws {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw TensorError.invalidArgument("npy: cannot read \(url.path): \(error.localizedDescription)")
        }
        try self.init(npy: [UInt8](data))
    }

    /// Parses `.npy` bytes of versions 1-3. Floats, signed and unsigned integers of every
    /// width and booleans are converted to float32; either byte order and Fortran order are
    /// accepted. Malformed input throws.
    public convenience init(npy bytes: [UInt8]) throws {
        let header = try NPYHeader(bytes)
        let count = try Shape.checkedCount(header.shape, op: "npy")
        let needed = header.dataOffset + count * header.itemSize
        guard bytes.count >= needed else {
            throw TensorError.invalidArgument(
                "npy: the file is truncated: shape \(formatShape(header.shape)) needs \(needed) bytes, "
                    + "found \(bytes.count)")
        }
        var values = [Float](repeating: 0, count: count)
        for index in 0..<count {
            values[index] = header.decode(bytes, at: header.dataOffset + index * header.itemSize)
        }
        if header.fortranOrder && header.shape.count > 1 {
            // Column-major data is the row-major layout of the reversed shape, transposed.
            let reversed = try Tensor(shape: Array(header.shape.reversed()), data: values)
            let rowMajor = reversed.transpose()
            self.init(shape: rowMajor.shape, storage: rowMajor.storage)
        } else {
            try self.init(shape: header.shape, data: values)
        }
    }
}

/// The parsed header of a `.npy` file.
private struct NPYHeader {
    let shape: [Int]
    let fortranOrder: Bool
    let dataOffset: Int
    let itemSize: Int
    let kind: Character
    let bigEndian: Bool

    init(_ bytes: [UInt8]) throws {
        guard bytes.count >= 10, bytes[0] == 0x93, Array(bytes[1..<6]) == Array("NUMPY".utf8) else {
            throw TensorError.invalidArgument("npy: not a .npy file (missing the \\x93NUMPY magic string)")
        }
        let major = bytes[6]
        let lengthBytes = major == 1 ? 2 : 4
        guard (1...3).contains(major), bytes.count >= 8 + lengthBytes else {
            throw TensorError.invalidArgument("npy: unsupported format version \(major).\(bytes[7])")
        }
        var headerLength = 0
        for offset in (0..<lengthBytes).reversed() {
            headerLength = headerLength << 8 | Int(bytes[8 + offset])
        }
        let start = 8 + lengthBytes
        guard bytes.count >= start + headerLength else {
            throw TensorError.invalidArgument("npy: the header is truncated")
        }
        let text = String(decoding: bytes[start..<(start + headerLength)], as: UTF8.self)
        dataOffset = start + headerLength
        let descr = try NPYHeader.stringValue(of: "descr", in: text)
        guard descr.count >= 3, let order = descr.first, let kind = descr.dropFirst().first,
            let size = Int(descr.dropFirst(2)), "<>|=".contains(order), "fiub".contains(kind),
            [1, 2, 4, 8].contains(size), kind != "f" || size >= 2
        else {
            throw TensorError.invalidArgument(
                "npy: unsupported dtype '\(descr)' (supported: floats, integers and booleans)")
        }
        self.kind = kind
        itemSize = size
        bigEndian = order == ">"
        fortranOrder = try NPYHeader.rawValue(of: "fortran_order", in: text).hasPrefix("True")
        shape = try NPYHeader.shape(in: text)
    }

    /// Reads one element as float32.
    func decode(_ bytes: [UInt8], at offset: Int) -> Float {
        var bits: UInt64 = 0
        for index in 0..<itemSize {
            let byte = UInt64(bytes[offset + (bigEndian ? index : itemSize - 1 - index)])
            bits = bits << 8 | byte
        }
        switch (kind, itemSize) {
        case ("f", 2): return Float(Float16(bitPattern: UInt16(bits)))
        case ("f", 4): return Float(bitPattern: UInt32(bits))
        case ("f", _): return Float(Double(bitPattern: bits))
        case ("i", _):
            // Sign-extend from the element width.
            let shift = UInt64(64 - 8 * itemSize)
            return Float(Int64(bitPattern: bits << shift) >> Int64(shift))
        case ("b", _): return bits == 0 ? 0 : 1
        default: return Float(bits)
        }
    }

    /// The text after `'key':` up to the next comma or closing brace.
    private static func rawValue(of key: String, in text: String) throws -> Substring {
        guard let range = text.range(of: "'\(key)':") else {
            throw TensorError.invalidArgument("npy: the header has no '\(key)' entry")
        }
        return text[range.upperBound...].drop { $0 == " " }
    }

    private static func stringValue(of key: String, in text: String) throws -> String {
        let raw = try rawValue(of: key, in: text)
        guard let quote = raw.first, quote == "'" || quote == "\"" else {
            throw TensorError.invalidArgument("npy: the '\(key)' entry is not a string")
        }
        return String(raw.dropFirst().prefix { $0 != quote })
    }

    private static func shape(in text: String) throws -> [Int] {
        let raw = try rawValue(of: "shape", in: text)
        guard raw.first == "(", let close = raw.firstIndex(of: ")") else {
            throw TensorError.invalidArgument("npy: the 'shape' entry is not a tuple")
        }
        let parts = raw[raw.index(after: raw.startIndex)..<close].split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let sizes = parts.compactMap { Int($0) }
        guard sizes.count == parts.count, sizes.allSatisfy({ $0 >= 0 }) else {
            throw TensorError.invalidArgument("npy: malformed shape \(raw[...close])")
        }
        return sizes
    }
}
