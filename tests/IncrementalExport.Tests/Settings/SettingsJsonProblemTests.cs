using System.Text.Json.Nodes;
using IncrementalExport.Core.Settings;

namespace IncrementalExport.Tests.Settings;

public sealed class SettingsJsonProblemTests
{
    [Theory]
    [InlineData("windowMinutes", "\"abc\"", "windowMinutes: \"abc\" is not a whole number (15 to 1440)")]
    [InlineData("windowMinutes", "15.5", "windowMinutes: 15.5 is not a whole number (15 to 1440)")]
    [InlineData("windowMinutes", "null", "windowMinutes: null is not a whole number (15 to 1440)")]
    [InlineData("windowMinutes", "1e400", "windowMinutes: 1e400 is out of range (15 to 1440)")]
    [InlineData("windowMinutes", "1.55e1", "windowMinutes: 1.55e1 is not a whole number (15 to 1440)")]
    [InlineData("parallelism", "99999999999", "parallelism: 99999999999 is out of range (1 to 256)")]
    [InlineData("parallelism", "-1e12", "parallelism: -1e12 is out of range (1 to 256)")]
    [InlineData("maxCatchUpMinutes", "1e40", "maxCatchUpMinutes: 1e40 is out of range (windowMinutes to 1440)")]
    [InlineData("safetyMarginSeconds", "1000.0", "safetyMarginSeconds: 1000 is out of range (0 to 900)")]
    [InlineData("maxExportsInFlight", "0.0", "maxExportsInFlight: 0 is out of range (1 to 300): AWS allows 300 concurrent exports per account")]
    [InlineData("alignWindows", "\"false\"", "alignWindows: \"false\" is not true or false")]
    [InlineData("bucket", "42", "bucket: 42 is not a string")]
    [InlineData("prefix", "null", "prefix: null is not a string")]
    [InlineData("onPitrGap", "[\"halt\"]", "onPitrGap: [\"halt\"] is not a string")]
    [InlineData("tables", "{\"table\":\"orders\"}", "tables: {\"table\":\"orders\"} is not a list")]
    public void Parse_WhenAValueHasTheWrongJsonType_ShouldNameKeyAndValue(string key, string rawValue, string expected)
    {
        var result = SettingsDocument.Parse(d => d[key] = JsonNode.Parse(rawValue));

        var error = Assert.Single(result.Errors);
        Assert.Equal(expected, error.ToString());
    }

    [Theory]
    [InlineData("30.0", 30)]
    [InlineData("3e1", 30)]
    [InlineData("3.0E+1", 30)]
    [InlineData("300e-1", 30)]
    [InlineData("60.000", 60)]
    public void Parse_WhenANumberHasAnIntegralValueWrittenWithAFractionOrExponent_ShouldReadItAsThatWholeNumber(string rawValue, int expected)
    {
        var settings = SettingsDocument.Valid(SettingsDocument.Parse(d => d["windowMinutes"] = JsonNode.Parse(rawValue)));

        Assert.Equal(expected, settings.WindowMinutes);
    }

    [Fact]
    public void Parse_WhenATableEntryIsNotAnObject_ShouldKeepLaterIndexesInMessages()
    {
        const string json = """
            { "bucket": "export-bucket", "stateTable": "export-state",
              "tables": [ "orders", { "table": "customers", "viewType": "OLD_IMAGE" } ] }
            """;

        var errors = SettingsJson.Parse(json).Errors.Select(e => e.ToString()).ToList();

        Assert.Equal(2, errors.Count);
        Assert.Equal("tables[0]: \"orders\" is not an object", errors[0]);
        Assert.StartsWith("tables[1].viewType: 'OLD_IMAGE' is not", errors[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WhenAKeyAppearsTwice_ShouldReportIt()
    {
        const string json = """{ "bucket": "a-bucket", "bucket": "b-bucket", "stateTable": "export-state", "tables": [ { "table": "orders" } ] }""";

        SettingsDocument.SingleError(SettingsJson.Parse(json), "bucket", "appears more than once");
    }

    [Fact]
    public void Parse_WhenATopLevelKeyIsUnknown_ShouldReportItWithTheLikelySpelling()
    {
        var result = SettingsDocument.Parse(d => d["tabels"] = new JsonArray());

        SettingsDocument.SingleError(result, "tabels", "tabels: unknown key", "did you mean tables?");
    }

    [Fact]
    public void Parse_WhenATableKeyIsUnknown_ShouldReportItUnderTheTablePath()
    {
        var result = SettingsDocument.ParseTable(t => t["viewtype"] = "NEW_IMAGE");

        SettingsDocument.SingleError(result, "tables[0].viewtype", "tables[0].viewtype: unknown key", "did you mean viewType?");
    }

    [Fact]
    public void Parse_WhenAnUnknownKeyResemblesNothing_ShouldSayOnlyUnknownKey()
    {
        var result = SettingsDocument.Parse(d => d["colour"] = "blue");

        var error = Assert.Single(result.Errors);
        Assert.Equal("colour: unknown key", error.ToString());
    }

    [Fact]
    public void Parse_WhenManyThingsAreWrong_ShouldReportEveryProblem()
    {
        const string json = """
            {
              "bucket": "My_Bucket", "stateTable": "s", "windowMinutes": 10, "tabels": [],
              "safetyMarginSeconds": "two minutes", "onPitrGap": "Halt",
              "tables": [
                { "table": "orders" },
                { "table": "orders", "viewType": "NEW_IMAGES" },
                { "table": "customers", "exportFormat": "CSV", "startTime": "2026-11-24T10:00:00" }
              ]
            }
            """;

        var paths = SettingsJson.Parse(json).Errors.Select(e => e.Path).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(
            [
                "bucket", "onPitrGap", "safetyMarginSeconds", "stateTable", "tabels",
                "tables[1].table", "tables[1].viewType", "tables[2].exportFormat", "tables[2].startTime", "windowMinutes",
            ],
            paths);
    }
}
