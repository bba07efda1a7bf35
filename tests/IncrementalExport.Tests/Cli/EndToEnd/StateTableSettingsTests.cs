using System.Text.Json;
using Amazon.DynamoDBv2.Model;
using IncrementalExport.Cli;
using IncrementalExport.Core.Settings;
using IncrementalExport.Core.State;
using IncrementalExport.Emulator;
using IncrementalExport.Tests.Emulator;

namespace IncrementalExport.Tests.Cli.EndToEnd;

/// <summary>--state-table: the operator needs only the stack's outputs, not a copied settings file.</summary>
public sealed class StateTableSettingsTests(DynaliteFixture dynalite) : CliEndToEndTestBase(dynalite)
{
    private async Task<CliResult> Cli(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(args, stdout, stderr, () => LocalAws.CreateClient(Env.ServiceUrl), Time);
        return new CliResult(exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Run_WithTheStateTableOnly_ShouldReadTheSettingsItemTheStackWrote()
    {
        ControlPlane.RegisterTable(Table, pitrEnabledSince: Start.AddDays(-5));
        await StateTableSetup.CreateIfMissingAsync(Env.Client, StateTable, CancellationToken.None);
        await Env.Client.PutItemAsync(new PutItemRequest
        {
            TableName = StateTable,
            Item = SettingsItem.ToItem(SettingsJson.Serialize(DefaultSettings())),
        });

        var run = await Cli("run", "--state-table", StateTable, "--json");
        var status = await Cli("status", "--state-table", StateTable, "--json");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Single(ControlPlane.Exports);
        using var document = JsonDocument.Parse(status.Out);
        Assert.Equal(Table, Assert.Single(document.RootElement.GetProperty("tables").EnumerateArray()).GetProperty("table").GetString());
    }

    [Fact]
    public async Task Run_WhenTheStateTableHasNoSettingsItem_ShouldSayWhereItLooked()
    {
        await StateTableSetup.CreateIfMissingAsync(Env.Client, StateTable, CancellationToken.None);

        var run = await Cli("status", "--state-table", StateTable);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"(pk=SETTINGS, sk=CURRENT) of table '{StateTable}' does not exist", run.Error, StringComparison.Ordinal);
        Assert.Empty(ControlPlane.Exports);
    }
}
