namespace IncrementalExport.Benchmark.Ticks;

/// <summary>One benchmark configuration: table count, injected latency per call, engine parallelism.</summary>
internal sealed record TickConfig(int Tables, TimeSpan Latency, int Parallelism);
