using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using IncrementalExport.Core.Aws;

namespace IncrementalExport.Core.State;

/// <summary>Creates the state table where the stack does not (local use, tests, the CLI's init).</summary>
public static class StateTableSetup
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);

    /// <summary>Creates the table if it is missing and waits until it is ACTIVE; true when it created it.</summary>
    public static async Task<bool> CreateIfMissingAsync(IAmazonDynamoDB dynamoDb, string tableName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dynamoDb);
        var created = false;
        if (await StatusAsync(dynamoDb, tableName, cancellationToken) is null)
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

        while (await StatusAsync(dynamoDb, tableName, cancellationToken) != TableStatus.ACTIVE)
        {
            await Task.Delay(PollInterval, cancellationToken);
        }

        return created;
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

    private static async Task<TableStatus?> StatusAsync(IAmazonDynamoDB dynamoDb, string tableName, CancellationToken cancellationToken)
    {
        try
        {
            return await AwsErrorClassifier.Call(
                async () => (await dynamoDb.DescribeTableAsync(new DescribeTableRequest { TableName = tableName }, cancellationToken)).Table.TableStatus,
                cancellationToken);
        }
        catch (AwsCallException e) when (e.ErrorCode == "ResourceNotFoundException")
        {
            return null;
        }
    }
}
