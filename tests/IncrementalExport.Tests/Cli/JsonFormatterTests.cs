using System.Text.Json;
using IncrementalExport.Cli.Output;
using IncrementalExport.Core.Engine;

namespace IncrementalExport.Tests.Cli;

public sealed class JsonFormatterTests
{
    private static readonly string[] StatusProperties =
    [
        "table", "phase", "blockReason", "epoch", "watermark", "lagSeconds", "lag", "paused",
        "inFlight", "lastError", "consecutiveFailures", "pendingReset",
    ];

    private static readonly JsonFormatter Formatter = new();

    private static JsonElement Json(Action<TextWriter> write)
    {
        using var writer = new StringWriter();
        write(writer);
        using var document = JsonDocument.Parse(writer.ToString());
        return document.RootElement.Clone();
    }

    private static IEnumerable<string> Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name);

    [Fact]
    public void WriteStatus_WhenIdle_ShouldWriteArrayWithDocumentedPropertiesAndValues()
    {
        var root = Json(w => Formatter.WriteStatus(w, [CliSamples.Idle(), CliSamples.Blocked()]));

        Assert.Equal(JsonValueKind.Array, root.ValueKind);
        Assert.Equal(2, root.GetArrayLength());
        var idle = root[0];
        Assert.Equal(StatusProperties, Names(idle));
        Assert.Equal("orders", idle.GetProperty("table").GetString());
        Assert.Equal("Idle", idle.GetProperty("phase").GetString());
        Assert.Equal(JsonValueKind.Null, idle.GetProperty("blockReason").ValueKind);
        Assert.Equal(1, idle.GetProperty("epoch").GetInt32());
        Assert.Equal("2026-11-24T10:55:00Z", idle.GetProperty("watermark").GetString());
        Assert.Equal(3900, idle.GetProperty("lagSeconds").GetInt64());
        Assert.Equal("1h05m", idle.GetProperty("lag").GetString());
        Assert.False(idle.GetProperty("paused").GetBoolean());
        Assert.Equal(JsonValueKind.Null, idle.GetProperty("inFlight").ValueKind);
        Assert.Equal(JsonValueKind.Null, idle.GetProperty("pendingReset").ValueKind);
    }

    [Fact]
    public void WriteStatus_WhenBlocked_ShouldWriteReasonErrorAndCount()
    {
        var blocked = Json(w => Formatter.WriteStatus(w, [CliSamples.Blocked()]))[0];

        Assert.Equal("Blocked", blocked.GetProperty("phase").GetString());
        Assert.Equal("ExportFailures", blocked.GetProperty("blockReason").GetString());
        Assert.Equal("S3AccessDenied: Access Denied", blocked.GetProperty("lastError").GetString());
        Assert.Equal(3, blocked.GetProperty("consecutiveFailures").GetInt32());
    }

    [Fact]
    public void WriteStatus_WhenNeverExported_ShouldWriteNullWatermarkAndLag()
    {
        var fresh = CliSamples.Idle() with { Phase = Core.Model.TablePhase.New, Epoch = 0, Watermark = null, Lag = null };

        var element = Json(w => Formatter.WriteStatus(w, [fresh]))[0];

        Assert.Equal(JsonValueKind.Null, element.GetProperty("watermark").ValueKind);
        Assert.Equal(JsonValueKind.Null, element.GetProperty("lagSeconds").ValueKind);
        Assert.Equal(JsonValueKind.Null, element.GetProperty("lag").ValueKind);
    }

    [Theory]
    [InlineData(CliSamples.ExportArn)]
    [InlineData(null)]
    public void WriteStatus_WhenExportInFlight_ShouldWriteWindowArnAndAttempt(string? arn)
    {
        var inFlight = Json(w => Formatter.WriteStatus(w, [CliSamples.Exporting(arn)]))[0].GetProperty("inFlight");

        Assert.Equal(["kind", "from", "to", "exportArn", "attempt", "s3Prefix", "requestedAt"], Names(inFlight));
        Assert.Equal("Incremental", inFlight.GetProperty("kind").GetString());
        Assert.Equal("2026-11-24T10:55:00Z", inFlight.GetProperty("from").GetString());
        Assert.Equal("2026-11-24T11:10:00Z", inFlight.GetProperty("to").GetString());
        Assert.Equal(arn, inFlight.GetProperty("exportArn").GetString());
    }

    [Fact]
    public void WriteTick_WhenExportStarted_ShouldWriteReportAndOutcomes()
    {
        var root = Json(w => Formatter.WriteTick(w, CliSamples.Report(dryRun: true, CliSamples.Started())));

        Assert.Equal(["startedAt", "finishedAt", "dryRun", "stoppedForDeadline", "nextWakeUp", "tables"], Names(root));
        Assert.True(root.GetProperty("dryRun").GetBoolean());
        Assert.Equal("2026-11-24T12:00:02Z", root.GetProperty("finishedAt").GetString());
        var outcome = root.GetProperty("tables")[0];
        Assert.Equal(["table", "step", "detail", "window", "exportArn", "status"], Names(outcome));
        Assert.Equal("StartedIncremental", outcome.GetProperty("step").GetString());
        Assert.Equal("Incremental", outcome.GetProperty("window").GetProperty("kind").GetString());
        Assert.Equal(CliSamples.ExportArn, outcome.GetProperty("exportArn").GetString());
        Assert.Equal(StatusProperties, Names(outcome.GetProperty("status")));
    }

    [Fact]
    public void WriteTick_WhenWaiting_ShouldWriteNullWindowAndArn()
    {
        var waiting = new TableOutcome("orders", StepKind.Waiting, "too short", null, null, CliSamples.Idle());

        var outcome = Json(w => Formatter.WriteTick(w, CliSamples.Report(dryRun: false, waiting))).GetProperty("tables")[0];

        Assert.Equal(JsonValueKind.Null, outcome.GetProperty("window").ValueKind);
        Assert.Equal(JsonValueKind.Null, outcome.GetProperty("exportArn").ValueKind);
    }

    [Fact]
    public void WriteOperator_WhenResetRequested_ShouldWriteResultAndPendingReset()
    {
        var status = CliSamples.Idle() with { PendingReset = new Core.Model.RequestedReset(null, CliSamples.Now) };

        var root = Json(w => Formatter.WriteOperator(w, new OperatorResult("orders", true, "reset requested", status)));

        Assert.Equal(["table", "changed", "message", "status"], Names(root));
        Assert.True(root.GetProperty("changed").GetBoolean());
        var reset = root.GetProperty("status").GetProperty("pendingReset");
        Assert.Equal(JsonValueKind.Null, reset.GetProperty("from").ValueKind);
        Assert.Equal("2026-11-24T12:00:00Z", reset.GetProperty("requestedAt").GetString());
    }

    [Fact]
    public void WriteHistory_WhenEntriesGiven_ShouldWriteThemInOrder()
    {
        var root = Json(w => Formatter.WriteHistory(w, [CliSamples.HistoryEntry(0), CliSamples.HistoryEntry(1)]));

        Assert.Equal([0, 1], root.EnumerateArray().Select(e => e.GetProperty("sequence").GetInt32()));
        Assert.Equal(["Full", "Incremental"], root.EnumerateArray().Select(e => e.GetProperty("kind").GetString()));
        Assert.Equal(42, root[0].GetProperty("itemCount").GetInt64());
        Assert.Equal(JsonValueKind.Null, root[0].GetProperty("startedAt").ValueKind);
        Assert.Equal("exports-bucket", root[0].GetProperty("s3Bucket").GetString());
    }

    [Fact]
    public void WriteHistory_ShouldWriteWhereAndHowEachExportWasWritten()
    {
        var incremental = CliSamples.HistoryEntry(1) with { S3BucketOwner = "111122223333", ExportFormat = Core.Model.ExportFormat.Ion, ViewType = Core.Model.ExportViewType.NewImage };

        var root = Json(w => Formatter.WriteHistory(w, [CliSamples.HistoryEntry(0), incremental]));

        Assert.Equal((JsonValueKind.Null, "DYNAMODB_JSON", JsonValueKind.Null), (root[0].GetProperty("s3BucketOwner").ValueKind, root[0].GetProperty("exportFormat").GetString(), root[0].GetProperty("viewType").ValueKind));
        Assert.Equal(("111122223333", "ION", "NEW_IMAGE"), (root[1].GetProperty("s3BucketOwner").GetString(), root[1].GetProperty("exportFormat").GetString(), root[1].GetProperty("viewType").GetString()));
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
