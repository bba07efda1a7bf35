using System.Text.Json;
using IncrementalExport.Core.Lake.Athena;
using IncrementalExport.Core.Settings;
using IncrementalExport.Emulator.Athena;
using IncrementalExport.TestServers;
using IncrementalExport.TestServers.Dynalite;

namespace IncrementalExport.Function.Tests;

/// <summary>
/// The function with a <c>dataLake</c> section in its settings item, through the Annotations-generated handler: its
/// ticks drive the apply chain through the Athena adapter (endpoint from AWS_ENDPOINT_URL_ATHENA, signed with the
/// function's credentials) against the fake Athena, after the export step.
/// </summary>
public sealed class LakeHandlerTests : IAsyncLifetime
{
    private readonly string _stateTable = SharedDynalite.UniqueName("lake-state");
    private readonly string _orders = SharedDynalite.UniqueName("orders");
    private LocalExportEnvironment? _aws;
    private FakeAthenaServer? _athena;
    private FunctionEnvironment? _environment;

    private LocalExportEnvironment Aws => _aws!;

    private FakeAthenaServer Athena => _athena!;

    public async Task InitializeAsync()
    {
        _aws = await LocalExportEnvironment.StartAsync(TimeProvider.System);
        Aws.ControlPlane.ExportDuration = TimeSpan.Zero;
        var arn = Aws.ControlPlane.RegisterTable(_orders, pitrEnabledSince: DateTimeOffset.UtcNow.AddDays(-2));

        // The statements are not executed here: the typing query answers its header (no attribute), the rest succeed.
        _athena = await FakeAthenaServer.StartAsync(
            ["ie-test-lake"],
            sql => sql.StartsWith("SELECT ", StringComparison.Ordinal) ? FakeQueryOutcome.Selected([LakeTyping.Columns]) : FakeQueryOutcome.Succeeded);
        Athena.Queries.PollsBeforeDone = 0;
        await LocalStateTable.WriteSettingsAsync(Aws.Client, new ExportSettings
        {
            Bucket = "exports",
            Prefix = "ddb",
            StateTable = _stateTable,
            Tables = [new TableSettings(arn)],
            DataLake = new LakeSettings("ie_test_lake", "ie-test-lake"),
        });
        _environment = LocalStateTable.Environment(Aws.ServiceUrl, _stateTable, new Dictionary<string, string?> { ["AWS_ENDPOINT_URL_ATHENA"] = Athena.ServiceUrl });
    }

    public async Task DisposeAsync()
    {
        _environment?.Dispose();
        await Athena.DisposeAsync();
        await Aws.DisposeAsync();
    }

    [Fact]
    public async Task Ticks_WithDataLakeSettings_ShouldStartTheApplyStatementsInAthenaAndALaterTickRecordTheApply()
    {
        var handler = new ExportFunction_Handle_Generated();
        var ticks = new List<JsonElement>();
        for (var i = 0; i < 30 && !Applied(ticks); i++)
        {
            ticks.Add(await HandlerInvocation.InvokeAsync(handler, """{"action":"tick"}"""));
        }

        Assert.True(Applied(ticks), string.Join("\n", ticks.Select(t => Apply(t)?.ToString() ?? t.ToString())));
        var ran = Athena.Queries.Ran;
        Assert.StartsWith("SELECT attribute, type", ran[0], StringComparison.Ordinal);
        Assert.StartsWith("CREATE EXTERNAL TABLE IF NOT EXISTS `ie_test_lake`.", ran[1], StringComparison.Ordinal);
        Assert.Contains("s3://exports/ddb/", ran[1], StringComparison.Ordinal);
        Assert.Contains(ran, q => q.StartsWith("MERGE INTO \"ie_test_lake\".", StringComparison.Ordinal) && q.Contains("\"pk\"", StringComparison.Ordinal));
        Assert.Contains(ticks, t => Apply(t) is { } a && a.TryGetProperty("applying", out var applying) && applying.GetString()!.Contains("statement 1 of 4, query ", StringComparison.Ordinal));

        var status = await HandlerInvocation.InvokeAsync(handler, """{"action":"status"}""");
        var apply = status.GetProperty("tables")[0].GetProperty("apply");
        Assert.Equal((1, 0), (apply.GetProperty("epoch").GetInt32(), apply.GetProperty("appliedThrough").GetInt32()));
    }

    private static JsonElement? Apply(JsonElement tick) =>
        tick.GetProperty("tables")[0].TryGetProperty("apply", out var apply) && apply.ValueKind == JsonValueKind.Object ? apply : null;

    private static bool Applied(List<JsonElement> ticks) =>
        ticks.Count > 0 && Apply(ticks[^1]) is { } apply && apply.TryGetProperty("appliedThrough", out var through) && through.ValueKind == JsonValueKind.Number;
}
