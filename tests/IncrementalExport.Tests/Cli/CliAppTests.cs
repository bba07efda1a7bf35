using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using IncrementalExport.Core.Aws;
using IncrementalExport.Core.Settings;

namespace IncrementalExport.Tests.Cli;

public sealed class CliAppTests : IDisposable
{
    private const string S = CliHarness.SettingsToken;
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task RunAsync_WhenStatusSucceeds_ShouldPrintToStdoutAndExitZero()
    {
        var result = await _cli.RunAsync("status", "--settings", S);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1h05m", result.Out, StringComparison.Ordinal);
        Assert.Equal("", result.Error);
        Assert.Null(_cli.Engine.LastStatusTables);
        Assert.Equal("{}", _cli.ParsedText);
    }

    [Fact]
    public async Task RunAsync_WhenStatusJson_ShouldPrintParsableArray()
    {
        var result = await _cli.RunAsync("status", "--settings", S, "--json");

        using var document = JsonDocument.Parse(result.Out);
        Assert.Equal(JsonValueKind.Array, document.RootElement.ValueKind);
    }

    [Fact]
    public async Task RunAsync_WhenTableGivenAsArn_ShouldPassTheConfiguredName()
    {
        await _cli.RunAsync("status", "--settings", S, "--table", CliSamples.CustomersArn);

        Assert.Equal(["customers"], _cli.Engine.LastStatusTables);
    }

    [Theory]
    [InlineData("run", false)]
    [InlineData("plan", true)]
    public async Task RunAsync_WhenTicking_ShouldSendDryRunOnlyForPlan(string command, bool dryRun)
    {
        var result = await _cli.RunAsync(command, "--settings", S, "--table", "customers", "--table", "orders");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(dryRun, _cli.Engine.LastTick?.DryRun);
        Assert.Equal(["customers", "orders"], _cli.Engine.LastTick?.Tables);
        Assert.Null(_cli.Engine.LastTick?.StopStartingAt);
        Assert.Contains("StartedIncremental", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_WhenRunWithoutTables_ShouldTickEveryTable()
    {
        await _cli.RunAsync("run", "--settings", S);

        Assert.Null(_cli.Engine.LastTick?.Tables);
    }

    [Theory]
    [InlineData("pause", "pause orders")]
    [InlineData("resume", "resume orders")]
    [InlineData("reset", "reset orders")]
    [InlineData("history", "history orders")]
    public async Task RunAsync_WhenOperatorCommand_ShouldCallEngineOnceForThatTable(string command, string call)
    {
        var result = await _cli.RunAsync(command, "--settings", S, "--table", "orders");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal([call], _cli.Engine.Calls);
    }

    [Fact]
    public async Task RunAsync_WhenResetWithFrom_ShouldPassTheInstant()
    {
        var result = await _cli.RunAsync("reset", "--settings", S, "--table", "orders", "--from", "2026-11-24T11:00:00+01:00");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero), _cli.Engine.LastResetFrom);
        Assert.Contains("orders: reset requested", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, "Created state table 'incremental-export-test-state'.")]
    [InlineData(false, "State table 'incremental-export-test-state' already exists; nothing changed.")]
    public async Task RunAsync_WhenInit_ShouldCreateTheSettingsStateTableAndSaySo(bool created, string expected)
    {
        _cli.CreateStateTable = (_, _, _) => Task.FromResult(created);

        var result = await _cli.RunAsync("init", "--settings", S);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(expected, result.Out.Trim());
        Assert.Equal(["incremental-export-test-state"], _cli.StateTablesCreated);
        Assert.Empty(_cli.Engine.Calls);
    }

    [Theory]
    [InlineData(new[] { "status", "--settings", S, "--tabel", "orders" }, "'--tabel'")]
    [InlineData(new[] { "pause", "--settings", S }, "'--table <name>'")]
    [InlineData(new[] { "reset", "--settings", S, "--table", "orders", "--from", "now" }, "'now'")]
    [InlineData(new[] { "destroy", "--settings", S }, "'destroy'")]
    [InlineData(new string[0], "no command given")]
    public async Task RunAsync_WhenCommandLineIsWrong_ShouldPrintErrorAndUsageToStderrAndExitTwo(string[] args, string offender)
    {
        var result = await _cli.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.StartsWith("error: ", result.Error, StringComparison.Ordinal);
        Assert.Contains(offender, result.Error.Split(Environment.NewLine)[0], StringComparison.Ordinal);
        Assert.Contains("Usage: incremental-export", result.Error, StringComparison.Ordinal);
        Assert.Empty(_cli.Engine.Calls);
    }

