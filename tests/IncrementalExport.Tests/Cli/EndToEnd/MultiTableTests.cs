using System.Text.RegularExpressions;
using IncrementalExport.Core.Settings;
using IncrementalExport.Emulator.ControlPlane;
using IncrementalExport.Tests.Emulator;

namespace IncrementalExport.Tests.Cli.EndToEnd;

/// <summary>Several tables: the in-flight cap across them, and a table configured by ARN selected with --table.</summary>
public sealed class MultiTableTests(DynaliteFixture dynalite) : CliEndToEndTestBase(dynalite)
{
    private static readonly string[] Tables = ["orders", "customers", "invoices"];

    [Fact]
    public async Task Run_WhenMoreTablesAreDueThanTheInFlightCap_ShouldNeverHaveMoreInProgressThanTheCap()
    {
        foreach (var name in Tables)
        {
            ControlPlane.RegisterTable(name, pitrEnabledSince: Start.AddDays(-5));
        }

        WriteSettings(DefaultSettings() with { MaxExportsInFlight = 2, Tables = [.. Tables.Select(t => new TableSettings(t))] });
        await CliAsync("init");

        var first = await CliAsync("run");
        var exportsAfterFirst = ControlPlane.Exports.Count;
        var second = await CliAsync("run");
        var mostInProgress = ControlPlane.Exports.Count(e => e.Status == FakeExport.InProgress);
        for (var round = 0; round < 6; round++)
        {
            Time.Advance(TimeSpan.FromMinutes(10));
            Assert.Equal(0, (await CliAsync("run")).ExitCode);
            mostInProgress = Math.Max(mostInProgress, ControlPlane.Exports.Count(e => e.Status == FakeExport.InProgress));
        }

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(2, Regex.Count(first.Out, @"(?m)^\w+\s+StartedFull\s"));
        Assert.Matches(@"(?m)^\w+\s+CapReached\s+full \S+\s+-\s+2 exports are in flight", first.Out);
        Assert.Equal(2, exportsAfterFirst);
        Assert.DoesNotContain("Started", second.Out, StringComparison.Ordinal);
        Assert.Equal(2, mostInProgress);
        Assert.True(ControlPlane.Exports.Count >= 5, $"only {ControlPlane.Exports.Count} exports in 8 ticks");
        foreach (var table in Tables)
        {
            var history = HistoryRow.ParseAll((await CliAsync("history", "--table", table, "--json")).Out);
            Assert.NotEmpty(history);
            ChainAssert.GapFreeAndOverlapFree(history);
        }
    }

    [Fact]
    public async Task Run_WhenATableIsConfiguredByArnAndSelectedByIt_ShouldTickOnlyThatTable()
    {
        var arn = ControlPlane.RegisterTable("orders", pitrEnabledSince: Start.AddDays(-5));
        ControlPlane.RegisterTable("customers", pitrEnabledSince: Start.AddDays(-5));
        WriteSettings(DefaultSettings() with { Tables = [new TableSettings(arn), new TableSettings("customers")] });
        await CliAsync("init");

        var run = await CliAsync("run", "--table", arn);
        var status = await CliAsync("status", "--table", "orders");
        var all = await CliAsync("status");

        var export = Assert.Single(ControlPlane.Exports);
        Assert.Equal(arn, export.Parameters.TableArn);
        Assert.Matches(@"(?m)^orders\s+StartedFull\s", run.Out);
        Assert.DoesNotContain("customers", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^orders\s+Exporting\s", status.Out);
        Assert.DoesNotContain("customers", status.Out, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^customers\s+New\s+0\s", all.Out);
    }
}
