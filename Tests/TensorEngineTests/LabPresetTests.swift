import TensorEngine
import Testing

@Suite("Lab presets")
struct LabPresetTests {
    @Test(
        "the synthetic-set MLP preset reaches its 95% target on held-out points",
        arguments: [SyntheticDataset.spirals(arms: 2), .moons, .circles, .xor])
    func syntheticPresetReachesTarget(dataset: SyntheticDataset) throws {
        let preset = LabPresets.synthetic(dataset)
        let model = try preset.makeModel()
        let trainer = Trainer(
            model: model, optimizer: try preset.makeOptimizer(for: model),
            training: try dataset.generate(pointsPerClass: 200, noise: 0.05, seed: 1),
            validation: try dataset.generate(pointsPerClass: 100, noise: 0.05, seed: 2),
            configuration: preset.configuration)
        let result = try trainer.run()
        #expect(result.stopReason == .targetReached(accuracy: try #require(result.validationAccuracy)))
        #expect(try #require(result.validationAccuracy) >= 0.95)
    }

    @Test("image presets build their models and optimizers")
    func imagePresets() throws {
        for preset in [LabPresets.mnistLeNet5, LabPresets.fashionLeNet5, LabPresets.mnistSmallResNet] {
            let model = try preset.makeModel()
            let optimizer = try preset.makeOptimizer(for: model)
            #expect(optimizer.learningRate == preset.learningRate)
            #expect(preset.configuration.targetAccuracy != nil)
        }
    }
}
