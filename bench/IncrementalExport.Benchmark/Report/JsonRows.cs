using System.Text.Json;
using IncrementalExport.Benchmark.Ticks;

namespace IncrementalExport.Benchmark.Report;

/// <summary>The tick table as JSON rows, one per configuration and phase, for tools that check the figures.</summary>
internal static class JsonRows
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static string Render(IEnumerable<PhaseResult> results) =>
        JsonSerializer.Serialize(results.Select(ToRow).ToList(), Options);

    private static Row ToRow(PhaseResult r) => new(
        r.Config.Tables,
        r.Config.Latency.TotalMilliseconds,
        r.Config.Parallelism,
        r.Phase.ToString(),
        r.Operations.Order(StringComparer.Ordinal).ToDictionary(o => o, r.CallsPerTable, StringComparer.Ordinal),
        r.TotalCallsPerTable,
        r.Wall.TotalMilliseconds,
        r.Cpu.TotalMilliseconds,
        r.Cpu.TotalMilliseconds / r.Config.Tables,
        r.AllocatedBytes,
        (double)r.AllocatedBytes / r.Config.Tables,
        r.LogBytesPerTable,
        r.Samples.Count,
        r.AsExpected,
        r.Outcome);

    private sealed record Row(
        int Tables,
        double LatencyMs,
        int Parallelism,
        string Phase,
        IReadOnlyDictionary<string, double> CallsPerTableByOperation,
        double CallsPerTable,
        double WallMs,
        double CpuMs,
        double CpuMsPerTable,
        long AllocatedBytes,
        double AllocatedBytesPerTable,
        double LogBytesPerTable,
        int Samples,
        bool AsExpected,
        string Outcome);
}
