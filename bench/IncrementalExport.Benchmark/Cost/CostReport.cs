using System.Text;
using IncrementalExport.Benchmark.Freshness;
using IncrementalExport.Benchmark.Report;
using IncrementalExport.Benchmark.Ticks;

namespace IncrementalExport.Benchmark.Cost;

/// <summary>The cost section: per table per month for each measured table count, next to Step Functions at the same cadence.</summary>
internal static class CostReport
{
    private const int StepFunctionsTransitionsPerRun = 25;
    private static readonly TimeSpan ExportDuration = TimeSpan.FromMinutes(5);

    public static string Render(
        IReadOnlyList<PhaseResult> results,
        IReadOnlyList<(FreshnessResult Full, FreshnessResult NoMargin, FreshnessResult NoMarginEveryMinute)> freshness,
        IReadOnlyDictionary<TickConfig, ItemSizes> itemSizes)
    {
        var prices = Prices.UsEast1;
        var latency = results.Max(r => r.Config.Latency);
        var measured = results.Where(r => r.Config.Latency == latency).GroupBy(r => r.Config.Tables)
            .Select(g => g.Where(r => r.Config.Parallelism == g.Min(x => x.Config.Parallelism)).ToList())
            .OrderBy(g => g[0].Config.Tables).ToList();
        var largestItem = itemSizes.Values.Select(s => Math.Max(s.StateBytes, s.HistoryBytes)).DefaultIfEmpty(0).Max();
        var writeUnits = (int)Math.Max(1, Math.Ceiling(largestItem / 1024.0));
        var text = new StringBuilder()
            .AppendLine("## Cost per table per month (USD)")
            .AppendLine()
            .AppendLine($"us-east-1 list prices as of {prices.AsOf} (check https://aws.amazon.com/pricing): Lambda arm64 "
                + $"${prices.LambdaArmPerGbSecond}/GB-s and ${prices.LambdaPerMillionRequests}/million requests; EventBridge Scheduler "
                + $"${prices.SchedulerPerMillionInvocations}/million invocations (14 million a month free); DynamoDB on-demand "
                + $"${prices.ReadRequestUnitPerMillion}/million RRU, ${prices.WriteRequestUnitPerMillion}/million WRU; KMS "
                + $"${prices.KmsPer10KRequests}/10,000 requests (20,000 a month free) and ${prices.KmsKeyPerMonth}/month per key; "
                + $"CloudWatch Logs ingestion ${prices.LogsIngestionPerGb}/GB (5 GB a month free); Step Functions Standard "
                + $"${prices.StepFunctionsPer1000Transitions}/1,000 transitions (4,000 a month free). Free tiers are not deducted below.")
            .AppendLine()
            .AppendLine($"Tick mix from the freshness simulation (export duration {ExportDuration.TotalMinutes:0} min, {CostInputs.HoursPerMonth:0} h a month); "
                + $"calls, log bytes and tick wall time measured above at {latency.TotalMilliseconds:0} ms per call and the lowest parallelism run. "
                + $"Largest state-table item measured: {largestItem} bytes, so {writeUnits} WRU per PutItem and 1 RRU per "
                + "strongly consistent GetItem (up to 4 KB). DescribeContinuousBackups, DescribeExport, DescribeTable and "
                + "ExportTableToPointInTime requests carry no request charge. KMS: DynamoDB caches the state table's key, so about one "
                + "request per tick is assumed (an estimate, not measured); the key itself costs "
                + $"${prices.KmsKeyPerMonth}/month per environment. Not included: Lambda's own START/END/REPORT log lines, cold-start "
                + "init time, and the export charges below.")
            .AppendLine();
        foreach (var (window, schedule) in FreshnessReport.Cadences.Where(c => c.Window == 15))
        {
            var mix = freshness.Select(f => f.Full).Single(f =>
                f.Case.WindowMinutes == window && f.Case.ScheduleMinutes == schedule && f.Case.ExportDuration == ExportDuration);
            var perMonth = mix.TicksPerDay.ToDictionary(k => k.Key, k => k.Value * CostInputs.HoursPerMonth / 24);
            text.AppendLine(Render(window, schedule, perMonth, measured, writeUnits, prices)).AppendLine();
        }

        return text
            .AppendLine("Export charges are the same whichever orchestrator starts the exports, so they are left out above: the full export "
                + "(per GB of table size), each incremental export (per GB of changed data processed), the S3 PUT requests and storage "
                + "of the exported files, and the KMS requests S3 makes for SSE-KMS on those files (fewer with the bucket key). "
                + "PITR itself is billed per GB-month of table size.")
            .ToString();
    }

    private static string Render(
        int window, int schedule, Dictionary<Phase, double> ticksPerMonth, List<List<PhaseResult>> measured, int writeUnits, Prices prices)
    {
        var headers = new List<string> { "Item" };
        headers.AddRange(measured.Select(m => $">{m[0].Config.Tables} tables"));
        var table = new MarkdownTable([.. headers]);
        var lines = measured.Select(m => CostModel.PerTablePerMonth(Inputs(m, schedule, ticksPerMonth, writeUnits), prices)).ToList();
        for (var i = 0; i < lines[0].Count; i++)
        {
            var row = new List<string> { $"{lines[0][i].Item} ({lines[0][i].Unit})" };
            row.AddRange(lines.Select(l => $"{Format.Number(l[i].Quantity, l[i].Quantity < 10 ? 2 : 0)} = {Format.Dollars(l[i].Dollars)}"));
            table.Add([.. row]);
        }

        var total = new List<string> { "**Total per table (list prices)**" };
        total.AddRange(lines.Select(l => $"**{Format.Dollars(l.Sum(x => x.Dollars))}**"));
        table.Add([.. total]);
        var runsPerHour = 60.0 / schedule;
        var stepFunctions = CostModel.StepFunctionsPerTablePerMonth(runsPerHour, StepFunctionsTransitionsPerRun, prices);
        var comparison = new List<string> { $"Step Functions Standard, same cadence ({runsPerHour:0} runs/h × {StepFunctionsTransitionsPerRun} transitions)" };
        comparison.AddRange(measured.Select(_ => Format.Dollars(stepFunctions)));
        table.Add([.. comparison]);
        return $"### Window {window} min, schedule every {schedule} min\n\n{table}";
    }

    private static CostInputs Inputs(List<PhaseResult> results, int schedule, Dictionary<Phase, double> ticksPerMonth, int writeUnits) => new(
        results[0].Config.Tables,
        schedule,
        ticksPerMonth,
        results.ToDictionary(
            r => r.Phase,
            r => new TickFigures(r.CallsPerTable("GetItem"), r.CallsPerTable("PutItem"), r.Wall, r.LogBytesPerTable)),
        writeUnits);
}
