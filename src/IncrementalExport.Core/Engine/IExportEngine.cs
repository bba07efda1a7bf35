using IncrementalExport.Core.Model;

namespace IncrementalExport.Core.Engine;

/// <summary>The engine: everything the Lambda and the CLI do goes through here.</summary>
public interface IExportEngine
{
    /// <summary>Moves each selected table forward by at most one step.</summary>
    Task<TickReport> TickAsync(TickRequest request, CancellationToken cancellationToken);

    /// <summary>The current state of the selected tables (all when null or empty); writes nothing.</summary>
    Task<IReadOnlyList<TableStatus>> StatusAsync(IReadOnlyCollection<string>? tables, CancellationToken cancellationToken);

    /// <summary>Stops new exports for a table; an export in flight is still followed and recorded.</summary>
    Task<OperatorResult> PauseAsync(string table, CancellationToken cancellationToken);

    /// <summary>Lets a paused or blocked table go on.</summary>
    Task<OperatorResult> ResumeAsync(string table, CancellationToken cancellationToken);

    /// <summary>Asks for a new epoch with a full export at <paramref name="from"/> (inside the PITR window) or the latest restorable time.</summary>
    Task<OperatorResult> ResetAsync(string table, DateTimeOffset? from, CancellationToken cancellationToken);

    /// <summary>A table's export history, in the order a consumer applies it.</summary>
    Task<IReadOnlyList<CompletedExport>> HistoryAsync(string table, CancellationToken cancellationToken);
}
