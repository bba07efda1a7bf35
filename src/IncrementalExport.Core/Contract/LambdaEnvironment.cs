namespace IncrementalExport.Core.Contract;

/// <summary>
/// The Lambda's environment variables. The settings do not travel here (Lambda allows 4 KB of environment, about
/// 25 tables): the stack writes them into the state table's settings item
/// (<see cref="Settings.SettingsItem"/>) and the environment says only which table that is.
/// </summary>
public static class LambdaEnvironment
{
    /// <summary>The state table whose settings item the function reads at every invocation (what the stack sets).</summary>
    public const string StateTableVariable = "INCREMENTAL_EXPORT_STATE_TABLE";

    /// <summary>
    /// A whole settings document instead (read once at init; for running the function outside a stack). The stack
    /// does not set it; when it is set it wins over <see cref="StateTableVariable"/>.
    /// </summary>
    public const string SettingsVariable = "INCREMENTAL_EXPORT_SETTINGS";

    /// <summary>The one-time wake-up schedule the function reprograms after each tick (absent: no wake-up, only the rate schedule).</summary>
    public const string WakeScheduleVariable = "INCREMENTAL_EXPORT_WAKE_SCHEDULE";

    /// <summary>The schedule group of <see cref="WakeScheduleVariable"/>.</summary>
    public const string WakeScheduleGroupVariable = "INCREMENTAL_EXPORT_WAKE_SCHEDULE_GROUP";

    /// <summary>The variables the stack gives the function.</summary>
    public static IReadOnlyDictionary<string, string> Build(string stateTableName, string? wakeSchedule = null, string? wakeScheduleGroup = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stateTableName);
        var variables = new Dictionary<string, string>(StringComparer.Ordinal) { [StateTableVariable] = stateTableName };
        if (wakeSchedule is not null && wakeScheduleGroup is not null)
        {
            variables[WakeScheduleVariable] = wakeSchedule;
            variables[WakeScheduleGroupVariable] = wakeScheduleGroup;
        }

        return variables;
    }
}
