/// Every error the data layer throws: reading IDX files, locating the shipped data, building
/// datasets and splits. Messages name the file and the problem so a learner can act on them.
public enum DataError: Error, Equatable, CustomStringConvertible {
    /// The file does not exist or cannot be opened.
    case cannotOpen(path: String, reason: String)
    /// The file ended before the data its header announces (or mid-way through a gzip stream).
    case truncated(path: String, detail: String)
    /// The file is not an IDX file, or is corrupt (bad magic, zero or absurd dimensions, extra bytes).
    case corrupt(path: String, detail: String)
    /// A valid IDX file of the wrong kind, e.g. a label file where images were expected.
    case wrongKind(path: String, expected: String, found: String)
    /// The IDX element type is one this reader does not handle.
    case unsupportedType(path: String, typeCode: UInt8)
    /// The (decompressed) file is larger than the reader's safety cap.
    case tooLarge(path: String, limitBytes: Int)
    /// An image file and a label file that do not belong together.
    case mismatch(String)
    /// A dataset that is not installed on this machine, with how to install it.
    case unavailable(name: String, instructions: String)
    /// The project's Data folder could not be found; lists where it looked.
    case dataFolderNotFound(searched: [String])
    /// An argument a data function cannot accept (sizes, counts, labels).
    case invalidArgument(String)

    /// A human-readable explanation naming the file and what is wrong with it.
    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason):
            return "cannot open \(path): \(reason)"
        case .truncated(let path, let detail):
            return "\(path) is truncated: \(detail)"
        case .corrupt(let path, let detail):
            return "\(path) is not a valid IDX file: \(detail)"
        case .wrongKind(let path, let expected, let found):
            return "\(path) holds \(found), but \(expected) was expected"
        case .unsupportedType(let path, let typeCode):
            return "\(path) stores elements of IDX type 0x\(hex(typeCode, digits: 2)); "
                + "only unsigned bytes (0x08) are supported"
        case .tooLarge(let path, let limitBytes):
            return "\(path) is larger than the \(limitBytes / (1 << 20)) MiB this reader accepts"
        case .mismatch(let message):
            return message
        case .unavailable(let name, let instructions):
            return "\(name) is not installed: \(instructions)"
        case .dataFolderNotFound(let searched):
            return "cannot find dltutor's Data folder (set DLTUTOR_DATA to it); looked in: "
                + searched.joined(separator: ", ")
        case .invalidArgument(let message):
            return message
        }
    }
}

/// Zero-padded upper-case hexadecimal, e.g. `hex(0x801, digits: 8)` is `"00000801"`.
func hex<T: BinaryInteger>(_ value: T, digits: Int) -> String {
    let text = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: Swift.max(0, digits - text.count)) + text
}
