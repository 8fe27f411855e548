import Foundation
import TensorEngine
import Testing

/// One `.npy` file written by NumPy and the values it holds.
struct NPYCase: Sendable, Decodable, CustomStringConvertible {
    let name: String
    let npy: String
    let exact: Bool
    let expected: GoldenArray

    var description: String { name }

    var bytes: [UInt8] { [UInt8](Data(base64Encoded: npy) ?? Data()) }

    static let all: [NPYCase] = {
        struct File: Decodable { let cases: [NPYCase] }
        guard
            let url = Bundle.module.url(
                forResource: "numpy_npy", withExtension: "json", subdirectory: "Fixtures"),
            let data = try? Data(contentsOf: url)
        else { return [] }
        return (try? JSONDecoder().decode(File.self, from: data).cases) ?? []
    }()
}

@Suite("NumPy .npy files")
struct CoreNPYTests {
    @Test func fixtureIsPresent() {
        #expect(NPYCase.all.count >= 20)
    }

    @Test(arguments: NPYCase.all)
    func readsWhatNumPyWrote(_ npyCase: NPYCase) throws {
        let tensor = try Tensor(npy: npyCase.bytes)
        #expect(tensor.shape == npyCase.expected.shape)
        #expect(tensor.toArray() == npyCase.expected.data.map { Float($0) })
    }

    @Test(arguments: NPYCase.all.filter(\.exact))
    func writesTheSameBytesAsNumPy(_ npyCase: NPYCase) throws {
        let tensor = try npyCase.expected.tensor()
        #expect(tensor.npyBytes() == npyCase.bytes)
    }

    @Test func roundTripsThroughAFile() throws {
        var generator = RandomGenerator(seed: 4)
        let tensor = try Tensor.randn([3, 2, 5], using: &generator)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("engine-core-\(UUID()).npy")
        defer { try? FileManager.default.removeItem(at: url) }
        try tensor.saveNPY(to: url)
        let loaded = try Tensor(npyContentsOf: url)
        #expect(loaded.shape == tensor.shape)
        #expect(loaded.toArray().map(\.bitPattern) == tensor.toArray().map(\.bitPattern))
    }

    @Test func malformedFilesThrow() throws {
        let good = try Tensor.ones([2, 2]).npyBytes()
        #expect(throws: TensorError.self) { try Tensor(npy: []) }
        #expect(throws: TensorError.self) { try Tensor(npy: Array("not numpy".utf8)) }
        #expect(throws: TensorError.self) { try Tensor(npy: Array(good.dropLast(3))) }
        #expect(throws: TensorError.self) { try Tensor(npy: Array(good.prefix(20))) }
        // Change the dtype from '<f4' to '<c4' (complex), which the reader does not support.
        var badType = good
        let marker = Array("<f4".utf8)
        let position = try #require((0..<(good.count - 2)).first { Array(good[$0..<($0 + 3)]) == marker })
        badType[position + 1] = UInt8(ascii: "c")
        #expect(throws: TensorError.self) { try Tensor(npy: badType) }
        #expect(throws: TensorError.self) {
            try Tensor(npyContentsOf: URL(fileURLWithPath: "/nonexistent/engine-core.npy"))
        }
    }
}
