namespace IncrementalExport.Benchmark.Cost;

/// <summary>
/// Cost per table per month at list prices, free tiers not deducted. One scheduled invocation serves every table, so
/// invocations, scheduler calls and the state table's KMS requests are shared by <see cref="CostInputs.Tables"/>.
/// </summary>
internal static class CostModel
{
    public static IReadOnlyList<CostLine> PerTablePerMonth(CostInputs inputs, Prices prices)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(prices);
        double Sum(Func<TickFigures, double> perTick) =>
            inputs.TicksPerTablePerMonth.Sum(k => k.Value * (inputs.Figures.TryGetValue(k.Key, out var f) ? perTick(f) : 0));

        var invocations = inputs.TicksPerMonth / inputs.Tables;
        var gbSeconds = Sum(f => f.WallPerTick.TotalSeconds / inputs.Tables) * inputs.MemoryMb / 1024.0;
        var reads = Sum(f => f.ItemReadsPerTable);
        var writes = Sum(f => f.PutItemPerTable) * inputs.WriteUnitsPerPut;
        var kms = inputs.TicksPerMonth * inputs.KmsRequestsPerTick / inputs.Tables;
        var logGb = Sum(f => f.LogBytesPerTable) / 1e9;
        var stack = inputs.Stack;
        var perStack = 1.0 / inputs.Tables;
        // Each rule is billed for the events it matches: every rule reads the same per-table lines.
        var insightEvents = inputs.TicksPerMonth * stack.ContributorInsightsEventsPerTablePerTick * stack.ContributorInsightsRules;
        return
        [
            new("Lambda requests", invocations, "invocations", Price(invocations, prices.LambdaPerMillionRequests, 1e6)),
            new("Lambda duration (arm64)", gbSeconds, "GB-s", Price(gbSeconds, prices.LambdaArmPerGbSecond, 1)),
            new("EventBridge Scheduler", invocations, "invocations", Price(invocations, prices.SchedulerPerMillionInvocations, 1e6)),
            new("State table reads (on-demand)", reads, "RRU", Price(reads, prices.ReadRequestUnitPerMillion, 1e6)),
            new("State table writes (on-demand)", writes, "WRU", Price(writes, prices.WriteRequestUnitPerMillion, 1e6)),
            new("KMS requests (state table key)", kms, "requests", Price(kms, prices.KmsPer10KRequests, 1e4)),
            new("CloudWatch Logs ingestion", logGb, "GB", Price(logGb, prices.LogsIngestionPerGb, 1)),
            new("KMS key (per stack)", stack.KmsKeys * perStack, "keys", Price(stack.KmsKeys * perStack, prices.KmsKeyPerMonth, 1)),
            new("CloudWatch alarms (per stack)", stack.Alarms * perStack, "alarms", Price(stack.Alarms * perStack, prices.AlarmPerMonth, 1)),
            new("CloudWatch custom metrics (per stack)", stack.CustomMetrics * perStack, "metrics", Price(stack.CustomMetrics * perStack, prices.CustomMetricPerMonth, 1)),
            new("CloudWatch dashboard (per stack)", stack.Dashboards * perStack, "dashboards", Price(stack.Dashboards * perStack, prices.DashboardPerMonth, 1)),
            new("Contributor Insights rules (per stack)", stack.ContributorInsightsRules * perStack, "rules", Price(stack.ContributorInsightsRules * perStack, prices.ContributorInsightsRulePerMonth, 1)),
            new("Contributor Insights matched events", insightEvents, "events", Price(insightEvents, prices.ContributorInsightsPerMillionEvents, 1e6)),
        ];
    }

    /// <summary>The same cadence as a Step Functions Standard workflow per table: runs × transitions at list price.</summary>
    public static decimal StepFunctionsPerTablePerMonth(double runsPerHour, int transitionsPerRun, Prices prices)
    {
        ArgumentNullException.ThrowIfNull(prices);
        return Price(runsPerHour * CostInputs.HoursPerMonth * transitionsPerRun, prices.StepFunctionsPer1000Transitions, 1000);
    }

    private static decimal Price(double quantity, decimal pricePerUnit, double unit) => (decimal)(quantity / unit) * pricePerUnit;
}
