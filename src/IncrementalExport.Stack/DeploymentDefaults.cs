namespace IncrementalExport.Stack;

/// <summary>The documented defaults and allowed values of the deployment-only stack config keys.</summary>
public static class DeploymentDefaults
{
    /// <summary>The schedule's time zone.</summary>
    public const string ScheduleTimezone = "UTC";

    /// <summary>Log retention in days.</summary>
    public const int LogRetentionDays = 30;

    /// <summary>Lambda memory in MB.</summary>
    public const int LambdaMemoryMb = 512;

    /// <summary>Lambda memory bounds (Lambda's own).</summary>
    public const int LambdaMemoryMinMb = 128, LambdaMemoryMaxMb = 10240;

    /// <summary>Lambda timeout in seconds.</summary>
    public const int LambdaTimeoutSeconds = 300;

    /// <summary>Timeout bounds: below 30 s a tick over many tables cannot finish; 900 s is Lambda's maximum.</summary>
    public const int LambdaTimeoutMinSeconds = 30, LambdaTimeoutMaxSeconds = 900;

    /// <summary>Days noncurrent object versions are kept.</summary>
    public const int NoncurrentVersionDays = 30;

    /// <summary>Days after which an incomplete multipart upload is aborted (a failed export can leave one).</summary>
    public const int AbortIncompleteMultipartUploadDays = 7;

    /// <summary>The engine's default window, used for the lag alarm default when windowMinutes is not set.</summary>
    public const int WindowMinutes = 15;

    /// <summary>The largest lag alarm threshold accepted (a week).</summary>
    public const int LagAlarmMaxMinutes = 10080;

    /// <summary>The retention values CloudWatch Logs accepts.</summary>
    public static IReadOnlyList<int> LogRetentionValues { get; } =
        [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653];

    /// <summary>
    /// The default lag alarm threshold: a healthy table trails now by up to a window being filled, a window
    /// being exported and the next tick, plus the ~5 minutes PITR lags and the safety margin; three windows and
    /// half an hour leave room for a slow export without hiding a stuck one.
    /// </summary>
    public static int LagAlarmMinutes(int windowMinutes) => (3 * windowMinutes) + 30;
}
