using System.Globalization;
using System.Text.Json.Nodes;
using IncrementalExport.Core.Lake;
using IncrementalExport.Materialize.Checking;

namespace IncrementalExport.Tests.Lake.Athena;

/// <summary>
/// The lake's column rule, checked row by row against each row's _item: a typed column holds exactly its attribute's
/// value when the value is of the column's DynamoDB type and the type holds it without rounding, and NULL otherwise.
/// </summary>
internal static class ColumnCheck
{
    public static List<string> Mismatches(IEnumerable<Dictionary<string, string?>> rows, IReadOnlyList<ColumnSpec> columns)
    {
        var problems = new List<string>();
        foreach (var row in rows)
        {
            var item = JsonNode.Parse(row[ColumnSpec.ItemColumn]!)!.AsObject();
            foreach (var column in columns)
            {
                var expected = Expected(column, item[column.Attribute]?.AsObject());
                var actual = row[column.Column] switch
                {
                    { } json when column.Kind == ColumnKind.Json => Wrapped(JsonNode.Parse(json)!),
                    { } number when column.Kind == ColumnKind.Numeric => Trimmed(number),
                    var other => other,
                };
                if (actual != expected)
                {
                    problems.Add($"{column.Column} ({column.Kind}) is {actual ?? "NULL"}, expected {expected ?? "NULL"} in {row[ColumnSpec.ItemColumn]}");
                }
            }
        }

        return problems;
    }

    private static string? Expected(ColumnSpec column, JsonObject? value)
    {
        if (value is null)
        {
            return null;
        }

        string? Scalar(string type) => value[type]?.GetValue<string>();
        var number = Scalar("N");
        return column.Kind switch
        {
            ColumnKind.Text => Scalar("S"),
            ColumnKind.BigInt => number is not null && number.All(c => char.IsAsciiDigit(c) || c == '-') && long.TryParse(number, CultureInfo.InvariantCulture, out var l)
                ? l.ToString(CultureInfo.InvariantCulture) : null,
            ColumnKind.Numeric => number is not null && DynamoNumber.Parse(number) is { } n && !number.Contains('E', StringComparison.OrdinalIgnoreCase)
                                  && n.Scale <= column.Scale && n.IntegerDigits + column.Scale <= ColumnSpec.MaxPrecision
                ? Trimmed(number) : null,
            ColumnKind.NumberText => number,
            ColumnKind.Bool => value["BOOL"] is { } b ? (b.GetValue<bool>() ? "True" : "False") : null,
            ColumnKind.Binary => Scalar("B"),
            _ => Wrapped(value),
        };
    }

    // A decimal's text without trailing fractional zeros (how many a reader prints depends on the client).
    private static string Trimmed(string number) => number.Contains('.', StringComparison.Ordinal) ? number.TrimEnd('0').TrimEnd('.') : number;

    private static string Wrapped(JsonNode value) => ItemJson.Canonical(new JsonObject { ["v"] = value.DeepClone() }.ToJsonString());
}
