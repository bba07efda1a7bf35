using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using DuckDB.NET.Data;
using IncrementalExport.Core.Lake;

namespace IncrementalExport.Materialize.Checking;

/// <summary>Whether a materialized table holds exactly the items a Scan of the source returns.</summary>
/// <param name="ScannedItems">Items the Scan returned.</param>
/// <param name="MaterializedRows">Rows in the Parquet file.</param>
/// <param name="Missing">Scanned items with no equal row, up to a few.</param>
/// <param name="Extra">Rows with no equal scanned item, up to a few.</param>
public sealed record TableComparison(long ScannedItems, long MaterializedRows, IReadOnlyList<string> Missing, IReadOnlyList<string> Extra)
{
    private const int Shown = 3;

    /// <summary>True when the two hold the same items.</summary>
    public bool Equal => Missing.Count == 0 && Extra.Count == 0 && ScannedItems == MaterializedRows;

    /// <summary>Scans <paramref name="table"/> (consistent reads) and compares it with the _item column of <paramref name="parquetFile"/>.</summary>
    public static async Task<TableComparison> CompareAsync(IAmazonDynamoDB dynamoDb, string table, string parquetFile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dynamoDb);
        var scanned = new List<string>();
        Dictionary<string, AttributeValue>? start = null;
        do
        {
            var page = await dynamoDb.ScanAsync(new ScanRequest { TableName = table, ConsistentRead = true, ExclusiveStartKey = start }, cancellationToken);
            scanned.AddRange((page.Items ?? []).Select(ItemJson.Canonical));
            start = page.LastEvaluatedKey is { Count: > 0 } last ? last : null;
        }
        while (start is not null);

        var rows = ReadItems(parquetFile).Select(ItemJson.Canonical).ToList();
        return new TableComparison(scanned.Count, rows.Count, Difference(scanned, rows), Difference(rows, scanned));
    }

    /// <summary>The _item column of a materialized table's Parquet file.</summary>
    public static IReadOnlyList<string> ReadItems(string parquetFile)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {SqlText.Identifier(ColumnSpec.ItemColumn)} FROM read_parquet({SqlText.Literal(parquetFile)})";
        using var reader = command.ExecuteReader();
        var items = new List<string>();
        while (reader.Read())
        {
            items.Add(reader.GetString(0));
        }

        return items;
    }

    private static List<string> Difference(IEnumerable<string> left, IEnumerable<string> right)
    {
        var remaining = right.GroupBy(r => r, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var item in left)
        {
            if (remaining.TryGetValue(item, out var n) && n > 0)
            {
                remaining[item] = n - 1;
            }
            else if (missing.Count < Shown)
            {
                missing.Add(item);
            }
        }

        return missing;
    }
}
