using IncrementalExport.Core.Model;
using IncrementalExport.Core.Planning;
using IncrementalExport.Emulator.ControlPlane;

namespace IncrementalExport.TestServers.Simulation;

/// <summary>
/// The promises of the product, checked against what AWS (the model) actually did and what the state table holds:
/// every epoch's completed windows are contiguous from its full export and never overlap, at most one export is in
/// flight per table, no window is exported twice, every recorded export is real, and (once settled) every
/// completed export is recorded.
/// </summary>
public static class InvariantChecker
{
    public static IReadOnlyList<string> Check(
        IReadOnlyDictionary<string, IReadOnlyList<CompletedExport>> histories,
        IReadOnlyDictionary<string, TableState?> states,
        IReadOnlyList<FakeExport> exports,
        bool settled)
    {
        var violations = new List<string>();
        var byArn = exports.ToDictionary(e => e.ExportArn, StringComparer.Ordinal);
        foreach (var (table, history) in histories)
        {
            CheckChains(table, history, byArn, violations);
            if (states.GetValueOrDefault(table) is { } state)
            {
                CheckWatermark(table, state, history, violations);
            }
        }

        foreach (var group in exports.Where(e => e.Status == FakeExport.InProgress).GroupBy(e => e.Parameters.TableArn))
        {
            if (group.Count() > 1)
            {
                violations.Add($"{group.Key}: {group.Count()} exports in flight at once");
            }
        }

        foreach (var group in exports.Where(e => e.Status != FakeExport.Failed).GroupBy(e => (e.Parameters.TableArn, e.Parameters.S3Prefix)))
        {
            if (group.Count() > 1)
            {
                violations.Add($"{group.Key.S3Prefix}: exported {group.Count()} times ({string.Join(", ", group.Select(e => e.ExportId))})");
            }
        }

        if (settled)
        {
            var recorded = histories.Values.SelectMany(h => h).Select(e => e.ExportArn).ToHashSet(StringComparer.Ordinal);
            violations.AddRange(exports
                .Where(e => e.Status == FakeExport.Completed && !recorded.Contains(e.ExportArn))
                .Select(e => $"{e.Parameters.S3Prefix}: completed export {e.ExportId} is missing from the history"));
        }

        return violations;
    }

    private static void CheckChains(
        string table, IReadOnlyList<CompletedExport> history, Dictionary<string, FakeExport> byArn, List<string> violations)
    {
        foreach (var epoch in history.GroupBy(e => e.Epoch))
        {
            var entries = epoch.OrderBy(e => e.Sequence).ToList();
            for (var i = 0; i < entries.Count; i++)
            {
                var e = entries[i];
                var where = $"{table} epoch {e.Epoch} #{e.Sequence}";
                if (e.Sequence != i)
                {
                    violations.Add($"{where}: sequence has a hole (expected #{i})");
                }

                if (i == 0 != (e.Window.Kind == ExportKind.Full))
                {
                    violations.Add($"{where}: {(i == 0 ? "an epoch must start with a full export" : "a second full export in one epoch")}");
                }

                if (i > 0 && e.Window.From != entries[i - 1].Window.To)
                {
                    violations.Add($"{where}: window starts at {TimeFormat.Iso(e.Window.From)} but the previous one ended at {TimeFormat.Iso(entries[i - 1].Window.To)}");
                }

                if (e.Window.Kind == ExportKind.Incremental && (e.Window.Length < ExportRules.MinIncrementalPeriod || e.Window.Length > ExportRules.MaxIncrementalPeriod))
                {
                    violations.Add($"{where}: window length {e.Window.Length} is outside 15 minutes to 24 hours");
                }

                CheckAgainstAws(where, e, byArn, violations);
            }
        }
    }

    private static void CheckAgainstAws(string where, CompletedExport e, Dictionary<string, FakeExport> byArn, List<string> violations)
    {
        if (!byArn.TryGetValue(e.ExportArn, out var aws))
        {
            violations.Add($"{where}: recorded export {e.ExportArn} does not exist");
            return;
        }

        if (aws.Status != FakeExport.Completed)
        {
            violations.Add($"{where}: recorded export {aws.ExportId} is {aws.Status}");
        }

        var matches = e.Window.Kind == ExportKind.Full
            ? aws.Parameters.ExportTime == e.Window.To && !aws.Parameters.IsIncremental
            : aws.Parameters.Incremental is { } w && w.From == e.Window.From && w.To == e.Window.To;
        if (!matches)
        {
            violations.Add($"{where}: recorded window differs from what export {aws.ExportId} covers");
        }

        if (e.S3Bucket != aws.Parameters.S3Bucket)
        {
            violations.Add($"{where}: recorded bucket {e.S3Bucket} is not the bucket {aws.Parameters.S3Bucket} AWS wrote export {aws.ExportId} to");
        }

        if (e.S3Prefix != ExportLayout.WrittenPrefix(aws.Parameters.S3Prefix ?? "", aws.ExportArn))
        {
            violations.Add($"{where}: recorded S3 prefix {e.S3Prefix} is not where AWS wrote the export");
        }
    }

    private static void CheckWatermark(string table, TableState state, IReadOnlyList<CompletedExport> history, List<string> violations)
    {
        var recorded = history.Where(e => e.Epoch == state.Epoch).OrderBy(e => e.Sequence).ToList();

        // A crash between the history put and the state write leaves the history one export ahead: the one in flight.
        if (recorded.Count > 0 && recorded[^1].ExportArn == state.InFlight?.ExportArn)
        {
            recorded.RemoveAt(recorded.Count - 1);
        }

        var last = recorded.LastOrDefault();
        if (last?.Window.To != state.Watermark)
        {
            violations.Add($"{table}: watermark {state.Watermark} differs from the end of the last recorded export of epoch {state.Epoch} ({last?.Window.To})");
        }

        if (state.CompletedInEpoch != recorded.Count)
        {
            violations.Add($"{table}: state counts {state.CompletedInEpoch} completed exports in epoch {state.Epoch}, history {recorded.Count}");
        }
    }
}
