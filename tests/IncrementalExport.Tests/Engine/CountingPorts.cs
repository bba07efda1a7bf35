using IncrementalExport.Core.Aws;
using IncrementalExport.Core.Model;
using IncrementalExport.Core.State;

namespace IncrementalExport.Tests.Engine;

/// <summary>The engine's two ports over an in-process world, counting the calls that change something.</summary>
internal sealed class CountingPorts(IStateStore store, IExportApi api) : IStateStore, IExportApi
{
    public int Writes { get; private set; }

    public int HistoryPuts { get; private set; }

    public int Starts { get; private set; }

    public int Effects => Writes + HistoryPuts + Starts;

    public Task<TableState?> GetAsync(string table, CancellationToken cancellationToken) => store.GetAsync(table, cancellationToken);

    public Task<bool> TryWriteAsync(TableState next, long expectedVersion, CancellationToken cancellationToken)
    {
        Writes++;
        return store.TryWriteAsync(next, expectedVersion, cancellationToken);
    }

    public Task PutHistoryAsync(CompletedExport entry, CancellationToken cancellationToken)
    {
        HistoryPuts++;
        return store.PutHistoryAsync(entry, cancellationToken);
    }

    public Task<IReadOnlyList<CompletedExport>> GetHistoryAsync(string table, CancellationToken cancellationToken) => store.GetHistoryAsync(table, cancellationToken);

    public Task<PitrWindow> DescribePitrAsync(string tableNameOrArn, CancellationToken cancellationToken) => api.DescribePitrAsync(tableNameOrArn, cancellationToken);

    public Task<string> GetTableArnAsync(string tableName, CancellationToken cancellationToken) => api.GetTableArnAsync(tableName, cancellationToken);

    public Task<ExportDescription> StartExportAsync(ExportRequest request, CancellationToken cancellationToken)
    {
        Starts++;
        return api.StartExportAsync(request, cancellationToken);
    }

    public Task<ExportDescription> DescribeExportAsync(string exportArn, CancellationToken cancellationToken) => api.DescribeExportAsync(exportArn, cancellationToken);

    public Task<ExportDescription?> FindByClientTokenAsync(string tableArn, string clientToken, CancellationToken cancellationToken) =>
        api.FindByClientTokenAsync(tableArn, clientToken, cancellationToken);
}
