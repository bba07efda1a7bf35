namespace IncrementalExport.Benchmark.Cost;

/// <summary>A kind of source table, by how much it changes and how big it is.</summary>
/// <param name="Name">idle, small or busy.</param>
/// <param name="ChangedBytesPerDay">Bytes of changed items a day (what an incremental export processes).</param>
/// <param name="TableBytes">The table's size (what a full export is billed for).</param>
internal sealed record TableProfile(string Name, double ChangedBytesPerDay, double TableBytes)
{
    public static IReadOnlyList<TableProfile> All { get; } =
    [
        new("idle", 0, 1e9),
        new("small", 200e6, 10e9),
        new("busy", 20e9, 100e9),
    ];
}
