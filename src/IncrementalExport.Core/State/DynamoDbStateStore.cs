using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using IncrementalExport.Core.Aws;
using IncrementalExport.Core.Contract;
using IncrementalExport.Core.Model;

namespace IncrementalExport.Core.State;

/// <summary>
/// The state table over IAmazonDynamoDB. Reads are consistent; a state write is a PutItem conditional on the
/// version read (or on the item's absence), so of two overlapping invocations only one moves a table.
/// </summary>
internal sealed class DynamoDbStateStore(IAmazonDynamoDB dynamoDb, string tableName) : IStateStore
{
    // What DynamoDB says (as a ValidationException) when a key does not fit the table's key schema.
    private static readonly string[] KeySchemaMessages = ["does not match the schema", "Type mismatch for key", "Missing the key"];

    /// <summary>Every table's STATE item with BatchGetItem (100 per request), however long the histories are.</summary>
    public Task<IReadOnlyDictionary<string, ItemRead<TableState>>> GetManyAsync(IReadOnlyCollection<string> tables, int parallelism, CancellationToken cancellationToken) =>
        new ItemBatchReader<TableState>(
            dynamoDb, tableName, StateKeys.StateSortKey, Call<BatchGetItemResponse>, (table, item) => item is null ? TableState.NewTable(table) : StateItemMapper.FromItem(item))
            .ReadAsync(tables, cancellationToken);

    public Task<TableState?> GetAsync(string table, CancellationToken cancellationToken) =>
        Call(
            async () =>
            {
                var response = await dynamoDb.GetItemAsync(
                    new GetItemRequest { TableName = tableName, Key = Key(table, StateKeys.StateSortKey), ConsistentRead = true },
                    cancellationToken);
                return response.Item is { Count: > 0 } item ? StateItemMapper.FromItem(item) : null;
            },
            cancellationToken);

    public async Task<bool> TryWriteAsync(TableState next, long expectedVersion, CancellationToken cancellationToken)
    {
        var request = expectedVersion == 0
            ? new PutItemRequest
            {
                ConditionExpression = "attribute_not_exists(#pk)",
                ExpressionAttributeNames = new Dictionary<string, string>(StringComparer.Ordinal) { ["#pk"] = StateKeys.PartitionKey },
            }
            : new PutItemRequest
            {
                ConditionExpression = "#version = :expected",
                ExpressionAttributeNames = new Dictionary<string, string>(StringComparer.Ordinal) { ["#version"] = StateTableKeys.Version },
                ExpressionAttributeValues = new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
                {
                    [":expected"] = new() { N = expectedVersion.ToString(CultureInfo.InvariantCulture) },
                },
            };
        request.TableName = tableName;
        request.Item = StateItemMapper.ToItem(next);

        try
        {
            await Call(() => dynamoDb.PutItemAsync(request, cancellationToken), cancellationToken);
            return true;
        }
        catch (AwsCallException e) when (e.Kind == AwsErrorKind.ConditionFailed)
        {
            return false;
        }
    }

    public async Task PutHistoryAsync(CompletedExport entry, CancellationToken cancellationToken)
    {
        var request = new PutItemRequest
        {
            TableName = tableName,
            Item = HistoryItemMapper.ToItem(entry),
            ConditionExpression = "attribute_not_exists(#pk)",
            ExpressionAttributeNames = new Dictionary<string, string>(StringComparer.Ordinal) { ["#pk"] = StateKeys.PartitionKey },
        };
        try
        {
            await Call(() => dynamoDb.PutItemAsync(request, cancellationToken), cancellationToken);
        }
        catch (AwsCallException e) when (e.Kind == AwsErrorKind.ConditionFailed)
        {
            // Recorded before (a crash or another invocation between this put and the state write): the first record stands.
            var stored = await Call(
                () => dynamoDb.GetItemAsync(
                    new GetItemRequest { TableName = tableName, Key = Key(entry.Table, StateKeys.History(entry.Epoch, entry.Sequence)), ConsistentRead = true },
                    cancellationToken),
                cancellationToken);
            if (stored.Item is not { Count: > 0 } item || HistoryItemMapper.FromItem(item).ExportArn != entry.ExportArn)
            {
                // Another export already holds this place in the chain: recording a second one would fork it.
                throw new HistoryConflictException(
                    $"history of '{entry.Table}' already has another export at epoch {entry.Epoch}, sequence {entry.Sequence}; refusing to record {entry.ExportArn}", e);
            }
        }
    }

    public Task<IReadOnlyList<CompletedExport>> GetHistoryAsync(string table, CancellationToken cancellationToken) =>
        QueryHistoryAsync(table, "begins_with(#sk, :from)", StateKeys.HistoryPrefix, null, cancellationToken);

    /// <summary>Only the entries from (epoch, sequence) to the end of that epoch: a key range, so the read does not grow with older entries.</summary>
    public Task<IReadOnlyList<CompletedExport>> GetHistoryAsync(string table, int epoch, int fromSequence, CancellationToken cancellationToken) =>
        QueryHistoryAsync(table, "#sk BETWEEN :from AND :to", StateKeys.History(epoch, fromSequence), StateKeys.HistoryEnd(epoch), cancellationToken);

    private async Task<IReadOnlyList<CompletedExport>> QueryHistoryAsync(string table, string sortKeyCondition, string from, string? to, CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
        {
            [":pk"] = new() { S = StateKeys.Partition(table) },
            [":from"] = new() { S = from },
        };
        if (to is not null)
        {
            values[":to"] = new() { S = to };
        }

        var entries = new List<CompletedExport>();
        Dictionary<string, AttributeValue>? start = null;
        do
        {
            var response = await Call(
                () => dynamoDb.QueryAsync(
                    new QueryRequest
                    {
                        TableName = tableName,
                        ConsistentRead = true,
                        KeyConditionExpression = "#pk = :pk AND " + sortKeyCondition,
                        ExpressionAttributeNames = new Dictionary<string, string>(StringComparer.Ordinal)
                        {
                            ["#pk"] = StateKeys.PartitionKey,
                            ["#sk"] = StateKeys.SortKey,
                        },
                        ExpressionAttributeValues = values,
                        ExclusiveStartKey = start,
                    },
                    cancellationToken),
                cancellationToken);
            entries.AddRange((response.Items ?? []).Select(HistoryItemMapper.FromItem));
            start = response.LastEvaluatedKey is { Count: > 0 } last ? last : null;
        }
        while (start is not null);

        return entries;
    }

    private static Dictionary<string, AttributeValue> Key(string table, string sortKey) => new(StringComparer.Ordinal)
    {
        [StateKeys.PartitionKey] = new() { S = StateKeys.Partition(table) },
        [StateKeys.SortKey] = new() { S = sortKey },
    };

    private async Task<T> Call<T>(Func<Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await AwsErrorClassifier.Call(call, cancellationToken);
        }
        catch (AwsCallException e) when (e.ErrorCode == "ResourceNotFoundException")
        {
            throw new AwsCallException(
                AwsErrorKind.Permanent,
                e.ErrorCode,
                $"state table '{tableName}' does not exist: deploy the stack, or run 'incremental-export init' for local use",
                e);
        }
        catch (AwsCallException e) when (e.ErrorCode == "ValidationException" && KeySchemaMessages.Any(m => e.Message.Contains(m, StringComparison.Ordinal)))
        {
            // The table exists but is not a state table (another key schema): say which table and what it needs.
            throw new AwsCallException(AwsErrorKind.Permanent, e.ErrorCode, StateTableSetup.MismatchMessage(tableName), e);
        }
    }
}
