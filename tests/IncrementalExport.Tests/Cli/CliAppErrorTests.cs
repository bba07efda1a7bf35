using System.Net;
using System.Net.Sockets;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using IncrementalExport.Core.Aws;
using IncrementalExport.Core.Engine;
using IncrementalExport.Core.Settings;

namespace IncrementalExport.Tests.Cli;

/// <summary>Exit codes 2 (usage) and 1 (runtime) and what reaches stderr; nothing is asked of the engine on a usage error.</summary>
public sealed class CliAppErrorTests : IDisposable
{
    private const string S = CliHarness.SettingsToken;
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

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
        Assert.Contains($"Usage:{Environment.NewLine}  incremental-export ", result.Error, StringComparison.Ordinal);
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
        Assert.Contains($"  incremental-export {command} [options]", result.Error, StringComparison.Ordinal);
        Assert.Empty(_cli.Engine.Calls);
    }

    [Fact]
    public async Task RunAsync_WhenTheArnIsOfAnotherAccountThanTheConfiguredOne_ShouldRefuseItAsThePayloadDoes()
    {
        var result = await _cli.RunAsync("status", "--settings", S, "--table", "arn:aws:dynamodb:eu-west-1:999999999999:table/customers");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown table 'arn:aws:dynamodb:eu-west-1:999999999999:table/customers' (configured: orders, customers)", result.Error, StringComparison.Ordinal);
        Assert.Empty(_cli.Engine.Calls);
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

    public static TheoryData<Exception, string> EngineDomainErrors() => new()
    {
        { new UnknownTableException("ordres", ["orders", "customers"]), "error: unknown table 'ordres' (configured: orders, customers)" },
        { new ConcurrentChangeException("orders", 5), "error: the state of 'orders' kept changing under 5 attempts; try again" },
    };

    [Theory]
    [MemberData(nameof(EngineDomainErrors))]
    public async Task RunAsync_WhenEngineRefusesWithADomainError_ShouldWordItWithoutATypeNameAndExitOne(Exception failure, string expected)
    {
        _cli.Engine.Failure = failure;

        var result = await _cli.RunAsync("status", "--settings", S);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(expected, result.Error.Trim());
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
        Assert.Equal(
            "error: No RegionEndpoint or ServiceURL configured (set AWS_REGION or a region in your AWS profile; for a local endpoint also set AWS_ENDPOINT_URL_DYNAMODB)",
            result.Error.Trim());
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
