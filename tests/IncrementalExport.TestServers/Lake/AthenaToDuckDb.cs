using System.Text;
using System.Text.RegularExpressions;

namespace IncrementalExport.TestServers.Lake;

/// <summary>
/// The whole difference between the Athena SQL the lake runs and what DuckDB runs in these tests, in one place:
/// - three Trino functions DuckDB lacks, as macros: json_extract_scalar, json_format, regexp_like;
/// - JSON paths in bracket form ($["a"]["S"]) become DuckDB's quoted form ($."a"."S");
/// - DDL identifiers in backticks become double-quoted;
/// - CREATE EXTERNAL TABLE … PARTITIONED BY (…) becomes a plain table whose partition keys are columns (the tests
///   load each export's lines with its partition values); CREATE TABLE drops LOCATION/TBLPROPERTIES (Iceberg);
/// - ALTER TABLE … ADD COLUMNS (a, b) becomes one ADD COLUMN per column;
/// - OPTIMIZE and VACUUM (Iceberg file maintenance, no change to the rows) run nothing;
/// - Trino's UNNEST of a map into (key, value) columns becomes a LATERAL unnest of DuckDB's map_entries.
/// Everything else (MERGE, window functions, CASE, TRY_CAST, CREATE OR REPLACE VIEW) runs as Athena's text.
/// </summary>
internal static partial class AthenaToDuckDb
{
    public static readonly IReadOnlyList<string> Prelude =
    [
        "CREATE OR REPLACE MACRO json_extract_scalar(j, p) AS json_extract_string(j, p)",
        "CREATE OR REPLACE MACRO json_format(j) AS CAST(j AS VARCHAR)",
        "CREATE OR REPLACE MACRO regexp_like(s, p) AS regexp_matches(s, p)",
    ];

    public static IReadOnlyList<string> Translate(string athena)
    {
        var sql = Rewrite(athena.Trim());
        if (sql.StartsWith("OPTIMIZE ", StringComparison.Ordinal) || sql.StartsWith("VACUUM ", StringComparison.Ordinal))
        {
            return [];
        }

        if (ExternalTable().Match(sql) is { Success: true } external)
        {
            return [$"CREATE TABLE IF NOT EXISTS {external.Groups["name"].Value} ({external.Groups["cols"].Value}, {external.Groups["parts"].Value})"];
        }

        if (sql.StartsWith("CREATE TABLE ", StringComparison.Ordinal))
        {
            return [sql[..sql.IndexOf("\nLOCATION ", StringComparison.Ordinal)]];
        }

        if (AddColumns().Match(sql) is { Success: true } alter)
        {
            return SplitTopLevel(alter.Groups["cols"].Value).Select(c => $"ALTER TABLE {alter.Groups["name"].Value} ADD COLUMN {c}").ToList();
        }

        return [MapUnnest().Replace(sql, m =>
            $"CROSS JOIN LATERAL (SELECT e.key AS {m.Groups["k"].Value}, e.value AS {m.Groups["v"].Value} FROM (SELECT unnest(map_entries(CAST({m.Groups["x"].Value} AS MAP(VARCHAR, JSON)))) AS e)) AS {m.Groups["alias"].Value}")];
    }

    // Backtick identifiers outside literals become "…"; literals that are JSON paths in bracket form become $."…".
    private static string Rewrite(string sql)
    {
        var output = new StringBuilder();
        for (var i = 0; i < sql.Length; i++)
        {
            var c = sql[i];
            if (c is '\'' or '`')
            {
                var end = i + 1;
                var text = new StringBuilder();
                while (true)
                {
                    if (sql[end] == c && (end + 1 >= sql.Length || sql[end + 1] != c))
                    {
                        break;
                    }

                    text.Append(sql[end]);
                    end += sql[end] == c ? 2 : 1;
                }

                output.Append(c == '`' ? Core.Lake.SqlText.Identifier(text.ToString()) : Core.Lake.SqlText.Literal(Path(text.ToString())));
                i = end;
            }
            else
            {
                output.Append(c);
            }
        }

        return output.ToString();
    }

    private static string Path(string literal)
    {
        if (!literal.StartsWith("$[\"", StringComparison.Ordinal))
        {
            return literal;
        }

        var members = PathMember().Matches(literal[1..]).Select(m => Regex.Unescape(m.Groups[1].Value)).ToList();
        if (members.Any(m => m.Contains('"', StringComparison.Ordinal)))
        {
            throw new NotSupportedException($"DuckDB has no JSON path for a member name with a '\"': {literal}");
        }

        return "$" + string.Concat(members.Select(m => $".\"{m}\""));
    }

    private static List<string> SplitTopLevel(string list)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < list.Length; i++)
        {
            depth += list[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (list[i] == ',' && depth == 0)
            {
                parts.Add(list[start..i].Trim());
                start = i + 1;
            }
        }

        parts.Add(list[start..].Trim());
        return parts;
    }

    [GeneratedRegex("""\["((?:[^"\\]|\\.)*)"\]""")]
    private static partial Regex PathMember();

    [GeneratedRegex(@"^CREATE EXTERNAL TABLE IF NOT EXISTS (?<name>\S+) \((?<cols>.*?)\)\s*PARTITIONED BY \((?<parts>[^)]*)\).*$", RegexOptions.Singleline)]
    private static partial Regex ExternalTable();

    [GeneratedRegex(@"CROSS JOIN UNNEST\(CAST\((?<x>[\w.]+) AS MAP\(VARCHAR, JSON\)\)\) AS (?<alias>\w+) \((?<k>\w+), (?<v>\w+)\)")]
    private static partial Regex MapUnnest();

    [GeneratedRegex(@"^ALTER TABLE (?<name>\S+) ADD COLUMNS \((?<cols>.*)\)$", RegexOptions.Singleline)]
    private static partial Regex AddColumns();
}
