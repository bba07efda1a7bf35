using IncrementalExport.Core.Aws;
using IncrementalExport.Core.Planning;
using IncrementalExport.Core.Settings;
using IncrementalExport.Core.State;
using IncrementalExport.Core.Model;

namespace IncrementalExport.Core.Engine;

/// <summary>
/// One table's part of a tick: follow the export in flight, then (if nothing is in flight) plan and start the
/// next one. Every state change is a write conditional on the version read; a lost race leaves the table to
/// whoever won. The order of writes makes every crash point recoverable: intent before the start call, ARN after
/// it; history entry before the watermark moves.
/// </summary>
internal sealed class TableStep(TickContext context, TableSettings table)
{
    /// <summary>AWS remembers a client token for 8 hours; an intent older than this may no longer be deduplicated by it.</summary>
    private static readonly TimeSpan StaleIntentAge = TimeSpan.FromHours(6);

    private const string RecordedBeforePause =
        "recorded before the table was paused: issued anyway, since the request may already have reached AWS and the same client token cannot start a second export";

    private ExportSettings Settings => context.Settings;

    private DateTimeOffset Now => context.Time.GetUtcNow();

    /// <summary>The last state this step wrote, so an error after a write reports what the write left.</summary>
    private TableState? _written;

    /// <summary>The state the tick read, to tell "nothing changed" from "an earlier write of this tick stands".</summary>
    private TableState? _read;

    // The start this step makes was planned from the PITR window last seen, not from DescribeContinuousBackups.
    private bool _plannedFromEstimate;

    /// <summary>The table's step; its detail ends with the state it left the table in.</summary>
    public async Task<TableOutcome> RunAsync(TableState state, CancellationToken cancellationToken)
    {
        _read = state;
        var outcome = await StepAsync(state, cancellationToken);
        var after = outcome.AfterState ?? state;
        return outcome with { Detail = $"{outcome.Detail}; {StateNote.For(outcome.Step, state, after, context.Request.DryRun)}" };
    }

    private async Task<TableOutcome> StepAsync(TableState state, CancellationToken cancellationToken)
    {
        if (state.InFlight is { ExportArn: null })
        {
            return context.Request.DryRun
                ? Outcome(StepKindOf(state.InFlight.Window), "would re-issue the recorded start request", state, state.InFlight.Window)
                : await GuardAsync(state, () => IssueAsync(state, reissue: true, cancellationToken, state.Paused ? RecordedBeforePause : null));
        }

        if (state.InFlight is not { ExportArn: { } arn })
        {
            return await GuardAsync(state, () => PlanAndStartAsync(state, cancellationToken));
        }

        var followed = await GuardAsync(state, async () =>
        {
            ExportDescription export;
            try
            {
                export = await context.Api.DescribeExportAsync(arn, cancellationToken);
            }
            catch (AwsCallException e) when (e.Kind == AwsErrorKind.ExportNotFound)
            {
                return await LostAsync(state, arn, e, cancellationToken);
            }

            if (export.Status != ExportStatus.Completed || context.Request.DryRun)
            {
                return await FollowAsync(state, export, cancellationToken);
            }

            var (recorded, entry) = StateTransitions.Completed(state, export, Settings.TargetOf(table), Now);
            var done = ExportPace.AfterCompletion(recorded, entry, table, Settings);
            await context.Store.PutHistoryAsync(entry, cancellationToken);
            if (await TryChainAsync(state, done, entry, cancellationToken) is { } chained)
            {
                return chained;
            }

            return await TryWriteAsync(done, state.Version, cancellationToken)
                ? Outcome(StepKind.Completed, $"recorded {Describe(entry.Window)}", done, entry.Window, entry.ExportArn) with { Recorded = entry }
                : Outcome(StepKind.Superseded, "another invocation recorded the completion first", state);
        });
        if (followed.Recorded is not { } recorded || followed.Step != StepKind.Completed || context.Request.DryRun)
        {
            return followed;
        }

        // The chain goes on in the same tick, so a window does not wait a schedule period after its predecessor;
        // the completed export's slot under the in-flight cap is free again.
        context.Budget.Return();
        var next = await GuardAsync(followed.AfterState!, () => PlanAndStartAsync(followed.AfterState!, cancellationToken));
        return next with { Detail = $"{followed.Detail}; {next.Detail}", Recorded = recorded };
    }

