namespace IncrementalExport.Core.Deployment;

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

    /// <summary>The variables the stack gives the function.</summary>
    public static IReadOnlyDictionary<string, string> Build(string stateTableName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stateTableName);
        return new Dictionary<string, string>(StringComparer.Ordinal) { [StateTableVariable] = stateTableName };
    }
}
