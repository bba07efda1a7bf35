namespace IncrementalExport.Stack;

/// <summary>
/// The stack's outputs (<c>pulumi stack output NAME</c>), named once: the component registers them and the program
/// exports the same list, and the docs tell users to read them by these names.
/// </summary>
public static class StackOutputNames
{
    /// <summary>The export bucket.</summary>
    public const string BucketName = "bucketName";

    /// <summary>The engine's state table (also for the CLI's --state-table).</summary>
    public const string StateTableName = "stateTableName";

    /// <summary>The exporter function.</summary>
    public const string FunctionName = "functionName";

    /// <summary>The safety-net schedule.</summary>
    public const string ScheduleName = "scheduleName";

    /// <summary>The one-time wake-up schedule.</summary>
    public const string WakeScheduleName = "wakeScheduleName";

    /// <summary>The stack's KMS key.</summary>
    public const string KmsKeyArn = "kmsKeyArn";

    /// <summary>The CloudWatch dashboard.</summary>
    public const string DashboardName = "dashboardName";

    /// <summary>The settings document written into the state table's settings item.</summary>
    public const string SettingsJson = "settingsJson";
}
