using System.Globalization;

namespace IncrementalExport.Core.Lake.Athena;

/// <summary>
/// The Iceberg table's columns in Athena SQL. A column's type is fixed when it is added; a later value of another
/// DynamoDB type, or one the type cannot hold exactly, is NULL in the column (never an error, never rounded) and is
/// always in _item.
/// </summary>
public static class LakeColumnSql
{
    /// <summary>The key of the row: the key attributes' DynamoDB JSON, joined by '|' (what MERGE matches on).</summary>
    public const string Key = "_key";

    /// <summary>The epoch the row belongs to.</summary>
    public const string Epoch = "_epoch";

    /// <summary>The sequence of the export (window) the row last changed in; 0 for the full export.</summary>
    public const string Window = "_window";

    /// <summary>The row's change's WriteTimestampMicros; -1 for a row as the full export wrote it.</summary>
    public const string WriteMicros = "_write_micros";

    /// <summary>Names no attribute column takes.</summary>
    public static readonly IReadOnlyList<string> Reserved = [ColumnSpec.ItemColumn, Key, Epoch, Window, WriteMicros];

    private static readonly AthenaDialect Dialect = new();

    /// <summary>The Hive DDL type of a column.</summary>
    public static string DdlType(ColumnSpec column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return column.Kind switch
        {
            ColumnKind.BigInt => "bigint",
            ColumnKind.Numeric => $"decimal({ColumnSpec.MaxPrecision.ToString(CultureInfo.InvariantCulture)},{column.Scale.ToString(CultureInfo.InvariantCulture)})",
            ColumnKind.Bool => "boolean",
            ColumnKind.Binary => "binary",
            _ => "string",
        };
    }

    /// <summary>The metadata columns after the attribute columns, with their DDL types.</summary>
    public static IEnumerable<(string Name, string Type)> Metadata() =>
        [(ColumnSpec.ItemColumn, "string"), (Key, "string"), (Epoch, "int"), (Window, "int"), (WriteMicros, "bigint")];

    /// <summary>The column's value from the image (DynamoDB JSON in <paramref name="image"/>), NULL when it cannot hold it exactly.</summary>
    public static string Value(ColumnSpec column, string image)
    {
        ArgumentNullException.ThrowIfNull(column);
        var number = Dialect.JsonScalar(image, column.Attribute, "N");
        return column.Kind switch
        {
            ColumnKind.Text => Dialect.JsonScalar(image, column.Attribute, "S"),
            ColumnKind.BigInt => $"CASE WHEN regexp_like({number}, '^-?[0-9]{{1,19}}$') THEN TRY_CAST({number} AS BIGINT) END",
            ColumnKind.Numeric => $"CASE WHEN regexp_like({number}, {SqlText.Literal(DecimalPattern(column.Scale))}) THEN TRY_CAST({number} AS {DdlType(column).ToUpperInvariant()}) END",
            ColumnKind.NumberText => number,
            ColumnKind.Bool => $"TRY_CAST({Dialect.JsonScalar(image, column.Attribute, "BOOL")} AS BOOLEAN)",
            ColumnKind.Binary => $"from_base64({Dialect.JsonScalar(image, column.Attribute, "B")})",
            _ => Dialect.JsonToText(Dialect.JsonValue(image, column.Attribute)),
        };
    }

    // Plain decimal text with at most `scale` decimals: what DECIMAL(38, scale) holds without rounding (TRY_CAST catches overflow).
    private static string DecimalPattern(int scale) =>
        scale == 0 ? "^-?[0-9]+$" : $"^-?[0-9]+(\\.[0-9]{{1,{scale.ToString(CultureInfo.InvariantCulture)}}})?$";
}
