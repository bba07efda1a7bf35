using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using IncrementalExport.Core.Invocation;
using IncrementalExport.Core.Settings;
using IncrementalExport.Core.State;
using IncrementalExport.Emulator;

namespace IncrementalExport.Function.Tests;

/// <summary>What the stack gives the function, made on local servers: the state table with its settings item, and the environment.</summary>
internal static class LocalStateTable
{
    /// <summary>Creates the state table if missing and writes <paramref name="settings"/> as its settings item, as the stack does.</summary>
    public static async Task WriteSettingsAsync(IAmazonDynamoDB client, ExportSettings settings)
    {
        await StateTableSetup.CreateIfMissingAsync(client, settings.StateTable, CancellationToken.None);
        await client.PutItemAsync(new PutItemRequest { TableName = settings.StateTable, Item = SettingsItem.ToItem(SettingsJson.Serialize(settings)) });
    }

    /// <summary>
    /// The function's environment for a stack whose DynamoDB endpoint is <paramref name="dynamoDbUrl"/>: test
    /// credentials, the state table's name and no settings document (so the settings item is read), plus <paramref name="extra"/>.
    /// </summary>
    public static FunctionEnvironment Environment(string dynamoDbUrl, string stateTable, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var variables = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["AWS_ENDPOINT_URL_DYNAMODB"] = dynamoDbUrl,
            ["AWS_REGION"] = LocalAws.Region,
            ["AWS_ACCESS_KEY_ID"] = "test",
            ["AWS_SECRET_ACCESS_KEY"] = "test",
            [FunctionSettings.StateTableVariable] = stateTable,
            [FunctionSettings.SettingsVariable] = null,
        };
        foreach (var (name, value) in extra ?? new Dictionary<string, string?>())
        {
            variables[name] = value;
        }

        return new FunctionEnvironment(variables);
    }
}
