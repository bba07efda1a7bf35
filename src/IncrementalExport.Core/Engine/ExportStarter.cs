using IncrementalExport.Core.Aws;
using IncrementalExport.Core.Model;
using IncrementalExport.Core.Planning;
using IncrementalExport.Core.Settings;

namespace IncrementalExport.Core.Engine;

/// <summary>
/// Starts an export: the intent is written before the start call and the ARN after it, so a crash in between leaves a
/// request that the next tick re-issues with the same client token (never a second export). What AWS refuses is
/// turned into the table's next state here; a start planned from a stale PITR view is withdrawn and planned again.
/// </summary>
internal sealed class ExportStarter(
    TableSettings table, ExportSettings settings, IExportApi api, TimeProvider time, TableWriter writer, InFlightBudget budget, DateTimeOffset? stopStartingAt)
{
    /// <summary>AWS remembers a client token for 8 hours; an intent older than this may no longer be deduplicated by it.</summary>
    private static readonly TimeSpan StaleIntentAge = TimeSpan.FromHours(6);

    private DateTimeOffset Now => time.GetUtcNow();

    /// <summary>True once the invocation should start no new export.</summary>
    public bool PastDeadline => stopStartingAt is { } stop && Now >= stop;

    /// <summary>What stops <paramref name="start"/> in this tick (time running out, the in-flight cap), or null with its slot taken.</summary>
    public StepResult? Gate(TableState state, PlanDecision.Start start, bool slotHeld)
    {
        if (PastDeadline)
        {
            return writer.Result(StepKind.DeadlineReached, StepText.DeadlineReached(start.Window), state, start.Window);
        }

        return slotHeld || budget.TryTake() ? null : writer.Result(StepKind.CapReached, StepText.CapReached(settings.MaxExportsInFlight, start.Window), state, start.Window);
    }

    /// <summary>Records the intent to start <paramref name="start"/>, then sends it; the gate was passed.</summary>
    public async Task<StepResult> StartAsync(TableState state, PlanDecision.Start start, StartBasis basis, bool slotHeld, Replan replan, CancellationToken cancellationToken)
    {
        var window = start.Window;
        var epoch = start.NewEpoch ? state.Epoch + 1 : state.Epoch;
        var attempt = start.NewEpoch ? 0 : state.NextAttempt;
        var intent = StateTransitions.Intend(
            state,
            window,
            start.NewEpoch,
            ExportLayout.RequestPrefix(settings, table, epoch, window),
            ClientTokens.For(table.Name, epoch, window, attempt),
            Now,
            basis.AwsTime,
            settings.TargetOf(table));
        if (!await writer.TryWriteAsync(intent, state.Version, cancellationToken))
        {
            if (!slotHeld)
            {
                budget.Return();
            }

            return writer.Result(StepKind.Superseded, StepText.Superseded, state);
        }

        return await IssueAsync(intent, reissue: false, start.Reason, basis.FromEstimate, replan, cancellationToken);
    }

    /// <summary>
    /// Sends the recorded start request. A re-issue (an intent found by this tick, from a crash or a deferred start)
    /// first looks for the export by its token when the intent is older than AWS's token memory, and does so again
    /// before giving the window up on a refusal, so an export already started is adopted, never started twice.
    /// </summary>
    public async Task<StepResult> IssueAsync(
        TableState state, bool reissue, string? reason, bool fromEstimate, Replan replan, CancellationToken cancellationToken)
    {
        var inFlight = state.InFlight!;
        string? tableArn = table.Arn;
        ExportDescription export;
        try
        {
            tableArn ??= await api.GetTableArnAsync(table.Name, cancellationToken);
            var stale = reissue && await IsStaleAsync(inFlight, cancellationToken);
            export = (stale ? await TryFindAsync(tableArn, inFlight, cancellationToken) : null)
                ?? await api.StartExportAsync(Request(tableArn, inFlight), cancellationToken);
        }
        catch (AwsCallException e) when (e.Kind == AwsErrorKind.Transient)
        {
            return writer.Result(StepKind.Deferred, StepText.DeferredStart(e.Message), state, inFlight.Window).Unreachable(e.Unreachable);
        }
        catch (AwsCallException e) when (tableArn is not null)
        {
            var adopted = reissue ? await TryFindAsync(tableArn, inFlight, cancellationToken) : null;
            if (adopted is null)
            {
                return await RefusedAsync(state, e, fromEstimate, replan, cancellationToken);
            }

            export = adopted;
        }

        var started = StateTransitions.Started(state, export.ExportArn, Now);
        return await writer.WriteAsync(started, state, KindOf(inFlight.Window), StepText.Started(inFlight.Window, reason), export.ExportArn, cancellationToken);
    }

    /// <summary>The step a start of <paramref name="window"/> reports.</summary>
    public static StepKind KindOf(ExportWindow window) => window.Kind == ExportKind.Full ? StepKind.StartedFull : StepKind.StartedIncremental;

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
            var pitr = await api.DescribePitrAsync(table.Arn ?? table.Name, cancellationToken);
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
            return await api.FindByClientTokenAsync(tableArn, inFlight.ClientToken, cancellationToken);
        }
        catch (AwsCallException e) when (e.Kind != AwsErrorKind.Transient)
        {
            return null;
        }
    }

    private async Task<StepResult> RefusedAsync(TableState state, AwsCallException e, bool fromEstimate, Replan replan, CancellationToken cancellationToken)
    {
        if (fromEstimate && e.Kind is AwsErrorKind.InvalidExportTime or AwsErrorKind.PitrUnavailable)
        {
            // Planned from the PITR window last seen, which no longer holds (the lag grew, PITR was turned off, or off and
            // on): not a failure. The intent is dropped and the table planned again, now from AWS's own PITR window.
            var withdrawn = PitrEstimate.Withdrawn(state, Now);
            if (!await writer.TryWriteAsync(withdrawn, state.Version, cancellationToken))
            {
                return writer.Result(StepKind.Superseded, StepText.Superseded, state);
            }

            budget.Return();
            return await replan(withdrawn, cancellationToken);
        }

        if (e.Kind is AwsErrorKind.PitrUnavailable or AwsErrorKind.TableNotFound)
        {
            var reason = e.Kind == AwsErrorKind.PitrUnavailable ? BlockReason.PitrDisabled : BlockReason.TableNotFound;
            return await writer.WriteAsync(StateTransitions.Abandon(state, reason, e.Message, Now), state, StepKind.Blocked, e.Message, null, cancellationToken);
        }

        // A time AWS calls invalid is re-planned; any other refusal retries the same window with a new token.
        var window = state.InFlight!.Window;
        var failed = StateTransitions.Failed(state, e.Message, settings.MaxConsecutiveFailures, retrySameWindow: e.Kind != AwsErrorKind.InvalidExportTime, Now);
        var detail = StepText.Failed(window, failed.ConsecutiveFailures, e.Message, failed.BlockReason == BlockReason.ExportFailures);
        return await writer.WriteAsync(failed, state, StepKind.Failed, detail, null, cancellationToken);
    }

    // The request exactly as the intent recorded it, so a re-issue after a settings change still matches its token.
    private ExportRequest Request(string tableArn, InFlightExport inFlight)
    {
        var target = inFlight.Target ?? settings.TargetOf(table);
        return new(tableArn, target.Bucket, target.BucketOwner, inFlight.S3Prefix, target.KmsKeyArn, target.Format, target.ViewType, inFlight.Window, inFlight.ClientToken);
    }
}
