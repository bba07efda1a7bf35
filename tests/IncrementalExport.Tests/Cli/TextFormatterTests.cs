using System.Text.RegularExpressions;
using IncrementalExport.Cli.Output;
using IncrementalExport.Core.Engine;
using IncrementalExport.Core.Model;

namespace IncrementalExport.Tests.Cli;

public sealed class TextFormatterTests
{
    private static readonly TextFormatter Formatter = new();

    private static string[] Lines(Action<TextWriter> write)
    {
        using var writer = new StringWriter();
        write(writer);
        return writer.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
    }

    // Cells are separated by at least two spaces; no cell contains two spaces in a row.
    private static string[] Cells(string line) => Regex.Split(line, " {2,}");

    [Fact]
    public void WriteStatus_WhenTableIsIdle_ShouldPrintHeaderAndOneLineWithEveryField()
    {
        var lines = Lines(w => Formatter.WriteStatus(w, [CliSamples.Idle()]));

        Assert.Equal(2, lines.Length);
        Assert.Equal(["TABLE", "PHASE", "EPOCH", "WATERMARK", "LAG", "PAUSED", "IN FLIGHT", "LAST ERROR"], Cells(lines[0]));
        Assert.Equal(["orders", "Idle", "1", "2026-11-24T10:55:00Z", "1h05m", "no", "-", "-"], Cells(lines[1]));
    }

    [Fact]
    public void WriteStatus_WhenExportIsInFlight_ShouldShowKindWindowAndArn()
    {
        var line = Lines(w => Formatter.WriteStatus(w, [CliSamples.Exporting()]))[1];

        Assert.Equal(
            $"incremental 2026-11-24T10:55:00Z/2026-11-24T11:10:00Z {CliSamples.ExportArn}",
            Cells(line)[6]);
        Assert.Equal("Exporting", Cells(line)[1]);
    }

    [Fact]
    public void WriteStatus_WhenOnlyIntentIsRecorded_ShouldShowStarting()
    {
        var line = Lines(w => Formatter.WriteStatus(w, [CliSamples.Exporting(arn: null)]))[1];

        Assert.Equal("incremental 2026-11-24T10:55:00Z/2026-11-24T11:10:00Z starting", Cells(line)[6]);
    }

    [Fact]
    public void WriteStatus_WhenBlocked_ShouldShowReasonErrorAndFailureCount()
    {
        var cells = Cells(Lines(w => Formatter.WriteStatus(w, [CliSamples.Blocked()]))[1]);

        Assert.Equal("Blocked(ExportFailures)", cells[1]);
        Assert.Equal("S3AccessDenied: Access Denied (failures in a row: 3)", cells[7]);
    }

    [Fact]
    public void WriteStatus_WhenAnErrorSpansSeveralLines_ShouldKeepItOnTheTablesLine()
    {
        var status = CliSamples.Blocked() with { LastError = "AmazonClientException: Failed to resolve AWS credentials:\n\nException 1 of 2: none.\r\nException 2 of 2: none." };

        var lines = Lines(w => Formatter.WriteStatus(w, [status]));

        Assert.Equal(2, lines.Length);
        Assert.Equal("AmazonClientException: Failed to resolve AWS credentials: Exception 1 of 2: none. Exception 2 of 2: none. (failures in a row: 3)", Cells(lines[1])[7]);
    }

    [Fact]
    public void WriteStatus_WhenResetIsPendingAndPaused_ShouldSayBoth()
    {
        var status = CliSamples.Idle() with
        {
            Paused = true,
            PendingReset = new RequestedReset(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.FromHours(1)), CliSamples.Now),
        };

        var cells = Cells(Lines(w => Formatter.WriteStatus(w, [status]))[1]);

