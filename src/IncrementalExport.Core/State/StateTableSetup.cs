using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using IncrementalExport.Core.Aws;

namespace IncrementalExport.Core.State;

/// <summary>Creates the state table where the stack does not (local use, tests, the CLI's init).</summary>
public static class StateTableSetup
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);

    /// <summary>The key schema every state table needs, as messages name it.</summary>
    public const string RequiredKeySchema = "partition key 'pk' (String) and sort key 'sk' (String)";

    /// <summary>
    /// Creates the table if it is missing and waits until it is ACTIVE; true when it created it. A table of that name
    /// with another key schema is refused with <see cref="StateTableSchemaException"/>: every later command would fail on it.
    /// </summary>
    public static async Task<bool> CreateIfMissingAsync(IAmazonDynamoDB dynamoDb, string tableName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dynamoDb);
        var created = false;
        if (await DescribeAsync(dynamoDb, tableName, cancellationToken) is null)
        {
            try
            {
                await AwsErrorClassifier.Call(() => dynamoDb.CreateTableAsync(Definition(tableName), cancellationToken), cancellationToken);
                created = true;
            }
            catch (AwsCallException e) when (e.ErrorCode == "ResourceInUseException")
            {
                // Someone else created it meanwhile: wait for it like for our own.
            }
        }

        TableDescription? table;
        while ((table = await DescribeAsync(dynamoDb, tableName, cancellationToken))?.TableStatus != TableStatus.ACTIVE)
        {
            await Task.Delay(PollInterval, cancellationToken);
        }

        if (!HasRequiredKeys(table))
        {
            var found = string.Join(", ", table.KeySchema.Select(k =>
                $"{k.AttributeName} ({k.KeyType}, {table.AttributeDefinitions.FirstOrDefault(a => a.AttributeName == k.AttributeName)?.AttributeType})"));
            throw new StateTableSchemaException(MismatchMessage(tableName) + $"; it has {found}");
        }

        return created;
    }

    /// <summary>What is wrong when the state table has other keys, and what to do.</summary>
    public static string MismatchMessage(string tableName) =>
        $"state table '{tableName}' does not have the key schema this tool needs ({RequiredKeySchema}); "
        + "point stateTable at another table, or delete this one and run 'incremental-export init'";

    private static bool HasRequiredKeys(TableDescription table)
    {
        string? TypeOf(string name) => table.AttributeDefinitions?.FirstOrDefault(a => a.AttributeName == name)?.AttributeType?.Value;
        var keys = table.KeySchema ?? [];
        return keys.Count == 2
            && keys.Any(k => k.AttributeName == StateKeys.PartitionKey && k.KeyType == KeyType.HASH)
            && keys.Any(k => k.AttributeName == StateKeys.SortKey && k.KeyType == KeyType.RANGE)
            && TypeOf(StateKeys.PartitionKey) == ScalarAttributeType.S.Value
            && TypeOf(StateKeys.SortKey) == ScalarAttributeType.S.Value;
    }

    private static CreateTableRequest Definition(string tableName) => new()
    {
        TableName = tableName,
        BillingMode = BillingMode.PAY_PER_REQUEST,
        AttributeDefinitions =
        [
            new AttributeDefinition(StateKeys.PartitionKey, ScalarAttributeType.S),
            new AttributeDefinition(StateKeys.SortKey, ScalarAttributeType.S),
        ],
        KeySchema =
        [
            new KeySchemaElement(StateKeys.PartitionKey, KeyType.HASH),
            new KeySchemaElement(StateKeys.SortKey, KeyType.RANGE),
        ],
    };

    private static async Task<TableDescription?> DescribeAsync(IAmazonDynamoDB dynamoDb, string tableName, CancellationToken cancellationToken)
    {
        try
        {
            return await AwsErrorClassifier.Call(
                async () => (await dynamoDb.DescribeTableAsync(new DescribeTableRequest { TableName = tableName }, cancellationToken)).Table,
                cancellationToken);
        }
        catch (AwsCallException e) when (e.ErrorCode == "ResourceNotFoundException")
        {
            return null;
        }
    }
}
