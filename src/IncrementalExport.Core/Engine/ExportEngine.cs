using IncrementalExport.Core.Aws;
using IncrementalExport.Core.Model;
using IncrementalExport.Core.Planning;
using IncrementalExport.Core.Settings;
using IncrementalExport.Core.State;

namespace IncrementalExport.Core.Engine;

/// <summary>The engine over a state store and the export control plane; time comes only from the TimeProvider.</summary>
internal sealed class ExportEngine(ExportSettings settings, IStateStore store, IExportApi api, TimeProvider time, LakeTick? lake = null) : IExportEngine
{
    private const int OperatorWriteAttempts = 5;

    public async Task<TickReport> TickAsync(TickRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var startedAt = time.GetUtcNow();
        var selected = Select(request.Tables);

        // Every table's state is read, not only the selected ones', so the in-flight cap counts the whole environment;
        // a table whose state could not be read counts as in flight, so a throttled read never lets the cap be overrun.
        var reads = await ReadStatesAsync(settings.Tables, cancellationToken);
        var inFlight = reads.Values.Count(r => r.Value?.InFlight is not null || r.Error is not null);
        var budget = new InFlightBudget(settings.MaxExportsInFlight - inFlight);

        // A table that cannot have work yet is left alone without a call, unless the request names it (a forced run).
        var named = request.Tables is { Count: > 0 };
        var results = new StepResult[selected.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, selected.Count),
            new ParallelOptions { MaxDegreeOfParallelism = settings.Parallelism, CancellationToken = cancellationToken },
            async (i, token) =>
            {
                var step = TableStep.For(selected[i], settings, store, api, time, request, budget);
                var read = reads[selected[i].Name];
                results[i] = read.Value is { } state
                    ? (named ? null : TickSkip.Outcome(state, selected[i], settings, time.GetUtcNow())) ?? await step.RunAsync(state, token)
                    : step.Unreadable(read.Error!);
            });

