import TensorEngine
import TensorScript
import Testing

@Suite struct FormattingTests {
    func printed(_ values: [Float], _ shape: [Int], _ type: String = "float32") throws -> String {
        ScriptValue.tensor(try Tensor(shape: shape, data: values), elementType: type).printed
    }

    @Test func floatArraysUseNumPyPadding() throws {
        #expect(try printed([1, 2.5, 3], [3]) == "[1.  2.5 3. ]")
        #expect(try printed([0, 0.25, 0.5], [3]) == "[0.   0.25 0.5 ]")
        #expect(try printed([-1, 2, -3], [3]) == "[-1.  2. -3.]")
    }

    @Test func scientificNotationWhenNumPyUsesIt() throws {
        #expect(try printed([1e-5, 1], [2]) == "[1.e-05 1.e+00]")
        #expect(try printed([1.5e9, 1], [2]) == "[1.5e+09 1.0e+00]")
    }

    @Test func integerAndBoolArrays() throws {
        #expect(try printed([1, -20, 300], [3], "int64") == "[  1 -20 300]")
        #expect(try printed([1, 0], [2], "bool") == "[ True False]")
    }

    @Test func matricesAlignAcrossRows() throws {
        #expect(try printed([1, 2.5, -3, 4], [2, 2]) == "[[ 1.   2.5]\n [-3.   4. ]]")
    }

    @Test func nonFiniteValues() throws {
        #expect(try printed([1, .infinity, .nan], [3]) == "[ 1. inf nan]")
    }

    @Test func zeroDimensionalArraysPrintAsScalars() throws {
        #expect(try printed([0.1], []) == "0.1")
        #expect(try printed([3], [], "int64") == "3")
    }

    @Test func largeArraysAreSummarised() throws {
        let text = try printed((0..<2000).map(Float.init), [2000], "int64")
        #expect(text == "[   0    1    2 ... 1997 1998 1999]")
    }

    @Test func longRowsWrapAtSeventyFiveColumns() throws {
        let text = try printed((0..<30).map(Float.init), [30], "int64")
        #expect(
            text
                == "[ 0  1  2  3  4  5  6  7  8  9 10 11 12 13 14 15 16 17 18 19 20 21 22 23\n 24 25 26 27 28 29]"
        )
    }

    @Test func pythonScalarsPrintLikePython() {
        #expect(ScriptValue.float(0.1).printed == "0.1")
        #expect(ScriptValue.float(1e16).printed == "1e+16")
        #expect(ScriptValue.float(1e15).printed == "1000000000000000.0")
        #expect(ScriptValue.float(1e-5).printed == "1e-05")
        #expect(ScriptValue.float(2).printed == "2.0")
        #expect(ScriptValue.tuple([.int(2), .int(3)]).printed == "(2, 3)")
        #expect(ScriptValue.tuple([.int(2)]).printed == "(2,)")
        #expect(ScriptValue.list([.string("a"), .bool(true), .none]).printed == "['a', True, None]")
    }
}
