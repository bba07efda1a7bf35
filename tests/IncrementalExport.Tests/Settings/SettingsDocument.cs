using System.Text.Json.Nodes;
using IncrementalExport.Core.Settings;

namespace IncrementalExport.Tests.Settings;

/// <summary>A minimal valid settings document, edited per test, and assertions on the problems found.</summary>
internal static class SettingsDocument
{
    private const string FirstTable = "tables[0].";

    public static JsonObject Minimal() => new()
    {
        ["bucket"] = "export-bucket",
        ["stateTable"] = "export-state",
        ["tables"] = new JsonArray(new JsonObject { ["table"] = "orders" }),
    };

    public static SettingsResult Parse(Action<JsonObject> edit)
    {
        var document = Minimal();
        edit(document);
        return SettingsJson.Parse(document.ToJsonString());
    }

    public static SettingsResult ParseTable(Action<JsonObject> edit) =>
        Parse(d => edit(d["tables"]![0]!.AsObject()));

    /// <summary>Parses the minimal document with one value set, at a top-level key or at "tables[0].key".</summary>
    public static SettingsResult ParseWith(string path, JsonNode? value) =>
        path.StartsWith(FirstTable, StringComparison.Ordinal)
            ? ParseTable(t => t[path[FirstTable.Length..]] = value)
            : Parse(d => d[path] = value);

    /// <summary>The value parsed for a path <see cref="ParseWith"/> can set.</summary>
    public static object? ReadBack(ExportSettings settings, string path) => path switch
    {
        "bucket" => settings.Bucket,
        "bucketOwner" => settings.BucketOwner,
        "prefix" => settings.Prefix,
        "kmsKeyArn" => settings.KmsKeyArn,
        "stateTable" => settings.StateTable,
        "windowMinutes" => settings.WindowMinutes,
        "maxCatchUpMinutes" => settings.MaxCatchUpMinutes,
        "safetyMarginSeconds" => settings.SafetyMarginSeconds,
        "maxExportsInFlight" => settings.MaxExportsInFlight,
        "maxConsecutiveFailures" => settings.MaxConsecutiveFailures,
        "onPitrGap" => settings.OnPitrGap,
        "parallelism" => settings.Parallelism,
        "tables[0].table" => settings.Tables[0].Table,
        "tables[0].prefix" => settings.Tables[0].Prefix,
        "tables[0].viewType" => settings.Tables[0].ViewType,
        "tables[0].exportFormat" => settings.Tables[0].Format,
        _ => throw new ArgumentOutOfRangeException(nameof(path), path, "no such settings path in these tests"),
    };

    public static SettingsResult ParseTables(params JsonObject[] tables) =>
        Parse(d => d["tables"] = new JsonArray(tables));

    public static JsonObject Table(string table, string? prefix = null)
    {
        var entry = new JsonObject { ["table"] = table };
        if (prefix is not null)
        {
            entry["prefix"] = prefix;
        }

        return entry;
    }

    public static ExportSettings Valid(SettingsResult result)
    {
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
        Assert.Empty(result.Errors);
        return result.Settings!;
    }

    /// <summary>Asserts the result has exactly one problem, at this path, whose "path: message" text has every fragment.</summary>
    public static void SingleError(SettingsResult result, string path, params string[] fragments)
    {
        Assert.False(result.IsValid);
        Assert.Null(result.Settings);
        var error = Assert.Single(result.Errors);
        Assert.Equal(path, error.Path);
        foreach (var fragment in fragments)
        {
            Assert.Contains(fragment, error.ToString(), StringComparison.Ordinal);
        }
    }
}
