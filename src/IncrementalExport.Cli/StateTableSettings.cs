using Amazon.DynamoDBv2;
using IncrementalExport.Core.Settings;

namespace IncrementalExport.Cli;

/// <summary>Reads the settings from a deployed stack's state table (--state-table), as the function does.</summary>
internal static class StateTableSettings
{
    /// <summary>The settings, or every problem found (the item's table first, so the operator knows where they were read).</summary>
    public static async Task<(ExportSettings? Settings, IReadOnlyList<string> Errors)> LoadAsync(
        string stateTable, IAmazonDynamoDB client, CancellationToken cancellationToken)
    {
        var result = await StoredSettings.ReadAsync(client, stateTable, cancellationToken);
        return result.IsValid
            ? (result.Settings, [])
            : (null, [$"the settings in {SettingsItem.Describe(stateTable)} are invalid:", .. result.Errors.Select(e => "  " + e)]);
    }
}