        Assert.Equal("Idle, reset to 2026-11-24T08:00:00Z pending", cells[1]);
        Assert.Equal("yes", cells[5]);
    }

    [Fact]
    public void WriteStatus_WhenSeveralTables_ShouldAlignColumns()
    {
        var lines = Lines(w => Formatter.WriteStatus(w, [CliSamples.Blocked(), CliSamples.Exporting(), CliSamples.Idle("a")]));

        var phaseColumn = lines[0].IndexOf("PHASE", StringComparison.Ordinal);
        var lagColumn = lines[0].IndexOf("LAG", StringComparison.Ordinal);
        Assert.Equal(4, lines.Length);
        Assert.All(lines.Skip(1), l => Assert.NotEqual(' ', l[phaseColumn]));
        Assert.All(lines.Skip(1), l => Assert.Equal(' ', l[phaseColumn - 1]));
        Assert.All(lines.Skip(1), l => Assert.StartsWith("1h05m", l[lagColumn..], StringComparison.Ordinal));
        Assert.All(lines, l => Assert.Equal(l.TrimEnd(), l));
    }

    [Fact]
    public void WriteTick_WhenExportStarted_ShouldPrintStepWindowArnAndDetail()
    {
        var lines = Lines(w => Formatter.WriteTick(w, CliSamples.Report(dryRun: false, CliSamples.Started())));

        Assert.Equal(2, lines.Length);
        Assert.Equal(["TABLE", "STEP", "WINDOW", "EXPORT ARN", "DETAIL"], Cells(lines[0]));
        Assert.Equal(
            ["orders", "StartedIncremental", "incremental 2026-11-24T10:55:00Z/2026-11-24T11:10:00Z", CliSamples.ExportArn, "started"],
            Cells(lines[1]));
    }

    [Fact]
    public void WriteTick_WhenDryRunAndStoppedForDeadline_ShouldSaySoAfterTheTable()
    {
        var waiting = new TableOutcome("orders", StepKind.Waiting, "next window too short", null, null, CliSamples.Idle());
        var report = CliSamples.Report(dryRun: true, waiting) with { StoppedForDeadline = true };

        var lines = Lines(w => Formatter.WriteTick(w, report));

        Assert.Equal(["orders", "Waiting", "-", "-", "next window too short"], Cells(lines[1]));
        Assert.Equal("Plan only: nothing was started or written.", lines[2]);
        Assert.StartsWith("Stopped early", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public void WriteTick_WhenPlanning_ShouldPrintTheNextWakeUpOrThatOnlyTheSafetyNetIsDue()
    {
        var report = CliSamples.Report(dryRun: true, CliSamples.Started());

        var wake = Lines(w => Formatter.WriteTick(w, report with { NextWakeUp = new DateTimeOffset(2026, 11, 24, 11, 22, 0, TimeSpan.Zero) }));
        var none = Lines(w => Formatter.WriteTick(w, report));

        Assert.StartsWith("Next wake-up: 2026-11-24T11:22:00Z", wake[^1], StringComparison.Ordinal);
        Assert.StartsWith("Next wake-up: none", none[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void WriteTick_WhenNotDryRun_ShouldNotClaimNothingWasWritten()
    {
        var text = string.Join("\n", Lines(w => Formatter.WriteTick(w, CliSamples.Report(dryRun: false, CliSamples.Started()))));

        Assert.DoesNotContain("Plan only", text, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteOperator_WhenNothingChanged_ShouldSaySoAndShowStatus()
    {
        var result = new OperatorResult("orders", Changed: false, "was not paused", CliSamples.Idle());

        var lines = Lines(w => Formatter.WriteOperator(w, result));

        Assert.Equal("orders: was not paused (nothing changed)", lines[0]);
        Assert.Equal("orders", Cells(lines[2])[0]);
    }

    [Fact]
    public void WriteHistory_WhenEntriesGiven_ShouldListThemInOrderWithS3Location()
    {
        var lines = Lines(w => Formatter.WriteHistory(w, [CliSamples.HistoryEntry(0), CliSamples.HistoryEntry(1)]));

        Assert.Equal(3, lines.Length);
        Assert.Equal(["1", "0", "full 2026-11-23T12:00:00Z", "42", "4096"], Cells(lines[1])[..5]);
        Assert.Equal("1", Cells(lines[2])[1]);
        Assert.EndsWith(
            "s3://exports-bucket/dynamodb/orders/epoch=1/full/AWSDynamoDB/01700000000000-abcdef12/",
            lines[1],
            StringComparison.Ordinal);
    }
}
