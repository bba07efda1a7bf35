using System.Text.Json;
using IncrementalExport.Core.Engine;
using IncrementalExport.Core.Invocation;
using IncrementalExport.Core.Model;
using IncrementalExport.Core.Reports;
using IncrementalExport.Core.Settings;
using Microsoft.Extensions.Time.Testing;
using static IncrementalExport.Tests.Invocation.InvocationTestData;

namespace IncrementalExport.Tests.Invocation;

public sealed class InvocationServiceTests : IDisposable
{
    private readonly RecordingEngine _engine = new();
    private readonly StringWriter _log = new();
    private readonly InvocationService _service;

    public InvocationServiceTests() =>
        _service = new InvocationService(_engine, TestSettings(), new FakeTimeProvider(Now), _log);

    public void Dispose() => _log.Dispose();

    private Task<ActionReport> Handle(string json, int remainingSeconds = 300) =>
        _service.HandleAsync(Payload(json), TimeSpan.FromSeconds(remainingSeconds), CancellationToken.None);

    private List<JsonElement> LogLines() =>
        _log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Payload).ToList();

    [Fact]
    public async Task HandleAsync_WhenTheScheduleTicks_ShouldTickEveryTableUntilTheCutOff()
    {
        await Handle("""{"action":"tick"}""", remainingSeconds: 300);

        var tick = Assert.Single(_engine.Ticks);
        Assert.Null(tick.Tables);
        Assert.Equal(Now.AddMinutes(4), tick.StopStartingAt);
        Assert.False(tick.DryRun);
    }

    [Fact]
    public async Task HandleAsync_WhenTablesAreForced_ShouldTickOnlyThoseByName()
    {
        await Handle($$"""{"tables":["{{CustomersArn}}"]}""");

        Assert.Equal(["customers"], Assert.Single(_engine.Ticks).Tables);
    }

    [Fact]
    public async Task HandleAsync_WhenLittleTimeRemains_ShouldStopStartingAtOnce()
    {
        await Handle("{}", remainingSeconds: 10);

        Assert.Equal(Now, Assert.Single(_engine.Ticks).StopStartingAt);
    }

    [Theory]
    [InlineData("""{"action":"pause","table":"orders"}""", "pause orders")]
    [InlineData("""{"action":"resume","table":"orders"}""", "resume orders")]
    [InlineData("""{"action":"reset","table":"arn:aws:dynamodb:eu-west-1:123456789012:table/customers"}""", "reset customers")]
    [InlineData("""{"action":"history","table":"orders"}""", "history orders")]
    [InlineData("""{"action":"status"}""", "status")]
    public async Task HandleAsync_WhenAnOperatorActionArrives_ShouldMakeExactlyThatEngineCall(string json, string call)
    {
        var response = await Handle(json);

        Assert.Equal([call], _engine.Calls);
        Assert.True(response.Ok);
    }

    [Fact]
    public async Task HandleAsync_WhenResetHasFrom_ShouldPassTheInstant()
    {
        var response = await Handle("""{"action":"reset","table":"orders","from":"2026-11-24T11:00:00+01:00"}""");

        Assert.Equal(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero), _engine.ResetFrom);
        Assert.Equal("reset", response.Action);
        Assert.True(response.Changed);
        Assert.Equal("orders", Assert.Single(response.Tables!).Table);
    }

    [Fact]
    public async Task HandleAsync_WhenTheEngineRefusesTheResetTime_ShouldAnswerOkFalseNamingFromAndLogIt()
    {
        _engine.RefuseReset = "2026-11-01T00:00:00Z is outside the PITR window of 'orders' [a, b]; nothing changed";

        var response = await Handle("""{"action":"reset","table":"orders","from":"2026-11-01T00:00:00Z"}""");

        Assert.False(response.Ok);
        Assert.Equal("from: 2026-11-01T00:00:00Z is outside the PITR window of 'orders' [a, b]; nothing changed", response.Error);
        Assert.Equal(["reset orders refused"], _engine.Calls);
        var line = Assert.Single(LogLines());
        Assert.Equal(("payloadRejected", response.Error), (line.GetProperty("event").GetString(), line.GetProperty("error").GetString()));
    }

    [Fact]
    public async Task HandleAsync_WhenTheEngineDoesNotKnowTheTable_ShouldAnswerInThePayloadsTermsInsteadOfFailing()
    {
        _engine.HistoryFailure = new UnknownTableException("orders", ["customers"]);

        var response = await Handle("""{"action":"history","table":"orders"}""");

        Assert.False(response.Ok);
        Assert.Equal("table: 'orders' is not a configured table; configured: customers", response.Error);
        Assert.Equal("payloadRejected", Assert.Single(LogLines()).GetProperty("event").GetString());
    }

    [Fact]
    public async Task HandleAsync_WhenTheStateKeptChanging_ShouldThrowSoTheInvocationCountsAsAnErrorAndIsRetried()
    {
        _engine.HistoryFailure = new ConcurrentChangeException("orders", 5);

        var error = await Assert.ThrowsAsync<ConcurrentChangeException>(() => Handle("""{"action":"history","table":"orders"}"""));

        Assert.Equal("orders", error.Table);
    }

    [Fact]
    public async Task HandleAsync_WhenStatusNamesATable_ShouldAskForThatTableOnly()
    {
        await Handle("""{"action":"status","table":"orders"}""");

        Assert.Equal(["orders"], Assert.Single(_engine.StatusSelections));
    }

    [Fact]
    public async Task HandleAsync_WhenThePayloadIsMalformed_ShouldCallNothingAndAnswerWithTheError()
    {
        var response = await Handle("""{"action":"pause","table":"nope"}""");

        Assert.Empty(_engine.Calls);
        Assert.False(response.Ok);
        Assert.Equal("""table: "nope" is not a configured table; configured: orders, customers""", response.Error);
        var line = Assert.Single(LogLines());
        Assert.Equal("payloadRejected", line.GetProperty("event").GetString());
        Assert.Equal("ERROR", line.GetProperty("level").GetString());
        Assert.Equal(response.Error, line.GetProperty("error").GetString());
    }

    [Fact]
    public async Task HandleAsync_WhenATickRan_ShouldLogEachTableByName_AndNoMetricPerTable()
    {
        _engine.TickAnswer = new TickReport(Now, Now.AddSeconds(3), false, false,
        [
            Outcome("orders", StepKind.StartedIncremental, lag: TimeSpan.FromMinutes(20)),
            Outcome("customers", StepKind.Failed, lag: TimeSpan.FromMinutes(45)),
        ]);

        await Handle("{}");

        var lines = LogLines();
        var tables = lines.Where(l => l.TryGetProperty("event", out var e) && e.GetString() == "tableTick").ToList();
        Assert.Equal(["orders", "customers"], tables.Select(l => l.GetProperty("report").GetProperty("table").GetString()));
        Assert.Equal(["INFO", "WARN"], tables.Select(l => l.GetProperty("level").GetString()));
        Assert.DoesNotContain(lines, l => l.TryGetProperty("_aws", out _));
        Assert.Equal("invocation", lines[^1].GetProperty("event").GetString());
    }

    [Fact]
    public async Task HandleAsync_WhenATickRan_ShouldAnswerWithTheDocumentedReport()
    {
        _engine.TickAnswer = new TickReport(Now, Now.AddSeconds(3), false, false,
            [Outcome("orders", StepKind.StartedIncremental, lag: TimeSpan.FromMinutes(20))]);

        var json = Payload(ReportJson.Serialize(await Handle("{}")));

        Assert.True(json.GetProperty("ok").GetBoolean());
        Assert.Equal("tick", json.GetProperty("action").GetString());
        Assert.Equal("Ticked 1 table(s).", json.GetProperty("message").GetString());
        Assert.False(json.GetProperty("stoppedForDeadline").GetBoolean());
        Assert.Equal(Now.AddMinutes(4), json.GetProperty("stopStartingAt").GetDateTimeOffset());
        Assert.Equal(Now.AddSeconds(3), json.GetProperty("finishedAt").GetDateTimeOffset());
        var table = Assert.Single(json.GetProperty("tables").EnumerateArray());
        Assert.Equal("orders", table.GetProperty("table").GetString());
        Assert.Equal("StartedIncremental", table.GetProperty("step").GetString());
        Assert.Equal("Exporting", table.GetProperty("phase").GetString());
        Assert.Equal(1200, table.GetProperty("lagSeconds").GetInt64());
        Assert.Equal("Incremental", table.GetProperty("window").GetProperty("kind").GetString());
        Assert.StartsWith("arn:aws:dynamodb:", table.GetProperty("exportArn").GetString());
        Assert.False(json.TryGetProperty("error", out _));
    }

    [Fact]
    public async Task HandleAsync_WhenTheEngineStoppedForTheDeadline_ShouldSaySoInTheReportAndTheLog()
    {
        _engine.TickAnswer = new TickReport(Now, Now.AddSeconds(1), false, true,
            [Outcome("orders", StepKind.DeadlineReached, TablePhase.Idle, TimeSpan.FromMinutes(20))]);

        var response = await Handle("{}", remainingSeconds: 10);

        Assert.True(response.StoppedForDeadline);
        Assert.StartsWith("Stopped starting new exports at 2026-11-24T12:00:00Z: the invocation's remaining time was short.", response.Message);
        Assert.Contains(LogLines(), l => l.TryGetProperty("event", out var e) && e.GetString() == "stoppedForDeadline");
    }
}
