import Foundation
import TensorEngine
import Testing

@Suite("IDX reader")
struct DataIDXTests {
    @Test("a gzip image file round-trips with its magic, dimensions and bytes")
    func gzipRoundTrip() throws {
        let directory = try DataTestSupport.temporaryDirectory()
        let file = try DataTestSupport.tinyImages(count: 4)
        let path = directory.appendingPathComponent("images.gz").path
        try file.write(to: path, compressed: true)
        let read = try IDXFile.readImages(path: path)
        #expect(read == file)
        #expect(read.magic == IDXFile.imageMagic)
        #expect(read.dimensions == [4, 3, 2])
        // The file on disk really is gzip (magic 1f 8b), not the raw IDX bytes.
        let raw = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(Array(raw.prefix(2)) == [0x1F, 0x8B])
    }

    @Test("a plain uncompressed label file reads too")
    func plainLabels() throws {
        let directory = try DataTestSupport.temporaryDirectory()
        let labels = try IDXFile(dimensions: [5], bytes: [0, 1, 2, 1, 0])
        let path = directory.appendingPathComponent("labels").path
        try labels.write(to: path, compressed: false)
        let read = try IDXFile.readLabels(path: path)
        #expect(read.bytes == [0, 1, 2, 1, 0])
        #expect(read.magic == 0x0000_0801)
    }

    @Test("encoded header is big-endian magic and dimensions")
    func encodedHeader() throws {
        let file = try IDXFile(dimensions: [2, 1, 300], bytes: [UInt8](repeating: 7, count: 600))
        #expect(Array(file.encoded().prefix(16)) == [0, 0, 8, 3, 0, 0, 0, 2, 0, 0, 0, 1, 0, 0, 1, 44])
    }

    @Test("data shorter than the header announces is reported as truncated, naming the file")
    func truncatedData() throws {
        let directory = try DataTestSupport.temporaryDirectory()
        let bytes = try DataTestSupport.tinyImages(count: 4).encoded()
        let path = try DataTestSupport.writeRaw(Array(bytes.dropLast(5)), named: "short.idx", in: directory)
        let error = try #require(throws: DataError.self) { try IDXFile.readImages(path: path) }
        guard case .truncated(let reported, _) = error else {
            Issue.record("expected .truncated, got \(error)")
            return
        }
        #expect(reported == path)
        #expect(error.description.contains("short.idx"))
    }

