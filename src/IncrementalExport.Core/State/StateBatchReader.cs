using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using IncrementalExport.Core.Model;

namespace IncrementalExport.Core.State;

/// <summary>
/// Reads the STATE items of many tables with BatchGetItem: up to 100 keys per request, strongly consistent, the requests
/// in parallel. Only the STATE keys are named, so the cost does not grow with the export history. Keys DynamoDB leaves
/// unprocessed are asked for again a few times; a table still unread (or whose request failed) carries the error, so
/// only that table waits for the next tick.
/// </summary>
internal sealed class StateBatchReader(
    IAmazonDynamoDB dynamoDb, string tableName, Func<Func<Task<BatchGetItemResponse>>, CancellationToken, Task<BatchGetItemResponse>> call)
{
    /// <summary>DynamoDB's limit of keys per BatchGetItem request.</summary>
    public const int KeysPerRequest = 100;

    private const int Rounds = 4;

    public async Task<IReadOnlyDictionary<string, StateRead>> ReadAsync(IReadOnlyCollection<string> tables, CancellationToken cancellationToken)
    {
        var chunks = await Task.WhenAll(tables.Distinct(StringComparer.Ordinal).Chunk(KeysPerRequest).Select(c => ReadChunkAsync(c, cancellationToken)));
        return chunks.SelectMany(c => c).ToDictionary(r => r.Key, r => r.Value, StringComparer.Ordinal);
    }

    private async Task<Dictionary<string, StateRead>> ReadChunkAsync(string[] tables, CancellationToken cancellationToken)
    {
        var reads = new Dictionary<string, StateRead>(StringComparer.Ordinal);
        var keys = tables.Select(Key).ToList();
        for (var round = 0; round < Rounds && keys.Count > 0; round++)
        {
            BatchGetItemResponse response;
            try
            {
                response = await call(() => dynamoDb.BatchGetItemAsync(Request(keys), cancellationToken), cancellationToken);
            }
            catch (Aws.AwsCallException e)
            {
                return Fill(reads, tables, e);
            }

            foreach (var item in response.Responses?.GetValueOrDefault(tableName) ?? [])
            {
                var table = item.TryGetValue("table", out var name) && name.S is { } s ? s : null;
                if (table is null)
                {
                    continue;
                }

                try
                {
                    reads[table] = new StateRead(StateItemMapper.FromItem(item), null);
                }
                catch (Exception e) when (e is InvalidDataException or FormatException or ArgumentException)
                {
                    reads[table] = new StateRead(null, e as InvalidDataException ?? new InvalidDataException($"state item of '{table}' is malformed: {e.Message}", e));
                }
            }

            keys = response.UnprocessedKeys?.GetValueOrDefault(tableName)?.Keys ?? [];
        }

        var unprocessed = new Aws.AwsCallException(Aws.AwsErrorKind.Transient, "UnprocessedKeys", $"state table '{tableName}' left the read unprocessed {Rounds} times");
        var left = keys.Select(k => k[StateKeys.PartitionKey].S).ToHashSet(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            reads.TryAdd(table, left.Contains(StateKeys.Partition(table)) ? new StateRead(null, unprocessed) : new StateRead(TableState.NewTable(table), null));
        }

        return reads;
    }

    private static Dictionary<string, StateRead> Fill(Dictionary<string, StateRead> reads, string[] tables, Exception error)
    {
        foreach (var table in tables)
        {
            reads.TryAdd(table, new StateRead(null, error));
        }

        return reads;
    }

    private BatchGetItemRequest Request(List<Dictionary<string, AttributeValue>> keys) => new()
    {
        RequestItems = new Dictionary<string, KeysAndAttributes>(StringComparer.Ordinal)
        {
            [tableName] = new KeysAndAttributes { Keys = keys, ConsistentRead = true },
        },
    };

    private static Dictionary<string, AttributeValue> Key(string table) => new(StringComparer.Ordinal)
    {
        [StateKeys.PartitionKey] = new() { S = StateKeys.Partition(table) },
        [StateKeys.SortKey] = new() { S = StateKeys.StateSortKey },
    };
}
