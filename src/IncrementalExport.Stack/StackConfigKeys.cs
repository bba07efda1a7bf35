using IncrementalExport.Core.Settings;

namespace IncrementalExport.Stack;

/// <summary>
/// The stack config keys, in the <c>incremental-export</c> namespace (the Pulumi project name). The engine's keys are
/// the settings document's own (<see cref="SettingsKeys"/>): one name per setting, whether it is written in the stack
/// config or in a settings file.
/// </summary>
public static class StackConfigKeys
{
    /// <summary>The config namespace: Pulumi namespaces a project's own keys by the project name.</summary>
    public const string Namespace = "incremental-export";

    /// <summary>Keys validated by the engine's own settings validation (same names as the settings JSON).</summary>
    public static IReadOnlyList<string> EngineKeys { get; } =
    [
        SettingsKeys.Tables, SettingsKeys.WindowMinutes, SettingsKeys.AlignWindows, SettingsKeys.MaxCatchUpMinutes,
        SettingsKeys.SafetyMarginSeconds, SettingsKeys.MaxExportsInFlight, SettingsKeys.MaxConsecutiveFailures,
        SettingsKeys.OnPitrGap, SettingsKeys.Parallelism, SettingsKeys.Prefix,
    ];

    /// <summary>Keys only the stack reads.</summary>
    public static IReadOnlyList<string> DeploymentKeys { get; } =
    [
        Schedule, ScheduleTimezone, LogRetentionDays, LambdaMemoryMb, LambdaTimeoutSeconds, LagAlarmMinutes,
        AlarmEmail, ExportRetentionDays, NoncurrentVersionDays, ForceDestroy, DataLake, ApplyEveryMinutes,
    ];

    /// <summary>Settings-document keys the stack fills in itself from the resources it creates.</summary>
    public static IReadOnlyList<string> StackOwnedKeys { get; } =
        [SettingsKeys.Bucket, SettingsKeys.BucketOwner, SettingsKeys.StateTable, SettingsKeys.KmsKeyArn];

    /// <summary>Numeric engine keys (a config value arrives as text and is passed on as a JSON number).</summary>
    internal static IReadOnlyList<string> EngineNumberKeys { get; } =
    [
        SettingsKeys.WindowMinutes, SettingsKeys.MaxCatchUpMinutes, SettingsKeys.SafetyMarginSeconds,
        SettingsKeys.MaxExportsInFlight, SettingsKeys.MaxConsecutiveFailures, SettingsKeys.Parallelism,
    ];

    /// <summary>Whether the stack creates the data lake's catalog, workgroup and permissions (default true).</summary>
    public const string DataLake = SettingsKeys.DataLake;

    /// <summary>With dataLake: the most export time one Athena merge applies (windowMinutes to 1440).</summary>
    public const string ApplyEveryMinutes = SettingsKeys.ApplyEveryMinutes;

    /// <summary>The EventBridge Scheduler expression.</summary>
    public const string Schedule = "schedule";

    /// <summary>The schedule's IANA time zone.</summary>
    public const string ScheduleTimezone = "scheduleTimezone";

    /// <summary>The log group's retention.</summary>
    public const string LogRetentionDays = "logRetentionDays";

    /// <summary>The function's memory.</summary>
    public const string LambdaMemoryMb = "lambdaMemoryMb";

    /// <summary>The function's timeout.</summary>
    public const string LambdaTimeoutSeconds = "lambdaTimeoutSeconds";

    /// <summary>The lag alarm's threshold.</summary>
    public const string LagAlarmMinutes = "lagAlarmMinutes";

    /// <summary>The optional alarm e-mail subscription.</summary>
    public const string AlarmEmail = "alarmEmail";

    /// <summary>The optional expiration of export objects.</summary>
    public const string ExportRetentionDays = "exportRetentionDays";

    /// <summary>How long noncurrent object versions are kept.</summary>
    public const string NoncurrentVersionDays = "noncurrentVersionDays";

    /// <summary>Whether destroy may delete data.</summary>
    public const string ForceDestroy = "forceDestroy";

    /// <summary>The source tables.</summary>
    public const string Tables = SettingsKeys.Tables;

    /// <summary>The export window.</summary>
    public const string WindowMinutes = SettingsKeys.WindowMinutes;

    /// <summary>The key as a user writes it in Pulumi.&lt;stack&gt;.yaml, e.g. incremental-export:tables[2].viewType.</summary>
    public static string Qualified(string path) => string.IsNullOrEmpty(path) ? Namespace : $"{Namespace}:{path}";
}