    @Test("a file cut inside its header is truncated")
    func truncatedHeader() throws {
        let error = try #require(throws: DataError.self) {
            try IDXFile.parse([0, 0, 8, 3, 0, 0], source: "head.idx")
        }
        #expect(error.description.contains("head.idx"))
        if case .truncated = error {} else { Issue.record("expected .truncated, got \(error)") }
    }

    @Test("a gzip stream cut short is reported as truncated")
    func truncatedGzip() throws {
        let directory = try DataTestSupport.temporaryDirectory()
        var generator = RandomGenerator(seed: 5)
        // Random pixels so the compressed stream is long enough to cut in the middle.
        let pixels = (0..<(20 * 28 * 28)).map { _ in UInt8(generator.int(in: 0..<256)) }
        let path = directory.appendingPathComponent("images.gz").path
        try IDXFile(dimensions: [20, 28, 28], bytes: pixels).write(to: path)
        let compressed = try Data(contentsOf: URL(fileURLWithPath: path))
        try compressed.prefix(compressed.count / 2).write(to: URL(fileURLWithPath: path))
        let error = try #require(throws: DataError.self) { try IDXFile.readImages(path: path) }
        if case .truncated = error {} else { Issue.record("expected .truncated, got \(error)") }
    }

    @Test("a wrong magic number is corrupt")
    func wrongMagic() throws {
        var bytes = try DataTestSupport.tinyImages(count: 2).encoded()
        bytes[0] = 0x50
        let error = try #require(throws: DataError.self) { try IDXFile.parse(bytes, source: "x.idx") }
        if case .corrupt = error {} else { Issue.record("expected .corrupt, got \(error)") }
        #expect(error.description.contains("magic"))
    }

    @Test("a label file where images are expected is the wrong kind, and vice versa")
    func wrongKind() throws {
        let directory = try DataTestSupport.temporaryDirectory()
        let labelsPath = directory.appendingPathComponent("labels.gz").path
        try IDXFile(dimensions: [3], bytes: [1, 2, 3]).write(to: labelsPath)
        let imagesPath = directory.appendingPathComponent("images.gz").path
        try DataTestSupport.tinyImages(count: 3).write(to: imagesPath)
        let asImages = try #require(throws: DataError.self) { try IDXFile.readImages(path: labelsPath) }
        let asLabels = try #require(throws: DataError.self) { try IDXFile.readLabels(path: imagesPath) }
        for error in [asImages, asLabels] {
            if case .wrongKind = error {} else { Issue.record("expected .wrongKind, got \(error)") }
        }
        #expect(asImages.description.contains("0x00000803"))
    }

    @Test("absurd dimensions are rejected from the header alone, without allocating")
    func hugeDimensions() throws {
        let header: [UInt8] = [0, 0, 8, 3, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0, 28]
        let error = try #require(throws: DataError.self) { try IDXFile.parse(header, source: "huge.idx") }
        if case .corrupt = error {} else { Issue.record("expected .corrupt, got \(error)") }
    }

    @Test("zero dimensions, too many axes, extra bytes and non-byte types are rejected")
    func otherCorruptions() throws {
        #expect(throws: DataError.self) { try IDXFile.parse([0, 0, 8, 1, 0, 0, 0, 0], source: "zero") }
        #expect(throws: DataError.self) {
            try IDXFile.parse([0, 0, 8, 9] + [UInt8](repeating: 1, count: 40), source: "axes")
        }
        #expect(throws: DataError.self) {
            try IDXFile.parse([0, 0, 8, 1, 0, 0, 0, 2, 5, 6, 7], source: "extra")
        }
        let floats = try #require(throws: DataError.self) {
            try IDXFile.parse([0, 0, 0x0D, 1, 0, 0, 0, 1, 0, 0, 0, 0], source: "floats")
        }
        #expect(floats == .unsupportedType(path: "floats", typeCode: 0x0D))
    }

    @Test("a missing file and a directory give cannotOpen")
    func missingFile() throws {
        let directory = try DataTestSupport.temporaryDirectory()
        let missing = try #require(throws: DataError.self) {
            try IDXFile.read(path: directory.appendingPathComponent("nope.gz").path)
        }
        #expect(missing.description.contains("nope.gz"))
        #expect(throws: DataError.self) { try IDXFile.read(path: directory.path) }
    }

    @Test("images and labels of different lengths do not load as a dataset")
    func mismatchedPair() throws {
        let directory = try DataTestSupport.temporaryDirectory()
        let imagesPath = directory.appendingPathComponent("i.gz").path
        let labelsPath = directory.appendingPathComponent("l.gz").path
        try DataTestSupport.tinyImages(count: 3).write(to: imagesPath)
        try IDXFile(dimensions: [2], bytes: [0, 1]).write(to: labelsPath)
        #expect(throws: DataError.self) {
            try LabeledDataset.loadIDX(
                name: "t", imagesPath: imagesPath, labelsPath: labelsPath, classNames: ["a", "b"])
        }
        try IDXFile(dimensions: [3], bytes: [0, 1, 7]).write(to: labelsPath)
        let badLabel = try #require(throws: DataError.self) {
            try LabeledDataset.loadIDX(
                name: "t", imagesPath: imagesPath, labelsPath: labelsPath, classNames: ["a", "b"])
        }
        #expect(badLabel.description.contains("label 7"))
    }

    @Test("IDX images load as [1, rows, columns] samples scaled to [0, 1]")
    func loadsScaledImages() throws {
        let directory = try DataTestSupport.temporaryDirectory()
        let imagesPath = directory.appendingPathComponent("i.gz").path
        let labelsPath = directory.appendingPathComponent("l.gz").path
        try IDXFile(dimensions: [2, 1, 2], bytes: [0, 255, 51, 102]).write(to: imagesPath)
        try IDXFile(dimensions: [2], bytes: [1, 0]).write(to: labelsPath)
        let dataset = try LabeledDataset.loadIDX(
            name: "t", imagesPath: imagesPath, labelsPath: labelsPath, classNames: ["a", "b"])
        #expect(dataset.sampleShape == [1, 1, 2])
        #expect(dataset.labels == [1, 0])
        #expect(dataset.features == [0, 1, 0.2, 0.4])
    }
}
