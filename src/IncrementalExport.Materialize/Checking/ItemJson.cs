using System.Text.Json.Nodes;
using Amazon.DynamoDBv2.Model;

namespace IncrementalExport.Materialize.Checking;

/// <summary>
/// One canonical DynamoDB-JSON text per item, from the SDK's AttributeValues or from DynamoDB JSON, so two sources
/// of the same item compare equal: attribute and map member names sorted, set members sorted.
/// </summary>
public static class ItemJson
{
    /// <summary>The canonical text of an item read through the SDK.</summary>
    public static string Canonical(IReadOnlyDictionary<string, AttributeValue> item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var map = new JsonObject();
        foreach (var (name, value) in item.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            map[name] = Value(value);
        }

        return map.ToJsonString();
    }

    /// <summary>The canonical text of an item given as DynamoDB JSON ({"attr":{"S":"…"}, …}).</summary>
    public static string Canonical(string dynamoJson) => Sorted(JsonNode.Parse(dynamoJson)!.AsObject()).ToJsonString();

    private static JsonObject Value(AttributeValue v)
    {
        if (v.S is not null)
        {
            return new JsonObject { ["S"] = v.S };
        }

        if (v.N is not null)
        {
            return new JsonObject { ["N"] = v.N };
        }

        if (v.B is not null)
        {
            return new JsonObject { ["B"] = Convert.ToBase64String(v.B.ToArray()) };
        }

        if (v.BOOL is { } b)
        {
            return new JsonObject { ["BOOL"] = b };
        }

        if (v.NULL is true)
        {
            return new JsonObject { ["NULL"] = true };
        }

        if (v.SS is { Count: > 0 })
        {
            return Set("SS", v.SS);
        }

        if (v.NS is { Count: > 0 })
        {
            return Set("NS", v.NS);
        }

        if (v.BS is { Count: > 0 })
        {
            return Set("BS", v.BS.Select(s => Convert.ToBase64String(s.ToArray())));
        }

        if (v.M is not null)
        {
            var map = new JsonObject();
            foreach (var (name, member) in v.M.OrderBy(a => a.Key, StringComparer.Ordinal))
            {
                map[name] = Value(member);
            }

            return new JsonObject { ["M"] = map };
        }

        return new JsonObject { ["L"] = new JsonArray((v.L ?? []).Select(e => (JsonNode)Value(e)).ToArray()) };
    }

    private static JsonObject Set(string type, IEnumerable<string> members) =>
        new() { [type] = new JsonArray(members.Order(StringComparer.Ordinal).Select(m => (JsonNode)JsonValue.Create(m)).ToArray()) };

    private static JsonObject Sorted(JsonObject item)
    {
        var map = new JsonObject();
        foreach (var (name, value) in item.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            map[name] = SortedValue(value!.AsObject());
        }

        return map;
    }

    private static JsonObject SortedValue(JsonObject typed)
    {
        var (type, inner) = typed.Single();
        return type switch
        {
            "M" => new JsonObject { ["M"] = Sorted(inner!.AsObject()) },
            "L" => new JsonObject { ["L"] = new JsonArray(inner!.AsArray().Select(e => (JsonNode)SortedValue(e!.AsObject())).ToArray()) },
            "SS" or "NS" or "BS" => Set(type, inner!.AsArray().Select(e => e!.GetValue<string>())),
            _ => new JsonObject { [type] = inner!.DeepClone() },
        };
    }
}
