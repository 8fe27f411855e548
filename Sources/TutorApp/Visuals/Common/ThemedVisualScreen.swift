import Plot

/// A lesson visual whose plots take a theme, so the factories and the replay player can pass on
/// the terminal's (monochrome under NO_COLOR, where half-block images and coloured curves would
/// otherwise lose what tells them apart).
protocol ThemedVisualScreen: VisualScreen {
    /// Colours and markers for the plots.
    var theme: PlotTheme { get set }
}

extension LinearMapScreen: ThemedVisualScreen {}
extension SVDDigitScreen: ThemedVisualScreen {}
extension SamplingHistogramScreen: ThemedVisualScreen {}
extension LikelihoodScreen: ThemedVisualScreen {}
extension SoftmaxTemperatureScreen: ThemedVisualScreen {}
extension ComputationalGraphScreen: ThemedVisualScreen {}
extension SlidingKernelScreen: ThemedVisualScreen {}
extension AugmentationPreviewScreen: ThemedVisualScreen {}
extension ClassifierPlaygroundScreen: ThemedVisualScreen {}
extension GradientFlowScreen: ThemedVisualScreen {}
extension DigitCNNScreen: ThemedVisualScreen {}
