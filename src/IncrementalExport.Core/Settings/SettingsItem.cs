using System.Text;
using System.Text.Json;
using Amazon.DynamoDBv2.Model;
using IncrementalExport.Core.Contract;

namespace IncrementalExport.Core.Settings;

/// <summary>
/// Where a deployed environment keeps its settings: one item in its own state table, written by the stack and
/// read once per invocation, so that a table added by <c>pulumi up</c> is ticked at the next run without a new
/// deployment of code. A DynamoDB item holds 400 KB (a thousand tables take about 100 KB), where the Lambda
/// environment holds 4 KB. Its partition key has no <c>TABLE#</c> prefix, so it can never be a table's state or
/// history item.
/// </summary>
public static class SettingsItem
{
    /// <summary>The item's partition key value (table state and history use <c>TABLE#&lt;name&gt;</c>).</summary>
    public const string PartitionKey = "SETTINGS";

    /// <summary>The item's sort key value.</summary>
    public const string SortKey = "CURRENT";

    /// <summary>The attribute holding the settings JSON document (a string).</summary>
    public const string DocumentAttribute = "document";

    /// <summary>DynamoDB's item size limit in bytes.</summary>
    public const int MaxBytes = 400 * 1024;

    private const string PartitionKeyName = StateTableKeys.PartitionKey;
    private const string SortKeyName = StateTableKeys.SortKey;

    /// <summary>The item's key, for GetItem.</summary>
    public static Dictionary<string, AttributeValue> Key() => new(StringComparer.Ordinal)
    {
        [PartitionKeyName] = new AttributeValue { S = PartitionKey },
        [SortKeyName] = new AttributeValue { S = SortKey },
    };

    /// <summary>The item holding <paramref name="document"/>, for PutItem.</summary>
    public static Dictionary<string, AttributeValue> ToItem(string document)
    {
        var item = Key();
        item[DocumentAttribute] = new AttributeValue { S = document };
        return item;
    }

    /// <summary>The item in DynamoDB JSON ({"pk":{"S":…},…}), the form Pulumi's aws.dynamodb.TableItem takes.</summary>
    public static string ToDynamoDbJson(string document) =>
        JsonSerializer.Serialize(new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal)
        {
            [PartitionKeyName] = new() { ["S"] = PartitionKey },
            [SortKeyName] = new() { ["S"] = SortKey },
            [DocumentAttribute] = new() { ["S"] = document },
        });

    /// <summary>The item's size as DynamoDB counts it: the UTF-8 bytes of every attribute name and value.</summary>
    public static int SizeBytes(string document) =>
        Encoding.UTF8.GetByteCount(PartitionKeyName + PartitionKey + SortKeyName + SortKey + DocumentAttribute)
        + Encoding.UTF8.GetByteCount(document);

    /// <summary>The item's description for messages, e.g. "pk=SETTINGS, sk=CURRENT in table t".</summary>
    public static string Describe(string stateTable) => $"the settings item (pk={PartitionKey}, sk={SortKey}) of table '{stateTable}'";
}
