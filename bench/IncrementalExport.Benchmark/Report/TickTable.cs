using IncrementalExport.Benchmark.Ticks;

namespace IncrementalExport.Benchmark.Report;

/// <summary>The benchmark's main table: one row per configuration and phase.</summary>
internal static class TickTable
{
    /// <summary>The operations in the order a tick calls them, with their column names.</summary>
    public static readonly (string Operation, string Column)[] Operations =
    [
        ("BatchGetItem", "BatchGetItem"),
        ("GetItem", "GetItem"),
        ("DescribeExport", "DescribeExport"),
        ("DescribeContinuousBackups", "DescribeContinuousBackups"),
        ("PutItem", "PutItem"),
        ("DescribeTable", "DescribeTable"),
        ("ExportTableToPointInTime", "ExportTableToPointInTime"),
    ];

    public static string Render(IEnumerable<PhaseResult> results)
    {
        var list = results.ToList();
        var others = list.SelectMany(r => r.Operations).Distinct(StringComparer.Ordinal)
            .Where(o => Operations.All(k => k.Operation != o)).Order(StringComparer.Ordinal).ToList();
        var headers = new List<string> { ">Tables", ">Latency ms", ">Parallelism", "Phase" };
        headers.AddRange(Operations.Select(o => ">" + o.Column));
        headers.AddRange(others.Select(o => ">" + o));
        headers.AddRange([">Calls/table", ">Wall ms", ">CPU ms", ">Alloc MB", ">Alloc KB/table", ">Log B/table", "Tables did"]);
        var table = new MarkdownTable([.. headers]);
        foreach (var r in list)
        {
            var cells = new List<string>
            {
                r.Config.Tables.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Format.Number(r.Config.Latency.TotalMilliseconds, 0),
                r.Config.Parallelism.ToString(System.Globalization.CultureInfo.InvariantCulture),
                r.Phase.ToString(),
            };
            cells.AddRange(Operations.Select(o => Format.Number(r.CallsPerTable(o.Operation))));
            cells.AddRange(others.Select(o => Format.Number(r.CallsPerTable(o))));
            cells.AddRange(
            [
                Format.Number(r.TotalCallsPerTable),
                Format.Milliseconds(r.Wall),
                Format.Milliseconds(r.Cpu),
                Format.Megabytes(r.AllocatedBytes),
                Format.Number(r.AllocatedBytes / 1024.0 / r.Config.Tables, 1),
                Format.Number(r.LogBytesPerTable, 0),
                (r.AsExpected ? "" : "UNEXPECTED: ") + r.Outcome,
            ]);
            table.Add([.. cells]);
        }

        return table.ToString();
    }
}
