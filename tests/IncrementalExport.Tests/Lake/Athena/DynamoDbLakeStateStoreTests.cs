using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using IncrementalExport.Core.Lake;
using IncrementalExport.Core.Lake.Athena;
using IncrementalExport.Core.State;
using IncrementalExport.Emulator;
using IncrementalExport.Tests.Emulator;
using IncrementalExport.TestServers.Dynalite;

namespace IncrementalExport.Tests.Lake.Athena;

/// <summary>The apply chain's item against dynalite: every field round-trips, writes are conditional, STATE and history are untouched.</summary>
public sealed class DynamoDbLakeStateStoreTests(DynaliteFixture dynalite) : IClassFixture<DynaliteFixture>, IAsyncLifetime
{
    private readonly string _table = SharedDynalite.UniqueName("lake-state");
    private AmazonDynamoDBClient? _client;

    private DynamoDbLakeStateStore Store => new(_client!, _table);

    public async Task InitializeAsync()
    {
        _client = LocalAws.CreateClient(dynalite.ServiceUrl);
        await StateTableSetup.CreateIfMissingAsync(_client, _table, CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        _client?.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Get_WhenNothingIsStored_ShouldBeTheEmptyChainAtVersionZero()
    {
        Assert.Equal(new LakeChainRead(LakeChainState.Empty, 0), await Store.GetAsync("orders", CancellationToken.None));
    }

    [Fact]
    public async Task TryWrite_ThenGet_ShouldReturnEveryFieldAsWrittenAndFenceAStaleWriter()
    {
        var columns = new List<ColumnSpec> { new("total", "total", ColumnKind.Numeric, 2, false) };
        var apply = new LakeApply([(3, new SourcePartition("2", "incremental/a_b", "e3")), (4, new SourcePartition("2", "incremental/b_c", "e4"))], ["SELECT 1", "MERGE …"], new LakePosition(2, 4, columns));
        var state = new LakeChainState(new LakePosition(2, 2, columns), new LakePendingApply(apply, 1, "q-1"), 3, 2, new DateTimeOffset(2026, 11, 27, 12, 5, 0, TimeSpan.Zero), "FAILED: x", 7);

        Assert.True(await Store.TryWriteAsync("orders", state, 0, CancellationToken.None));
        var read = await Store.GetAsync("orders", CancellationToken.None);

        Assert.Equal(1, read.Version);
        Assert.Equal(state.Applied!.Columns, read.State.Applied!.Columns);
        Assert.Equal(apply.Exports, read.State.Pending!.Apply.Exports);
        Assert.Equal(apply.Statements, read.State.Pending.Apply.Statements);
        Assert.Equal((1, "q-1", 3, 2, state.RetryAt, "FAILED: x", 7), (read.State.Pending.Statement, read.State.Pending.QueryExecutionId, read.State.Attempt, read.State.Failures, read.State.RetryAt, read.State.BlockedReason, read.State.AppliesSinceCompaction));
        Assert.False(await Store.TryWriteAsync("orders", LakeChainState.Empty, 0, CancellationToken.None));
        Assert.True(await Store.TryWriteAsync("orders", LakeChainState.Empty, 1, CancellationToken.None));
        Assert.Null(await new DynamoDbStateStore(_client!, _table).GetAsync("orders", CancellationToken.None));
        Assert.Empty(await new DynamoDbStateStore(_client!, _table).GetHistoryAsync("orders", CancellationToken.None));
    }

    [Fact]
    public async Task GetMany_ShouldReadEveryChainInBatchesAndNameOnlyTheMalformedOne()
    {
        var tables = Enumerable.Range(0, 130).Select(i => $"t{i:D3}").ToList();
        var chain = LakeChainState.Empty with { Attempt = 4 };
        foreach (var table in tables.Where((_, i) => i % 2 == 0))
        {
            Assert.True(await Store.TryWriteAsync(table, chain, 0, CancellationToken.None));
        }

        await _client!.PutItemAsync(new PutItemRequest
        {
            TableName = _table,
            Item = new()
            {
                [StateKeys.PartitionKey] = new() { S = StateKeys.Partition("t001") },
                [StateKeys.SortKey] = new() { S = LakeStateKeys.SortKey },
                [LakeStateKeys.Chain] = new() { S = "{ not json" },
                [LakeStateKeys.Version] = new() { N = "1" },
            },
        });

        var reads = await Store.GetManyAsync(tables, CancellationToken.None);

        Assert.Equal(tables.Order(StringComparer.Ordinal), reads.Keys.Order(StringComparer.Ordinal));
        Assert.All(tables.Where((_, i) => i % 2 == 0), t => Assert.Equal(new LakeChainRead(chain, 1), reads[t].Value));
        Assert.All(tables.Where((_, i) => i % 2 == 1 && i != 1), t => Assert.Equal(new LakeChainRead(LakeChainState.Empty, 0), reads[t].Value));
        Assert.Null(reads["t001"].Value);
        Assert.Contains("t001", Assert.IsType<InvalidDataException>(reads["t001"].Error).Message, StringComparison.Ordinal);
    }
}
