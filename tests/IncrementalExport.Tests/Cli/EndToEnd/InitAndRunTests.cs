using System.Text.RegularExpressions;
using Amazon.DynamoDBv2.Model;
using IncrementalExport.Emulator.ControlPlane;
using IncrementalExport.Tests.Emulator;

namespace IncrementalExport.Tests.Cli.EndToEnd;

/// <summary>init, the first full export, its completion and the first incremental window, as an operator sees them.</summary>
public sealed class InitAndRunTests(DynaliteFixture dynalite) : CliEndToEndTestBase(dynalite)
{
    [Fact]
    public async Task Init_WhenRunTwice_ShouldCreateTheStateTableOnceThenSayItExists()
    {
        WriteSettings(DefaultSettings());

        var first = await CliAsync("init");
        var second = await CliAsync("init");
        var table = await Env.Client.DescribeTableAsync(new DescribeTableRequest { TableName = StateTable });

        Assert.Equal((0, $"Created state table '{StateTable}'.\n", ""), (first.ExitCode, first.Out.ReplaceLineEndings("\n"), first.Error));
        Assert.Equal((0, $"State table '{StateTable}' already exists; nothing changed.\n", ""), (second.ExitCode, second.Out.ReplaceLineEndings("\n"), second.Error));
        Assert.Equal("ACTIVE", table.Table.TableStatus.Value);
    }

    [Fact]
    public async Task Run_WhenTableIsNew_ShouldStartAFullExportAtTheLatestRestorableTimeMinusTheMarginFlooredToTheMinute()
    {
        await ArrangeAsync();
        var expected = FloorToMinute(Usable);

        var run = await CliAsync("run");
        var status = await StatusAsync();

        var export = Assert.Single(ControlPlane.Exports);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 9, 53, 0, TimeSpan.Zero), expected);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Matches($@"(?m)^orders\s+StartedFull\s+full 2026-11-24T09:53:00Z\s+{Regex.Escape(export.ExportArn)}\s+started full export at 2026-11-24T09:53:00Z", run.Out);
        Assert.Equal(ExportParameters.FullExport, export.Parameters.ExportType);
        Assert.Equal(expected, export.Parameters.ExportTime);
        Assert.Equal("exports-bucket", export.Parameters.S3Bucket);
        Assert.Equal("dynamodb/orders/epoch=1/full", export.Parameters.S3Prefix);
        Assert.Equal(("Exporting", 1, (DateTimeOffset?)null), (status.Phase, status.Epoch, status.Watermark));
        Assert.Equal(new ExportedWindow("Full", expected, expected), status.InFlight);
        Assert.Equal(export.ExportArn, status.InFlightArn);
        Assert.Empty(await HistoryAsync());
    }

    [Fact]
    public async Task Run_WhenTheFullExportHasCompleted_ShouldRecordItAndReportWatermarkAndLag()
    {
        await ArrangeAsync();
        await CliAsync("run");
        AdvancePastExport();

        var run = await RunAsync();
        var status = await StatusAsync();
        var text = await CliAsync("status");
        var history = await HistoryAsync();

        var watermark = new DateTimeOffset(2026, 11, 24, 9, 53, 0, TimeSpan.Zero);
        Assert.Equal("Waiting", run.Step);
        Assert.StartsWith("recorded full export at 2026-11-24T09:53:00Z; up to date", run.Detail, StringComparison.Ordinal);
        Assert.Equal(("Idle", 1, watermark, (ExportedWindow?)null), (status.Phase, status.Epoch, status.Watermark, status.InFlight));
        Assert.Equal((long)(Time.GetUtcNow() - watermark).TotalSeconds, status.LagSeconds);
        Assert.Equal(0, text.ExitCode);
        Assert.Matches(@"(?m)^orders\s+Idle\s+1\s+2026-11-24T09:53:00Z\s+13m\s+no\s+-\s+-\s*$", text.Out);
        var entry = Assert.Single(history);
        Assert.Equal((1, 0, new ExportedWindow("Full", watermark, watermark)), (entry.Epoch, entry.Sequence, entry.Window));
        Assert.StartsWith("dynamodb/orders/epoch=1/full/AWSDynamoDB/", entry.S3Prefix, StringComparison.Ordinal);
        ChainAssert.MatchesExports(history, ControlPlane.Exports);
    }

    [Fact]
    public async Task Run_WhenFifteenRestorableMinutesFollowTheCompletion_ShouldRecordItAndStartTheNextWindowInTheSameTick()
    {
        await ArrangeAsync();
        await CliAsync("run");
        Time.Advance(TimeSpan.FromMinutes(25));

        var run = await RunAsync();
        var status = await StatusAsync();
        var text = await CliAsync("status");
        AdvancePastExport();
        var recorded = await RunAsync();
        var history = await HistoryAsync();

        var window = new ExportedWindow("Incremental", new(2026, 11, 24, 9, 53, 0, TimeSpan.Zero), new(2026, 11, 24, 10, 15, 0, TimeSpan.Zero));
        var exports = ControlPlane.Exports;
        Assert.Equal(2, exports.Count);
        Assert.Equal(("StartedIncremental", window, exports[1].ExportArn), (run.Step, run.Window, run.ExportArn));
        Assert.StartsWith("recorded full export at 2026-11-24T09:53:00Z; started incremental", run.Detail, StringComparison.Ordinal);
        Assert.Equal(window, ChainAssert.WindowOf(exports[1]));
        Assert.Equal("dynamodb/orders/epoch=1/incremental/20261124T095300Z_20261124T101500Z", exports[1].Parameters.S3Prefix);
        Assert.Equal(("Exporting", window.From, window, exports[1].ExportArn), (status.Phase, status.Watermark, status.InFlight, status.InFlightArn));
        Assert.Contains($"incremental 2026-11-24T09:53:00Z/2026-11-24T10:15:00Z {exports[1].ExportArn}", text.Out, StringComparison.Ordinal);
        Assert.StartsWith("recorded incremental [2026-11-24T09:53:00Z, 2026-11-24T10:15:00Z)", recorded.Detail, StringComparison.Ordinal);
        Assert.Equal(window.To, recorded.Status.Watermark);
        Assert.Equal(2, history.Count);
        ChainAssert.GapFreeAndOverlapFree(history);
        ChainAssert.MatchesExports(history, ControlPlane.Exports);
    }
}
