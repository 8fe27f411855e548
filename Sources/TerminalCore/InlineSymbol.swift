import Foundation

/// A cell's grapheme stored as up to 15 UTF-8 bytes inside two integers, so `Cell` is plain
/// data: copying, comparing and hashing cells (the diff's hot path) involves no reference
/// counting and no Unicode-aware string comparison. Longer clusters (family emoji, long
/// combining sequences) are interned in `SymbolTable` and stored by index.
struct InlineSymbol: Hashable, Sendable {
    /// Bytes 0-7.
    private var low: UInt64
    /// Bytes 8-14, and the byte count in the top byte (`interned` for a table index in `low`).
    private var high: UInt64

    private static let interned: UInt64 = 0xFF
    private static let capacity = 15

    /// The empty symbol of a continuation cell.
    static let empty = InlineSymbol(low: 0, high: 0)
    /// A space.
    static let space = InlineSymbol(low: 0x20, high: 1 << 56)

    private init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    /// Stores `string`'s UTF-8 inline, or interns it when it is longer than 15 bytes.
    init(_ string: some StringProtocol) {
        self.init(utf8: string.utf8, original: { String(string) })
    }

    /// Stores `character`'s UTF-8 inline, or interns it when it is longer than 15 bytes.
    init(_ character: Character) {
        self.init(utf8: character.utf8, original: { String(character) })
    }

    private init<Bytes: Collection<UInt8>>(utf8: Bytes, original: () -> String) {
        let count = utf8.count
        guard count <= Self.capacity else {
            self.low = UInt64(SymbolTable.shared.index(of: original()))
            self.high = Self.interned << 56
            return
        }
        var low: UInt64 = 0
        var high: UInt64 = UInt64(count) << 56
        for (offset, byte) in utf8.enumerated() {
            if offset < 8 {
                low |= UInt64(byte) << (8 * offset)
            } else {
                high |= UInt64(byte) << (8 * (offset - 8))
            }
        }
        self.low = low
        self.high = high
    }

    /// Whether this is the single byte `ascii` (a fast check for spaces and plain letters).
    func isASCII(_ ascii: UInt8) -> Bool { high == 1 << 56 && low == UInt64(ascii) }

    /// The stored text.
    var string: String {
        let count = Int(high >> 56)
        if UInt64(count) == Self.interned { return SymbolTable.shared.symbol(at: Int(low)) }
        if count == 1 && low < 0x80 { return String(UnicodeScalar(UInt8(low))) }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.capacity) { bytes in
            for offset in 0..<count {
                let word = offset < 8 ? low : high
                bytes[offset] = UInt8(truncatingIfNeeded: word >> (8 * (offset % 8)))
            }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<count]), as: UTF8.self)
        }
    }
}

/// Grapheme clusters too long to store inline, numbered in the order first seen. Shared by
/// every buffer in the process (there are few such symbols), so it is locked.
final class SymbolTable: @unchecked Sendable {
    // @unchecked: both collections are only touched while holding `lock`.
    static let shared = SymbolTable()

    private let lock = NSLock()
    private var symbols: [String] = []
    private var indices: [String: Int] = [:]

    /// The number of `symbol`, adding it if it is new.
    func index(of symbol: String) -> Int {
        lock.withLock {
            if let index = indices[symbol] { return index }
            symbols.append(symbol)
            indices[symbol] = symbols.count - 1
            return symbols.count - 1
        }
    }

    /// The symbol numbered `index` ("" for a number never handed out).
    func symbol(at index: Int) -> String {
        lock.withLock { symbols.indices.contains(index) ? symbols[index] : "" }
    }
}