        // The apply chain runs after the export step, as its own step: what it does or fails never changes an export.
        // A tick that stopped for its deadline leaves the apply step to the next one.
        var outcomes = results.Select(r => r.Outcome).ToList();
        var deadline = outcomes.Any(o => o.Step == StepKind.DeadlineReached);
        var after = results.ToDictionary(r => r.Outcome.Table, r => r.After, StringComparer.Ordinal);
        IReadOnlyList<LakeOutcome> applied = lake is null || request.DryRun || deadline ? [] : await lake.RunAsync(selected, settings.Parallelism, cancellationToken, after);
        var finishedAt = time.GetUtcNow();
        return new TickReport(startedAt, finishedAt, request.DryRun, deadline, WithApply(outcomes, applied, finishedAt))
        {
            NextWakeUp = WakeUpRule.WithApply(TickWakeUp.Of(settings, reads, after, finishedAt), applied.Select(a => a.Due), finishedAt),
            LeftAlone = results.Where(r => r.Skipped).Select(r => r.Outcome.Table).ToHashSet(StringComparer.Ordinal),
            Lake = applied,
        };
    }

    public async Task<IReadOnlyList<TableStatus>> StatusAsync(IReadOnlyCollection<string>? tables, CancellationToken cancellationToken)
    {
        var selected = Select(tables);
        var states = await ReadStatesOrThrowAsync(selected, cancellationToken);
        var now = time.GetUtcNow();
        var statuses = selected.Select(t => TableStatus.Of(states[t.Name], now)).ToList();
        if (lake is not null)
        {
            var chains = await lake.GetManyAsync([.. statuses.Select(s => s.Table)], cancellationToken);
            for (var i = 0; i < statuses.Count; i++)
            {
                statuses[i] = statuses[i] with { Apply = ApplyStatus.Of(chains[statuses[i].Table], now) };
            }
        }

        return statuses;
    }

    public Task<OperatorResult> PauseAsync(string table, CancellationToken cancellationToken) =>
        ApplyAsync(table, OperatorActions.Pause, PausedMessage, s => "already " + PausedMessage(s), cancellationToken);

    public async Task<OperatorResult> ResumeAsync(string table, CancellationToken cancellationToken)
    {
        var result = await ApplyAsync(table, OperatorActions.Resume, _ => "resumed", _ => "neither paused nor blocked", cancellationToken);

        // resume also clears a Blocked apply chain: its statement is tried again as a new query at the next tick.
        if (lake is null || !await lake.ResumeAsync(result.Table, cancellationToken))
        {
            return result;
        }

        return result.Changed
            ? result with { Message = result.Message + "; apply chain resumed" }
            : result with { Changed = true, Message = "apply chain resumed (the export chain was neither paused nor blocked)" };
    }

    public async Task<OperatorResult> ResetAsync(string table, DateTimeOffset? from, CancellationToken cancellationToken)
    {
        var tableSettings = Find(table);
        if (from is { } requested)
        {
            await CheckRestorableAsync(tableSettings, requested, cancellationToken);
        }

        var when = from is { } f ? $"at {TimeFormat.Iso(f)}" : "at the latest restorable time";
        return await ApplyAsync(
            table,
            (state, now) => OperatorActions.Reset(state, from, now),
            _ => $"reset requested: the next tick starts a new epoch with a full export {when} (after the export in flight, if any, ends)",
            _ => "",
            cancellationToken);
    }

    public Task<IReadOnlyList<CompletedExport>> HistoryAsync(string table, CancellationToken cancellationToken) =>
        store.GetHistoryAsync(Find(table).Name, cancellationToken);

    private async Task CheckRestorableAsync(TableSettings table, DateTimeOffset from, CancellationToken cancellationToken)
    {
        var pitr = await api.DescribePitrAsync(table.Arn ?? table.Name, cancellationToken);
        if (!pitr.Enabled)
        {
            throw new RequestRefusedException(
                table.Name, $"point-in-time recovery is off for table '{table.Name}', so no full export time can be restored; nothing changed");
        }

        var usable = pitr.Latest!.Value - settings.SafetyMargin;
        if (from < pitr.Earliest || from > usable)
        {
            throw new RequestRefusedException(
                table.Name,
                $"{TimeFormat.Iso(from)} is outside the PITR window of '{table.Name}' "
                + $"[{TimeFormat.Iso(pitr.Earliest!.Value)}, {TimeFormat.Iso(usable)}] (the latest restorable time minus the "
                + $"{(int)settings.SafetyMargin.TotalSeconds}s safety margin); nothing changed");
        }
    }

    // A start recorded but not yet accepted by AWS is still issued: the request may already have reached AWS, and the
    // re-issue with the same client token can only return that export, never a second one; dropping it could leave an
    // export running that no state follows.
    private static string PausedMessage(TableState paused) =>
        paused.InFlight is { ExportArn: null } f
            ? $"paused: no new export starts; the start of {StateNote.Window(f.Window)} was already recorded and is still "
              + "issued by the next tick (it may have reached AWS; the same client token cannot start a second export), then followed and recorded"
            : "paused: no new export starts; one in flight is still followed and recorded";

    private async Task<OperatorResult> ApplyAsync(
        string table,
        Func<TableState, DateTimeOffset, TableState?> action,
        Func<TableState, string> done,
        Func<TableState, string> unchanged,
        CancellationToken cancellationToken)
    {
        var name = Find(table).Name;
        for (var attempt = 0; attempt < OperatorWriteAttempts; attempt++)
        {
            var state = await store.GetAsync(name, cancellationToken) ?? TableState.NewTable(name);
            var now = time.GetUtcNow();
            if (action(state, now) is not { } next)
            {
                return new OperatorResult(name, false, unchanged(state), TableStatus.Of(state, now));
            }

            if (await store.TryWriteAsync(next, state.Version, cancellationToken))
            {
                return new OperatorResult(name, true, done(next), TableStatus.Of(next, now));
            }
        }

        throw new ConcurrentChangeException(name, OperatorWriteAttempts);
    }

    private Task<IReadOnlyDictionary<string, ItemRead<TableState>>> ReadStatesAsync(IEnumerable<TableSettings> tables, CancellationToken cancellationToken) =>
        store.GetManyAsync([.. tables.Select(t => t.Name)], settings.Parallelism, cancellationToken);

    private async Task<Dictionary<string, TableState>> ReadStatesOrThrowAsync(IEnumerable<TableSettings> tables, CancellationToken cancellationToken)
    {
        var reads = await ReadStatesAsync(tables, cancellationToken);
        return reads.ToDictionary(r => r.Key, r => r.Value.Value ?? throw r.Value.Error!, StringComparer.Ordinal);
    }

    private List<TableSettings> Select(IReadOnlyCollection<string>? tables) => [.. settings.ResolveTables(tables)];

    private TableSettings Find(string table) => settings.ResolveTable(table);

    // Each table's status with the apply chain the tick's apply step left, as status shows it.
    private static List<TableOutcome> WithApply(List<TableOutcome> outcomes, IReadOnlyList<LakeOutcome> applied, DateTimeOffset now)
    {
        var chains = applied.Where(a => a.State is not null).ToDictionary(a => a.Table, a => a.State!, StringComparer.Ordinal);
        return chains.Count == 0
            ? outcomes
            : [.. outcomes.Select(o => chains.TryGetValue(o.Table, out var chain) ? o with { Status = o.Status with { Apply = ApplyStatus.Of(chain, now) } } : o)];
    }
}
