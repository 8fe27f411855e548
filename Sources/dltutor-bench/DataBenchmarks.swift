func runDataBenchmarks(_ report: BenchmarkReport) {}
