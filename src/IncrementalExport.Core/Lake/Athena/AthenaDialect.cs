namespace IncrementalExport.Core.Lake.Athena;

/// <summary>
/// Athena (Trino): JSON paths in bracket notation ($["member"]["member"], '"' and '\' escaped), so any attribute name
/// works; a JSON value becomes text with json_format.
/// </summary>
public sealed class AthenaDialect : ISqlDialect
{
    /// <inheritdoc />
    public string JsonValue(string json, params string[] path) => $"json_extract({json}, {Path(path)})";

    /// <inheritdoc />
    public string JsonScalar(string json, params string[] path) => $"json_extract_scalar({json}, {Path(path)})";

    /// <inheritdoc />
    public string JsonToText(string json) => $"json_format({json})";

    /// <inheritdoc />
    public string Identifier(string name) => SqlText.Identifier(name);

    /// <summary>A name in DDL (Athena's Hive DDL quotes with backticks, doubled inside).</summary>
    public static string DdlIdentifier(string name) => "`" + name.Replace("`", "``", StringComparison.Ordinal) + "`";

    private static string Path(string[] path) =>
        SqlText.Literal("$" + string.Concat(path.Select(p => "[\"" + p.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"]")));
}
