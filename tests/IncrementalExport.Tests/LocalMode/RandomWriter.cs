using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace IncrementalExport.Tests.LocalMode;

/// <summary>
/// Random puts, updates and deletes through the SDK over few keys, so keys change several times in one window and
/// across windows; items grow attributes as steps go on; values cover every DynamoDB type, numbers at full precision.
/// </summary>
internal sealed class RandomWriter(IAmazonDynamoDB dynamoDb, string table, IReadOnlyList<string> keyNames, Random random)
{
    public int Writes { get; private set; }

    public async Task WriteAsync(int count, int step)
    {
        for (var i = 0; i < count; i++)
        {
            var key = Key(random.Next(12));
            switch (random.Next(10))
            {
                case < 4:
                    var item = new Dictionary<string, AttributeValue>(key) { ["v"] = Value(step), [$"grown{step % 9}"] = Value(step) };
                    await dynamoDb.PutItemAsync(new PutItemRequest { TableName = table, Item = item });
                    break;
                case < 8:
                    await dynamoDb.UpdateItemAsync(new UpdateItemRequest
                    {
                        TableName = table,
                        Key = key,
                        UpdateExpression = "SET #a = :a, #n = :n",
                        ExpressionAttributeNames = new() { ["#a"] = $"added{step}", ["#n"] = "n" },
                        ExpressionAttributeValues = new() { [":a"] = Value(step), [":n"] = new AttributeValue { N = Number() } },
                    });
                    break;
                default:
                    await dynamoDb.DeleteItemAsync(new DeleteItemRequest { TableName = table, Key = key });
                    break;
            }

            Writes++;
        }
    }

    private Dictionary<string, AttributeValue> Key(int k) => keyNames.Count == 1
        // The same number spelled two ways is one key: the exports must not tell them apart.
        ? new() { [keyNames[0]] = new AttributeValue { N = k.ToString(CultureInfo.InvariantCulture) + (random.Next(2) == 0 ? ".0" : "") } }
        : new() { [keyNames[0]] = new AttributeValue { S = $"p{k % 3}" }, [keyNames[1]] = new AttributeValue { N = k.ToString(CultureInfo.InvariantCulture) } };

    // 38 significant digits at varying scales: what a double would round.
    private string Number() => random.Next(3) switch
    {
        0 => "12345678901234567890123456789012345678",
        1 => "0.1234567890123456789012345678901234567" + random.Next(10).ToString(CultureInfo.InvariantCulture),
        _ => random.Next(-1000, 1000).ToString(CultureInfo.InvariantCulture),
    };

    private AttributeValue Value(int step) => random.Next(8) switch
    {
        0 => new AttributeValue { S = $"s{step}-{random.Next(100)}" },
        1 => new AttributeValue { N = Number() },
        2 => new AttributeValue { BOOL = random.Next(2) == 0 },
        3 => new AttributeValue { B = new MemoryStream([(byte)random.Next(256), 0, 255]) },
        4 => new AttributeValue { SS = ["a", $"b{random.Next(5)}"] },
        5 => new AttributeValue { NS = ["1", "2.5", Number()] },
        6 => new AttributeValue { L = [new AttributeValue { S = "x" }, new AttributeValue { NULL = true }] },
        _ => new AttributeValue { M = new() { ["inner"] = new AttributeValue { N = Number() }, ["deep"] = new AttributeValue { M = new() { ["s"] = new AttributeValue { S = "y" } } } } },
    };
}
