using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using IncrementalExport.Core.Aws;

namespace IncrementalExport.Core.Settings;

/// <summary>Reads and validates the <see cref="SettingsItem"/> of a state table (the Lambda each invocation, the CLI's --state-table).</summary>
public static class StoredSettings
{
    /// <summary>
    /// The settings in <paramref name="stateTable"/>'s settings item, read consistently so a <c>pulumi up</c> that
    /// just finished is seen; every problem is named. AWS errors (no such table, no access) throw as they are.
    /// </summary>
    public static async Task<SettingsResult> ReadAsync(IAmazonDynamoDB dynamoDb, string stateTable, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dynamoDb);
        ArgumentException.ThrowIfNullOrWhiteSpace(stateTable);
        if (AwsIdentifiers.TableNameProblem(stateTable) is { } problem)
        {
            return new SettingsResult(null, [new SettingsError(SettingsKeys.StateTable, problem)]);
        }

        var response = await AwsErrorClassifier.Call(
            () => dynamoDb.GetItemAsync(
                new GetItemRequest { TableName = stateTable, Key = SettingsItem.Key(), ConsistentRead = true },
                cancellationToken),
            cancellationToken);

        if (response.Item is not { Count: > 0 } item)
        {
            return Invalid($"{SettingsItem.Describe(stateTable)} does not exist; the stack writes it (pulumi up)");
        }

        if (!item.TryGetValue(SettingsItem.DocumentAttribute, out var document) || document.S is null)
        {
            return Invalid($"{SettingsItem.Describe(stateTable)} has no string attribute '{SettingsItem.DocumentAttribute}'");
        }

        var result = SettingsJson.Parse(document.S);
        if (result.Settings is { } settings && !string.Equals(settings.StateTable, stateTable, StringComparison.Ordinal))
        {
            // Settings copied from another environment would write its state here: refuse rather than guess.
            return new SettingsResult(null,
            [
                new SettingsError(SettingsKeys.StateTable, $"'{settings.StateTable}' is not the table the settings were read from ('{stateTable}')"),
            ]);
        }

        return result;
    }

    private static SettingsResult Invalid(string message) => new(null, [new SettingsError(SettingsKeys.Document, message)]);
}
