using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using IncrementalExport.Core.Aws;
using IncrementalExport.Core.State;

namespace IncrementalExport.Core.Lake.Athena;

/// <summary>
/// The apply chains over IAmazonDynamoDB: item (TABLE#&lt;name&gt;, LAKE), its own version, so the export chain's
/// whole-item writes of STATE and the apply chain's writes never overwrite or fence each other.
/// </summary>
internal sealed class DynamoDbLakeStateStore(IAmazonDynamoDB dynamoDb, string tableName) : ILakeStateStore
{
    public async Task<LakeChainRead> GetAsync(string table, CancellationToken cancellationToken)
    {
        var response = await AwsErrorClassifier.Call(
            () => dynamoDb.GetItemAsync(new GetItemRequest { TableName = tableName, Key = Key(table), ConsistentRead = true }, cancellationToken),
            cancellationToken);
        return response.Item is { Count: > 0 } item ? Read(item) : Empty;
    }

    private static LakeChainRead Empty => new(LakeChainState.Empty, 0);

    private static LakeChainRead Read(Dictionary<string, AttributeValue> item)
    {
        var reader = new ItemReader(item);
        return new LakeChainRead(LakeChainJson.Read(reader.String(LakeStateKeys.Chain)), reader.Number(LakeStateKeys.Version));
    }

    /// <summary>Every table's LAKE item with BatchGetItem (100 per request).</summary>
    public Task<IReadOnlyDictionary<string, ItemRead<LakeChainRead>>> GetManyAsync(IReadOnlyCollection<string> tables, CancellationToken cancellationToken) =>
        new ItemBatchReader<LakeChainRead>(dynamoDb, tableName, LakeStateKeys.SortKey, AwsErrorClassifier.Call, (_, item) => item is null ? Empty : Read(item))
            .ReadAsync(tables, cancellationToken);

    public async Task<bool> TryWriteAsync(string table, LakeChainState next, long expectedVersion, CancellationToken cancellationToken)
    {
        var item = Key(table);
        item[LakeStateKeys.Chain] = new AttributeValue { S = LakeChainJson.Write(next) };
        item[LakeStateKeys.Version] = new AttributeValue { N = (expectedVersion + 1).ToString(CultureInfo.InvariantCulture) };
        var request = new PutItemRequest
        {
            TableName = tableName,
            Item = item,
            ConditionExpression = expectedVersion == 0 ? "attribute_not_exists(#version)" : "#version = :expected",
            ExpressionAttributeNames = new Dictionary<string, string>(StringComparer.Ordinal) { ["#version"] = LakeStateKeys.Version },
        };
        if (expectedVersion != 0)
        {
            request.ExpressionAttributeValues = new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
            {
                [":expected"] = new() { N = expectedVersion.ToString(CultureInfo.InvariantCulture) },
            };
        }

        try
        {
            await AwsErrorClassifier.Call(() => dynamoDb.PutItemAsync(request, cancellationToken), cancellationToken);
            return true;
        }
        catch (AwsCallException e) when (e.Kind == AwsErrorKind.ConditionFailed)
        {
            return false;
        }
    }

    private static Dictionary<string, AttributeValue> Key(string table) => new(StringComparer.Ordinal)
    {
        [StateKeys.PartitionKey] = new() { S = StateKeys.Partition(table) },
        [StateKeys.SortKey] = new() { S = LakeStateKeys.SortKey },
    };
}
