using IncrementalExport.Core.Engine;
using IncrementalExport.Core.Model;

namespace IncrementalExport.Tests.Invocation;

/// <summary>Records each engine call with its arguments and answers with canned results.</summary>
internal sealed class RecordingEngine : IExportEngine
{
    public List<string> Calls { get; } = [];

    public List<TickRequest> Ticks { get; } = [];

    public List<IReadOnlyCollection<string>?> StatusSelections { get; } = [];

    public DateTimeOffset? ResetFrom { get; private set; }

    public TickReport TickAnswer { get; set; } = new(InvocationTestData.Now, InvocationTestData.Now, false, false, []);

    public IReadOnlyList<CompletedExport> HistoryAnswer { get; set; } = [];

    public Task<TickReport> TickAsync(TickRequest request, CancellationToken cancellationToken)
    {
        Calls.Add("tick");
        Ticks.Add(request);
        return Task.FromResult(TickAnswer);
    }

    public Task<IReadOnlyList<TableStatus>> StatusAsync(IReadOnlyCollection<string>? tables, CancellationToken cancellationToken)
    {
        Calls.Add("status");
        StatusSelections.Add(tables);
        var names = tables ?? ["orders", "customers"];
        return Task.FromResult<IReadOnlyList<TableStatus>>(names.Select(n => InvocationTestData.Status(n)).ToList());
    }

    public Task<OperatorResult> PauseAsync(string table, CancellationToken cancellationToken) => Operator("pause", table);

    public Task<OperatorResult> ResumeAsync(string table, CancellationToken cancellationToken) => Operator("resume", table);

    /// <summary>When set, reset refuses as the engine does for a time outside the PITR window.</summary>
    public string? RefuseReset { get; set; }

    public Task<OperatorResult> ResetAsync(string table, DateTimeOffset? from, CancellationToken cancellationToken)
    {
        ResetFrom = from;
        if (RefuseReset is { } refusal)
        {
            Calls.Add($"reset {table} refused");
            return Task.FromException<OperatorResult>(new RequestRefusedException(table, refusal));
        }

        return Operator("reset", table);
    }

    /// <summary>When set, history throws it (as the engine would for a table it does not know).</summary>
    public Exception? HistoryFailure { get; set; }

    public Task<IReadOnlyList<CompletedExport>> HistoryAsync(string table, CancellationToken cancellationToken)
    {
        Calls.Add($"history {table}");
        return HistoryFailure is { } failure ? Task.FromException<IReadOnlyList<CompletedExport>>(failure) : Task.FromResult(HistoryAnswer);
    }

    private Task<OperatorResult> Operator(string action, string table)
    {
        Calls.Add($"{action} {table}");
        return Task.FromResult(new OperatorResult(table, true, $"{action} recorded", InvocationTestData.Status(table)));
    }
}
