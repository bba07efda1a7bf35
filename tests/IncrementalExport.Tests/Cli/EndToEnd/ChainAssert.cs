using IncrementalExport.Emulator.ControlPlane;

namespace IncrementalExport.Tests.Cli.EndToEnd;

/// <summary>The chain rules a downstream consumer relies on, checked on what the CLI and the fake report.</summary>
internal static class ChainAssert
{
    private static readonly TimeSpan MinWindow = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan MaxWindow = TimeSpan.FromHours(24);

    /// <summary>
    /// In history order, each epoch opens with its full export (sequence 0, From == To), then incremental windows
    /// follow with sequence + 1, each starting exactly where the previous one ended and lasting 15 minutes to 24 hours.
    /// </summary>
    public static void GapFreeAndOverlapFree(IReadOnlyList<HistoryRow> history)
    {
        foreach (var epoch in history.GroupBy(h => h.Epoch))
        {
            var rows = epoch.ToList();
            Assert.True(rows[0].Window.IsFull, $"epoch {epoch.Key} does not open with a full export: {rows[0]}");
            Assert.Equal(rows[0].Window.From, rows[0].Window.To);
            for (var i = 0; i < rows.Count; i++)
            {
                Assert.Equal(i, rows[i].Sequence);
                if (i == 0)
                {
                    continue;
                }

                var window = rows[i].Window;
                Assert.False(window.IsFull, $"a second full export inside epoch {epoch.Key}: {rows[i]}");
                Assert.True(window.From == rows[i - 1].Window.To, $"gap or overlap in epoch {epoch.Key}: {rows[i - 1].Window} then {window}");
                Assert.InRange(window.Length, MinWindow, MaxWindow);
            }
        }

        var epochs = history.Select(h => h.Epoch).ToList();
        Assert.Equal(epochs.Order(), epochs);
    }

    /// <summary>Every history entry is a distinct COMPLETED export of the fake, requested with exactly the entry's window.</summary>
    public static void MatchesExports(IReadOnlyList<HistoryRow> history, IReadOnlyList<FakeExport> exports)
    {
        Assert.Equal(history.Count, history.Select(h => h.ExportArn).Distinct().Count());
        foreach (var row in history)
        {
            var export = Assert.Single(exports, e => e.ExportArn == row.ExportArn);
            Assert.Equal(FakeExport.Completed, export.Status);
            Assert.Equal(row.Window, WindowOf(export));
        }
    }

    /// <summary>The window an export was requested for, as the CLI would print it.</summary>
    public static ExportedWindow WindowOf(FakeExport export) => export.Parameters.Incremental is { } incremental
        ? new ExportedWindow("Incremental", incremental.From, incremental.To)
        : new ExportedWindow("Full", (export.Parameters.ExportTime ?? export.ExportTime)!.Value, (export.Parameters.ExportTime ?? export.ExportTime)!.Value);
}
