using System.Text;
using IncrementalExport.Benchmark.Freshness;
using IncrementalExport.Benchmark.Report;
using IncrementalExport.Benchmark.Ticks;
using IncrementalExport.Core.Settings;

namespace IncrementalExport.Benchmark.Cost;

/// <summary>
/// The cost section: per table per month, for each measured table count and three table profiles, the orchestration
/// (what the stack runs) apart from the export charges, next to a Step Functions peer at the same cadence.
/// </summary>
internal static class CostReport
{
    private const int StepFunctionsTransitionsPerRun = 25;
    private const int ScheduleMinutes = 15;
    private static readonly TimeSpan ExportDuration = TimeSpan.FromMinutes(5);

    public static string Render(IReadOnlyList<PhaseResult> results, IReadOnlyDictionary<TickConfig, ItemSizes> itemSizes)
    {
        var prices = Prices.UsEast1;
        var measured = Measured(results);
        var largestItem = itemSizes.Values.Select(s => Math.Max(s.StateBytes, s.HistoryBytes)).DefaultIfEmpty(0).Max();
        var writeUnits = (int)Math.Max(1, Math.Ceiling(largestItem / 1024.0));
        var cases = (from profile in TableProfile.All
                     from window in new[] { 15, ExportCost.AdaptiveWindowMinutes(profile, prices) }.Distinct()
                     select (Profile: profile, Window: window)).ToList();
        var mixes = cases.Select(c => c.Window).Distinct().ToDictionary(w => w, TickMix);
        var orchestration = new MarkdownTable(["Profile", "Windows", .. measured.Select(m => $">{m[0].Config.Tables:N0} tables"), ">Step Functions peer"]);
        var exports = new MarkdownTable("Profile", "Windows", ">Exports/month", ">Billed GB", ">Incremental exports", ">S3 PUTs", ">KMS (S3)", ">S3 storage", ">Export total", ">Full export (once)");
        foreach (var (profile, window) in cases)
        {
            var label = window == 15 ? "15 min" : $"adaptive → {window} min";
            var totals = measured.Select(m => CostModel.PerTablePerMonth(Inputs(m, mixes[window], writeUnits, window), prices).Sum(l => l.Dollars));
            var peer = CostModel.StepFunctionsPerTablePerMonth(ExportCost.ExportsPerMonth(window) / CostInputs.HoursPerMonth, StepFunctionsTransitionsPerRun, prices);
            orchestration.Add([profile.Name, label, .. totals.Select(Format.Dollars), Format.Dollars(peer)]);
            var lines = ExportCost.PerTablePerMonth(profile, window, prices);
            exports.Add(
            [
                profile.Name, label, Format.Number(ExportCost.ExportsPerMonth(window), 0), Format.Number(lines[0].Quantity, 2),
                .. lines.Select(l => Format.Dollars(l.Dollars)), Format.Dollars(lines.Sum(l => l.Dollars)), Format.Dollars(ExportCost.FullExport(profile, prices)),
            ]);
        }

        var largest = measured[^1];
        var breakdown = CostModel.PerTablePerMonth(Inputs(largest, mixes[15], writeUnits, 15), prices);
        var items = new MarkdownTable("Item (15-min windows)", ">Quantity", "Unit", ">USD");
        foreach (var line in breakdown)
        {
            items.Add(line.Item, Format.Number(line.Quantity, line.Quantity < 10 ? 4 : 0), line.Unit, Format.Dollars(line.Dollars));
        }

        items.Add("**Total**", "", "", $"**{Format.Dollars(breakdown.Sum(l => l.Dollars))}**");
        return new StringBuilder()
            .AppendLine("## Cost per table per month (USD)")
            .AppendLine()
            .AppendLine(Sources(prices, writeUnits, largestItem))
            .AppendLine()
            .AppendLine("### Orchestration (the function wakes itself when work is due, hourly safety net; everything the stack runs, fixed costs shared by the tables)")
            .AppendLine()
            .AppendLine(WakeUpInvocations.Render(measured.Select(m => m[0].Config.Tables).ToList(), cases.Select(c => c.Window).Distinct().ToList()))
            .AppendLine()
            .Append(orchestration)
            .AppendLine()
            .AppendLine($"### Export charges (the same for any orchestrator; minimum billed size {prices.MinimumBilledBytesPerIncrementalExport / 1e6:0.#} MB per incremental export)")
            .AppendLine()
            .Append(exports)
            .AppendLine()
            .AppendLine($"### Orchestration line by line at {largest[0].Config.Tables:N0} tables (any profile with 15-minute windows)")
            .AppendLine()
            .Append(items)
            .ToString();
    }

