namespace IncrementalExport.Benchmark.Cost;

/// <summary>
/// us-east-1 list prices in USD, as read on <see cref="AsOf"/> from the AWS pricing pages (and summaries of them);
/// check https://aws.amazon.com/pricing before relying on them.
/// </summary>
internal sealed record Prices
{
    public static Prices UsEast1 { get; } = new();

    public string AsOf { get; init; } = "2026-11-24";

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

    /// <summary>Step Functions Standard workflows; 4,000 transitions a month are free.</summary>
    public decimal StepFunctionsPer1000Transitions { get; init; } = 0.025m;
}
