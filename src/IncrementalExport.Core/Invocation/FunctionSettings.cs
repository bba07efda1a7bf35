using IncrementalExport.Core.Deployment;
using IncrementalExport.Core.Settings;

namespace IncrementalExport.Core.Invocation;

/// <summary>The function's settings: one JSON document in one environment variable, set by the stack.</summary>
public static class FunctionSettings
{
    /// <summary>The environment variable that holds the settings document (the one the stack sets).</summary>
    public const string SettingsVariable = LambdaEnvironment.SettingsVariable;

    /// <summary>
    /// Reads and validates the settings; throws <see cref="InvalidSettingsException"/> naming the variable when it is
    /// missing, or naming every invalid key, so that a bad deployment fails the function's init with that message.
    /// </summary>
    public static ExportSettings FromEnvironment(Func<string, string?> getEnvironmentVariable)
    {
        ArgumentNullException.ThrowIfNull(getEnvironmentVariable);
        var json = getEnvironmentVariable(SettingsVariable);
        if (string.IsNullOrWhiteSpace(json))
        {
            throw new InvalidSettingsException(
            [
                new SettingsError(SettingsVariable, "the environment variable is missing or empty; it must hold the settings JSON document the stack writes"),
            ]);
        }

        return SettingsJson.Parse(json).GetOrThrow();
    }
}
