using IncrementalExport.Core.Engine;
using IncrementalExport.Core.Model;

namespace IncrementalExport.Function.Tests;

/// <summary>
/// An engine double that keeps the engine's deadline contract: at or after StopStartingAt it starts nothing and says
/// so; before it, it starts an incremental export for each selected table. It remembers what it was asked.
/// </summary>
internal sealed class ClockedEngine(TimeProvider time, params string[] configured) : IExportEngine
{
    public TickRequest? LastTick { get; private set; }

    public int Calls { get; private set; }

    public Task<TickReport> TickAsync(TickRequest request, CancellationToken cancellationToken)
    {
        Calls++;
        LastTick = request;
        var now = time.GetUtcNow();
        var late = request.StopStartingAt is { } stop && now >= stop;
        var outcomes = (request.Tables ?? configured)
            .Select(table => new TableOutcome(
                table,
                late ? StepKind.DeadlineReached : StepKind.StartedIncremental,
                late ? "time is short" : "started",
                null,
                null,
                Idle(table, now)))
            .ToList();
        return Task.FromResult(new TickReport(now, now, request.DryRun, late, outcomes));
    }

    public Task<IReadOnlyList<TableStatus>> StatusAsync(IReadOnlyCollection<string>? tables, CancellationToken cancellationToken)
    {
        Calls++;
        var now = time.GetUtcNow();
        return Task.FromResult<IReadOnlyList<TableStatus>>((tables ?? configured).Select(t => Idle(t, now)).ToList());
    }

    public Task<OperatorResult> PauseAsync(string table, CancellationToken cancellationToken) => Changed(table);

    public Task<OperatorResult> ResumeAsync(string table, CancellationToken cancellationToken) => Changed(table);

    public Task<OperatorResult> ResetAsync(string table, DateTimeOffset? from, CancellationToken cancellationToken) => Changed(table);

    public Task<IReadOnlyList<CompletedExport>> HistoryAsync(string table, CancellationToken cancellationToken)
    {
        Calls++;
        return Task.FromResult<IReadOnlyList<CompletedExport>>([]);
    }

    private Task<OperatorResult> Changed(string table)
    {
        Calls++;
        return Task.FromResult(new OperatorResult(table, true, "done", Idle(table, time.GetUtcNow())));
    }

    private static TableStatus Idle(string table, DateTimeOffset now) =>
        TableStatus.Of(new TableState { Table = table, Phase = TablePhase.Idle, Epoch = 1, Watermark = now.AddMinutes(-20) }, now);
}
