import TensorEngine
import Testing

@Suite("Forward values against NumPy")
struct GoldenNumpyTests {
    @Test func fixtureIsPresent() throws {
        let cases = try GoldenFixture.load("numpy_golden")
        #expect(cases.count > 200)
    }

    @Test(arguments: GoldenFixture.numpyCases)
    func matchesNumPy(_ golden: GoldenCase) throws {
        let inputs = try golden.inputs.map { try $0.tensor() }
        let result = try GoldenNumpyTests.evaluate(golden, inputs)
        #expect(result.shape == golden.expected.shape, "\(golden.name)")
        let loose = ["svd_s", "eigh_values", "inv", "det", "normOrd", "var", "std", "matmul", "pow"].contains(
            golden.op)
        let matches = Check.close(
            result.toArray(), golden.expected.data.map { Float($0) },
            relative: loose ? 1e-3 : 1e-4, absolute: loose ? 1e-4 : 1e-5)
        #expect(
            matches,
            "\(golden.name): got \(result.toArray().prefix(8)) expected \(golden.expected.data.prefix(8))")
    }

    /// Runs the op a fixture case names.
    static func evaluate(_ golden: GoldenCase, _ inputs: [Tensor]) throws -> Tensor {
        let params = golden.params
        let axes = params["axis"].flatMap { value -> [Int]? in
            if let single = value.int { return [single] }
            return value.list?.compactMap(\.int)
        }
        let keepDims = params["keepDims"].map { if case .bool(true) = $0 { true } else { false } } ?? false
        let a = inputs[0]
        switch golden.op {
        case "add": return try a.add(inputs[1])
        case "sub": return try a.sub(inputs[1])
        case "mul": return try a.mul(inputs[1])
        case "div": return try a.div(inputs[1])
        case "pow": return try a.pow(inputs[1])
        case "maximum": return try a.maximum(inputs[1])
        case "minimum": return try a.minimum(inputs[1])
        case "eq": return try a.eq(inputs[1])
        case "ne": return try a.ne(inputs[1])
        case "lt": return try a.lt(inputs[1])
        case "le": return try a.le(inputs[1])
        case "gt": return try a.gt(inputs[1])
        case "ge": return try a.ge(inputs[1])
        case "floorDivide": return try a.floorDivide(inputs[1])
        case "mod": return try a.mod(inputs[1])
        case "round": return a.round()
        case "floor": return a.floor()
        case "ceil": return a.ceil()
        case "sign": return a.sign()
        case "logicalAnd": return try a.logicalAnd(inputs[1])
        case "logicalOr": return try a.logicalOr(inputs[1])
        case "logicalNot": return a.logicalNot()
        case "any": return try a.any(axis: axes, keepDims: keepDims)
        case "all": return try a.all(axis: axes, keepDims: keepDims)
        case "isClose": return try a.isClose(inputs[1])
        case "logSumExp": return try a.logSumExp(axis: axes?.first ?? -1)
        case "sort": return try a.sort(axis: axes?.first ?? -1)
        case "argsort": return try a.argsort(axis: axes?.first ?? -1)
        case "roundedToFloat16": return a.roundedToFloat16()
        case "roundedToBFloat16": return a.roundedToBFloat16()
        case "trunc": return a.trunc()
        case "exp": return a.exp()
        case "log": return a.log()
        case "sqrt": return a.sqrt()
        case "tanh": return a.tanh()
        case "abs": return a.abs()
        case "square": return a.square()
        case "sin": return a.sin()
        case "cos": return a.cos()
        case "relu": return a.relu()
        case "neg": return a.neg()
        case "sigmoid": return a.sigmoid()
        case "sum": return try a.sum(axis: axes, keepDims: keepDims)
        case "mean": return try a.mean(axis: axes, keepDims: keepDims)
        case "var": return try a.variance(axis: axes, keepDims: keepDims, ddof: params["ddof"]?.int ?? 0)
        case "std": return try a.std(axis: axes, keepDims: keepDims, ddof: params["ddof"]?.int ?? 0)
        case "cumsum": return try a.cumsum(axis: axes?.first)
        case "diag": return try a.diag()
        case "trace": return try a.trace()
        case "max": return try a.max(axis: axes, keepDims: keepDims)
        case "min": return try a.min(axis: axes, keepDims: keepDims)
        case "argmax": return try a.argmax(axis: axes?.first, keepDims: keepDims)
        case "argmin": return try a.argmin(axis: axes?.first, keepDims: keepDims)
        case "softmax": return try a.softmax(axis: axes?.first ?? -1)
        case "logSoftmax": return try a.logSoftmax(axis: axes?.first ?? -1)
        case "matmul": return try a.matmul(inputs[1])
        case "dot": return try a.dot(inputs[1])
        case "outer": return try a.outer(inputs[1])
        case "reshape": return try a.reshape(params["shape"]?.list?.compactMap(\.int) ?? [])
        case "transpose": return a.transpose()
        case "permute": return try a.permute(params["axes"]?.list?.compactMap(\.int) ?? [])
        case "expandDims": return try a.expandDims(axis: axes?.first ?? 0)
        case "squeeze": return try a.squeeze(axis: axes?.first)
        case "concatenate": return try Tensor.concatenate(inputs, axis: axes?.first ?? 0)
        case "stack": return try Tensor.stack(inputs, axis: axes?.first ?? 0)
        case "pad":
            let widths = (params["widths"]?.list ?? []).map { pair in
                (before: pair.list?.first?.int ?? 0, after: pair.list?.last?.int ?? 0)
            }
            return try a.pad(widths, value: params["value"]?.float ?? 0)
        case "where": return try Tensor.where(inputs[0], inputs[1], inputs[2])
        case "clip": return try a.clip(min: params["min"]?.float, max: params["max"]?.float)
        case "broadcastTo": return try a.broadcastTo(params["shape"]?.list?.compactMap(\.int) ?? [])
        case "index": return try a.index(decodeIndex(params["index"]))
        case "indexGrad":
            let x = a.copy()
            x.requiresGrad = true
            try x.index(decodeIndex(params["index"])).mul(inputs[1]).sum().backward()
            return x.grad ?? Tensor.zerosLike(x)
        case "indexError":
            // NumPy raised IndexError for this expression; the engine must throw as well.
            let items = try decodeIndex(params["index"])
            #expect(throws: TensorError.self, "\(golden.name)") { try a.index(items) }
            return Tensor([])
        case "assign":
            let target = a.copy()
            try target.assign(decodeIndex(params["index"]), value: inputs[1])
            return target
        case "svd_s": return try a.svd().s
        case "eigh_values": return try a.eigh().values
        case "inv": return try a.inv()
        case "det": return try a.det()
        case "norm": return try a.norm(axis: axes)
        case "normOrd":
            guard case .string(let text) = params["ord"], let order = Float(text) else {
                Issue.record("bad ord parameter")
                return a
            }
            return try a.norm(ord: order, axis: axes?.first)
        default:
            Issue.record("unknown golden op \(golden.op)")
            return a
        }
    }

    static func decodeIndex(_ value: JSONValue?) throws -> [TensorIndex] {
        try (value?.list ?? []).map { item in
            if let position = item["int"]?.int { return .int(position) }
            if let parts = item["slice"]?.list {
                return .range(start: parts[0].int, stop: parts[1].int, step: parts[2].int)
            }
            if item["newaxis"] != nil { return .newAxis }
            if item["ellipsis"] != nil { return .ellipsis }
            if let array = item["indices"] { return .indices(try decodeArray(array)) }
            if let array = item["mask"] { return .mask(try decodeArray(array)) }
            Issue.record("unknown index item")
            return .newAxis
        }
    }

    static func decodeArray(_ value: JSONValue) throws -> Tensor {
        let shape = value["shape"]?.list?.compactMap(\.int) ?? []
        let data = value["data"]?.list?.compactMap(\.float) ?? []
        return try Tensor(shape: shape, data: data)
    }
}
