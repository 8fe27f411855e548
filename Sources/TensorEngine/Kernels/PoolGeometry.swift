/// The sizes of one 2-D pooling over an NCHW batch (no padding; windows that would run past the
/// edge are dropped, as in PyTorch with `ceil_mode=False`).
struct PoolGeometry: Sendable, Equatable {
    /// Number of independent planes, `N·C`.
    var planes: Int
    /// Input height.
    var inHeight: Int
    /// Input width.
    var inWidth: Int
    /// Window height.
    var kernelHeight: Int
    /// Window width.
    var kernelWidth: Int
    /// Vertical stride.
    var strideHeight: Int
    /// Horizontal stride.
    var strideWidth: Int

    /// Output height: `(H − kH) / strideH + 1`.
    var outHeight: Int { (inHeight - kernelHeight) / strideHeight + 1 }
    /// Output width: `(W − kW) / strideW + 1`.
    var outWidth: Int { (inWidth - kernelWidth) / strideWidth + 1 }
    /// Pixels in one input plane.
    var inPlane: Int { inHeight * inWidth }
    /// Pixels in one output plane.
    var outPlane: Int { outHeight * outWidth }
}
