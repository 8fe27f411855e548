/// An N-dimensional float32 array with NumPy semantics and reverse-mode autograd.
///
/// Storage is contiguous and row-major. A tensor's values never change after an op creates
/// it, except through the documented in-place APIs (`withUnsafeMutableBufferPointer`,
/// `assign`), which exist for optimizers and the TensorScript interpreter.
public final class Tensor: @unchecked Sendable {
    /// The size of each axis; `[]` for a scalar.
    public let shape: [Int]
    /// Number of elements (the product of `shape`).
    public let count: Int
    /// Whether autograd tracks operations on this tensor. Set it on leaves (parameters).
    public var requiresGrad: Bool
    /// The accumulated gradient after `backward()`, same shape as the tensor.
    public var grad: Tensor?
    /// The flat buffer holding the values.
    let storage: TensorStorage
    /// The node that produced this tensor, when it was computed with grad tracking.
    var gradFn: GradFn?
    /// Whether `backward()` should also store this (non-leaf) tensor's gradient in `.grad`,
    /// like PyTorch's `retain_grad()`; used to show gradients on every node of a graph.
    public var retainsGrad = false

    /// Number of axes.
    public var ndim: Int { shape.count }

    /// Name of the operation that produced this tensor (for showing graphs), `nil` for leaves.
    public var gradFnName: String? { gradFn?.name }

    /// Whether this tensor was created by the user rather than computed by a tracked op.
    public var isLeaf: Bool { gradFn == nil }

    /// Wraps existing storage. `storage.count` must equal the shape's element count.
    init(shape: [Int], storage: TensorStorage, requiresGrad: Bool = false) {
        self.shape = shape
        self.count = Shape.count(shape)
        self.storage = storage
        self.requiresGrad = requiresGrad
    }

    /// Creates a tensor from a shape and its values in row-major order.
    public convenience init(shape: [Int], data: [Float], requiresGrad: Bool = false) throws {
        try Shape.validate(shape, op: "Tensor")
        let expected = Shape.count(shape)
        guard expected == data.count else {
            throw TensorError.invalidShape(
                "cannot make a tensor of shape \(formatShape(shape)) (\(expected) elements) "
                    + "from \(data.count) values")
        }
        let storage = TensorStorage(count: expected)
        data.withUnsafeBufferPointer { source in
            if let base = source.baseAddress { storage.pointer.update(from: base, count: expected) }
        }
        self.init(shape: shape, storage: storage, requiresGrad: requiresGrad)
    }

    /// Creates a 0-dimensional tensor holding one value.
    public convenience init(scalar: Float, requiresGrad: Bool = false) {
        let storage = TensorStorage(count: 1)
        storage.pointer[0] = scalar
        self.init(shape: [], storage: storage, requiresGrad: requiresGrad)
    }

    /// Creates a 1-D tensor from values.
    public convenience init(_ values: [Float], requiresGrad: Bool = false) {
        let storage = TensorStorage(count: values.count)
        values.withUnsafeBufferPointer { source in
            if let base = source.baseAddress { storage.pointer.update(from: base, count: values.count) }
        }
        self.init(shape: [values.count], storage: storage, requiresGrad: requiresGrad)
    }

    /// A tensor of the given shape whose values are not yet written. Kernels fill it.
    static func uninitialized(_ shape: [Int]) -> Tensor {
        Tensor(shape: shape, storage: TensorStorage(count: Shape.count(shape)))
    }

    /// A zero-filled tensor without shape validation, for kernels that know the shape is valid.
    static func zerosUnchecked(_ shape: [Int]) -> Tensor {
        let result = uninitialized(shape)
        result.storage.pointer.initialize(repeating: 0, count: result.count)
        return result
    }
}