    /// <summary>
    /// Records a completion and starts the next window with one state write, when the window can be planned from the PITR
    /// window last seen: the intent carries the moved watermark, and the completed export's slot under the in-flight cap
    /// passes to the next one. Null when the usual way (record, then plan with a fresh PITR window) applies.
    /// </summary>
    private async Task<TableOutcome?> TryChainAsync(TableState read, TableState done, CompletedExport entry, CancellationToken cancellationToken)
    {
        if (context.PastDeadline || Estimated(done) is not { Decision: PlanDecision.Start start } guess)
        {
            return null;
        }

        var next = await StartAsync(done with { Version = read.Version }, start, guess.Pitr.Latest, cancellationToken, slotHeld: true);
        return next.Step switch
        {
            StepKind.DeadlineReached => null,
            StepKind.Superseded => next with { Detail = "another invocation recorded the completion first" },
            _ => next with { Detail = $"recorded {Describe(entry.Window)}; {next.Detail}", Recorded = entry },
        };
    }

    /// <summary>The next incremental window (or a wait) planned from the PITR window last seen, or null when AWS must be asked.</summary>
    private PitrEstimate.Guess? Estimated(TableState state)
    {
        // A plan (dry run) and a forced run (tables named) ask AWS: what they show should be what AWS says now.
        var guess = context.Request.DryRun || context.Request.Tables is { Count: > 0 } ? null : PitrEstimate.Plan(state, table, Settings, Now);
        _plannedFromEstimate = guess is not null;
        return guess;
    }

    /// <summary>
    /// Turns what AWS or the state table refused into the table's outcome; nothing else escapes a table's step. What
    /// the step wrote before the error stands (an intent stays recorded), and the outcome reports that state.
    /// </summary>
    private async Task<TableOutcome> GuardAsync(TableState state, Func<Task<TableOutcome>> step)
    {
        try
        {
            return await step();
        }
        catch (AwsCallException e) when (e.Kind == AwsErrorKind.Transient)
        {
            var current = _written ?? state;
            var kept = current.Version == (_read ?? state).Version ? "nothing changed" : "what this tick recorded before it stands";
            return Outcome(StepKind.Deferred, $"{e.Message}; {kept}, the next tick retries", current) with { AwsUnreachable = e.Unreachable };
        }
        catch (Exception e) when (e is AwsCallException or HistoryConflictException or InvalidDataException)
        {
            return Outcome(StepKind.Error, e.Message, _written ?? state);
        }
    }

    /// <summary>The outcome for a table whose state could not be read: nothing was done for it.</summary>
    public TableOutcome Unreadable(Exception error)
    {
        var outcome = error is AwsCallException { Kind: AwsErrorKind.Transient }
            ? Outcome(StepKind.Deferred, $"reading the state failed ({error.Message}); nothing changed, the next tick retries", TableState.NewTable(table.Name))
                with { AwsUnreachable = error is AwsCallException { Unreachable: true } }
            : Outcome(StepKind.Error, $"reading the state failed: {error.Message}", TableState.NewTable(table.Name));
        return outcome with { Detail = outcome.Detail + "; state unknown (not read)" };
    }

    /// <summary>
    /// DescribeExport does not know the export in flight. The export is looked up by the intent's client token; if AWS
    /// has none, the attempt is counted as failed and the same window is retried with a new token, so the table neither
    /// loops on the lost ARN nor skips the window (and blocks after maxConsecutiveFailures, as any failing window does).
    /// </summary>
    private async Task<TableOutcome> LostAsync(TableState state, string arn, AwsCallException notFound, CancellationToken cancellationToken)
    {
        var inFlight = state.InFlight!;
        var tableArn = table.Arn ?? await context.Api.GetTableArnAsync(table.Name, cancellationToken);
        var found = await context.Api.FindByClientTokenAsync(tableArn, inFlight.ClientToken, cancellationToken);
        if (found is not null)
        {
            var detail = $"DescribeExport does not know {arn}; the export with the intent's client token is {found.ExportArn}, followed from now on";
            return context.Request.DryRun || found.ExportArn == arn
                ? Outcome(StepKind.InProgress, detail, state, inFlight.Window, found.ExportArn)
                : await WriteAsync(StateTransitions.Started(state, found.ExportArn, Now), state, StepKind.InProgress, detail, cancellationToken, found.ExportArn);
        }

        var error = $"{notFound.ErrorCode}: AWS does not know the export in flight ({arn}) and no export of the table carries its client token; "
            + "counted as a failed attempt, the window is retried with a new client token";
        return context.Request.DryRun
            ? Outcome(StepKind.Failed, $"would record the loss of {Describe(inFlight.Window)} ({error})", state, inFlight.Window, arn)
            : await WriteFailureAsync(state, error, retrySameWindow: true, arn, cancellationToken);
    }

