using System.Text;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace IncrementalExport.Benchmark.Ticks;

/// <summary>The largest state item and history item in a state table, sized by DynamoDB's item-size rules (approximately for numbers).</summary>
internal sealed record ItemSizes(long StateBytes, long HistoryBytes)
{
    public static async Task<ItemSizes> MeasureAsync(IAmazonDynamoDB client, string stateTable)
    {
        long state = 0, history = 0;
        Dictionary<string, AttributeValue>? next = null;
        do
        {
            var page = await client.ScanAsync(new ScanRequest { TableName = stateTable, ExclusiveStartKey = next });
            foreach (var item in page.Items)
            {
                var size = Size(item);
                if (item["sk"].S == "STATE")
                {
                    state = Math.Max(state, size);
                }
                else
                {
                    history = Math.Max(history, size);
                }
            }

            next = page.LastEvaluatedKey is { Count: > 0 } key ? key : null;
        }
        while (next is not null);

        return new ItemSizes(state, history);
    }

    private static long Size(Dictionary<string, AttributeValue> item) =>
        item.Sum(a => Encoding.UTF8.GetByteCount(a.Key) + Size(a.Value));

    private static long Size(AttributeValue value) => value switch
    {
        { S: { } s } => Encoding.UTF8.GetByteCount(s),
        // Numbers take about one byte per two significant digits plus one; the text length bounds that from above.
        { N: { } n } => (n.Length / 2) + 2,
        { BOOL: not null } or { NULL: true } => 1,
        { M: { Count: > 0 } m } => 3 + m.Sum(e => 1 + Encoding.UTF8.GetByteCount(e.Key) + Size(e.Value)),
        { L: { Count: > 0 } l } => 3 + l.Sum(e => 1 + Size(e)),
        { SS: { Count: > 0 } ss } => ss.Sum(Encoding.UTF8.GetByteCount),
        _ => 3,
    };
}
