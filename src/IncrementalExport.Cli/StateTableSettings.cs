using IncrementalExport.Core.Settings;

namespace IncrementalExport.Cli;

/// <summary>Reads the settings from a deployed stack's state table (--state-table), as the function does.</summary>
internal static class StateTableSettings
{
    /// <summary>The settings, or every problem found (the item's table first, so the operator knows where they were read).</summary>
    public static async Task<(ExportSettings? Settings, IReadOnlyList<string> Errors)> LoadAsync(
        string stateTable, CliServices services, CancellationToken cancellationToken)
    {
        // The client factory takes the settings it serves; until they are read, only the state table is known.
        using var client = services.ClientFactory(new ExportSettings { Bucket = "", StateTable = stateTable, Tables = [] });
        var result = await StoredSettings.ReadAsync(client, stateTable, cancellationToken);
        return result.IsValid
            ? (result.Settings, [])
            : (null, [$"the settings in {SettingsItem.Describe(stateTable)} are invalid:", .. result.Errors.Select(e => "  " + e)]);
    }
}
