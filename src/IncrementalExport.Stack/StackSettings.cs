using IncrementalExport.Core.Settings;

namespace IncrementalExport.Stack;

/// <summary>
/// The validated stack config: the engine's settings (whose destination the stack creates) and the
/// deployment-only choices. Built by <see cref="StackConfig.Read(Func{string, string?}, IEnumerable{string}?)"/>,
/// or directly by tests.
/// </summary>
public sealed record StackSettings
{
    /// <summary>
    /// The engine settings as configured. Bucket, StateTable and KmsKeyArn are placeholders until
    /// <see cref="ToExportSettings"/> fills in the resources the stack created.
    /// </summary>
    public required ExportSettings Engine { get; init; }

    /// <summary>The EventBridge Scheduler expression of the tick.</summary>
    public string Schedule { get; init; } = ScheduleExpression.Default;

    /// <summary>The IANA time zone the schedule expression is evaluated in.</summary>
    public string ScheduleTimezone { get; init; } = DeploymentDefaults.ScheduleTimezone;

    /// <summary>How long the function's logs are kept (a CloudWatch Logs retention value).</summary>
    public int LogRetentionDays { get; init; } = DeploymentDefaults.LogRetentionDays;

    /// <summary>The function's memory.</summary>
    public int LambdaMemoryMb { get; init; } = DeploymentDefaults.LambdaMemoryMb;

    /// <summary>The function's timeout; a tick stops starting work when little of it is left.</summary>
    public int LambdaTimeoutSeconds { get; init; } = DeploymentDefaults.LambdaTimeoutSeconds;

    /// <summary>The lag (now minus watermark) above which a table's lag alarm fires.</summary>
    public int LagAlarmMinutes { get; init; } = DeploymentDefaults.LagAlarmMinutes(DeploymentDefaults.WindowMinutes);

    /// <summary>Where alarm notifications are e-mailed; null for none (the SNS topic exists either way).</summary>
    public string? AlarmEmail { get; init; }

    /// <summary>Days after which export objects expire; null keeps them.</summary>
    public int? ExportRetentionDays { get; init; }

    /// <summary>Days after which overwritten or deleted object versions are removed.</summary>
    public int NoncurrentVersionDays { get; init; } = DeploymentDefaults.NoncurrentVersionDays;

    /// <summary>Whether <c>pulumi destroy</c> may delete a non-empty bucket and the state table.</summary>
    public bool ForceDestroy { get; init; }

    /// <summary>
    /// Whether the stack keeps each table as an Iceberg table through Athena (Glue database, Athena workgroup, their
    /// permissions, and the dataLake section that makes the function run the apply chain); on unless dataLake: false.
    /// </summary>
    public bool DataLake { get; init; } = true;

    /// <summary>With <see cref="DataLake"/>: how much export time one Athena merge applies at most (windowMinutes to 1440).</summary>
    public int ApplyEveryMinutes { get; init; } = LakeSettings.DefaultApplyEveryMinutes;

    /// <summary>
    /// The engine settings with the stack's destination filled in; table names become ARNs in
    /// <paramref name="account"/> when it is given (tables given as ARNs stay as they are).
    /// </summary>
    /// <param name="names">The stack's resource names: with <see cref="DataLake"/>, the settings name its Glue database and workgroup.</param>
    public ExportSettings ToExportSettings(string bucketName, string stateTableName, string kmsKeyArn, AwsAccount? account = null, ResourceNames? names = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(bucketName);
        ArgumentException.ThrowIfNullOrWhiteSpace(stateTableName);
        ArgumentException.ThrowIfNullOrWhiteSpace(kmsKeyArn);
        var tables = account is null
            ? Engine.Tables
            : Engine.Tables.Select(t => t.Arn is null ? t with { Table = account.TableArn(t.Name) } : t).ToList();
        return Engine with
        {
            Bucket = bucketName,
            BucketOwner = null,
            StateTable = stateTableName,
            KmsKeyArn = kmsKeyArn,
            Tables = tables,
            DataLake = DataLake && names is not null ? new LakeSettings(names.LakeDatabase, names.LakeWorkGroup, ApplyEveryMinutes) : null,
        };
    }
}
