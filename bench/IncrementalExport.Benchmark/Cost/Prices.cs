namespace IncrementalExport.Benchmark.Cost;

/// <summary>
/// us-east-1 list prices in USD, as read on <see cref="AsOf"/> from the AWS pricing pages (and summaries of them);
/// check https://aws.amazon.com/pricing before relying on them.
/// </summary>
internal sealed record Prices
{
    public static Prices UsEast1 { get; } = new();

    public string AsOf { get; init; } = "2026-11-27";

    /// <summary>Lambda duration, arm64, first pricing tier.</summary>
    public decimal LambdaArmPerGbSecond { get; init; } = 0.0000133334m;

    public decimal LambdaPerMillionRequests { get; init; } = 0.20m;

    /// <summary>EventBridge Scheduler; the first 14 million invocations a month are free.</summary>
    public decimal SchedulerPerMillionInvocations { get; init; } = 1.00m;

    /// <summary>DynamoDB on-demand: one strongly consistent read of up to 4 KB is one RRU.</summary>
    public decimal ReadRequestUnitPerMillion { get; init; } = 0.125m;

    /// <summary>DynamoDB on-demand: one write of up to 1 KB is one WRU.</summary>
    public decimal WriteRequestUnitPerMillion { get; init; } = 0.625m;

    /// <summary>KMS symmetric-key requests; 20,000 a month are free.</summary>
    public decimal KmsPer10KRequests { get; init; } = 0.03m;

    /// <summary>A customer managed KMS key, per month (one per environment, shared by every table).</summary>
    public decimal KmsKeyPerMonth { get; init; } = 1.00m;

    /// <summary>CloudWatch Logs ingestion, standard class; 5 GB a month are free.</summary>
    public decimal LogsIngestionPerGb { get; init; } = 0.50m;

    /// <summary>A standard-resolution metric alarm, per month (10 a month are free).</summary>
    public decimal AlarmPerMonth { get; init; } = 0.10m;

    /// <summary>A custom metric, per month (first 10,000 metrics; 10 a month are free).</summary>
    public decimal CustomMetricPerMonth { get; init; } = 0.30m;

    /// <summary>A custom dashboard, per month (3 a month are free).</summary>
    public decimal DashboardPerMonth { get; init; } = 3.00m;

    /// <summary>A Contributor Insights rule over CloudWatch Logs, per month (1 a month is free).</summary>
    public decimal ContributorInsightsRulePerMonth { get; init; } = 0.50m;

    /// <summary>Contributor Insights: log events matched by a rule (the first million a month are free).</summary>
    public decimal ContributorInsightsPerMillionEvents { get; init; } = 0.02m;

    /// <summary>DynamoDB export to S3, full export, per GB of table size.</summary>
    public decimal FullExportPerGb { get; init; } = 0.10m;

    /// <summary>DynamoDB export to S3, incremental export, per GB of change data processed.</summary>
    public decimal IncrementalExportPerGb { get; init; } = 0.10m;

    /// <summary>
    /// The smallest size an incremental export is billed for. Reported as 10 MB; a parameter because the published
    /// pricing page could not be read here to confirm it.
    /// </summary>
    public long MinimumBilledBytesPerIncrementalExport { get; init; } = 10L * 1000 * 1000;

    /// <summary>S3 Standard PUT, COPY, POST, LIST requests, per 1,000.</summary>
    public decimal S3PutPer1000 { get; init; } = 0.005m;

    /// <summary>S3 Standard storage, first 50 TB, per GB-month.</summary>
    public decimal S3StandardPerGbMonth { get; init; } = 0.023m;

    /// <summary>Step Functions Standard workflows; 4,000 transitions a month are free.</summary>
    public decimal StepFunctionsPer1000Transitions { get; init; } = 0.025m;
}
