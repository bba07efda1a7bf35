using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using IncrementalExport.Emulator.ControlPlane;
using IncrementalExport.TestServers;
using Microsoft.Extensions.Time.Testing;

namespace IncrementalExport.Tests.Emulator;

/// <summary>A fresh control plane and endpoint per test, on a fake clock, reached through the real SDK client.</summary>
public abstract class ExportApiTestBase : IClassFixture<DynaliteFixture>, IAsyncLifetime
{
    protected static readonly DateTimeOffset Start = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    private readonly DynaliteFixture _dynalite;
    private LocalExportEnvironment? _environment;

    protected ExportApiTestBase(DynaliteFixture dynalite) => _dynalite = dynalite;

    protected FakeTimeProvider Time { get; } = new(Start);

    protected LocalExportEnvironment Env => _environment!;

    protected FakeExportControlPlane ControlPlane => Env.ControlPlane;

    protected IAmazonDynamoDB Client => Env.Client;

    public async Task InitializeAsync() => _environment = await LocalExportEnvironment.StartAsync(Time, _dynalite.Server);

    public async Task DisposeAsync()
    {
        if (_environment is not null)
        {
            await _environment.DisposeAsync();
        }
    }

    /// <summary>A table whose PITR history goes back <paramref name="historyDays"/> days.</summary>
    protected string RegisterTable(string name = "orders", double historyDays = 10) =>
        ControlPlane.RegisterTable(name, pitrEnabledSince: Time.GetUtcNow().AddDays(-historyDays));

    protected static ExportTableToPointInTimeRequest Incremental(
        string tableArn, DateTimeOffset from, DateTimeOffset to, string? token = null, string bucket = "exports") => new()
    {
        TableArn = tableArn,
        S3Bucket = bucket,
        S3Prefix = "dynamodb/orders",
        ExportType = ExportType.INCREMENTAL_EXPORT,
        ClientToken = token,
        IncrementalExportSpecification = new IncrementalExportSpecification
        {
            ExportFromTime = from.UtcDateTime,
            ExportToTime = to.UtcDateTime,
        },
    };

    protected static ExportTableToPointInTimeRequest Full(string tableArn, DateTimeOffset? at = null, string? token = null, string bucket = "exports") => new()
    {
        TableArn = tableArn,
        S3Bucket = bucket,
        S3Prefix = "dynamodb/orders",
        ExportType = ExportType.FULL_EXPORT,
        ExportTime = at?.UtcDateTime,
        ClientToken = token,
    };

    /// <summary>The AWS error a call ends with (any exception type: the code is what matters).</summary>
    protected static async Task<AmazonServiceException> ErrorOf(Func<Task> call)
    {
        return await Assert.ThrowsAnyAsync<AmazonServiceException>(call);
    }
}
