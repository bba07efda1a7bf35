using System.Globalization;
using Amazon.DynamoDBv2.Model;
using IncrementalExport.Core.Model;

namespace IncrementalExport.Core.State;

/// <summary>Typed reads of an item's attributes; a missing optional attribute reads as null.</summary>
internal sealed class ItemReader(Dictionary<string, AttributeValue> item)
{
    public string String(string name) =>
        OptionalString(name) ?? throw new InvalidDataException($"state item lacks '{name}'");

    public string? OptionalString(string name) =>
        item.TryGetValue(name, out var v) && v.S is not null ? v.S : null;

    public long Number(string name) =>
        item.TryGetValue(name, out var v) && v.N is not null ? long.Parse(v.N, CultureInfo.InvariantCulture) : 0;

    public long? OptionalNumber(string name) =>
        item.TryGetValue(name, out var v) && v.N is not null ? long.Parse(v.N, CultureInfo.InvariantCulture) : null;

    public bool Bool(string name) => item.TryGetValue(name, out var v) && v.BOOL == true;

    public DateTimeOffset? Time(string name) => OptionalString(name) is { } s ? TimeFormat.ParseIso(s) : null;

    public TEnum Enum<TEnum>(string name)
        where TEnum : struct, Enum =>
        OptionalString(name) is { } s ? System.Enum.Parse<TEnum>(s) : default;
}
