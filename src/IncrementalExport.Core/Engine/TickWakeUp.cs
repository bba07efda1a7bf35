using IncrementalExport.Core.Model;
using IncrementalExport.Core.Planning;
using IncrementalExport.Core.Settings;
using IncrementalExport.Core.State;

namespace IncrementalExport.Core.Engine;

/// <summary>
/// The wake-up a tick asks for (<see cref="WakeUpRule"/>) over every configured table: a table the tick stepped counts
/// with the state its step left, any other with the state the tick read. A state that could not be read counts as due
/// at once, so a throttled read leads to a look a minute later, not to waiting for the safety net.
/// </summary>
internal static class TickWakeUp
{
    public static DateTimeOffset? Of(
        ExportSettings settings, IReadOnlyDictionary<string, ItemRead<TableState>> reads, IReadOnlyDictionary<string, TableState> after, DateTimeOffset now) =>
        WakeUpRule.Next(
            settings.Tables.Select(t => (after.GetValueOrDefault(t.Name) ?? reads.GetValueOrDefault(t.Name)?.Value ?? TableState.NewTable(t.Name), t)),
            settings,
            now);
}
