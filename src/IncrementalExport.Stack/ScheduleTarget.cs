using System.Text.Json;

namespace IncrementalExport.Stack;

/// <summary>What the schedule sends the Lambda and how it retries.</summary>
public static class ScheduleTarget
{
    /// <summary>The scheduled payload: tick every configured table (docs/function.md).</summary>
    public static string TickInput { get; } = JsonSerializer.Serialize(new Dictionary<string, string> { ["action"] = "tick" });

    /// <summary>
    /// Retries of a failed or throttled invoke. A tick is idempotent (every export start carries a client token), so
    /// retrying is safe; reserved concurrency 1 throttles a tick that overlaps a manual invoke, and a retry runs it.
    /// </summary>
    public const int MaximumRetryAttempts = 3;

    /// <summary>A tick older than this is dropped: the next scheduled one does the same work.</summary>
    public const int MaximumEventAgeSeconds = 900;

    /// <summary>Exact times: windows are aligned, and a flexible window would only delay them.</summary>
    public const string FlexibleTimeWindowMode = "OFF";
}
