namespace IncrementalExport.Core.Lake;

/// <summary>One column of the materialized table.</summary>
/// <param name="Attribute">The top-level attribute it comes from.</param>
/// <param name="Column">The column's name: the attribute's, unless that collides (see <see cref="ColumnTyping"/>).</param>
/// <param name="Kind">Its type.</param>
/// <param name="Scale">Digits after the point, for <see cref="ColumnKind.Numeric"/>.</param>
/// <param name="IsKey">A key attribute of the table.</param>
public sealed record ColumnSpec(string Attribute, string Column, ColumnKind Kind, int Scale, bool IsKey)
{
    /// <summary>The column with the whole item as DynamoDB JSON.</summary>
    public const string ItemColumn = "_item";

    /// <summary>The largest precision of a DECIMAL column (DuckDB, Athena and Parquet all allow 38).</summary>
    public const int MaxPrecision = 38;
}
