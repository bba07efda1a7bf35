using IncrementalExport.Core.Aws;
using IncrementalExport.Core.Model;

namespace IncrementalExport.TestServers.Simulation;

/// <summary>The control plane as one invocation sees it, with that invocation's faults.</summary>
internal sealed class FaultyExportApi(IExportApi inner, InvocationFaults faults) : IExportApi
{
    public Task<PitrWindow> DescribePitrAsync(string tableNameOrArn, CancellationToken cancellationToken) =>
        faults.Around(() => inner.DescribePitrAsync(tableNameOrArn, cancellationToken));

    public Task<string> GetTableArnAsync(string tableName, CancellationToken cancellationToken) =>
        faults.Around(() => inner.GetTableArnAsync(tableName, cancellationToken));

    public Task<ExportDescription> StartExportAsync(ExportRequest request, CancellationToken cancellationToken) =>
        faults.Around(() => inner.StartExportAsync(request, cancellationToken));

    public Task<ExportDescription> DescribeExportAsync(string exportArn, CancellationToken cancellationToken) =>
        faults.Around(() => inner.DescribeExportAsync(exportArn, cancellationToken));

    public Task<ExportDescription?> FindByClientTokenAsync(string tableArn, string clientToken, CancellationToken cancellationToken) =>
        faults.Around(() => inner.FindByClientTokenAsync(tableArn, clientToken, cancellationToken));
}
