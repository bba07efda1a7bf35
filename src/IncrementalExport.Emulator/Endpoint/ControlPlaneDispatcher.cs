using IncrementalExport.Emulator.ControlPlane;

namespace IncrementalExport.Emulator.Endpoint;

/// <summary>Routes the operations the fake serves itself; null means "not ours, forward to dynalite".</summary>
internal sealed class ControlPlaneDispatcher(FakeExportControlPlane controlPlane, DynaliteForwarder dynalite)
{
    private const string TableArnMarker = ":table/";

    public async Task<byte[]?> TryHandleAsync(string operation, byte[] body, CancellationToken cancellationToken)
    {
        switch (operation)
        {
            case "DescribeContinuousBackups":
            {
                var table = JsonRequest.Parse(body).RequiredString("TableName");
                await AdoptFromDynaliteAsync(table, cancellationToken);
                return TableOperations.WriteContinuousBackups(controlPlane.DescribeContinuousBackups(table));
            }

            case "UpdateContinuousBackups":
            {
                var request = JsonRequest.Parse(body);
                var table = request.RequiredString("TableName");
                var (enabled, days) = TableOperations.ReadPitrSpecification(request);
                await AdoptFromDynaliteAsync(table, cancellationToken);
                return TableOperations.WriteContinuousBackups(controlPlane.UpdateContinuousBackups(table, enabled, days));
            }

            case "ExportTableToPointInTime":
            {
                var parameters = ExportOperations.ReadStartRequest(JsonRequest.Parse(body));
                await AdoptFromDynaliteAsync(parameters.TableArn, cancellationToken);
                return ExportOperations.WriteDescription(controlPlane.StartExport(parameters));
            }

            case "DescribeExport":
                return ExportOperations.WriteDescription(controlPlane.DescribeExport(JsonRequest.Parse(body).RequiredString("ExportArn")));

            case "ListExports":
            {
                var (tableArn, max, next) = ExportOperations.ReadListRequest(JsonRequest.Parse(body));
                var (page, nextToken) = controlPlane.ListExports(tableArn, max, next);
                return ExportOperations.WriteList(page, nextToken);
            }

            case "DescribeTable":
                return JsonRequest.Parse(body).String("TableName") is { } name && controlPlane.FindRegisteredTable(name) is { } registered
                    ? TableOperations.WriteTable(registered)
                    : null;

            default:
                return null;
        }
    }

    // A table created through CreateTable lives in dynalite; the control plane learns of it on first use, with PITR off
    // as AWS creates tables, so tests can turn PITR on through UpdateContinuousBackups like a user would.
    private async Task AdoptFromDynaliteAsync(string tableNameOrArn, CancellationToken cancellationToken)
    {
        if (controlPlane.Knows(tableNameOrArn))
        {
            return;
        }

        var marker = tableNameOrArn.IndexOf(TableArnMarker, StringComparison.Ordinal);
        var name = marker >= 0 ? tableNameOrArn[(marker + TableArnMarker.Length)..] : tableNameOrArn;
        if (name.Length == 0 || await dynalite.DescribeTableAsync(name, cancellationToken) is not { } table)
        {
            return;
        }

        if (marker < 0 || table.Arn == tableNameOrArn)
        {
            controlPlane.Adopt(table.Name, table.Arn, table.CreatedAt);
        }
    }
}
