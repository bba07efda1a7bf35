using System.Text.Json.Nodes;
using IncrementalExport.Core.Settings;
using IncrementalExport.Stack;

namespace IncrementalExport.Tests.Stack;

/// <summary>
/// How the stack config is read around the engine's validation. The engine validation is replaced by a recorder
/// here so these tests pin the stack's own part (document building, key naming, collection of every error);
/// <see cref="StackConfigEngineValidationTests"/> runs the real one.
/// </summary>
public sealed class StackConfigTests
{
    private string? _document;

    [Fact]
    public void Read_WhenOnlyTablesAreSet_ShouldUseTheDocumentedDefaults()
    {
        var settings = Read(new() { ["tables"] = """[{"table":"orders"}]""" }).GetOrThrow();

        Assert.Equal("rate(1 hour)", settings.Schedule);
        Assert.Equal("UTC", settings.ScheduleTimezone);
        Assert.Equal(30, settings.LogRetentionDays);
        Assert.Equal(512, settings.LambdaMemoryMb);
        Assert.Equal(300, settings.LambdaTimeoutSeconds);
        Assert.Equal((3 * 15) + 30, settings.LagAlarmMinutes);
        Assert.Null(settings.AlarmEmail);
        Assert.Null(settings.ExportRetentionDays);
        Assert.Equal(30, settings.NoncurrentVersionDays);
        Assert.False(settings.ForceDestroy);
    }

