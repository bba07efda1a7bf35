using System.Text.Json;
using IncrementalExport.Core.Model;
using IncrementalExport.Core.Settings;

namespace IncrementalExport.Tests.Settings;

public sealed class SettingsSerializeTests
{
    private static readonly ExportSettings Minimal = SampleSettings.Minimal;

    private static readonly ExportSettings Full = SampleSettings.Full;

    [Fact]
    public void Serialize_WhenEverythingIsDefault_ShouldWriteOnlyTheKeysWithoutDefault()
    {
        Assert.Equal(
            """{"bucket":"export-bucket","stateTable":"export-state","tables":[{"table":"orders"}]}""",
            SettingsJson.Serialize(Minimal));
    }

    [Fact]
    public void Serialize_WhenEveryValueDiffersFromItsDefault_ShouldWriteEveryKeyCompactly()
    {
        const string expected =
            """{"bucket":"my-bucket","bucketOwner":"123456789012","prefix":"dynamodb/prod","kmsKeyArn":"arn:aws:kms:eu-west-1:123456789012:alias/exports","stateTable":"incremental-export-dev-state","windowMinutes":25"""
            + ""","alignWindows":false,"maxCatchUpMinutes":600,"safetyMarginSeconds":0,"maxExportsInFlight":300,"maxConsecutiveFailures":5"""
            + ""","onPitrGap":"fullExport","parallelism":4,"tables":["""
            + """{"table":"arn:aws:dynamodb:eu-west-1:123456789012:table/orders","prefix":"orders-v2","viewType":"NEW_IMAGE","exportFormat":"ION","startTime":"2026-11-24T10:00:00Z"},"""
            + """{"table":"customers","startTime":"2026-11-24T10:00:00.1234567Z"}]}""";

        Assert.Equal(expected, SettingsJson.Serialize(Full));
    }

    [Fact]
    public void Serialize_WhenValuesEqualTheirDefaults_ShouldOmitThem()
    {
        // The defaults as the settings document promises them, written out rather than read from the record.
        var settings = new ExportSettings
        {
            Bucket = "export-bucket", StateTable = "export-state", Prefix = "", BucketOwner = null, KmsKeyArn = null,
            WindowMinutes = 15, AlignWindows = true, MaxCatchUpMinutes = 1440, SafetyMarginSeconds = 120,
            MaxExportsInFlight = 50, MaxConsecutiveFailures = 3, OnPitrGap = PitrGapPolicy.Halt, Parallelism = 256,
            Tables = [new("orders", null, ExportViewType.NewAndOldImages, ExportFormat.DynamoDbJson, null)],
        };

        Assert.Equal("""{"bucket":"export-bucket","stateTable":"export-state","tables":[{"table":"orders"}]}""", SettingsJson.Serialize(settings));
    }

    [Fact]
    public void Serialize_WhenATablePrefixIsSetToTheTableName_ShouldKeepIt()
    {
        var json = SettingsJson.Serialize(Minimal with { Tables = [new("orders", Prefix: "orders")] });

        Assert.Contains("""{"table":"orders","prefix":"orders"}""", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_WhenValuesNeedEscaping_ShouldStillRoundTrip()
    {
        var settings = Minimal with { Prefix = "it's(a)*!test" };

        var parsed = SettingsJson.Parse(SettingsJson.Serialize(settings)).GetOrThrow();

        Assert.Equal("it's(a)*!test", parsed.Prefix);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Parse_WhenGivenTheSerializedForm_ShouldReturnEqualSettings(ExportSettings settings)
    {
        var parsed = SettingsJson.Parse(SettingsJson.Serialize(settings)).GetOrThrow();

        Assert.Equal(settings, parsed, ExportSettingsComparer.Instance);
    }

    [Fact]
    public void Serialize_WhenSettingsBreakRules_ShouldThrowNamingEveryProblem()
    {
        var settings = Minimal with { Bucket = "Bad_Bucket", WindowMinutes = 5, Tables = [new("orders"), new("orders")] };

        var ex = Assert.Throws<InvalidSettingsException>(() => SettingsJson.Serialize(settings));

        Assert.Equal(["bucket", "windowMinutes", "tables[1].table"], ex.Errors.Select(e => e.Path));
        Assert.Contains("bucket: 'Bad_Bucket'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_WhenSettingsHaveNoTables_ShouldThrow()
    {
        var ex = Assert.Throws<InvalidSettingsException>(() => SettingsJson.Serialize(Minimal with { Tables = [] }));

        Assert.Equal("tables: is empty; configure at least one table", Assert.Single(ex.Errors).ToString());
    }

    [Fact]
    public void Serialize_WhenGivenFullSettings_ShouldWriteOneValidJsonObject()
    {
        using var document = JsonDocument.Parse(SettingsJson.Serialize(Full));

        Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
        Assert.Equal(2, document.RootElement.GetProperty("tables").GetArrayLength());
    }

    public static TheoryData<ExportSettings> Examples() => new() { Minimal, Full };
}
