using System.Globalization;
using Amazon.DynamoDBv2.Model;
using IncrementalExport.Core.Model;

namespace IncrementalExport.Core.State;

/// <summary>Builds an item; null values are left out rather than stored as NULL.</summary>
internal sealed class ItemWriter
{
    public Dictionary<string, AttributeValue> Item { get; } = new(StringComparer.Ordinal);

    public ItemWriter String(string name, string? value)
    {
        if (value is not null)
        {
            Item[name] = new AttributeValue { S = value };
        }

        return this;
    }

    public ItemWriter Number(string name, long value)
    {
        Item[name] = new AttributeValue { N = value.ToString(CultureInfo.InvariantCulture) };
        return this;
    }

    public ItemWriter Bool(string name, bool value)
    {
        Item[name] = new AttributeValue { BOOL = value };
        return this;
    }

    public ItemWriter Time(string name, DateTimeOffset? value) =>
        String(name, value is { } t ? TimeFormat.Iso(t) : null);

    public ItemWriter Enum<TEnum>(string name, TEnum value)
        where TEnum : struct, Enum =>
        String(name, value.ToString());
}