    [Theory]
    [InlineData("status")]
    [InlineData("run")]
    [InlineData("pause")]
    public async Task RunAsync_WhenTableIsNotConfigured_ShouldNameItAndExitTwoWithoutCallingEngine(string command)
    {
        var result = await _cli.RunAsync(command, "--settings", S, "--table", "ordres");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown table 'ordres' (configured: orders, customers)", result.Error, StringComparison.Ordinal);
        Assert.Contains($"Usage: incremental-export {command}", result.Error, StringComparison.Ordinal);
        Assert.Empty(_cli.Engine.Calls);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("--version")]
    public async Task RunAsync_WhenHelpOrVersion_ShouldPrintToStdoutAndExitZero(string flag)
    {
        var result = await _cli.RunAsync(flag);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith(flag == "--help" ? "Usage: incremental-export <command>" : "incremental-export ", result.Out, StringComparison.Ordinal);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public async Task RunAsync_WhenSettingsAreInvalid_ShouldListEveryErrorAndExitOne()
    {
        _cli.SettingsErrors =
        [
            new SettingsError("tables[2].viewType", "'NEW_IMAGES' is not NEW_IMAGE or NEW_AND_OLD_IMAGES"),
            new SettingsError("windowMinutes", "10 is below 15"),
        ];

        var result = await _cli.RunAsync("status", "--settings", S);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("tables[2].viewType: 'NEW_IMAGES' is not NEW_IMAGE or NEW_AND_OLD_IMAGES", result.Error, StringComparison.Ordinal);
        Assert.Contains("windowMinutes: 10 is below 15", result.Error, StringComparison.Ordinal);
        Assert.Empty(_cli.Engine.Calls);
    }

    [Fact]
    public async Task RunAsync_WhenSettingsFileIsMissing_ShouldNameTheFileAndExitOne()
    {
        var result = await _cli.RunAsync("status", "--settings", "/no/such/settings.json");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("cannot read settings file '/no/such/settings.json'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_WhenAwsServiceFails_ShouldPrintErrorCodeWithoutStackTraceAndExitOne()
    {
        _cli.Engine.Failure = new AmazonDynamoDBException("User is not authorized to perform dynamodb:GetItem")
        {
            ErrorCode = "AccessDeniedException",
            StatusCode = HttpStatusCode.BadRequest,
        };

        var result = await _cli.RunAsync("run", "--settings", S);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("error: AccessDeniedException: User is not authorized to perform dynamodb:GetItem", result.Error.Trim());
        Assert.Equal("", result.Out);
    }

    [Fact]
    public async Task RunAsync_WhenEngineReportsClassifiedAwsError_ShouldPrintItsCodeAndExitOne()
    {
        _cli.Engine.Failure = new AwsCallException(AwsErrorKind.Transient, "ThrottlingException", "Rate exceeded");

        var result = await _cli.RunAsync("status", "--settings", S);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("error: ThrottlingException: Rate exceeded", result.Error.Trim());
    }

    [Fact]
    public async Task RunAsync_WhenEndpointIsUnreachable_ShouldSaySoAndExitOne()
    {
        _cli.Endpoint = $"http://127.0.0.1:{ClosedPort()}";
        _cli.CreateStateTable = async (client, name, ct) =>
        {
            await client.DescribeTableAsync(new DescribeTableRequest { TableName = name }, ct);
            return false;
        };

        var result = await _cli.RunAsync("init", "--settings", S);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("error: cannot reach the DynamoDB endpoint", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_WhenClientCannotBeConfigured_ShouldPrintSdkMessageAndExitOne()
    {
        _cli.Engine.Failure = new AmazonClientException("No RegionEndpoint or ServiceURL configured");

        var result = await _cli.RunAsync("plan", "--settings", S);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("error: No RegionEndpoint or ServiceURL configured", result.Error.Trim());
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
