using System.Text.Json.Nodes;
using IncrementalExport.Emulator.ControlPlane;
using IncrementalExport.Emulator.Files;
using IncrementalExport.Emulator.Recording;

namespace IncrementalExport.Emulator.Endpoint;

/// <summary>Routes the operations the fake serves itself; null means "not ours, forward to dynalite".</summary>
internal sealed class ControlPlaneDispatcher(
    FakeExportControlPlane controlPlane, DynaliteForwarder dynalite, ChangeJournal journal, ExportFileWriter? files)
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
                var pitr = controlPlane.UpdateContinuousBackups(table, enabled, days);
                await FollowPitrAsync(table, enabled, cancellationToken);
                return TableOperations.WriteContinuousBackups(pitr);
            }

            case "ExportTableToPointInTime":
            {
                var parameters = ExportOperations.ReadStartRequest(JsonRequest.Parse(body));
                await AdoptFromDynaliteAsync(parameters.TableArn, cancellationToken);
                var export = controlPlane.StartExport(parameters);
                if (files is not null)
                {
                    var source = journal.Find(TableName(parameters.TableArn));
                    var (items, failure) = await files.WriteAsync(controlPlane.Plan(export.ExportArn), source, cancellationToken);
                    controlPlane.SetOutcome(export.ExportArn, items, failure);
                }

                return ExportOperations.WriteDescription(export);
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

    // Turning PITR on starts recording a table's writes from the items it holds now (the history before is gone, as in
    // AWS); turning it off stops recording.
    private async Task FollowPitrAsync(string tableNameOrArn, bool enabled, CancellationToken cancellationToken)
    {
        var name = TableName(tableNameOrArn);
        if (!enabled)
        {
            journal.Stop(name);
            return;
        }

        if (journal.Find(name) is not null || controlPlane.FindRegisteredTable(name) is not null
            || await dynalite.DescribeTableAsync(name, cancellationToken) is not { } table)
        {
            return;
        }

        journal.Start(name, table.KeyNames, controlPlane.Time.GetUtcNow(), await ScanAsync(name, cancellationToken));
    }

    private static string TableName(string tableNameOrArn)
    {
        var marker = tableNameOrArn.IndexOf(TableArnMarker, StringComparison.Ordinal);
        return marker >= 0 ? tableNameOrArn[(marker + TableArnMarker.Length)..] : tableNameOrArn;
    }

    private async Task<List<string>> ScanAsync(string table, CancellationToken cancellationToken)
    {
        var items = new List<string>();
        JsonNode? next = null;
        do
        {
            var request = new JsonObject { ["TableName"] = table, ["ConsistentRead"] = true };
            if (next is not null)
            {
                request["ExclusiveStartKey"] = next.DeepClone();
            }

            var page = await dynalite.CallAsync("Scan", request, cancellationToken)
                ?? throw new InvalidOperationException($"Scan of '{table}' failed while turning PITR on");
            items.AddRange(page["Items"]!.AsArray().Select(i => i!.ToJsonString()));
            next = page["LastEvaluatedKey"];
        }
        while (next is not null);

        return items;
    }

    // A table created through CreateTable lives in dynalite; the control plane learns of it on first use, with PITR off
    // as AWS creates tables, so tests can turn PITR on through UpdateContinuousBackups like a user would.
    private async Task AdoptFromDynaliteAsync(string tableNameOrArn, CancellationToken cancellationToken)
    {
        if (controlPlane.Knows(tableNameOrArn))
        {
            return;
        }

        var name = TableName(tableNameOrArn);
        if (name.Length == 0 || await dynalite.DescribeTableAsync(name, cancellationToken) is not { } table)
        {
            return;
        }

        if (!tableNameOrArn.Contains(TableArnMarker, StringComparison.Ordinal) || table.Arn == tableNameOrArn)
        {
            controlPlane.Adopt(table.Name, table.Arn, table.CreatedAt);
        }
    }
}
