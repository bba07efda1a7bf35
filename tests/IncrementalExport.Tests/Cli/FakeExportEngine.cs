using IncrementalExport.Core.Engine;
using IncrementalExport.Core.Model;

namespace IncrementalExport.Tests.Cli;

/// <summary>Records what the CLI asked of the engine and answers with fixed values (or throws <see cref="Failure"/>).</summary>
internal sealed class FakeExportEngine : IExportEngine
{
    public List<string> Calls { get; } = [];

    public Exception? Failure { get; set; }

    public IReadOnlyList<TableStatus> Statuses { get; set; } = [CliSamples.Idle()];

    public TickRequest? LastTick { get; private set; }

    public IReadOnlyCollection<string>? LastStatusTables { get; private set; }

    public DateTimeOffset? LastResetFrom { get; private set; }

    public Task<TickReport> TickAsync(TickRequest request, CancellationToken cancellationToken)
    {
        LastTick = request;
        return Answer($"tick", CliSamples.Report(request.DryRun, CliSamples.Started()));
    }

    public Task<IReadOnlyList<TableStatus>> StatusAsync(IReadOnlyCollection<string>? tables, CancellationToken cancellationToken)
    {
        LastStatusTables = tables;
        return Answer("status", Statuses);
    }

    public Task<OperatorResult> PauseAsync(string table, CancellationToken cancellationToken) =>
        Answer($"pause {table}", new OperatorResult(table, true, "paused", CliSamples.Idle(table) with { Paused = true }));

    public Task<OperatorResult> ResumeAsync(string table, CancellationToken cancellationToken) =>
        Answer($"resume {table}", new OperatorResult(table, false, "was not paused", CliSamples.Idle(table)));

    public Task<OperatorResult> ResetAsync(string table, DateTimeOffset? from, CancellationToken cancellationToken)
    {
        LastResetFrom = from;
        var status = CliSamples.Idle(table) with { PendingReset = new RequestedReset(from, CliSamples.Now) };
        return Answer($"reset {table}", new OperatorResult(table, true, "reset requested", status));
    }

    public Task<IReadOnlyList<CompletedExport>> HistoryAsync(string table, CancellationToken cancellationToken) =>
        Answer<IReadOnlyList<CompletedExport>>($"history {table}", [CliSamples.HistoryEntry(0), CliSamples.HistoryEntry(1)]);

    private Task<T> Answer<T>(string call, T value)
    {
        Calls.Add(call);
        return Failure is null ? Task.FromResult(value) : Task.FromException<T>(Failure);
    }
}