    [Fact]
    public void Read_ShouldPassEngineKeysAsTypedJsonWithPlaceholderDestination()
    {
        Read(new()
        {
            ["tables"] = """["orders", {"table":"customers","viewType":"NEW_IMAGE"}]""",
            ["windowMinutes"] = "30",
            ["alignWindows"] = "false",
            ["onPitrGap"] = "fullExport",
            ["prefix"] = "exports",
            ["parallelism"] = "eight",
        });

        var document = JsonNode.Parse(_document!)!.AsObject();
        Assert.Equal(30, document["windowMinutes"]!.GetValue<long>());
        Assert.False(document["alignWindows"]!.GetValue<bool>());
        Assert.Equal("fullExport", document["onPitrGap"]!.GetValue<string>());
        Assert.Equal("exports", document["prefix"]!.GetValue<string>());
        Assert.Equal("eight", document["parallelism"]!.GetValue<string>());
        Assert.Equal("orders", document["tables"]![0]!["table"]!.GetValue<string>());
        Assert.Equal("NEW_IMAGE", document["tables"]![1]!["viewType"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(document["bucket"]!.GetValue<string>()));
        Assert.False(string.IsNullOrEmpty(document["stateTable"]!.GetValue<string>()));
    }

    [Fact]
    public void Read_WhenTheEngineReportsErrors_ShouldNameThemAsIncrementalExportKeys()
    {
        var result = Read(
            new() { ["tables"] = """[{"table":"a"},{"table":"b"},{"table":"c","viewType":"NEW_IMAGES"}]""" },
            new SettingsError("tables[2].viewType", "'NEW_IMAGES' is not NEW_IMAGE or NEW_AND_OLD_IMAGES"));

        var error = Assert.Single(result.Errors);
        Assert.Equal(
            "incremental-export:tables[2].viewType: 'NEW_IMAGES' is not NEW_IMAGE or NEW_AND_OLD_IMAGES",
            error.ToString());
        Assert.Null(result.Settings);
    }

    [Fact]
    public void Read_WhenManyKeysAreWrong_ShouldReportEveryOne()
    {
        var result = Read(
            new()
            {
                ["tables"] = """[{"table":"orders"}]""",
                ["schedule"] = "rate(5 minute)",
                ["scheduleTimezone"] = "not a zone",
                ["logRetentionDays"] = "31",
                ["lambdaMemoryMb"] = "64",
                ["lambdaTimeoutSeconds"] = "1000",
                ["lagAlarmMinutes"] = "10",
                ["alarmEmail"] = "ops",
                ["exportRetentionDays"] = "soon",
                ["noncurrentVersionDays"] = "0",
                ["forceDestroy"] = "yes",
            },
            new SettingsError("windowMinutes", "must be at least 15"));

        Assert.Equal(
            new[]
            {
                "incremental-export:alarmEmail", "incremental-export:exportRetentionDays", "incremental-export:forceDestroy",
                "incremental-export:lagAlarmMinutes", "incremental-export:lambdaMemoryMb", "incremental-export:lambdaTimeoutSeconds",
                "incremental-export:logRetentionDays", "incremental-export:noncurrentVersionDays", "incremental-export:schedule",
                "incremental-export:scheduleTimezone", "incremental-export:windowMinutes",
            },
            result.Errors.Select(e => e.Path).Order());
        var thrown = Assert.Throws<InvalidSettingsException>(() => result.GetOrThrow());
        Assert.Contains("incremental-export:lambdaMemoryMb: 64 is outside 128..10240", thrown.Message, StringComparison.Ordinal);
        Assert.Contains("incremental-export:schedule: 'rate(5 minute)'", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhenTablesAreMissing_ShouldSayTheyAreRequiredOnce()
    {
        var result = Read(new(), new SettingsError("tables", "is required"));

        var error = Assert.Single(result.Errors);
        Assert.Equal("incremental-export:tables", error.Path);
        Assert.Contains("pulumi config set --path", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhenTablesIsNotAList_ShouldSaySo()
    {
        var result = Read(new() { ["tables"] = "orders,customers" });

        var error = Assert.Single(result.Errors);
        Assert.Equal("incremental-export:tables", error.Path);
        Assert.Contains("not a list", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhenTheWindowIsLonger_ShouldDeriveTheLagAlarmDefaultFromIt()
    {
        var result = Read(new() { ["tables"] = """["orders"]""" }, engine: StackSamples.EngineSettings("orders") with { WindowMinutes = 60 });

        Assert.Equal((3 * 60) + 30, result.GetOrThrow().LagAlarmMinutes);
    }

    [Fact]
    public void Read_WhenPresentKeysHaveTyposOrStackOwnedKeys_ShouldReportThem()
    {
        var result = Read(
            new() { ["tables"] = """["orders"]""" },
            presentKeys: ["tables", "windowMinute", "bucket", "somethingElse", "lambdaMemory"]);

        Assert.Equal(
            new[]
            {
                "incremental-export:bucket: is set by the stack from the resources it creates; remove it from the stack config",
                "incremental-export:lambdaMemory: is not a known key (did you mean incremental-export:lambdaMemoryMb?)",
                "incremental-export:somethingElse: is not a known key",
                "incremental-export:windowMinute: is not a known key (did you mean incremental-export:windowMinutes?)",
            },
            result.Errors.Select(e => e.ToString()).Order());
    }

    [Fact]
    public void KeysInNamespace_ShouldReturnTheProjectsKeysInBothKeyForms()
    {
        const string pulumiConfig =
            """{"incremental-export:tables":"[]","incremental-export:config:schedule":"rate(1 hour)","aws:region":"eu-west-1"}""";

        Assert.Equal(["tables", "schedule"], StackConfig.KeysInNamespace(pulumiConfig));
        Assert.Empty(StackConfig.KeysInNamespace(null));
    }

    [Fact]
    public void Read_WhenTheSettingsCannotFitTheSettingsItem_ShouldSayHowManyTablesFit()
    {
        var many = Enumerable.Range(0, 3000).Select(i => $"a-rather-long-source-table-name-for-tenant-{i:D6}-of-the-orders-domain").ToArray();

        var result = Read(new() { ["tables"] = "[]" }, engine: StackSamples.EngineSettings(many));

        var error = Assert.Single(result.Errors);
        Assert.Equal("incremental-export:tables", error.Path);
        Assert.Contains("409600-byte item limit", error.Message, StringComparison.Ordinal);
        Assert.Contains("fit in one stack", error.Message, StringComparison.Ordinal);
        Assert.True(Read(new() { ["tables"] = "[]" }, engine: StackSamples.EngineSettings(many[..1000])).IsValid);
    }

    private StackConfigResult Read(
        Dictionary<string, string> config,
        SettingsError? engineError = null,
        string[]? presentKeys = null,
        ExportSettings? engine = null) =>
        StackConfig.Read(
            key => config.GetValueOrDefault(key),
            presentKeys,
            json =>
            {
                _document = json;
                return engineError is null
                    ? new SettingsResult(engine ?? StackSamples.EngineSettings("orders"), [])
                    : new SettingsResult(null, [engineError]);
            });
}
