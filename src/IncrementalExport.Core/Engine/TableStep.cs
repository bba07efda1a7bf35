using IncrementalExport.Core.Aws;
using IncrementalExport.Core.Model;
using IncrementalExport.Core.Planning;
using IncrementalExport.Core.Settings;
using IncrementalExport.Core.State;

namespace IncrementalExport.Core.Engine;

/// <summary>
/// One table's part of a tick, in the shape of the planners: ask AWS what the decision needs, let the pure planner
/// decide (<see cref="FollowPlanner"/> for the export in flight, <see cref="WindowPlanner"/> for the next one), and hand
/// the decision to the <see cref="StepExecutor"/>. Every state change is a write conditional on the version read; a lost
/// race leaves the table to whoever won. The order of writes makes every crash point recoverable: intent before the
/// start call, ARN after it; history entry before the watermark moves.
/// </summary>
internal sealed class TableStep(TableSettings table, ExportSettings settings, IExportApi api, TimeProvider time, InFlightBudget budget, TableWriter writer, StepExecutor executor)
{
    /// <summary>The state the tick read, to tell "nothing changed" from "an earlier write of this tick stands".</summary>
    private TableState? _read;

    private DateTimeOffset Now => time.GetUtcNow();

    /// <summary>The step of <paramref name="table"/> in the tick <paramref name="request"/> asks for.</summary>
    public static TableStep For(
        TableSettings table, ExportSettings settings, IStateStore store, IExportApi api, TimeProvider time, TickRequest request, InFlightBudget budget)
    {
        var writer = new TableWriter(store, table.Name, time);
        var starter = new ExportStarter(table, settings, api, time, writer, budget, request.StopStartingAt);
        var mayEstimate = !request.DryRun && request.Tables is not { Count: > 0 };
        var executor = new StepExecutor(table, settings, time, writer, starter, applies: !request.DryRun, mayEstimate);
        return new TableStep(table, settings, api, time, budget, writer, executor);
    }

    /// <summary>The table's step; its detail ends with the state it left the table in.</summary>
    public async Task<StepResult> RunAsync(TableState state, CancellationToken cancellationToken)
    {
        _read = state;
        var result = await StepAsync(state, cancellationToken);
        return result.WithDetail(StepText.WithState(result.Detail, StateNote.For(result.Step, state, result.After)));
    }

    /// <summary>The result for a table whose state could not be read: nothing was done for it.</summary>
    public StepResult Unreadable(Exception error) => error is AwsCallException { Kind: AwsErrorKind.Transient } call
        ? writer.Result(StepKind.Deferred, StepText.UnreadableDeferred(error.Message), TableState.NewTable(table.Name)).Unreachable(call.Unreachable)
        : writer.Result(StepKind.Error, StepText.Unreadable(error.Message), TableState.NewTable(table.Name));

    private async Task<StepResult> StepAsync(TableState state, CancellationToken cancellationToken)
    {
        if (state.InFlight is { ExportArn: null })
        {
            return await GuardAsync(state, () => executor.ApplyAsync(state, FollowPlanner.ForIntent(state), PlanAndStartAsync, cancellationToken));
        }

        if (state.InFlight is not { ExportArn: { } arn })
        {
            return await GuardAsync(state, () => PlanAndStartAsync(state, cancellationToken));
        }

        var followed = await GuardAsync(state, async () =>
        {
            var answer = await AskAsync(state, arn, cancellationToken);
            return await executor.ApplyAsync(state, FollowPlanner.Decide(state, answer, table, settings, Now), PlanAndStartAsync, cancellationToken);
        });
        if (followed.Outcome.Recorded is not { } recorded || followed.Step != StepKind.Completed)
        {
            return followed;
        }

        // The chain goes on in the same tick, so a window does not wait a schedule period after its predecessor;
        // the completed export's slot under the in-flight cap is free again.
        budget.Return();
        var next = await GuardAsync(followed.After, () => PlanAndStartAsync(followed.After, cancellationToken));
        return next.WithDetail(StepText.Then(followed.Detail, next.Detail)).Recording(recorded);
    }

    /// <summary>What AWS says about the export in flight; one it does not know is looked up by the intent's client token.</summary>
    private async Task<FollowAnswer> AskAsync(TableState state, string arn, CancellationToken cancellationToken)
    {
        try
        {
            return new FollowAnswer.Described(await api.DescribeExportAsync(arn, cancellationToken));
        }
        catch (AwsCallException e) when (e.Kind == AwsErrorKind.ExportNotFound)
        {
            var tableArn = table.Arn ?? await api.GetTableArnAsync(table.Name, cancellationToken);
            return new FollowAnswer.Lost(arn, e.ErrorCode, await api.FindByClientTokenAsync(tableArn, state.InFlight!.ClientToken, cancellationToken));
        }
    }

    private async Task<StepResult> PlanAndStartAsync(TableState state, CancellationToken cancellationToken)
    {
        if (WindowPlanner.Hold(state) is { } held)
        {
            return await executor.ApplyAsync(state, held, default, PlanAndStartAsync, cancellationToken);
        }

        if (executor.Estimated(state) is { Decision: PlanDecision.Start or PlanDecision.Wait } guess)
        {
            return await executor.ApplyAsync(state, guess.Decision, new StartBasis(guess.Pitr.Latest, FromEstimate: true, ViewChanged: false), PlanAndStartAsync, cancellationToken);
        }

        PitrWindow pitr;
        try
        {
            pitr = await api.DescribePitrAsync(table.Arn ?? table.Name, cancellationToken);
        }
        catch (AwsCallException e) when (e.Kind == AwsErrorKind.TableNotFound)
        {
            var notFound = new PlanDecision.Block(BlockReason.TableNotFound, StepText.TableNotFound(table.Table, e.ErrorCode));
            return await executor.ApplyAsync(state, notFound, default, PlanAndStartAsync, cancellationToken);
        }

        // The PITR window seen goes into the next write, so later ticks know when the next window can be due; a block is
        // written over the state read.
        var seen = PitrEstimate.Seen(state, pitr, Now);
        var decision = WindowPlanner.Plan(seen, table, TableWindows.ForPlanner(seen, table, settings), pitr);
        var basis = new StartBasis(pitr.Latest, FromEstimate: false, ViewChanged: seen.PitrSeen != state.PitrSeen);
        return await executor.ApplyAsync(decision is PlanDecision.Block ? state : seen, decision, basis, PlanAndStartAsync, cancellationToken);
    }

    /// <summary>
    /// Turns what AWS or the state table refused into the table's result; nothing else escapes a table's step. What
    /// the step wrote before the error stands (an intent stays recorded), and the result reports that state.
    /// </summary>
    private async Task<StepResult> GuardAsync(TableState state, Func<Task<StepResult>> step)
    {
        try
        {
            return await step();
        }
        catch (AwsCallException e) when (e.Kind == AwsErrorKind.Transient)
        {
            var current = writer.Written ?? state;
            var wroteBefore = current.Version != (_read ?? state).Version;
            return writer.Result(StepKind.Deferred, StepText.Deferred(e.Message, wroteBefore), current).Unreachable(e.Unreachable);
        }
        catch (Exception e) when (e is AwsCallException or HistoryConflictException or InvalidDataException)
        {
            return writer.Result(StepKind.Error, e.Message, writer.Written ?? state);
        }
    }
}
