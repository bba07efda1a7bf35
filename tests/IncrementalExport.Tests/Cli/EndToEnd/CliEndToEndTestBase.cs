using System.Text.Json;
using IncrementalExport.Cli;
using IncrementalExport.Core.Settings;
using IncrementalExport.Emulator;
using IncrementalExport.Emulator.ControlPlane;
using IncrementalExport.Tests.Emulator;
using IncrementalExport.TestServers;
using IncrementalExport.TestServers.Dynalite;
using Microsoft.Extensions.Time.Testing;

namespace IncrementalExport.Tests.Cli.EndToEnd;

/// <summary>
/// The real CLI (<see cref="CliApp.RunAsync(string[], TextWriter, TextWriter, Func{Amazon.DynamoDBv2.IAmazonDynamoDB}?, TimeProvider?, CancellationToken)"/>)
/// against the shared dynalite (state table, a fresh name per test) and a fresh export fake per test, all on one fake
/// clock. Tests read the world only as an operator or AWS would: the CLI's output, <c>status --json</c>,
/// <c>history --json</c>, and the fake's list of exports.
/// </summary>
public abstract class CliEndToEndTestBase : IClassFixture<DynaliteFixture>, IAsyncLifetime
{
    /// <summary>Seven seconds past the minute, so the minute flooring of a full export's time shows.</summary>
    protected static readonly DateTimeOffset Start = new(2026, 11, 24, 10, 0, 7, TimeSpan.Zero);

    protected const string Table = "orders";

    private readonly DynaliteFixture _dynalite;
    private readonly string _settingsPath = Path.Combine(Path.GetTempPath(), $"cli-e2e-{Guid.NewGuid():N}.json");
    private LocalExportEnvironment? _environment;

    protected CliEndToEndTestBase(DynaliteFixture dynalite) => _dynalite = dynalite;

    protected FakeTimeProvider Time { get; } = new(Start);

    protected LocalExportEnvironment Env => _environment ?? throw new InvalidOperationException("not initialized");

    protected FakeExportControlPlane ControlPlane => Env.ControlPlane;

    protected string StateTable { get; } = SharedDynalite.UniqueName("cli-e2e-state");

    protected string SettingsPath => _settingsPath;

    /// <summary>LatestRestorableDateTime as the fake reports it now (every table here keeps the default lag).</summary>
    protected DateTimeOffset LatestRestorable => Time.GetUtcNow() - ControlPlane.DefaultRestoreLag;

    /// <summary>The latest time a window may end now: LatestRestorableDateTime minus the default safety margin.</summary>
    protected DateTimeOffset Usable => LatestRestorable - DefaultSettings().SafetyMargin;

    public async Task InitializeAsync() => _environment = await LocalExportEnvironment.StartAsync(Time, _dynalite.Server);

    public async Task DisposeAsync()
    {
        File.Delete(_settingsPath);
        if (_environment is not null)
        {
            await _environment.DisposeAsync();
        }
    }

    /// <summary>One table, defaults everywhere else.</summary>
    protected ExportSettings DefaultSettings(TableSettings? table = null) => new()
    {
        Bucket = "exports-bucket",
        Prefix = "dynamodb",
        StateTable = StateTable,
        Tables = [table ?? new TableSettings(Table)],
    };

    protected void WriteSettings(ExportSettings settings) => File.WriteAllText(_settingsPath, SettingsJson.Serialize(settings));

    /// <summary>The source table with PITR on since <paramref name="pitrDays"/> days ago, the settings file, and <c>init</c>.</summary>
    protected async Task ArrangeAsync(ExportSettings? settings = null, double pitrDays = 5)
    {
        ControlPlane.RegisterTable(Table, pitrEnabledSince: Start.AddDays(-pitrDays));
        WriteSettings(settings ?? DefaultSettings());
        var init = await CliAsync("init");
        Assert.Equal(0, init.ExitCode);
    }

    /// <summary>Runs the CLI in process with <c>--settings</c> appended; a new client per call, as the CLI disposes it.</summary>
    private protected async Task<CliResult> CliAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await CliApp.RunAsync([.. args, "--settings", _settingsPath], stdout, stderr, () => LocalAws.CreateClient(Env.ServiceUrl), Time);
        return new CliResult(exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary><c>run --json</c>, which must succeed; the one table's outcome.</summary>
    private protected async Task<TickOutcome> RunAsync()
    {
        var result = await CliAsync("run", "--json");
        Assert.True(result.ExitCode == 0, $"run exited {result.ExitCode}: {result.Error}");
        Assert.Equal("", result.Error);
        using var document = JsonDocument.Parse(result.Out);
        return TickOutcome.From(document.RootElement.GetProperty("tables").EnumerateArray().Single());
    }

    /// <summary><c>status --json</c> for the table (the raw text too, to compare states exactly).</summary>
    private protected async Task<StatusView> StatusAsync()
    {
        var result = await CliAsync("status", "--json");
        Assert.True(result.ExitCode == 0, $"status exited {result.ExitCode}: {result.Error}");
        using var document = JsonDocument.Parse(result.Out);
        return StatusView.From(document.RootElement.GetProperty("tables").EnumerateArray().Single(), result.Out);
    }

    /// <summary><c>history --json</c> for the table.</summary>
    private protected async Task<IReadOnlyList<HistoryRow>> HistoryAsync()
    {
        var result = await CliAsync("history", "--table", Table, "--json");
        Assert.True(result.ExitCode == 0, $"history exited {result.ExitCode}: {result.Error}");
        return HistoryRow.ParseAll(result.Out);
    }

    protected static DateTimeOffset FloorToMinute(DateTimeOffset time) =>
        new(time.Year, time.Month, time.Day, time.Hour, time.Minute, 0, TimeSpan.Zero);

    /// <summary>Moves the fake clock past the fake's export duration, so an export in flight has ended.</summary>
    protected void AdvancePastExport() => Time.Advance(ControlPlane.ExportDuration + TimeSpan.FromMinutes(1));
}
