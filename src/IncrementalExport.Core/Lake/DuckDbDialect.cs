namespace IncrementalExport.Core.Lake;

/// <summary>DuckDB: JSON paths as JSON pointers (/member/member, '~' and '/' escaped), so any attribute name works.</summary>
public sealed class DuckDbDialect : ISqlDialect
{
    /// <inheritdoc />
    public string JsonValue(string json, params string[] path) => $"json_extract({json}, {Pointer(path)})";

    /// <inheritdoc />
    public string JsonScalar(string json, params string[] path) => $"json_extract_string({json}, {Pointer(path)})";

    /// <inheritdoc />
    public string JsonToText(string json) => $"CAST({json} AS VARCHAR)";

    /// <inheritdoc />
    public string Identifier(string name) => SqlText.Identifier(name);

    private static string Pointer(string[] path) =>
        SqlText.Literal(string.Concat(path.Select(p => "/" + p.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal))));
}
