using IncrementalExport.Core.Model;
using IncrementalExport.Core.Settings;

namespace IncrementalExport.Core.Planning;

/// <summary>
/// Decides what to do with the export in flight. Pure, like <see cref="WindowPlanner"/>: the state read, what AWS said,
/// the settings and the time give the decision; the engine's executor only applies it.
/// </summary>
internal static class FollowPlanner
{
    /// <summary>Why a recorded start is issued although the table is paused.</summary>
    public const string RecordedBeforePause =
        "recorded before the table was paused: issued anyway, since the request may already have reached AWS and the same client token cannot start a second export";

    /// <summary>
    /// The decision for a start recorded but not accepted by AWS. It is issued even when the table is paused: the request may
    /// already have reached AWS, and the same client token can only return that export, never start a second one.
    /// </summary>
    public static FollowDecision.Reissue ForIntent(TableState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var intent = state.InFlight ?? throw new ArgumentException("the state has no export in flight", nameof(state));
        return new FollowDecision.Reissue(intent, state.Paused ? RecordedBeforePause : null);
    }

    /// <summary>The decision for <paramref name="state"/>'s export in flight, given <paramref name="answer"/>.</summary>
    public static FollowDecision Decide(TableState state, FollowAnswer answer, TableSettings table, ExportSettings settings, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(settings);
        var inFlight = state.InFlight ?? throw new ArgumentException("the state has no export in flight", nameof(state));
        switch (answer)
        {
            case FollowAnswer.Described { Export: { Status: ExportStatus.InProgress } export }:
                return new FollowDecision.InProgress(inFlight.Window, export.ExportArn);
            case FollowAnswer.Described { Export: { Status: ExportStatus.Completed } export }:
                var (recorded, entry) = StateTransitions.Completed(state, export, settings.TargetOf(table), now);
                return new FollowDecision.Complete(ExportPace.AfterCompletion(recorded, entry, table, settings), entry);
            case FollowAnswer.Described { Export: var export }:
                return Fail(state, export.ExportArn, $"{export.FailureCode ?? "ExportFailed"}: {export.FailureMessage ?? "the export failed"}", lost: false, settings, now);
            case FollowAnswer.Lost { Found: { } found } lost:
                var next = found.ExportArn == lost.LostArn ? null : StateTransitions.Started(state, found.ExportArn, now);
                return new FollowDecision.Adopt(inFlight.Window, lost.LostArn, found.ExportArn, next);
            case FollowAnswer.Lost lost:
                // Counted as a failed attempt, so the table neither loops on the lost ARN nor skips the window, and blocks
                // after maxConsecutiveFailures as any failing window does.
                var error = $"{lost.ErrorCode}: AWS does not know the export in flight ({lost.LostArn}) and no export of the table carries its client token; "
                    + "counted as a failed attempt, the window is retried with a new client token";
                return Fail(state, lost.LostArn, error, lost: true, settings, now);
            default:
                throw new ArgumentOutOfRangeException(nameof(answer), answer, "unknown answer");
        }
    }

    private static FollowDecision.Fail Fail(TableState state, string arn, string error, bool lost, ExportSettings settings, DateTimeOffset now) =>
        new(state.InFlight!.Window, arn, error, lost, StateTransitions.Failed(state, error, settings.MaxConsecutiveFailures, retrySameWindow: true, now));
}
