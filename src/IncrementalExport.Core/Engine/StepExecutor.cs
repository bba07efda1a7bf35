using IncrementalExport.Core.Model;
using IncrementalExport.Core.Planning;
using IncrementalExport.Core.Settings;

namespace IncrementalExport.Core.Engine;

/// <summary>
/// Applies the planners' decisions for one table: conditional state writes, the history entry, the start call. A dry
/// run is the same decisions with no effect applied: <paramref name="applies"/> false reports what would be done, and
/// every decision reaches this class the same way in both modes.
/// </summary>
internal sealed class StepExecutor(
    TableSettings table, ExportSettings settings, TimeProvider time, TableWriter writer, ExportStarter starter, bool applies, bool mayEstimate)
{
    private DateTimeOffset Now => time.GetUtcNow();

    /// <summary>
    /// The next incremental window (or a wait) planned from the PITR window last seen, or null when AWS must be asked (a plan
    /// and a forced run ask AWS: what they show should be what AWS says now).
    /// </summary>
    public PitrEstimate.Guess? Estimated(TableState state) => mayEstimate ? PitrEstimate.Plan(state, table, settings, Now) : null;

    /// <summary>Applies <paramref name="decision"/> about the export in flight of <paramref name="read"/>.</summary>
    public async Task<StepResult> ApplyAsync(TableState read, FollowDecision decision, Replan replan, CancellationToken cancellationToken)
    {
        if (!applies)
        {
            return writer.Result(KindOf(decision), StepText.Of(decision, applied: false), read, WindowOf(decision), ArnOf(decision));
        }

        var detail = StepText.Of(decision, applied: true);
        return decision switch
        {
            FollowDecision.Reissue r => await starter.IssueAsync(read, reissue: true, r.Note, fromEstimate: false, replan, cancellationToken),
            FollowDecision.Complete c => await CompleteAsync(read, c, replan, cancellationToken),
            FollowDecision.Fail f => await writer.WriteAsync(f.Next, read, StepKind.Failed, detail, f.ExportArn, cancellationToken),
            FollowDecision.Adopt { Next: { } next } a => await writer.WriteAsync(next, read, StepKind.InProgress, detail, a.ExportArn, cancellationToken),
            _ => writer.Result(KindOf(decision), detail, read, WindowOf(decision), ArnOf(decision)),
        };
    }

    /// <summary>Applies <paramref name="decision"/> for <paramref name="state"/>, a table with nothing in flight.</summary>
    public async Task<StepResult> ApplyAsync(TableState state, PlanDecision decision, StartBasis basis, Replan replan, CancellationToken cancellationToken)
    {
        // The deadline and the in-flight cap hold a plan as they hold a run: a plan shows what the run would be allowed to do.
        if (decision is PlanDecision.Start gated && starter.Gate(state, gated, slotHeld: false) is { } stopped)
        {
            return stopped;
        }

        var detail = StepText.Of(decision, applies);
        var unchanged = writer.Result(KindOf(decision), detail, state, (decision as PlanDecision.Start)?.Window);
        if (!applies)
        {
            return unchanged;
        }

        return decision switch
        {
            PlanDecision.Start start => await starter.StartAsync(state, start, basis, slotHeld: false, replan, cancellationToken),
            PlanDecision.Block b when state.BlockReason != b.Reason || state.LastError != b.Message =>
                await writer.WriteAsync(StateTransitions.Block(state, b.Reason, b.Message, Now), state, StepKind.Blocked, detail, null, cancellationToken),
            PlanDecision.Wait when state.BlockReason != BlockReason.None || basis.ViewChanged =>
                await writer.WriteAsync(StateTransitions.Unblock(state, Now), state, StepKind.Waiting, detail, null, cancellationToken),
            _ => unchanged,
        };
    }

    /// <summary>
    /// The history entry first, then the watermark; the next window starts with the same write when it can be planned
    /// from the PITR window last seen (the completed export's slot under the in-flight cap passes to it).
    /// </summary>
    private async Task<StepResult> CompleteAsync(TableState read, FollowDecision.Complete complete, Replan replan, CancellationToken cancellationToken)
    {
        await writer.PutHistoryAsync(complete.Entry, cancellationToken);
        if (await TryChainAsync(read, complete, replan, cancellationToken) is { } chained)
        {
            return chained;
        }

        return await writer.TryWriteAsync(complete.Next, read.Version, cancellationToken)
            ? writer.Result(StepKind.Completed, StepText.Of(complete, applied: true), complete.Next, complete.Entry.Window, complete.Entry.ExportArn).Recording(complete.Entry)
            : writer.Result(StepKind.Superseded, StepText.SupersededCompletion, read);
    }

    /// <summary>Null when the usual way (record, then plan with a fresh PITR window) applies.</summary>
    private async Task<StepResult?> TryChainAsync(TableState read, FollowDecision.Complete complete, Replan replan, CancellationToken cancellationToken)
    {
        if (starter.PastDeadline || Estimated(complete.Next) is not { Decision: PlanDecision.Start start } guess)
        {
            return null;
        }

        var from = complete.Next with { Version = read.Version };
        var next = starter.Gate(from, start, slotHeld: true)
            ?? await starter.StartAsync(from, start, new StartBasis(guess.Pitr.Latest, FromEstimate: true, ViewChanged: false), slotHeld: true, replan, cancellationToken);
        return next.Step switch
        {
            StepKind.DeadlineReached => null,
            StepKind.Superseded => next.WithDetail(StepText.SupersededCompletion),
            _ => next.WithDetail(StepText.Then(StepText.Of(complete, applied: true), next.Detail)).Recording(complete.Entry),
        };
    }

    private static StepKind KindOf(FollowDecision decision) => decision switch
    {
        FollowDecision.Reissue r => ExportStarter.KindOf(r.Intent.Window),
        FollowDecision.Complete => StepKind.Completed,
        FollowDecision.Fail => StepKind.Failed,
        _ => StepKind.InProgress,
    };

    private static StepKind KindOf(PlanDecision decision) => decision switch
    {
        PlanDecision.Start s => ExportStarter.KindOf(s.Window),
        PlanDecision.Wait => StepKind.Waiting,
        PlanDecision.Paused => StepKind.Paused,
        _ => StepKind.Blocked,
    };

    private static ExportWindow? WindowOf(FollowDecision decision) => decision switch
    {
        FollowDecision.Reissue r => r.Intent.Window,
        FollowDecision.InProgress p => p.Window,
        FollowDecision.Complete c => c.Entry.Window,
        FollowDecision.Fail f => f.Window,
        FollowDecision.Adopt a => a.Window,
        _ => null,
    };

    private static string? ArnOf(FollowDecision decision) => decision switch
    {
        FollowDecision.InProgress p => p.ExportArn,
        FollowDecision.Complete c => c.Entry.ExportArn,
        FollowDecision.Fail f => f.ExportArn,
        FollowDecision.Adopt a => a.ExportArn,
        _ => null,
    };
}