    private async Task<TableOutcome> FollowAsync(TableState state, ExportDescription export, CancellationToken cancellationToken)
    {
        var window = state.InFlight!.Window;
        switch (export.Status)
        {
            case ExportStatus.InProgress:
                return Outcome(StepKind.InProgress, $"{Describe(window)} is in progress", state, window, export.ExportArn);
            case ExportStatus.Completed:
                return Outcome(StepKind.Completed, $"would record {Describe(window)} as completed", state, window, export.ExportArn);
            default:
                var error = $"{export.FailureCode ?? "ExportFailed"}: {export.FailureMessage ?? "the export failed"}";
                if (context.Request.DryRun)
                {
                    return Outcome(StepKind.Failed, $"would record the failure of {Describe(window)} ({error})", state, window, export.ExportArn);
                }

                return await WriteFailureAsync(state, error, retrySameWindow: true, export.ExportArn, cancellationToken);
        }
    }

    private async Task<TableOutcome> PlanAndStartAsync(TableState state, CancellationToken cancellationToken)
    {
        if (state.Paused)
        {
            return Outcome(StepKind.Paused, "paused by an operator: no new export starts", state);
        }

        if (IsStickyBlock(state.BlockReason) && state.PendingReset is null)
        {
            return Outcome(StepKind.Blocked, $"blocked ({state.BlockReason}): {state.LastError}", state);
        }

        switch (Estimated(state))
        {
            case { Decision: PlanDecision.Start start } guess:
                return await StartAsync(state, start, guess.Pitr.Latest, cancellationToken);
            case { Decision: PlanDecision.Wait wait }:
                return await WaitAsync(state, wait.Reason, cancellationToken);
        }

        PitrWindow pitr;
        try
        {
            pitr = await context.Api.DescribePitrAsync(table.Arn ?? table.Name, cancellationToken);
        }
        catch (AwsCallException e) when (e.Kind == AwsErrorKind.TableNotFound)
        {
            return await BlockAsync(state, BlockReason.TableNotFound, $"table '{table.Table}' was not found ({e.ErrorCode})", cancellationToken);
        }

        // The PITR window seen goes into the next write, so later ticks know when the next window can be due.
        var seen = PitrEstimate.Seen(state, pitr, Now);
        return WindowPlanner.Plan(seen, table, TableWindows.ForPlanner(seen, table, Settings), pitr) switch
        {
            PlanDecision.Start start => await StartAsync(seen, start, pitr.Latest, cancellationToken),
            PlanDecision.Block block => await BlockAsync(state, block.Reason, block.Message, cancellationToken),
            PlanDecision.Wait wait => await WaitAsync(seen, wait.Reason, cancellationToken, viewChanged: seen.PitrSeen != state.PitrSeen),
            _ => throw new InvalidOperationException("unknown plan decision"),
        };
    }

    private async Task<TableOutcome> StartAsync(
        TableState state, PlanDecision.Start start, DateTimeOffset? awsTime, CancellationToken cancellationToken, bool slotHeld = false)
    {
        var window = start.Window;
        if (context.PastDeadline)
        {
            return Outcome(StepKind.DeadlineReached, $"time is short: {Describe(window)} was not started", state, window);
        }

        if (!slotHeld && !context.Budget.TryTake())
        {
            return Outcome(StepKind.CapReached, $"{Settings.MaxExportsInFlight} exports are in flight: {Describe(window)} waits", state, window);
        }

        if (context.Request.DryRun)
        {
            return Outcome(StepKindOf(window), $"would start {Describe(window)} ({start.Reason})", state, window);
        }

        var epoch = start.NewEpoch ? state.Epoch + 1 : state.Epoch;
        var attempt = start.NewEpoch ? 0 : state.NextAttempt;
        var intent = StateTransitions.Intend(
            state,
            window,
            start.NewEpoch,
            ExportLayout.RequestPrefix(Settings, table, epoch, window),
            ClientTokens.For(table.Name, epoch, window, attempt),
            Now,
            awsTime,
            Settings.TargetOf(table));
        if (!await TryWriteAsync(intent, state.Version, cancellationToken))
        {
            if (!slotHeld)
            {
                context.Budget.Return();
            }

            return Outcome(StepKind.Superseded, "another invocation changed the table first", state);
        }

        return await IssueAsync(intent, reissue: false, cancellationToken, start.Reason);
    }

