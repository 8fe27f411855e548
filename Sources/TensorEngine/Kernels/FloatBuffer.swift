/// A heap block of floats owned by one object, freed when the object dies.
///
/// Kernels keep intermediate results here (the im2col matrix saved for backward, pooling
/// indices) without going through `Tensor`, so autograd closures can hold them cheaply.
final class FloatBuffer: @unchecked Sendable {
    /// The first element; valid for `count` floats until the buffer is released.
    let pointer: UnsafeMutablePointer<Float>
    /// Number of floats.
    let count: Int

    /// Allocates `count` uninitialised floats (at least one, so the pointer is always valid).
    init(count: Int) {
        self.count = count
        pointer = UnsafeMutablePointer<Float>.allocate(capacity: max(count, 1))
    }

    deinit {
        pointer.deallocate()
    }
}

/// A heap block of 32-bit indices (the argmax positions of max pooling).
final class IndexBuffer: @unchecked Sendable {
    /// The first element; valid for `count` indices.
    let pointer: UnsafeMutablePointer<Int32>
    /// Number of indices.
    let count: Int

    /// Allocates `count` uninitialised indices.
    init(count: Int) {
        self.count = count
        pointer = UnsafeMutablePointer<Int32>.allocate(capacity: max(count, 1))
    }

    deinit {
        pointer.deallocate()
    }
}
