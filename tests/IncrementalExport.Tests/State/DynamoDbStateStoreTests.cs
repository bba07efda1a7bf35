using Amazon.DynamoDBv2;
using IncrementalExport.Core.Aws;
using IncrementalExport.Core.Model;
using IncrementalExport.Core.State;
using IncrementalExport.Emulator;
using IncrementalExport.Tests.Emulator;
using IncrementalExport.TestServers.Dynalite;

namespace IncrementalExport.Tests.State;

/// <summary>The state table's contract against dynalite, through the real AWSSDK client.</summary>
public sealed class DynamoDbStateStoreTests(DynaliteFixture dynalite) : IClassFixture<DynaliteFixture>, IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);
    private readonly string _table = SharedDynalite.UniqueName("state");
    private AmazonDynamoDBClient? _client;

    private AmazonDynamoDBClient Client => _client!;

    private DynamoDbStateStore Store => new(Client, _table);

    public async Task InitializeAsync()
    {
        _client = LocalAws.CreateClient(dynalite.ServiceUrl);
        Assert.True(await StateTableSetup.CreateIfMissingAsync(Client, _table, CancellationToken.None));
    }

    public Task DisposeAsync()
    {
        _client?.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task CreateIfMissing_WhenTheTableExists_ShouldLeaveItAndSaySo()
    {
        Assert.False(await StateTableSetup.CreateIfMissingAsync(Client, _table, CancellationToken.None));
    }

    [Fact]
    public async Task TryWrite_ThenGet_ShouldReturnEveryFieldAsWritten()
    {
        var state = new TableState
        {
            Table = "orders",
            Phase = TablePhase.Exporting,
            Epoch = 3,
            EpochStart = T0.AddDays(-1),
            Watermark = T0.AddMinutes(-15),
            CompletedInEpoch = 12,
            InFlight = new InFlightExport(ExportWindow.Incremental(T0.AddMinutes(-15), T0), 2, "token", "p/orders/epoch=3/incremental/x_y", T0.AddSeconds(3.25), "arn:export"),
            RetryWindow = ExportWindow.Incremental(T0.AddMinutes(-15), T0),
            NextAttempt = 2,
            ConsecutiveFailures = 2,
            LastError = "S3NoSuchBucket: gone",
            BlockReason = BlockReason.None,
            Paused = true,
            PendingReset = new RequestedReset(T0.AddHours(-3), T0.AddMinutes(1)),
            Version = 1,
            UpdatedAt = T0,
            LastCompletedAt = T0.AddMinutes(-2),
        };

        Assert.True(await Store.TryWriteAsync(state, 0, CancellationToken.None));

        Assert.Equal(state, await Store.GetAsync("orders", CancellationToken.None));
    }

    [Fact]
    public async Task TryWrite_ThenGet_ShouldKeepWhatATickLearnsAboutTheTable()
    {
        var state = TableState.NewTable("orders") with
        {
            Version = 1,
            PitrSeen = new PitrSeen(T0.AddSeconds(0.5), TimeSpan.FromMilliseconds(301_234), T0.AddDays(-35)),
            ShortestExport = TimeSpan.FromMilliseconds(287_500),
            AdaptiveWindowMinutes = 120,
        };

        Assert.True(await Store.TryWriteAsync(state, 0, CancellationToken.None));

        Assert.Equal(state, await Store.GetAsync("orders", CancellationToken.None));
    }

    [Fact]
    public async Task GetMany_WhenMoreTablesThanOneRequestHolds_ShouldReadEveryStateAndNoHistory()
    {
        var names = Enumerable.Range(0, 230).Select(i => $"t{i:000}").ToList();
        foreach (var name in names.Where((_, i) => i % 3 == 0))
        {
            Assert.True(await Store.TryWriteAsync(TableState.NewTable(name) with { Version = 1, Epoch = 4 }, 0, CancellationToken.None));
            await Store.PutHistoryAsync(Entry(4, 0, ExportWindow.Full(T0), "arn:" + name) with { Table = name }, CancellationToken.None);
        }

        IStateStore store = Store;
        var reads = await store.GetManyAsync(names, 8, CancellationToken.None);

        Assert.Equal(names, reads.Keys.Order(StringComparer.Ordinal));
        Assert.All(reads, r => Assert.Null(r.Value.Error));
        Assert.All(reads, r => Assert.Equal(names.IndexOf(r.Key) % 3 == 0 ? (4, 1L) : (0, 0L), (r.Value.Value!.Epoch, r.Value.Value.Version)));
    }

    [Fact]
    public async Task GetMany_WhenTheStateTableIsMissing_ShouldGiveEveryTableTheError()
    {
        IStateStore store = new DynamoDbStateStore(Client, _table + "-missing");

        var reads = await store.GetManyAsync(["a", "b"], 8, CancellationToken.None);

        Assert.All(reads.Values, r => Assert.Contains("does not exist", r.Error!.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TryWrite_WhenTheVersionReadIsStale_ShouldRefuseAndKeepTheNewerState()
    {
        var v1 = TableState.NewTable("orders") with { Version = 1, Epoch = 1 };
        var v2 = v1 with { Version = 2, Epoch = 2 };
        Assert.True(await Store.TryWriteAsync(v1, 0, CancellationToken.None));
        Assert.True(await Store.TryWriteAsync(v2, 1, CancellationToken.None));

        Assert.False(await Store.TryWriteAsync(v1 with { Version = 2, Epoch = 9 }, 1, CancellationToken.None));
        Assert.False(await Store.TryWriteAsync(v1 with { Epoch = 9 }, 0, CancellationToken.None));
        Assert.Equal(2, (await Store.GetAsync("orders", CancellationToken.None))!.Epoch);
    }

    [Fact]
    public async Task PutHistory_WhenRepeated_ShouldKeepOneEntryAndRefuseAnotherExportInItsPlace()
    {
        var entry = Entry(1, 0, ExportWindow.Full(T0), "arn:1");
        await Store.PutHistoryAsync(entry, CancellationToken.None);
        await Store.PutHistoryAsync(entry with { RecordedAt = T0.AddMinutes(5) }, CancellationToken.None);

        await Assert.ThrowsAsync<HistoryConflictException>(() => Store.PutHistoryAsync(Entry(1, 0, ExportWindow.Full(T0), "arn:other"), CancellationToken.None));
        Assert.Equal([entry], await Store.GetHistoryAsync("orders", CancellationToken.None));
    }

    [Fact]
    public async Task GetHistory_ShouldReturnEntriesInEpochThenSequenceOrderWithoutTheState()
    {
        await Store.TryWriteAsync(TableState.NewTable("orders") with { Version = 1 }, 0, CancellationToken.None);
        var entries = new List<CompletedExport>();
        for (var epoch = 2; epoch >= 1; epoch--)
        {
            for (var seq = 11; seq >= 0; seq--)
            {
                var window = seq == 0 ? ExportWindow.Full(T0) : ExportWindow.Incremental(T0.AddMinutes(15 * (seq - 1)), T0.AddMinutes(15 * seq));
                var entry = Entry(epoch, seq, window, $"arn:{epoch}:{seq}");
                entries.Add(entry);
                await Store.PutHistoryAsync(entry, CancellationToken.None);
            }
        }

        var history = await Store.GetHistoryAsync("orders", CancellationToken.None);
        var fromEpoch1Sequence9 = await Store.GetHistoryAsync("orders", 1, 9, CancellationToken.None);

        Assert.Equal(entries.OrderBy(e => e.Epoch).ThenBy(e => e.Sequence), history);
        Assert.Equal(entries.Where(e => e.Epoch == 1 && e.Sequence >= 9).OrderBy(e => e.Sequence), fromEpoch1Sequence9);
        Assert.Empty(await Store.GetHistoryAsync("orders", 3, 0, CancellationToken.None));
    }

    [Fact]
    public async Task Get_WhenTheStateTableIsMissing_ShouldSayHowToCreateIt()
    {
        var store = new DynamoDbStateStore(Client, "missing-" + _table);

        var error = await Assert.ThrowsAsync<AwsCallException>(() => store.GetAsync("orders", CancellationToken.None));

        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
        Assert.Contains("init", error.Message, StringComparison.Ordinal);
    }

    private static CompletedExport Entry(int epoch, int sequence, ExportWindow window, string arn) => new()
    {
        Table = "orders",
        Epoch = epoch,
        Sequence = sequence,
        Window = window,
        ExportArn = arn,
        S3Bucket = "exports",
        S3Prefix = $"p/AWSDynamoDB/{sequence}/",
        ManifestKey = "p/manifest-summary.json",
        ItemCount = 42,
        BilledSizeBytes = 4200,
        StartedAt = T0,
        EndedAt = T0.AddMinutes(5),
        RecordedAt = T0,
    };
}
