namespace IncrementalExport.Core.Lake;

/// <summary>Quoting shared by the dialects (standard SQL in both DuckDB and Trino).</summary>
public static class SqlText
{
    /// <summary>A string literal: '…' with quotes doubled.</summary>
    public static string Literal(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>A quoted identifier: "…" with quotes doubled.</summary>
    public static string Identifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
