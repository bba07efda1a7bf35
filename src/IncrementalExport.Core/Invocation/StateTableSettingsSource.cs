using Amazon.DynamoDBv2;
using IncrementalExport.Core.Settings;

namespace IncrementalExport.Core.Invocation;

/// <summary>
/// The state table's settings item, read at every invocation (one consistent GetItem, not one per table), so a
/// table that <c>pulumi up</c> added is ticked at the next run without new code or a cold start.
/// </summary>
public sealed class StateTableSettingsSource(IAmazonDynamoDB dynamoDb, string stateTable) : ISettingsSource
{
    /// <summary>The table read.</summary>
    public string StateTable => stateTable;

    /// <inheritdoc />
    public async Task<ExportSettings> CurrentAsync(CancellationToken cancellationToken) =>
        (await StoredSettings.ReadAsync(dynamoDb, stateTable, cancellationToken)).GetOrThrow();
}
