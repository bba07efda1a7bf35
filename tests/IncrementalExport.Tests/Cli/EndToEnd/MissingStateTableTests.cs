using IncrementalExport.Tests.Emulator;

namespace IncrementalExport.Tests.Cli.EndToEnd;

/// <summary>Commands before <c>init</c>: the missing state table is an error that names it and the way out, with a non-zero exit.</summary>
public sealed class MissingStateTableTests(DynaliteFixture dynalite) : CliEndToEndTestBase(dynalite)
{
    [Theory]
    [InlineData("status")]
    [InlineData("history", "--table", Table)]
    [InlineData("pause", "--table", Table)]
    public async Task Command_WhenStateTableIsMissing_ShouldExitOneNamingTheTableAndInit(params string[] args)
    {
        ControlPlane.RegisterTable(Table, pitrEnabledSince: Start.AddDays(-5));
        WriteSettings(DefaultSettings());

        var result = await CliAsync(args);

        Assert.Equal((1, ""), (result.ExitCode, result.Out));
        Assert.Equal(
            $"error: ResourceNotFoundException: state table '{StateTable}' does not exist: deploy the stack, or run 'incremental-export init' for local use\n",
            result.Error.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("run")]
    [InlineData("plan")]
    public async Task Tick_WhenStateTableIsMissing_ShouldPrintTheReportAndExitOne(string command)
    {
        ControlPlane.RegisterTable(Table, pitrEnabledSince: Start.AddDays(-5));
        WriteSettings(DefaultSettings());

        var result = await CliAsync(command);

        Assert.Matches(@"(?m)^orders\s+Error\s+-\s+-\s+reading the state failed: ResourceNotFoundException: ", result.Out);
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"error: orders: reading the state failed: ResourceNotFoundException: state table '{StateTable}' does not exist", result.Error, StringComparison.Ordinal);
        Assert.Empty(ControlPlane.Exports);
    }
}
