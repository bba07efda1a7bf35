using IncrementalExport.Core.Lake;
using IncrementalExport.Core.Lake.Athena;
using IncrementalExport.Core.Model;
using IncrementalExport.Materialize;
using IncrementalExport.Materialize.Checking;
using IncrementalExport.TestServers.InMemory;

namespace IncrementalExport.TestServers.Lake;

/// <summary>One table of a <see cref="LakeScenario"/>: its export chain on disk, its lake on DuckDB, and its history as revealed so far.</summary>
internal sealed class LakeScenarioTable : IDisposable
{
    private readonly List<string> _expected;
    private int _revealed;

    private LakeScenarioTable(ChainFolder chain, List<string> expected, LakeOnDuckDb lake)
    {
        Chain = chain;
        _expected = expected;
        Lake = lake;
    }

    public ChainFolder Chain { get; }

    public LakeOnDuckDb Lake { get; }

    public bool Revealed => _revealed == Chain.History.Count;

    /// <summary>A random history (a second epoch one time in three) with every epoch's lines loaded into the source table.</summary>
    public static async Task<LakeScenarioTable> CreateAsync(string name, Random random, Action<string> count)
    {
        var chain = new ChainFolder(name);
        var expected = RandomHistory.Write(chain, random.Next());
        if (random.Next(3) == 0)
        {
            chain.StartEpoch();
            expected = RandomHistory.Write(chain, random.Next());
            count("new epochs");
        }

        var lake = new LakeOnDuckDb(LakeFixtures.TableOf(chain));
        foreach (var epoch in chain.History.GroupBy(e => e.Epoch))
        {
            await lake.LoadAsync(ApplyPlanner.Plan(name, epoch.ToList()), new DirectoryExportFiles(chain.Root));
        }

        return new LakeScenarioTable(chain, expected, lake);
    }

    /// <summary>True when <paramref name="sql"/> is one of this table's statements (every one names its Glue tables).</summary>
    public bool Owns(string sql) => sql.Contains(LakeNames.Glue(Chain.Table) + "__", StringComparison.Ordinal);

    /// <summary>The export chain records its next completed export.</summary>
    public async Task RevealNextAsync(InMemoryStateStore store)
    {
        if (!Revealed)
        {
            await store.PutHistoryAsync(Chain.History[_revealed++], CancellationToken.None);
        }
    }

    /// <summary>
    /// The export chain's state as the engine hands it to the apply step: the epoch and count of the completions
    /// revealed so far, or, once the next one is a new epoch's full export, that epoch with none completed yet.
    /// </summary>
    public TableState ExportState()
    {
        var next = Revealed ? null : Chain.History[_revealed];
        return next is { Sequence: 0 } || _revealed == 0
            ? TableState.NewTable(Chain.Table) with { Epoch = next?.Epoch ?? 0, CompletedInEpoch = 0 }
            : TableState.NewTable(Chain.Table) with { Epoch = Chain.History[_revealed - 1].Epoch, CompletedInEpoch = Chain.History[_revealed - 1].Sequence + 1 };
    }

    public bool Settled(LakeChainState state) =>
        state.Pending is null && state.Applied is { } applied
        && applied.Epoch == Chain.History[^1].Epoch && applied.AppliedThrough == Chain.History[^1].Sequence;

    /// <summary>What is wrong once the scenario ended: not settled, a view that differs from the source, a statement run twice.</summary>
    public IEnumerable<string> Check(LakeChainState state)
    {
        if (!Settled(state))
        {
            yield return $"{Chain.Table}: did not settle: applied {state.Applied?.Epoch}/{state.Applied?.AppliedThrough} of {Chain.History[^1].Epoch}/{Chain.History[^1].Sequence}, blocked: {state.BlockedReason}";
            yield break;
        }

        var expected = _expected.Select(ItemJson.Canonical).Order(StringComparer.Ordinal).ToList();
        var actual = Lake.Items().Select(ItemJson.Canonical).Order(StringComparer.Ordinal).ToList();
        if (!expected.SequenceEqual(actual, StringComparer.Ordinal))
        {
            yield return $"{Chain.Table}: the view differs from the source: {actual.Count} rows, {actual.Except(expected).Count()} not in the source, {expected.Except(actual).Count()} missing";
        }

        // Compaction and the source table's creation are the same text by design (IF NOT EXISTS, once per epoch).
        var once = Lake.Statements.Where(q => !q.StartsWith("OPTIMIZE", StringComparison.Ordinal) && !q.StartsWith("VACUUM", StringComparison.Ordinal)
                                             && !q.StartsWith("CREATE EXTERNAL TABLE", StringComparison.Ordinal)).ToList();
        foreach (var twice in once.GroupBy(q => q, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            yield return $"{Chain.Table}: a statement ran {twice.Count()} times: {twice.Key.Split('\n')[0]}";
        }
    }

    public void Dispose()
    {
        Lake.Dispose();
        Chain.Dispose();
    }
}
