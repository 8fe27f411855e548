import Foundation
import TensorEngine

/// A JSON value from the golden fixtures.
indirect enum JSONValue: Sendable, Decodable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let flag = try? container.decode(Bool.self) {
            self = .bool(flag)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else if let text = try? container.decode(String.self) {
            self = .string(text)
        } else if let list = try? container.decode([JSONValue].self) {
            self = .array(list)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    subscript(key: String) -> JSONValue? {
        if case .object(let fields) = self { return fields[key] }
        return nil
    }

    var int: Int? {
        if case .number(let value) = self { return Int(value) }
        return nil
    }

    var float: Float? {
        if case .number(let value) = self { return Float(value) }
        return nil
    }

    var list: [JSONValue]? {
        if case .array(let values) = self { return values }
        return nil
    }

    var isNull: Bool {
        if case .null = self { return true }
        return false
    }
}

/// A shape plus C-order values.
struct GoldenArray: Sendable, Decodable {
    let shape: [Int]
    let data: [Double]

    func tensor() throws -> Tensor {
        try Tensor(shape: shape, data: data.map { Float($0) })
    }
}

/// One fixture case: an op applied to inputs with parameters, and NumPy's answer.
struct GoldenCase: Sendable, Decodable, CustomStringConvertible {
    let name: String
    let op: String
    let inputs: [GoldenArray]
    let params: JSONValue
    let expected: GoldenArray

    var description: String { name }
}

private struct GoldenFile: Decodable {
    let cases: [GoldenCase]
}

enum GoldenFixture {
    /// Reads `Fixtures/<name>.json` from the test bundle.
    static func load(_ name: String) throws -> [GoldenCase] {
        let url =
            Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures")
            ?? Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: "json")
        guard let url else { throw CocoaError(.fileNoSuchFile) }
        return try JSONDecoder().decode(GoldenFile.self, from: Data(contentsOf: url)).cases
    }

    /// The NumPy cases, or an empty list when the fixture is missing (a separate test
    /// fails in that case, so the parameterised test cannot pass vacuously).
    static let numpyCases: [GoldenCase] = (try? load("numpy_golden")) ?? []
}
