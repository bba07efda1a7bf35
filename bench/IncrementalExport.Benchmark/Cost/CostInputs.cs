using IncrementalExport.Benchmark.Ticks;

namespace IncrementalExport.Benchmark.Cost;

/// <summary>
/// Measured figures of one kind of tick: state items read (each billed as one strongly consistent read, also inside a
/// BatchGetItem), PutItems and log bytes per table, and the wall time of the whole tick.
/// </summary>
internal sealed record TickFigures(double ItemReadsPerTable, double PutItemPerTable, TimeSpan WallPerTick, double LogBytesPerTable);

/// <summary>What the cost of one table in an environment of <paramref name="Tables"/> tables is computed from.</summary>
/// <param name="Tables">Tables the one schedule and function serve.</param>
/// <param name="ScheduleMinutes">The schedule's period.</param>
/// <param name="TicksPerTablePerMonth">How many ticks a month do what, for one table (from the freshness simulation).</param>
/// <param name="Figures">The measured figures per kind of tick, for <paramref name="Tables"/> tables.</param>
/// <param name="WriteUnitsPerPut">WRUs per PutItem (items up to 1 KB take one).</param>
/// <param name="MemoryMb">The function's memory size.</param>
/// <param name="KmsRequestsPerTick">KMS requests DynamoDB makes for the state table per tick (an estimate: it caches the table key).</param>
/// <param name="Design">The stack's fixed monitoring and keys; null for <see cref="StackDesign.Default"/>.</param>
/// <param name="InvocationsPerMonth">
/// Invocations a month when the function wakes itself (the wake-up simulation); null for one per
/// <paramref name="ScheduleMinutes"/> (a fixed rate schedule).
/// </param>
internal sealed record CostInputs(
    int Tables,
    int ScheduleMinutes,
    IReadOnlyDictionary<Phase, double> TicksPerTablePerMonth,
    IReadOnlyDictionary<Phase, TickFigures> Figures,
    int WriteUnitsPerPut = 1,
    int MemoryMb = 512,
    double KmsRequestsPerTick = 1,
    StackDesign? Design = null,
    double? InvocationsPerMonth = null)
{
    public StackDesign Stack => Design ?? StackDesign.Default;

    /// <summary>Hours in the month the prices are quoted for.</summary>
    public const double HoursPerMonth = 730;

    public double TicksPerMonth => InvocationsPerMonth ?? HoursPerMonth * 60 / ScheduleMinutes;
}
