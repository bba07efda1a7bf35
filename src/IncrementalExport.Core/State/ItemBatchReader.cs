using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using IncrementalExport.Core.Aws;

namespace IncrementalExport.Core.State;

/// <summary>
/// Reads one item of each of many tables (the item under <c>sortKey</c> in each table's partition) with BatchGetItem:
/// up to 100 keys per request, strongly consistent, the requests in parallel. Only those keys are named, so the cost
/// does not grow with the export history. Keys DynamoDB leaves unprocessed are asked for again a few times; a table
/// still unread, whose request failed or whose item is malformed carries the error, so only that table waits.
/// </summary>
/// <param name="map">The value of a table's item, or of its absence (null item).</param>
internal sealed class ItemBatchReader<T>(
    IAmazonDynamoDB dynamoDb,
    string tableName,
    string sortKey,
    Func<Func<Task<BatchGetItemResponse>>, CancellationToken, Task<BatchGetItemResponse>> call,
    Func<string, Dictionary<string, AttributeValue>?, T> map)
    where T : class
{
    /// <summary>DynamoDB's limit of keys per BatchGetItem request.</summary>
    public const int KeysPerRequest = 100;

    private const int Rounds = 4;

    public async Task<IReadOnlyDictionary<string, ItemRead<T>>> ReadAsync(IReadOnlyCollection<string> tables, CancellationToken cancellationToken)
    {
        var chunks = await Task.WhenAll(tables.Distinct(StringComparer.Ordinal).Chunk(KeysPerRequest).Select(c => ReadChunkAsync(c, cancellationToken)));
        return chunks.SelectMany(c => c).ToDictionary(r => r.Key, r => r.Value, StringComparer.Ordinal);
    }

    private async Task<Dictionary<string, ItemRead<T>>> ReadChunkAsync(string[] tables, CancellationToken cancellationToken)
    {
        var reads = new Dictionary<string, ItemRead<T>>(StringComparer.Ordinal);
        var byPartition = tables.ToDictionary(StateKeys.Partition, t => t, StringComparer.Ordinal);
        var keys = tables.Select(Key).ToList();
        for (var round = 0; round < Rounds && keys.Count > 0; round++)
        {
            BatchGetItemResponse response;
            try
            {
                response = await call(() => dynamoDb.BatchGetItemAsync(Request(keys), cancellationToken), cancellationToken);
            }
            catch (AwsCallException e)
            {
                return Fill(reads, tables, e);
            }

            foreach (var item in response.Responses?.GetValueOrDefault(tableName) ?? [])
            {
                if (item.TryGetValue(StateKeys.PartitionKey, out var pk) && pk.S is { } partition && byPartition.TryGetValue(partition, out var table))
                {
                    reads[table] = Map(table, item);
                }
            }

            keys = response.UnprocessedKeys?.GetValueOrDefault(tableName)?.Keys ?? [];
        }

        var unprocessed = new AwsCallException(AwsErrorKind.Transient, "UnprocessedKeys", $"state table '{tableName}' left the read unprocessed {Rounds} times");
        var left = keys.Select(k => k[StateKeys.PartitionKey].S).ToHashSet(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            reads.TryAdd(table, left.Contains(StateKeys.Partition(table)) ? new ItemRead<T>(null, unprocessed) : Map(table, null));
        }

        return reads;
    }

    private ItemRead<T> Map(string table, Dictionary<string, AttributeValue>? item)
    {
        try
        {
            return new ItemRead<T>(map(table, item), null);
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or ArgumentException or System.Text.Json.JsonException)
        {
            return new ItemRead<T>(null, e as InvalidDataException ?? new InvalidDataException($"the {sortKey} item of '{table}' is malformed: {e.Message}", e));
        }
    }

    private static Dictionary<string, ItemRead<T>> Fill(Dictionary<string, ItemRead<T>> reads, string[] tables, Exception error)
    {
        foreach (var table in tables)
        {
            reads.TryAdd(table, new ItemRead<T>(null, error));
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

    private Dictionary<string, AttributeValue> Key(string table) => new(StringComparer.Ordinal)
    {
        [StateKeys.PartitionKey] = new() { S = StateKeys.Partition(table) },
        [StateKeys.SortKey] = new() { S = sortKey },
    };
}
