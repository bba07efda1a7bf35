using System.Globalization;

namespace IncrementalExport.Core.Lake;

/// <summary>
/// The apply model as SQL, over a relation of the raw export lines (<see cref="LinesColumns"/>): per key the image of
/// the latest change by WriteTimestampMicros (a full export's line counts as older than any change; ties go to the
/// later export, then the later line), and a key whose latest change has no NewImage is deleted. Then one typed
/// column per attribute (<see cref="ColumnTyping"/>) and the whole item in <see cref="ColumnSpec.ItemColumn"/>.
/// </summary>
public sealed class ApplySql(ISqlDialect dialect)
{
    /// <summary>The columns of the lines relation: the export's sequence in the plan, the line's number in it, the line.</summary>
    public const string LinesColumns = "seq, line_no, line";

    /// <summary>
    /// A query of the current items from <paramref name="lines"/>: columns item_key and image (DynamoDB JSON).
    /// <paramref name="keyNames"/> identify an item; empty when only a full export is applied and no key is known.
    /// </summary>
    public string LatestImages(string lines, IReadOnlyList<string> keyNames) => $"""
        SELECT item_key, image FROM (
        {LatestChanges(lines, keyNames)}
        ) AS latest
        WHERE image IS NOT NULL
        """;

    /// <summary>
    /// The latest change per key in <paramref name="lines"/>, deletes included: columns item_key, seq (the export it
    /// came from), write_micros (-1 for a full export's line) and image (NULL when the latest change deletes the key).
    /// Exactly one row per key, which is what a MERGE needs from its source.
    /// </summary>
    public string LatestChanges(string lines, IReadOnlyList<string> keyNames)
    {
        ArgumentNullException.ThrowIfNull(keyNames);
        var item = dialect.JsonValue("line", "Item");
        var stamp = $"COALESCE({dialect.JsonScalar("line", "Metadata", "WriteTimestampMicros", "N")}, {dialect.JsonScalar("line", "Metadata", "WriteTimestampMicros")})";
        var keySource = $"COALESCE({dialect.JsonValue("line", "Keys")}, {item})";
        var itemKey = keyNames.Count == 0
            ? "CAST(seq AS VARCHAR) || ':' || CAST(line_no AS VARCHAR)"
            : string.Join(" || '|' || ", keyNames.Select(k => dialect.JsonToText(dialect.JsonValue(keySource, k))));
        return $"""
            SELECT item_key, seq, write_micros, image FROM (
              SELECT item_key, seq, write_micros, image,
                     row_number() OVER (PARTITION BY item_key ORDER BY write_micros DESC, seq DESC, line_no DESC) AS rank
              FROM (
                SELECT seq, line_no,
                       {itemKey} AS item_key,
                       CASE WHEN {item} IS NOT NULL THEN -1 ELSE CAST({stamp} AS BIGINT) END AS write_micros,
                       COALESCE({item}, {dialect.JsonValue("line", "NewImage")}) AS image
                FROM {lines}
              ) AS changes
            ) AS ranked
            WHERE rank = 1
            """;
    }

    /// <summary>The select list of the table from a relation with an image column: the typed columns, then _item.</summary>
    public string Columns(IReadOnlyList<ColumnSpec> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var list = columns.Select(c => $"{Value(c)} AS {dialect.Identifier(c.Column)}")
            .Append($"{dialect.JsonToText("image")} AS {dialect.Identifier(ColumnSpec.ItemColumn)}");
        return string.Join(",\n", list);
    }

    /// <summary>The order of the rows: by the key columns.</summary>
    public string OrderBy(IReadOnlyList<ColumnSpec> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var keys = columns.Where(c => c.IsKey).Select(c => dialect.Identifier(c.Column)).ToList();
        return keys.Count == 0 ? dialect.Identifier(ColumnSpec.ItemColumn) : string.Join(", ", keys);
    }

    private string Value(ColumnSpec c) => c.Kind switch
    {
        ColumnKind.Text => dialect.JsonScalar("image", c.Attribute, "S"),
        ColumnKind.BigInt => $"CAST({dialect.JsonScalar("image", c.Attribute, "N")} AS BIGINT)",
        ColumnKind.Numeric => $"CAST({dialect.JsonScalar("image", c.Attribute, "N")} AS DECIMAL({ColumnSpec.MaxPrecision.ToString(CultureInfo.InvariantCulture)}, {c.Scale.ToString(CultureInfo.InvariantCulture)}))",
        ColumnKind.NumberText => dialect.JsonScalar("image", c.Attribute, "N"),
        ColumnKind.Bool => $"CAST({dialect.JsonScalar("image", c.Attribute, "BOOL")} AS BOOLEAN)",
        ColumnKind.Binary => $"from_base64({dialect.JsonScalar("image", c.Attribute, "B")})",
        _ => dialect.JsonValue("image", c.Attribute),
    };
}
