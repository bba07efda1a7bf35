using System.Globalization;
using System.Text;
using IncrementalExport.Core.Model;
using IncrementalExport.Materialize.Checking;

namespace IncrementalExport.Cli.Local;

/// <summary>The demo's printed history and summary.</summary>
internal static class DemoHistory
{
    public static string Format(IReadOnlyList<CompletedExport> history)
    {
        var text = new StringBuilder("History (what materialize applies, in order):\n");
        text.AppendLine("  epoch seq  kind         window (UTC)                    items");
        foreach (var e in history)
        {
            var window = e.Window.Kind == ExportKind.Full
                ? $"at {e.Window.To:yyyy-MM-dd HH:mm}"
                : $"{e.Window.From:yyyy-MM-dd HH:mm} -> {e.Window.To:HH:mm}";
            text.AppendLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  {e.Epoch,5} {e.Sequence,3}  {e.Window.Kind.ToString().ToLowerInvariant(),-11}  {window,-30}  {e.ItemCount,5}"));
        }

        return text.ToString().TrimEnd();
    }

    public static string Summary(IReadOnlyDictionary<string, int> writes, TableComparison check, TimeSpan elapsed)
    {
        var verdict = check.Equal
            ? $"OK: the materialized table equals a Scan of the source table ({check.ScannedItems} items)."
            : $"MISMATCH: Scan has {check.ScannedItems} items, the table {check.MaterializedRows} rows.\n"
              + string.Concat(check.Missing.Select(m => $"  missing: {m}\n")) + string.Concat(check.Extra.Select(x => $"  extra:   {x}\n"));
        return string.Create(
            CultureInfo.InvariantCulture,
            $"Summary: {writes["put"]} puts, {writes["update"]} updates, {writes["delete"]} deletes; {elapsed.TotalSeconds:0.0} s.\n{verdict}");
    }
}
