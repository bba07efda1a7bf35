using IncrementalExport.Core.Engine;
using IncrementalExport.Core.Model;
using IncrementalExport.Core.Settings;
using IncrementalExport.Core.State;
using IncrementalExport.Emulator.ControlPlane;
using IncrementalExport.TestServers.InMemory;
using IncrementalExport.TestServers.Simulation;
using Microsoft.Extensions.Time.Testing;

namespace IncrementalExport.Tests.Engine;

/// <summary>The engine refuses in its own typed errors, which each front end words its own way.</summary>
public sealed class EngineErrorTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero));

    private static readonly ExportSettings Settings = new()
    {
        Bucket = "exports",
        StateTable = "state",
        Tables = [new TableSettings("orders"), new TableSettings("customers")],
    };

    [Fact]
    public async Task HistoryAsync_WhenTheTableIsNotConfigured_ShouldThrowUnknownTableNamingItAndTheConfiguredOnes()
    {
        var engine = new ExportEngine(Settings, new InMemoryStateStore(), new ModelExportApi(new FakeExportControlPlane(Clock)), Clock);

        var error = await Assert.ThrowsAsync<UnknownTableException>(() => engine.HistoryAsync("ordres", CancellationToken.None));

        Assert.Equal("ordres", error.Requested);
        Assert.Equal(["orders", "customers"], error.Configured);
    }

    [Fact]
    public async Task PauseAsync_WhenEveryWriteLosesItsRace_ShouldThrowConcurrentChangeAfterItsAttempts()
    {
        var store = new LosingStore(new InMemoryStateStore());
        var engine = new ExportEngine(Settings, store, new ModelExportApi(new FakeExportControlPlane(Clock)), Clock);

        var error = await Assert.ThrowsAsync<ConcurrentChangeException>(() => engine.PauseAsync("orders", CancellationToken.None));

        Assert.Equal(("orders", 5, 5), (error.Table, error.Attempts, store.Attempts));
    }

    /// <summary>A state table another invocation always writes first.</summary>
    private sealed class LosingStore(IStateStore inner) : IStateStore
    {
        public int Attempts { get; private set; }

        public Task<TableState?> GetAsync(string table, CancellationToken cancellationToken) => inner.GetAsync(table, cancellationToken);

        public Task<bool> TryWriteAsync(TableState next, long expectedVersion, CancellationToken cancellationToken)
        {
            Attempts++;
            return Task.FromResult(false);
        }

        public Task PutHistoryAsync(CompletedExport entry, CancellationToken cancellationToken) => inner.PutHistoryAsync(entry, cancellationToken);

        public Task<IReadOnlyList<CompletedExport>> GetHistoryAsync(string table, CancellationToken cancellationToken) => inner.GetHistoryAsync(table, cancellationToken);
    }
}
