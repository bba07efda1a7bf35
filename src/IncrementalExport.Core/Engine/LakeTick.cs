using IncrementalExport.Core.Aws;
using IncrementalExport.Core.Lake;
using IncrementalExport.Core.Lake.Athena;
using IncrementalExport.Core.Model;
using IncrementalExport.Core.Settings;
using IncrementalExport.Core.State;

namespace IncrementalExport.Core.Engine;

/// <summary>
/// The apply step the engine runs after the export step of a tick: per table one <see cref="LakeChainStep"/> (at most
/// one Athena call), from the table's history and its apply chain item, saved with a conditional write. A table whose
/// apply fails or is Blocked says so in its outcome; the export chain never waits for it.
/// </summary>
/// <param name="store">The export chain's state (the history is read from it).</param>
/// <param name="lakeStore">The apply chains' items.</param>
/// <param name="step">One step of a chain.</param>
/// <param name="keyNames">The table's key attributes, partition key first (DescribeTable), asked once per table and kept in its chain.</param>
/// <param name="tableOf">Where a table's lake lives, given its key attributes.</param>
/// <param name="time">The clock.</param>
internal sealed class LakeTick(
    IStateStore store,
    ILakeStateStore lakeStore,
    LakeChainStep step,
    Func<TableSettings, CancellationToken, Task<IReadOnlyList<string>>> keyNames,
    Func<TableSettings, IReadOnlyList<string>, LakeTable> tableOf,
    TimeProvider time)
{
    /// <summary>
    /// One apply step for each of <paramref name="tables"/>. <paramref name="exports"/> (the export chains' states after
    /// this tick's export step, where known) lets a table whose lake has applied everything skip the history read.
    /// </summary>
    public async Task<IReadOnlyList<LakeOutcome>> RunAsync(
        IReadOnlyList<TableSettings> tables, int parallelism, CancellationToken cancellationToken, IReadOnlyDictionary<string, TableState>? exports = null)
    {
        // Every chain in one batched read; a table it could not read (throttled, malformed) says so and waits for the next tick.
        var reads = await lakeStore.GetManyAsync([.. tables.Select(t => t.Name)], cancellationToken);
        var outcomes = new LakeOutcome[tables.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, tables.Count),
            new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
            async (i, token) => outcomes[i] = reads[tables[i].Name] is { Value: { } read }
                ? await RunOneAsync(tables[i], read, exports?.GetValueOrDefault(tables[i].Name), token)
                : new LakeOutcome(tables[i].Name, null, reads[tables[i].Name].Error!.Message));
        return outcomes;
    }

    private const int ResumeAttempts = 5;

    /// <summary><c>resume</c> for the apply chain: a Blocked chain retries its statement at the next tick. False when it was not Blocked.</summary>
    public async Task<bool> ResumeAsync(string table, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < ResumeAttempts; attempt++)
        {
            var read = await lakeStore.GetAsync(table, cancellationToken);
            if (read.State.BlockedReason is null)
            {
                return false;
            }

            if (await lakeStore.TryWriteAsync(table, LakeChain.Resume(read.State), read.Version, cancellationToken))
            {
                return true;
            }
        }

        throw new ConcurrentChangeException(table, ResumeAttempts);
    }

    /// <summary>The stored apply chains of <paramref name="tables"/>, for status (batched; an unreadable one fails the call).</summary>
    public async Task<IReadOnlyDictionary<string, LakeChainState>> GetManyAsync(IReadOnlyCollection<string> tables, CancellationToken cancellationToken)
    {
        var reads = await lakeStore.GetManyAsync(tables, cancellationToken);
        return reads.ToDictionary(r => r.Key, r => r.Value.Value?.State ?? throw r.Value.Error!, StringComparer.Ordinal);
    }

    private static LakeChainState WithAppliedTo(LakeChainState state, ApplyPlan plan) =>
        state.Applied is { } a && a.Epoch == plan.Epoch && plan.Exports.FirstOrDefault(e => e.Sequence == a.AppliedThrough) is { } applied
            ? state with { AppliedTo = applied.Window.To }
            : state;

    /// <summary>
    /// What the chain needs of the history, read as a key range whenever the epoch to apply is known: the export
    /// chain's epoch once it has a completed export, else (the next epoch's full export still running) the epoch the
    /// lake is in, each from the last sequence applied. The whole history is read only when neither is known (no export state,
    /// or a lake ahead of the state this tick read, as after an overlapping invocation).
    /// </summary>
    private async Task<ApplyPlan?> PlanAsync(string table, LakeChainState state, TableState? exports, CancellationToken cancellationToken)
    {
        var lakeEpoch = Math.Max(state.Applied?.Epoch ?? 0, state.Pending?.Apply.After.Epoch ?? 0);
        int? epoch = exports switch
        {
            { CompletedInEpoch: > 0 } when exports.Epoch >= lakeEpoch => exports.Epoch,
            { CompletedInEpoch: 0 } when state.Applied is { } a && a.Epoch == lakeEpoch && exports.Epoch == lakeEpoch + 1 => lakeEpoch,
            _ => null,
        };
        if (epoch is { } known)
        {
            var from = state.Applied is { } a && a.Epoch == known ? a.AppliedThrough : 0;
            return ApplyPlanner.PlanFrom(table, known, from, await store.GetHistoryAsync(table, known, from, cancellationToken));
        }

        var history = await store.GetHistoryAsync(table, cancellationToken);
        return history.Any(e => e.Sequence == 0) ? ApplyPlanner.Plan(table, history) : null;
    }

    private async Task<LakeOutcome> RunOneAsync(TableSettings table, LakeChainRead read, TableState? exports, CancellationToken cancellationToken)
    {
        try
        {
            switch (LakeChain.Decide(read.State, time.GetUtcNow()))
            {
                case LakeChainAction.Blocked:
                    return new LakeOutcome(table.Name, read.State, null);
                case LakeChainAction.Wait:
                    // Backing off: nothing to call, but the wake-up must come back when the backoff ends.
                    return new LakeOutcome(table.Name, read.State, null) { Due = read.State.RetryAt };
            }

            // Everything the export chain has completed is applied: nothing to read or run until the next completion.
            if (exports is not null && LakeChain.IsCurrent(read.State, exports))
            {
                return new LakeOutcome(table.Name, read.State, null);
            }

            if (await PlanAsync(table.Name, read.State, exports, cancellationToken) is not { } plan)
            {
                return new LakeOutcome(table.Name, read.State, null);
            }

            var now = time.GetUtcNow();
            var version = read.Version;
            var state = read.State;
            if (state.KeyNames is null || state.KeyNamesEpoch != plan.Epoch)
            {
                state = state with { KeyNames = await keyNames(table, cancellationToken), KeyNamesEpoch = plan.Epoch };
                if (!await lakeStore.TryWriteAsync(table.Name, state, version++, cancellationToken))
                {
                    throw LakeChainMovedException.Of(table.Name);
                }
            }

            var next = await step.TickAsync(tableOf(table, state.KeyNames), state, plan, now, async (s, token) =>
            {
                if (!await lakeStore.TryWriteAsync(table.Name, WithAppliedTo(s, plan), version, token))
                {
                    throw LakeChainMovedException.Of(table.Name);
                }

                version++;
            }, cancellationToken);
            return new LakeOutcome(table.Name, WithAppliedTo(next, plan), null) { Due = LakeDue.Of(next, plan, now) };
        }
        catch (Exception e) when (e is AwsCallException or LakeInputException or LakeChainMovedException or InvalidDataException)
        {
            return new LakeOutcome(table.Name, read.State, e.Message);
        }
    }
}
