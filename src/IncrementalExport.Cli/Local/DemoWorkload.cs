using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace IncrementalExport.Cli.Local;

/// <summary>
/// Random puts, updates and deletes on an orders table (pk customer, sk order number) through the SDK, from a seed:
/// keys are changed again and again, items grow attributes as time goes on, one attribute changes type.
/// </summary>
internal sealed class DemoWorkload(IAmazonDynamoDB dynamoDb, string table, int seed)
{
    private readonly Random _random = new(seed);
    private readonly List<(string Customer, int Order)> _keys = [];
    private int _nextOrder;

    /// <summary>Writes done so far by kind.</summary>
    public Dictionary<string, int> Counts { get; } = new(StringComparer.Ordinal) { ["put"] = 0, ["update"] = 0, ["delete"] = 0 };

    /// <summary>Creates the table: pk (S) hash key, sk (N) range key.</summary>
    public static CreateTableRequest TableRequest(string table) => new()
    {
        TableName = table,
        BillingMode = BillingMode.PAY_PER_REQUEST,
        AttributeDefinitions = [new("pk", ScalarAttributeType.S), new("sk", ScalarAttributeType.N)],
        KeySchema = [new("pk", KeyType.HASH), new("sk", KeyType.RANGE)],
    };

    /// <summary><paramref name="count"/> random writes; <paramref name="phase"/> (0..1) makes later items richer.</summary>
    public async Task WriteAsync(int count, double phase, CancellationToken cancellationToken)
    {
        for (var i = 0; i < count; i++)
        {
            var roll = _random.NextDouble();
            if (_keys.Count < 5 || roll < 0.4)
            {
                await PutAsync(NewKey(), phase, cancellationToken);
            }
            else if (roll < 0.75)
            {
                await UpdateAsync(Existing(), phase, cancellationToken);
            }
            else if (roll < 0.9)
            {
                await DeleteAsync(cancellationToken);
            }
            else
            {
                await PutAsync(Existing(), phase, cancellationToken);
            }
        }
    }

    private (string Customer, int Order) NewKey()
    {
        var key = ($"customer#{_random.Next(40):D3}", ++_nextOrder);
        _keys.Add(key);
        return key;
    }

    private (string Customer, int Order) Existing() => _keys[_random.Next(_keys.Count)];

    private async Task PutAsync((string Customer, int Order) key, double phase, CancellationToken cancellationToken)
    {
        var item = Key(key);
        item["status"] = new AttributeValue { S = "placed" };
        item["total"] = new AttributeValue { N = Money() };
        item["lines"] = new AttributeValue { N = _random.Next(1, 9).ToString(CultureInfo.InvariantCulture) };
        item["tags"] = new AttributeValue { SS = ["web", _random.Next(2) == 0 ? "priority" : "standard"] };
        if (phase > 0.3)
        {
            item["shipping"] = new AttributeValue
            {
                M = new() { ["city"] = new AttributeValue { S = "Lyon" }, ["express"] = new AttributeValue { BOOL = _random.Next(2) == 0 } },
            };
        }

        // "ref" is text at first and a number later: a column of mixed types.
        item["ref"] = phase < 0.5 ? new AttributeValue { S = $"R-{key.Order}" } : new AttributeValue { N = key.Order.ToString(CultureInfo.InvariantCulture) };
        await dynamoDb.PutItemAsync(new PutItemRequest { TableName = table, Item = item }, cancellationToken);
        Counts["put"]++;
    }

    private async Task UpdateAsync((string Customer, int Order) key, double phase, CancellationToken cancellationToken)
    {
        var request = new UpdateItemRequest
        {
            TableName = table,
            Key = Key(key),
            // Later updates add an attribute the item did not have.
            UpdateExpression = phase > 0.6 ? "SET #s = :s, #t = :t, #d = :d ADD #l :one" : "SET #s = :s, #t = :t ADD #l :one",
            ExpressionAttributeNames = new() { ["#s"] = "status", ["#t"] = "total", ["#l"] = "lines" },
            ExpressionAttributeValues = new()
            {
                [":s"] = new AttributeValue { S = _random.Next(2) == 0 ? "shipped" : "paid" },
                [":t"] = new AttributeValue { N = Money() },
                [":one"] = new AttributeValue { N = "1" },
            },
        };
        if (phase > 0.6)
        {
            request.ExpressionAttributeNames["#d"] = "discount";
            request.ExpressionAttributeValues[":d"] = new AttributeValue { N = "0.05" };
        }

        await dynamoDb.UpdateItemAsync(request, cancellationToken);
        Counts["update"]++;
    }

    private async Task DeleteAsync(CancellationToken cancellationToken)
    {
        var index = _random.Next(_keys.Count);
        var key = _keys[index];
        _keys.RemoveAt(index);
        await dynamoDb.DeleteItemAsync(new DeleteItemRequest { TableName = table, Key = Key(key) }, cancellationToken);
        Counts["delete"]++;
    }

    private string Money() => (_random.Next(100, 100000) / 100m).ToString(CultureInfo.InvariantCulture);

    private static Dictionary<string, AttributeValue> Key((string Customer, int Order) key) => new()
    {
        ["pk"] = new AttributeValue { S = key.Customer },
        ["sk"] = new AttributeValue { N = key.Order.ToString(CultureInfo.InvariantCulture) },
    };
}