    private static string Sources(Prices prices, int writeUnits, long largestItem) =>
        $"us-east-1 list prices as read on {prices.AsOf}, free tiers not deducted: Lambda arm64 ${prices.LambdaArmPerGbSecond}/GB-s and "
        + $"${prices.LambdaPerMillionRequests}/million requests; EventBridge Scheduler ${prices.SchedulerPerMillionInvocations}/million; "
        + $"DynamoDB on-demand ${prices.ReadRequestUnitPerMillion}/million RRU, ${prices.WriteRequestUnitPerMillion}/million WRU; "
        + $"KMS ${prices.KmsPer10KRequests}/10,000 requests, ${prices.KmsKeyPerMonth}/key-month; CloudWatch alarms ${prices.AlarmPerMonth}, "
        + $"custom metrics ${prices.CustomMetricPerMonth}, dashboards ${prices.DashboardPerMonth}, Contributor Insights rules "
        + $"${prices.ContributorInsightsRulePerMonth} a month and ${prices.ContributorInsightsPerMillionEvents}/million matched events, Logs "
        + $"ingestion ${prices.LogsIngestionPerGb}/GB; S3 ${prices.S3PutPer1000}/1,000 PUTs, ${prices.S3StandardPerGbMonth}/GB-month; "
        + $"DynamoDB export to S3 ${prices.FullExportPerGb}/GB (full, table size) and ${prices.IncrementalExportPerGb}/GB (incremental, data "
        + $"processed); Step Functions Standard ${prices.StepFunctionsPer1000Transitions}/1,000 transitions, "
        + $"{StepFunctionsTransitionsPerRun} per run, one run per window. Stack: {StackDesign.Default.Alarms} alarms, "
        + $"{StackDesign.Default.CustomMetrics} custom metrics, {StackDesign.Default.Dashboards} dashboard, "
        + $"{StackDesign.Default.ContributorInsightsRules} Contributor Insights rules, each matching {StackDesign.Default.ContributorInsightsEventsPerTablePerTick:0} "
        + $"log event per table per tick, {StackDesign.Default.KmsKeys} KMS key. Tick mix from the freshness simulation "
        + $"({ExportDuration.TotalMinutes:0}-minute exports); calls, log bytes and tick wall time as measured above at the largest latency; "
        + $"every table's STATE item is read once a tick (1 RRU each, also inside BatchGetItem); largest item {largestItem} bytes, so "
        + $"{writeUnits} WRU per PutItem. Profiles: idle (no changes, 1 GB), small (200 MB of changes a day, 10 GB), busy (20 GB a day, "
        + "100 GB). 'adaptive' is the window the adaptive mode settles on (freshness limit 1,440 min). S3 storage counts a month "
        + "of export output as uncompressed change data; PITR (per GB-month of table) and Athena are not included.";

    private static List<List<PhaseResult>> Measured(IReadOnlyList<PhaseResult> results)
    {
        var latency = results.Max(r => r.Config.Latency);
        var preferred = SettingsDefaults.Environment.Parallelism;

        // A stack of one table pays the stack's fixed costs alone; the table shows 10 tables and more when it has them.
        var smallest = results.Any(r => r.Config.Tables >= 10) ? 10 : 1;
        return results.Where(r => r.Config.Latency == latency && r.Config.Tables >= smallest).GroupBy(r => r.Config.Tables)
            .Select(g =>
            {
                var parallelism = g.Any(r => r.Config.Parallelism == preferred) ? preferred : g.Min(r => r.Config.Parallelism);
                return g.Where(r => r.Config.Parallelism == parallelism).ToList();
            })
            .OrderBy(g => g[0].Config.Tables).ToList();
    }

    private static Dictionary<Phase, double> TickMix(int window) =>
        FreshnessSimulator.Simulate(new FreshnessCase(window, ScheduleMinutes, ExportDuration, FreshnessReport.PitrLag))
            .TicksPerDay.ToDictionary(k => k.Key, k => k.Value * CostInputs.HoursPerMonth / 24);

    private static CostInputs Inputs(List<PhaseResult> results, Dictionary<Phase, double> ticksPerMonth, int writeUnits, int window) => new(
        results[0].Config.Tables,
        ScheduleMinutes,
        WakeUpInvocations.Mix(ticksPerMonth, results[0].Config.Tables, window),
        results.ToDictionary(
            r => r.Phase,
            r => new TickFigures(
                r.CallsPerTable("GetItem") + (r.CallsPerTable("BatchGetItem") > 0 ? 1 : 0), r.CallsPerTable("PutItem"), r.Wall, r.LogBytesPerTable)),
        writeUnits,
        InvocationsPerMonth: WakeUpInvocations.PerMonth(results[0].Config.Tables, window));
}
