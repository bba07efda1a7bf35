using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using IncrementalExport.Core.Aws;
using IncrementalExport.Core.Contract;

namespace IncrementalExport.Core.Wake;

/// <summary>
/// The <see cref="WakeRecord"/> item of the state table (pk = WAKE, sk = CURRENT: no <c>TABLE#</c> prefix, so never a
/// table's state or history). Read consistently; written only on the version read, so of two ticks racing to
/// reprogram the wake-up exactly one wins and the other decides again from what the winner wrote.
/// </summary>
internal sealed class WakeRecordStore(IAmazonDynamoDB dynamoDb, string tableName)
{
    /// <summary>The item's partition key value.</summary>
    public const string PartitionKey = "WAKE";

    private const string SortKey = "CURRENT";

    /// <summary>The record, or null before the first wake-up was programmed.</summary>
    public async Task<WakeRecord?> GetAsync(CancellationToken cancellationToken)
    {
        var response = await AwsErrorClassifier.Call(
            () => dynamoDb.GetItemAsync(new GetItemRequest { TableName = tableName, Key = Key(), ConsistentRead = true }, cancellationToken),
            cancellationToken);
        return response.Item is { Count: > 0 } item
            ? new WakeRecord(Time(item["at"]), Time(item["view"]), long.Parse(item[StateTableKeys.Version].N, CultureInfo.InvariantCulture))
            : null;
    }

    /// <summary>Writes <paramref name="at"/> and <paramref name="view"/> if the record is still at <paramref name="read"/>; false if another tick wrote first.</summary>
    public async Task<WakeRecord?> TryWriteAsync(WakeRecord? read, DateTimeOffset at, DateTimeOffset view, CancellationToken cancellationToken)
    {
        var next = new WakeRecord(at, view, (read?.Version ?? 0) + 1);
        var item = Key();
        item["at"] = Number(next.At.ToUnixTimeMilliseconds());
        item["view"] = Number(next.View.ToUnixTimeMilliseconds());
        item[StateTableKeys.Version] = Number(next.Version);
        var request = new PutItemRequest
        {
            TableName = tableName,
            Item = item,
            ConditionExpression = read is null ? "attribute_not_exists(#pk)" : "#version = :expected",
            ExpressionAttributeNames = read is null ? new() { ["#pk"] = StateTableKeys.PartitionKey } : new() { ["#version"] = StateTableKeys.Version },
        };
        if (read is not null)
        {
            request.ExpressionAttributeValues = new() { [":expected"] = Number(read.Version) };
        }

        try
        {
            await AwsErrorClassifier.Call(() => dynamoDb.PutItemAsync(request, cancellationToken), cancellationToken);
            return next;
        }
        catch (AwsCallException e) when (e.Kind == AwsErrorKind.ConditionFailed)
        {
            return null;
        }
    }

    /// <summary><paramref name="time"/> as the record keeps it (whole milliseconds).</summary>
    public static DateTimeOffset Stored(DateTimeOffset time) => DateTimeOffset.FromUnixTimeMilliseconds(time.ToUnixTimeMilliseconds());

    private static Dictionary<string, AttributeValue> Key() => new(StringComparer.Ordinal)
    {
        [StateTableKeys.PartitionKey] = new() { S = PartitionKey },
        [StateTableKeys.SortKey] = new() { S = SortKey },
    };

    private static AttributeValue Number(long value) => new() { N = value.ToString(CultureInfo.InvariantCulture) };

    private static DateTimeOffset Time(AttributeValue value) =>
        DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(value.N, CultureInfo.InvariantCulture));
}
