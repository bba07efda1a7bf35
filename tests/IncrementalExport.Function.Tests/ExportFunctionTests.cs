using System.Text.Json;
using Amazon.Lambda.TestUtilities;
using IncrementalExport.Core.Engine;
using IncrementalExport.Core.Invocation;
using IncrementalExport.Core.Reports;
using IncrementalExport.Core.Settings;
using Microsoft.Extensions.Time.Testing;

namespace IncrementalExport.Function.Tests;

public sealed class ExportFunctionTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _time = new(Now);
    private readonly StringWriter _log = new();
    private readonly ClockedEngine _engine;
    private readonly ExportFunction _function;

    public ExportFunctionTests()
    {
        var settings = new ExportSettings
        {
            Bucket = "exports",
            StateTable = "incremental-export-test-state",
            Tables = [new TableSettings("orders"), new TableSettings("customers")],
        };
        _engine = new ClockedEngine(_time, "orders", "customers");
        _function = new ExportFunction(new InvocationHost(new FixedSettingsSource(settings), _ => _engine, _time, _log));
    }

    public void Dispose() => _log.Dispose();

    private static JsonElement Payload(string json)
    {
        // The payload arrives the way the runtime delivers it: through the assembly's Lambda serializer.
        return FunctionSerializer.Payload(json);
    }

    private Task<ActionReport> Invoke(string json, TimeSpan remaining) =>
        _function.Handle(Payload(json), new TestLambdaContext { RemainingTime = remaining });

    [Fact]
    public async Task Handle_WhenTheScheduleSendsItsInput_ShouldTickEveryTable()
    {
        var response = await Invoke("""{"action":"tick"}""", TimeSpan.FromMinutes(5));

        Assert.True(response.Ok);
        Assert.Equal(["orders", "customers"], response.Tables!.Select(t => t.Table));
        Assert.Null(_engine.LastTick!.Tables);
        Assert.Equal(Now.AddMinutes(4), _engine.LastTick.StopStartingAt);
    }

    [Fact]
    public async Task Handle_WhenTablesAreForced_ShouldTickOnlyThose()
    {
        var response = await Invoke("""{"tables":["customers"]}""", TimeSpan.FromMinutes(5));

        Assert.Equal(["customers"], _engine.LastTick!.Tables);
        Assert.Equal("customers", Assert.Single(response.Tables!).Table);
    }

    [Theory]
    [InlineData("""{"action":"pause","table":"orders"}""", "pause")]
    [InlineData("""{"action":"reset","table":"orders","from":"2026-11-24T10:00:00Z"}""", "reset")]
    [InlineData("""{"action":"status"}""", "status")]
    public async Task Handle_WhenAnOperatorActionArrives_ShouldCarryItOut(string json, string action)
    {
        var response = await Invoke(json, TimeSpan.FromMinutes(5));

        Assert.True(response.Ok);
        Assert.Equal(action, response.Action);
        Assert.Equal(1, _engine.Calls);
    }

    [Theory]
    [InlineData("""{"action":"tick","extra":true}""", "extra: unknown key; a payload has only action, tables, table and from")]
    [InlineData("""{"action":"pause","table":"nope"}""", """table: "nope" is not a configured table; configured: orders, customers""")]
    [InlineData("""{"action":"resume","table":"orders","from":"2026-11-24T10:00:00Z"}""", "from: only valid with action reset (the action is resume)")]
    [InlineData("""{"tables":[]}""", "tables: expected a non-empty array of table names or ARNs, got []; omit it to tick every table")]
    [InlineData("[1,2]", """payload: expected a JSON object such as {"action":"tick"}, got [1,2]""")]
    public async Task Handle_WhenThePayloadIsMalformed_ShouldAnswerOkFalseAndChangeNothing(string json, string error)
    {
        var response = await Invoke(json, TimeSpan.FromMinutes(5));

        Assert.False(response.Ok);
        Assert.Equal(error, response.Error);
        Assert.Equal(0, _engine.Calls);
    }

    [Fact]
    public async Task Handle_WhenRemainingTimeIsShort_ShouldStartNothingAndSaySo()
    {
        var response = await Invoke("{}", TimeSpan.FromSeconds(5));

        Assert.Equal(Now, _engine.LastTick!.StopStartingAt);
        Assert.True(response.StoppedForDeadline);
        Assert.All(response.Tables!, t => Assert.Equal(StepKind.DeadlineReached, t.Step));
        Assert.StartsWith("Stopped starting new exports", response.Message);
    }

    [Fact]
    public async Task Handle_WhenTimeRemains_ShouldStartWorkBeforeTheCutOff()
    {
        var response = await Invoke("{}", TimeSpan.FromMinutes(5));

        Assert.False(response.StoppedForDeadline);
        Assert.All(response.Tables!, t => Assert.Equal(StepKind.StartedIncremental, t.Step));
    }

    [Fact]
    public async Task Handle_WhenTheResponseIsWrittenByTheLambdaSerializer_ShouldKeepTheDocumentedShape()
    {
        var response = await Invoke("{}", TimeSpan.FromSeconds(5));

        using var json = JsonDocument.Parse(FunctionSerializer.Response(response));
        Assert.True(json.RootElement.GetProperty("ok").GetBoolean());
        Assert.True(json.RootElement.GetProperty("stoppedForDeadline").GetBoolean());
        Assert.Equal("DeadlineReached", json.RootElement.GetProperty("tables")[0].GetProperty("step").GetString());
    }
}
