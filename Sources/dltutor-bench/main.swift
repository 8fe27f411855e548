// dltutor-bench: performance figures for the engine (and later other subsystems), one JSON
// object per line. Arguments are optional name filters, e.g. `dltutor-bench lenet5`.
let report = BenchmarkReport(filters: Array(CommandLine.arguments.dropFirst()))
runEngineBenchmarks(report)
runRenderBenchmarks(report)
runPlotBenchmarks(report)
runDataBenchmarks(report)
runScriptBenchmarks(report)
runLabBenchmarks(report)
runFashionEpochWithScreenBenchmark(report)
