namespace IncrementalExport.Core.Lake;

/// <summary>
/// The few places where SQL engines spell the apply differently (JSON paths and JSON-to-text), so the statements of
/// <see cref="ApplySql"/> are written once for DuckDB (local) and Athena/Trino alike.
/// </summary>
public interface ISqlDialect
{
    /// <summary>The JSON value at <paramref name="path"/> (member names) inside the JSON text <paramref name="json"/>; NULL when absent.</summary>
    string JsonValue(string json, params string[] path);

    /// <summary>The scalar at <paramref name="path"/> inside <paramref name="json"/> as text; NULL when absent.</summary>
    string JsonScalar(string json, params string[] path);

    /// <summary>A JSON value as its text.</summary>
    string JsonToText(string json);

    /// <summary>A quoted identifier.</summary>
    string Identifier(string name);
}
