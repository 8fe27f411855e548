/// Copies, fills and sums for the short rows of im2col (10–30 floats). `update(from:)` and plain loops
/// become `memmove`/`memset` calls whose fixed cost dominated such rows in profiles; explicit
/// unaligned SIMD loads and stores stay inline.
enum ShortCopy {
    /// Copies `count` floats from `source` to `destination` (non-overlapping).
    @inline(__always)
    static func copy(_ destination: UnsafeMutablePointer<Float>, _ source: UnsafePointer<Float>, _ count: Int)
    {
        let to = UnsafeMutableRawPointer(destination)
        let from = UnsafeRawPointer(source)
        var offset = 0
        let bytes = count * MemoryLayout<Float>.stride
        while offset + 32 <= bytes {
            to.storeBytes(
                of: from.loadUnaligned(fromByteOffset: offset, as: SIMD8<Float>.self), toByteOffset: offset,
                as: SIMD8<Float>.self)
            offset += 32
        }
        if offset + 16 <= bytes {
            to.storeBytes(
                of: from.loadUnaligned(fromByteOffset: offset, as: SIMD4<Float>.self), toByteOffset: offset,
                as: SIMD4<Float>.self)
            offset += 16
        }
        while offset < bytes {
            to.storeBytes(
                of: from.loadUnaligned(fromByteOffset: offset, as: Float.self), toByteOffset: offset,
                as: Float.self)
            offset += 4
        }
    }

    /// Sets `count` floats at `destination` to zero.
    @inline(__always)
    static func zero(_ destination: UnsafeMutablePointer<Float>, _ count: Int) {
        let to = UnsafeMutableRawPointer(destination)
        var offset = 0
        let bytes = count * MemoryLayout<Float>.stride
        while offset + 32 <= bytes {
            to.storeBytes(of: SIMD8<Float>(), toByteOffset: offset, as: SIMD8<Float>.self)
            offset += 32
        }
        while offset < bytes {
            to.storeBytes(of: Float(0), toByteOffset: offset, as: Float.self)
            offset += 4
        }
    }

    /// Adds `count` floats from `source` onto `destination` (non-overlapping), four at a time;
    /// written with explicit SIMD because the compiler cannot rule out aliasing and would keep
    /// the plain loop scalar.
    @inline(__always)
    static func accumulate(
        _ destination: UnsafeMutablePointer<Float>, _ source: UnsafePointer<Float>, _ count: Int
    ) {
        let to = UnsafeMutableRawPointer(destination)
        let from = UnsafeRawPointer(source)
        var offset = 0
        let bytes = count &* MemoryLayout<Float>.stride
        while offset &+ 16 <= bytes {
            let sum =
                to.loadUnaligned(fromByteOffset: offset, as: SIMD4<Float>.self)
                + from.loadUnaligned(fromByteOffset: offset, as: SIMD4<Float>.self)
            to.storeBytes(of: sum, toByteOffset: offset, as: SIMD4<Float>.self)
            offset &+= 16
        }
        while offset < bytes {
            let sum =
                to.loadUnaligned(fromByteOffset: offset, as: Float.self)
                + from.loadUnaligned(fromByteOffset: offset, as: Float.self)
            to.storeBytes(of: sum, toByteOffset: offset, as: Float.self)
            offset &+= 4
        }
    }

    /// The sum of `count` floats, eight lanes at a time (a plain float loop stays scalar because
    /// the compiler may not reorder its additions).
    @inline(__always)
    static func sum(_ source: UnsafePointer<Float>, _ count: Int) -> Float {
        let from = UnsafeRawPointer(source)
        var lanes = SIMD8<Float>()
        var offset = 0
        let bytes = count &* MemoryLayout<Float>.stride
        while offset &+ 32 <= bytes {
            lanes += from.loadUnaligned(fromByteOffset: offset, as: SIMD8<Float>.self)
            offset &+= 32
        }
        var total = lanes.sum()
        while offset < bytes {
            total += from.loadUnaligned(fromByteOffset: offset, as: Float.self)
            offset &+= 4
        }
        return total
    }
}