    /// <summary>
    /// Sends the recorded start request. A re-issue (an intent found by this tick, from a crash or a deferred start)
    /// first looks for the export by its token when the intent is older than AWS's token memory, and does so again
    /// before giving the window up on a refusal, so an export already started is adopted, never started twice.
    /// </summary>
    private async Task<TableOutcome> IssueAsync(TableState state, bool reissue, CancellationToken cancellationToken, string? reason = null)
    {
        var inFlight = state.InFlight!;
        string? tableArn = table.Arn;
        ExportDescription export;
        try
        {
            tableArn ??= await context.Api.GetTableArnAsync(table.Name, cancellationToken);
            var stale = reissue && await IsStaleAsync(inFlight, cancellationToken);
            export = (stale ? await TryFindAsync(tableArn, inFlight, cancellationToken) : null)
                ?? await context.Api.StartExportAsync(Request(tableArn, inFlight), cancellationToken);
        }
        catch (AwsCallException e) when (e.Kind == AwsErrorKind.Transient)
        {
            return Outcome(StepKind.Deferred, $"{e.Message}; the next tick re-issues the same request", state, inFlight.Window) with { AwsUnreachable = e.Unreachable };
        }
        catch (AwsCallException e) when (tableArn is not null)
        {
            var adopted = reissue ? await TryFindAsync(tableArn, inFlight, cancellationToken) : null;
            if (adopted is null)
            {
                return await RefusedAsync(state, e, cancellationToken);
            }

            export = adopted;
        }

        var started = StateTransitions.Started(state, export.ExportArn, Now);
        return await WriteAsync(started, state, StepKindOf(inFlight.Window), reason is null ? $"started {Describe(inFlight.Window)}" : $"started {Describe(inFlight.Window)} ({reason})", cancellationToken, export.ExportArn);
    }

    /// <summary>
    /// Whether AWS may have forgotten the intent's token: its age on the engine's clock, or on AWS's (the PITR window's
    /// latest restorable time moved on since the intent), passes <see cref="StaleIntentAge"/>.
    /// </summary>
    private async Task<bool> IsStaleAsync(InFlightExport inFlight, CancellationToken cancellationToken)
    {
        if (Now - inFlight.RequestedAt > StaleIntentAge || inFlight.AwsTimeAtIntent is not { } then)
        {
            return true;
        }

        try
        {
            var pitr = await context.Api.DescribePitrAsync(table.Arn ?? table.Name, cancellationToken);
            return pitr.Latest is not { } latest || latest - then > StaleIntentAge;
        }
        catch (AwsCallException e) when (e.Kind != AwsErrorKind.Transient)
        {
            return true;
        }
    }

    /// <summary>The export with the intent's token; a search AWS refuses (not a throttle) counts as not found.</summary>
    private async Task<ExportDescription?> TryFindAsync(string tableArn, InFlightExport inFlight, CancellationToken cancellationToken)
    {
        try
        {
            return await context.Api.FindByClientTokenAsync(tableArn, inFlight.ClientToken, cancellationToken);
        }
        catch (AwsCallException e) when (e.Kind != AwsErrorKind.Transient)
        {
            return null;
        }
    }

