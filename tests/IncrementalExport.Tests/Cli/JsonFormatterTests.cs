using System.Text.Json;
using IncrementalExport.Cli.Output;
using IncrementalExport.Core.Engine;

namespace IncrementalExport.Tests.Cli;

/// <summary>The CLI's --json: the report document of docs/reports.md, members without a value left out.</summary>
public sealed class JsonFormatterTests
{
    private static readonly JsonFormatter Formatter = new("reset");

    private static JsonElement Json(Action<TextWriter> write)
    {
        using var writer = new StringWriter();
        write(writer);
        using var document = JsonDocument.Parse(writer.ToString());
        return document.RootElement.Clone();
    }

    private static IEnumerable<string> Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name);

    [Fact]
    public void WriteStatus_WhenIdle_ShouldWriteTheReportWithDocumentedMembersAndValues()
    {
        var root = Json(w => Formatter.WriteStatus(w, [CliSamples.Idle(), CliSamples.Blocked()]));

        Assert.Equal(["ok", "action", "message", "tables"], Names(root));
        Assert.Equal("status", root.GetProperty("action").GetString());
        Assert.Equal(2, root.GetProperty("tables").GetArrayLength());
        var idle = root.GetProperty("tables")[0];
        Assert.Equal(["table", "phase", "epoch", "watermark", "lagSeconds", "paused", "consecutiveFailures"], Names(idle));
        Assert.Equal("orders", idle.GetProperty("table").GetString());
        Assert.Equal("Idle", idle.GetProperty("phase").GetString());
        Assert.Equal(1, idle.GetProperty("epoch").GetInt32());
        Assert.Equal("2026-11-24T10:55:00Z", idle.GetProperty("watermark").GetString());
        Assert.Equal(3900, idle.GetProperty("lagSeconds").GetInt64());
        Assert.False(idle.GetProperty("paused").GetBoolean());
    }

    [Fact]
    public void WriteStatus_WhenBlocked_ShouldWriteReasonErrorAndCount()
    {
        var blocked = Json(w => Formatter.WriteStatus(w, [CliSamples.Blocked()])).GetProperty("tables")[0];

        Assert.Equal("Blocked", blocked.GetProperty("phase").GetString());
        Assert.Equal("ExportFailures", blocked.GetProperty("blockReason").GetString());
        Assert.Equal("S3AccessDenied: Access Denied", blocked.GetProperty("lastError").GetString());
        Assert.Equal(3, blocked.GetProperty("consecutiveFailures").GetInt32());
    }

    [Fact]
    public void WriteStatus_WhenNeverExported_ShouldLeaveOutWatermarkAndLag()
    {
        var fresh = CliSamples.Idle() with { Phase = Core.Model.TablePhase.New, Epoch = 0, Watermark = null, Lag = null };

        var element = Json(w => Formatter.WriteStatus(w, [fresh])).GetProperty("tables")[0];

        Assert.False(element.TryGetProperty("watermark", out _));
        Assert.False(element.TryGetProperty("lagSeconds", out _));
    }

    [Fact]
    public void WriteStatus_WhenTheLagHasAFraction_ShouldWriteWholeSecondsRoundedDown()
    {
        var status = CliSamples.Idle() with { Lag = TimeSpan.FromSeconds(3900.9) };

        var element = Json(w => Formatter.WriteStatus(w, [status])).GetProperty("tables")[0];

        Assert.Equal("3900", element.GetProperty("lagSeconds").GetRawText());
    }

    [Theory]
    [InlineData(CliSamples.ExportArn)]
    [InlineData(null)]
    public void WriteStatus_WhenExportInFlight_ShouldWriteWindowArnAndAttemptFlat(string? arn)
    {
        var inFlight = Json(w => Formatter.WriteStatus(w, [CliSamples.Exporting(arn)])).GetProperty("tables")[0].GetProperty("inFlight");

        Assert.Equal(arn is null ? ["kind", "from", "to", "attempt", "s3Prefix", "requestedAt"] : ["kind", "from", "to", "exportArn", "attempt", "s3Prefix", "requestedAt"], Names(inFlight));
        Assert.Equal("Incremental", inFlight.GetProperty("kind").GetString());
        Assert.Equal("2026-11-24T10:55:00Z", inFlight.GetProperty("from").GetString());
        Assert.Equal("2026-11-24T11:10:00Z", inFlight.GetProperty("to").GetString());
    }

    [Fact]
    public void WriteTick_WhenAPlanStartedAnExport_ShouldWriteThePlanAndFlatTables()
    {
        var root = Json(w => Formatter.WriteTick(w, CliSamples.Report(dryRun: true, CliSamples.Started())));

        Assert.Equal(["ok", "action", "message", "startedAt", "finishedAt", "dryRun", "stoppedForDeadline", "tables"], Names(root));
        Assert.Equal("plan", root.GetProperty("action").GetString());
        Assert.True(root.GetProperty("dryRun").GetBoolean());
        Assert.Equal("2026-11-24T12:00:02Z", root.GetProperty("finishedAt").GetString());
        var outcome = root.GetProperty("tables")[0];
        Assert.Equal(["table", "step", "detail", "window", "exportArn", "phase"], Names(outcome).Take(6));
        Assert.Equal("StartedIncremental", outcome.GetProperty("step").GetString());
        Assert.Equal(["kind", "from", "to"], Names(outcome.GetProperty("window")));
        Assert.Equal(CliSamples.ExportArn, outcome.GetProperty("exportArn").GetString());
    }

    [Fact]
    public void WriteTick_WhenARunWaited_ShouldSayTickAndLeaveOutWindowArnAndDryRun()
    {
        var waiting = new TableOutcome("orders", StepKind.Waiting, "too short", null, null, CliSamples.Idle());

        var root = Json(w => Formatter.WriteTick(w, CliSamples.Report(dryRun: false, waiting)));

        Assert.Equal("tick", root.GetProperty("action").GetString());
        Assert.False(root.TryGetProperty("dryRun", out _));
        Assert.False(root.GetProperty("tables")[0].TryGetProperty("window", out _));
        Assert.False(root.GetProperty("tables")[0].TryGetProperty("exportArn", out _));
    }

    [Fact]
    public void WriteOperator_WhenResetRequested_ShouldWriteTheActionResultAndPendingReset()
    {
        var status = CliSamples.Idle() with { PendingReset = new Core.Model.RequestedReset(null, CliSamples.Now) };

        var root = Json(w => Formatter.WriteOperator(w, new OperatorResult("orders", true, "reset requested", status)));

        Assert.Equal(["ok", "action", "message", "changed", "tables"], Names(root));
        Assert.Equal("reset", root.GetProperty("action").GetString());
        Assert.True(root.GetProperty("changed").GetBoolean());
        var reset = root.GetProperty("tables")[0].GetProperty("pendingReset");
        Assert.Equal(["requestedAt"], Names(reset));
        Assert.Equal("2026-11-24T12:00:00Z", reset.GetProperty("requestedAt").GetString());
    }

    [Fact]
    public void WriteHistory_WhenEntriesGiven_ShouldWriteThemInOrder()
    {
        var history = Json(w => Formatter.WriteHistory(w, [CliSamples.HistoryEntry(0), CliSamples.HistoryEntry(1)])).GetProperty("history");

        Assert.Equal([0, 1], history.EnumerateArray().Select(e => e.GetProperty("sequence").GetInt32()));
        Assert.Equal(["Full", "Incremental"], history.EnumerateArray().Select(e => e.GetProperty("kind").GetString()));
        Assert.Equal(42, history[0].GetProperty("itemCount").GetInt64());
        Assert.False(history[0].TryGetProperty("startedAt", out _));
        Assert.Equal("exports-bucket", history[0].GetProperty("s3Bucket").GetString());
    }

    [Fact]
    public void WriteHistory_ShouldWriteWhereAndHowEachExportWasWrittenInAwsSpelling()
    {
        var incremental = CliSamples.HistoryEntry(1) with { S3BucketOwner = "111122223333", ExportFormat = Core.Model.ExportFormat.Ion, ViewType = Core.Model.ExportViewType.NewImage };

        var history = Json(w => Formatter.WriteHistory(w, [CliSamples.HistoryEntry(0), incremental])).GetProperty("history");

        Assert.Equal((false, "DYNAMODB_JSON", false), (history[0].TryGetProperty("s3BucketOwner", out _), history[0].GetProperty("exportFormat").GetString(), history[0].TryGetProperty("viewType", out _)));
        Assert.Equal(("111122223333", "ION", "NEW_IMAGE"), (history[1].GetProperty("s3BucketOwner").GetString(), history[1].GetProperty("exportFormat").GetString(), history[1].GetProperty("viewType").GetString()));
    }

    [Fact]
    public void WriteStatus_WhenErrorHasQuotes_ShouldKeepThemReadable()
    {
        var status = CliSamples.Blocked() with { LastError = "ValidationException: bucket 'x' + key <y>" };
        using var writer = new StringWriter();

        Formatter.WriteStatus(writer, [status]);

        Assert.Contains("bucket 'x' + key <y>", writer.ToString(), StringComparison.Ordinal);
    }
}
