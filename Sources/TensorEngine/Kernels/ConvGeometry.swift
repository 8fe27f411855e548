import COpenBLAS

/// The sizes of one 2-D convolution over an NCHW batch with an OIHW weight.
///
/// The kernels trust a geometry value: the nn layer validates it (and throws) before calling them.
struct ConvGeometry: Sendable, Equatable {
    /// Images in the batch (N).
    var batch: Int
    /// Input channels (C).
    var inChannels: Int
    /// Input height (H).
    var inHeight: Int
    /// Input width (W).
    var inWidth: Int
    /// Output channels (O), the number of filters.
    var outChannels: Int
    /// Kernel height.
    var kernelHeight: Int
    /// Kernel width.
    var kernelWidth: Int
    /// Vertical stride.
    var strideHeight: Int
    /// Horizontal stride.
    var strideWidth: Int
    /// Zero padding added above and below.
    var padHeight: Int
    /// Zero padding added left and right.
    var padWidth: Int

    /// Output height: `(H + 2·padH − kH) / strideH + 1`.
    var outHeight: Int { (inHeight + 2 * padHeight - kernelHeight) / strideHeight + 1 }
    /// Output width: `(W + 2·padW − kW) / strideW + 1`.
    var outWidth: Int { (inWidth + 2 * padWidth - kernelWidth) / strideWidth + 1 }
    /// Pixels in one input plane.
    var inPlane: Int { inHeight * inWidth }
    /// Pixels in one output plane (P).
    var outPlane: Int { outHeight * outWidth }
    /// Length of one unrolled receptive field, `C·kH·kW` (the GEMM inner dimension K).
    var patchSize: Int { inChannels * kernelHeight * kernelWidth }
    /// Columns of the batched im2col matrix, `N·P`.
    var columnCount: Int { batch * outPlane }

    /// Multiply-adds of one image's GEMM, `O·P·K` (the same for all three GEMMs).
    var gemmWorkPerImage: Int { outChannels * outPlane * patchSize }
    /// Whether to run one GEMM per image, the batch split over the kernel workers.
    ///
    /// That is right whenever each GEMM runs on its calling thread: always when OpenBLAS is
    /// single-threaded, and otherwise for GEMMs with `M·N·K ≤ 65536·4`, which OpenBLAS does not
    /// thread. Larger convolutions with a threaded OpenBLAS use one batched GEMM instead, so two
    /// workers never contend for BLAS's thread pool.
    var prefersPerImageGemm: Bool {
        gemmWorkPerImage <= 262_144 || openblas_get_num_threads() <= 1
    }
}