    private async Task<TableOutcome> RefusedAsync(TableState state, AwsCallException e, CancellationToken cancellationToken)
    {
        if (_plannedFromEstimate && e.Kind is AwsErrorKind.InvalidExportTime or AwsErrorKind.PitrUnavailable)
        {
            // Planned from the PITR window last seen, which no longer holds (the lag grew, PITR was turned off, or off and
            // on): not a failure. The intent is dropped and the table planned again, now from AWS's own PITR window.
            var withdrawn = PitrEstimate.Withdrawn(state, Now);
            if (!await context.Store.TryWriteAsync(withdrawn, state.Version, cancellationToken))
            {
                return Outcome(StepKind.Superseded, "another invocation changed the table first", state);
            }

            context.Budget.Return();
            _plannedFromEstimate = false;
            return await PlanAndStartAsync(withdrawn, cancellationToken);
        }

        if (e.Kind is AwsErrorKind.PitrUnavailable or AwsErrorKind.TableNotFound)
        {
            var reason = e.Kind == AwsErrorKind.PitrUnavailable ? BlockReason.PitrDisabled : BlockReason.TableNotFound;
            return await WriteAsync(StateTransitions.Abandon(state, reason, e.Message, Now), state, StepKind.Blocked, e.Message, cancellationToken);
        }

        // A time AWS calls invalid is re-planned; any other refusal retries the same window with a new token.
        return await WriteFailureAsync(state, e.Message, retrySameWindow: e.Kind != AwsErrorKind.InvalidExportTime, null, cancellationToken);
    }

    // The request exactly as the intent recorded it, so a re-issue after a settings change still matches its token.
    private ExportRequest Request(string tableArn, InFlightExport inFlight)
    {
        var target = inFlight.Target ?? Settings.TargetOf(table);
        return new(
            tableArn,
            target.Bucket,
            target.BucketOwner,
            inFlight.S3Prefix,
            target.KmsKeyArn,
            target.Format,
            target.ViewType,
            inFlight.Window,
            inFlight.ClientToken);
    }

    private Task<TableOutcome> WriteFailureAsync(TableState state, string error, bool retrySameWindow, string? arn, CancellationToken cancellationToken)
    {
        var window = state.InFlight!.Window;
        var failed = StateTransitions.Failed(state, error, Settings.MaxConsecutiveFailures, retrySameWindow, Now);
        var detail = $"{Describe(window)} failed ({failed.ConsecutiveFailures} in a row): {error}";
        if (failed.BlockReason == BlockReason.ExportFailures)
        {
            detail += "; the table is Blocked until an operator resumes it";
        }

        return WriteAsync(failed, state, StepKind.Failed, detail, cancellationToken, arn);
    }

    private Task<TableOutcome> BlockAsync(TableState state, BlockReason reason, string message, CancellationToken cancellationToken) =>
        state.BlockReason == reason && state.LastError == message || context.Request.DryRun
            ? Task.FromResult(Outcome(StepKind.Blocked, message, state))
            : WriteAsync(StateTransitions.Block(state, reason, message, Now), state, StepKind.Blocked, message, cancellationToken);

    private Task<TableOutcome> WaitAsync(TableState state, string reason, CancellationToken cancellationToken, bool viewChanged = false) =>
        (state.BlockReason == BlockReason.None && !viewChanged) || context.Request.DryRun
            ? Task.FromResult(Outcome(StepKind.Waiting, reason, state))
            : WriteAsync(StateTransitions.Unblock(state, Now), state, StepKind.Waiting, reason, cancellationToken);

    private async Task<TableOutcome> WriteAsync(
        TableState next, TableState read, StepKind step, string detail, CancellationToken cancellationToken, string? arn = null)
    {
        var window = read.InFlight?.Window;
        return await TryWriteAsync(next, read.Version, cancellationToken)
            ? Outcome(step, detail, next, window, arn)
            : Outcome(StepKind.Superseded, "another invocation changed the table first", read, window, arn);
    }

    private async Task<bool> TryWriteAsync(TableState next, long expectedVersion, CancellationToken cancellationToken)
    {
        if (!await context.Store.TryWriteAsync(next, expectedVersion, cancellationToken))
        {
            return false;
        }

        _written = next;
        return true;
    }

    private static bool IsStickyBlock(BlockReason reason) =>
        reason is BlockReason.PitrGap or BlockReason.ExportFailures or BlockReason.StartTimeOutsidePitrWindow;

    private static StepKind StepKindOf(ExportWindow window) =>
        window.Kind == ExportKind.Full ? StepKind.StartedFull : StepKind.StartedIncremental;

    private static string Describe(ExportWindow w) => StateNote.Window(w);

    private TableOutcome Outcome(StepKind step, string detail, TableState state, ExportWindow? window = null, string? arn = null) =>
        new(table.Name, step, detail, window ?? state.InFlight?.Window, arn ?? state.InFlight?.ExportArn, TableStatus.Of(state, Now)) { AfterState = state };
}
