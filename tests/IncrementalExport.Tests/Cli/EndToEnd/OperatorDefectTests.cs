using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using IncrementalExport.Tests.Emulator;

namespace IncrementalExport.Tests.Cli.EndToEnd;

/// <summary>What an operator driving the CLI saw go wrong once: each case as they would run it.</summary>
public sealed class OperatorDefectTests(DynaliteFixture dynalite) : CliEndToEndTestBase(dynalite)
{
    [Fact]
    public async Task History_WhenTheBucketChangedBeforeTheExportCompleted_ShouldShowTheBucketTheFilesAreIn()
    {
        await ArrangeAsync(DefaultSettings() with { Bucket = "bucket-one" });
        await RunAsync();
        WriteSettings(DefaultSettings() with { Bucket = "bucket-two" });
        AdvancePastExport();
        await RunAsync();

        var history = await CliAsync("history", "--table", Table);

        Assert.Equal(0, history.ExitCode);
        Assert.Contains("s3://bucket-one/dynamodb/orders/epoch=1/full/AWSDynamoDB/", history.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("bucket-two", history.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("init")]
    [InlineData("status")]
    [InlineData("run")]
    public async Task Command_WhenTheStateTableHasAnotherKeySchema_ShouldExitOneNamingTheTableAndTheSchemaItNeeds(string command)
    {
        ControlPlane.RegisterTable(Table, pitrEnabledSince: Start.AddDays(-5));
        WriteSettings(DefaultSettings());
        await CreateTableAsync(new KeySchemaElement("id", KeyType.HASH));

        var result = await CliAsync(command);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"state table '{StateTable}' does not have the key schema this tool needs (partition key 'pk' (String) and sort key 'sk' (String))", result.Error, StringComparison.Ordinal);
        Assert.Empty(ControlPlane.Exports);
    }

    [Fact]
    public async Task Init_WhenTheStateTableHasTheRightKeysOfAnotherType_ShouldSayWhatItHas()
    {
        WriteSettings(DefaultSettings());
        await CreateTableAsync(new KeySchemaElement("pk", KeyType.HASH), new KeySchemaElement("sk", KeyType.RANGE), ScalarAttributeType.N);

        var result = await CliAsync("init");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("; it has pk (HASH, N), sk (RANGE, N)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pause_WhenAStartIsRecordedButNotIssued_ShouldSayTheNextRunStillIssuesItAndRunShouldDoSo()
    {
        await ArrangeAsync();
        Env.Endpoint.Faults.Enqueue(global::IncrementalExport.Emulator.Endpoint.InjectedFault.Throttling, "ExportTableToPointInTime");
        await RunAsync();

        var pause = await CliAsync("pause", "--table", Table);
        var run = await RunAsync();
        AdvancePastExport();
        var recorded = await RunAsync();

        Assert.Equal(0, pause.ExitCode);
        Assert.Contains("the start of full export at 2026-11-24T09:53:00Z was already recorded and is still issued by the next tick", pause.Out, StringComparison.Ordinal);
        Assert.Equal("StartedFull", run.Step);
        Assert.Contains("recorded before the table was paused: issued anyway", run.Detail, StringComparison.Ordinal);
        Assert.Contains("state now: Exporting (full export at 2026-11-24T09:53:00Z in flight), paused", run.Detail, StringComparison.Ordinal);
        Assert.Equal("Paused", recorded.Step);
        Assert.Single(ControlPlane.Exports);
    }

    [Fact]
    public async Task Run_WhenAnOrdinaryWindowIsDue_ShouldNotCallItCatchingUpButShouldWhenTablesAreFarBehind()
    {
        await ArrangeAsync();
        await RunAsync();
        AdvancePastExport();
        await RunAsync();
        Time.Advance(TimeSpan.FromMinutes(17));
        AdvancePastExport();
        var ordinary = await RunAsync();
        Time.Advance(TimeSpan.FromHours(3));
        var behind = await RunAsync();

        Assert.Equal("StartedIncremental", ordinary.Step);
        Assert.DoesNotContain("catching up", ordinary.Detail, StringComparison.Ordinal);
        Assert.Contains("(next window)", ordinary.Detail, StringComparison.Ordinal);
        Assert.Contains("(catching up)", behind.Detail, StringComparison.Ordinal);
    }

    private async Task CreateTableAsync(KeySchemaElement hash, KeySchemaElement? range = null, ScalarAttributeType? type = null)
    {
        var keys = range is null ? new List<KeySchemaElement> { hash } : [hash, range];
        await Env.Client.CreateTableAsync(new CreateTableRequest
        {
            TableName = StateTable,
            BillingMode = BillingMode.PAY_PER_REQUEST,
            KeySchema = keys,
            AttributeDefinitions = keys.Select(k => new AttributeDefinition(k.AttributeName, type ?? ScalarAttributeType.S)).ToList(),
        });
        await global::IncrementalExport.Emulator.Servers.TableWaiter.WaitUntilActiveAsync(Env.Client, StateTable);
    }
}
