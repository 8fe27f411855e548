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

    @Test("the augmentation lab's small subset has the requested count per class, deterministically")
    func smallSubset() throws {
        let training = try SyntheticDataset.blobs(centers: 3).generate(
            pointsPerClass: 20, noise: 0.1, seed: 1)
        let small = try LabPresets.smallTrainingSubset(of: training, perClass: 4)
        #expect(small.countsPerClass() == [4, 4, 4])
        #expect(try LabPresets.smallTrainingSubset(of: training, perClass: 4).features == small.features)
        #expect(throws: DataError.self) { try LabPresets.smallTrainingSubset(of: training, perClass: 21) }
        #expect(LabPresets.augmentationComparison(augmented: true).configuration.augmentation == .digits)
        #expect(LabPresets.augmentationComparison(augmented: false).configuration.augmentation == nil)
    }
}
