using IncrementalExport.Core.Model;

namespace IncrementalExport.Core.Engine;

/// <summary>
/// What a table's step gives the engine: the public <see cref="TableOutcome"/>, and what only the engine uses (the state
/// the step left, whether the table was left alone without a call).
/// </summary>
/// <param name="Outcome">What is reported.</param>
/// <param name="After">The state the step left (or found), for the engine to go on from.</param>
/// <param name="Skipped">
/// The tick left the table alone without any call because it could not have work yet: nothing about it changed, so it gets
/// no log line (with ticks when work is due, most tables of most ticks are such).
/// </param>
internal sealed record StepResult(TableOutcome Outcome, TableState After, bool Skipped = false)
{
    /// <summary>The outcome's step.</summary>
    public StepKind Step => Outcome.Step;

    /// <summary>The outcome's detail.</summary>
    public string Detail => Outcome.Detail;

    /// <summary>The result with <paramref name="detail"/> as its detail.</summary>
    public StepResult WithDetail(string detail) => this with { Outcome = Outcome with { Detail = detail } };

    /// <summary>The result reporting <paramref name="entry"/> as the export this tick recorded.</summary>
    public StepResult Recording(CompletedExport? entry) => this with { Outcome = Outcome with { Recorded = entry } };

    /// <summary>The result saying whether AWS could not be reached at all.</summary>
    public StepResult Unreachable(bool unreachable) => this with { Outcome = Outcome with { AwsUnreachable = unreachable } };

    /// <summary>The result for <paramref name="table"/>: <paramref name="state"/> is what the step left; window and ARN default to its export in flight.</summary>
    public static StepResult Of(
        string table, StepKind step, string detail, TableState state, DateTimeOffset now, ExportWindow? window = null, string? arn = null) =>
        new(new TableOutcome(table, step, detail, window ?? state.InFlight?.Window, arn ?? state.InFlight?.ExportArn, TableStatus.Of(state, now)), state);
}
