namespace IncrementalExport.Benchmark.Ticks;

/// <summary>The median of the measured ticks of one phase in one configuration.</summary>
internal sealed record PhaseResult(TickConfig Config, Phase Phase, IReadOnlyList<TickSample> Samples)
{
    public TimeSpan Wall => TimeSpan.FromTicks(Stats.Median(Samples.Select(s => s.Wall.Ticks)));

    public TimeSpan Cpu => TimeSpan.FromTicks(Stats.Median(Samples.Select(s => s.Cpu.Ticks)));

    public long AllocatedBytes => Stats.Median(Samples.Select(s => s.AllocatedBytes));

    public double LogBytesPerTable => (double)Stats.Median(Samples.Select(s => s.LogBytes)) / Config.Tables;

    public bool AsExpected => Samples.All(s => s.AsExpected);

    public string Outcome => string.Join("; ", Samples.Select(s => s.Outcome).Distinct());

    /// <summary>Calls per table per tick of <paramref name="operation"/> (the median over the samples).</summary>
    public double CallsPerTable(string operation) =>
        (double)Stats.Median(Samples.Select(s => s.Calls.GetValueOrDefault(operation))) / Config.Tables;

    /// <summary>All calls per table per tick.</summary>
    public double TotalCallsPerTable => (double)Stats.Median(Samples.Select(s => s.Calls.Values.Sum())) / Config.Tables;

    /// <summary>Every operation any sample called.</summary>
    public IEnumerable<string> Operations => Samples.SelectMany(s => s.Calls.Keys).Distinct(StringComparer.Ordinal);
}
