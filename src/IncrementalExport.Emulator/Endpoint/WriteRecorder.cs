using System.Text.Json.Nodes;
using IncrementalExport.Emulator.Recording;
using Microsoft.AspNetCore.Http;

namespace IncrementalExport.Emulator.Endpoint;

/// <summary>
/// Relays PutItem, UpdateItem, DeleteItem and BatchWriteItem on recorded tables to dynalite and records what each
/// did: the item is read (consistently) before and after the write while the table's writes are held, so the images
/// are exactly the ones the write produced. A write that failed (a condition, a validation) records nothing.
/// </summary>
internal sealed class WriteRecorder(ChangeJournal journal, DynaliteForwarder dynalite, TimeProvider time)
{
    private static readonly HashSet<string> Writes = new(StringComparer.Ordinal) { "PutItem", "UpdateItem", "DeleteItem", "BatchWriteItem" };

    /// <summary>Relays and records the call when it writes to a recorded table; false when it is not such a call.</summary>
    public async Task<bool> TryForwardAsync(HttpContext context, string operation, byte[] body)
    {
        if (journal.IsEmpty || !Writes.Contains(operation) || JsonNode.Parse(body) is not JsonObject request)
        {
            return false;
        }

        var targets = Targets(operation, request);
        if (targets.Count == 0)
        {
            return false;
        }

        var gates = targets.Select(t => t.Journal).Distinct().OrderBy(j => j.Table, StringComparer.Ordinal).ToList();
        foreach (var gate in gates)
        {
            await gate.WriteGate.WaitAsync(context.RequestAborted);
        }

        try
        {
            var before = new List<string?>();
            foreach (var (table, keys) in targets)
            {
                before.Add(await GetItemAsync(table, keys, context.RequestAborted));
            }

            if (await dynalite.ForwardAsync(context, body) != StatusCodes.Status200OK)
            {
                return true;
            }

            var now = time.GetUtcNow();
            for (var i = 0; i < targets.Count; i++)
            {
                var (table, keys) = targets[i];
                var after = await GetItemAsync(table, keys, context.RequestAborted);
                // The keys are taken from the stored item, not the request: DynamoDB normalizes numbers ("1.0" is 1).
                if ((after ?? before[i]) is { } stored)
                {
                    table.Record(new ItemChange(now, table.KeyOf(JsonNode.Parse(stored)!.AsObject()), before[i], after));
                }
            }

            return true;
        }
        finally
        {
            foreach (var gate in gates)
            {
                gate.WriteGate.Release();
            }
        }
    }

    private List<(TableJournal Journal, JsonObject Keys)> Targets(string operation, JsonObject request)
    {
        var targets = new List<(TableJournal, JsonObject)>();
        if (operation == "BatchWriteItem")
        {
            foreach (var (name, writes) in request["RequestItems"]?.AsObject() ?? [])
            {
                if (journal.Find(name) is not { } table)
                {
                    continue;
                }

                foreach (var write in writes?.AsArray() ?? [])
                {
                    var item = write?["PutRequest"]?["Item"] ?? write?["DeleteRequest"]?["Key"];
                    if (item is JsonObject o && table.TryProjectKeys(o) is { } keys)
                    {
                        targets.Add((table, keys));
                    }
                }
            }

            return targets;
        }

        var tableName = request["TableName"]?.GetValue<string>();
        var itemOrKey = operation == "PutItem" ? request["Item"] : request["Key"];
        if (tableName is not null && journal.Find(tableName) is { } journalOfTable && itemOrKey is JsonObject key
            && journalOfTable.TryProjectKeys(key) is { } projected)
        {
            targets.Add((journalOfTable, projected));
        }

        return targets;
    }

    private async Task<string?> GetItemAsync(TableJournal table, JsonObject keys, CancellationToken cancellationToken)
    {
        var request = new JsonObject { ["TableName"] = table.Table, ["Key"] = keys.DeepClone(), ["ConsistentRead"] = true };
        var answer = await dynalite.CallAsync("GetItem", request, cancellationToken)
            ?? throw new InvalidOperationException($"GetItem on '{table.Table}' failed while recording a write");
        return answer["Item"]?.ToJsonString();
    }
}
