using System.Text.Json.Nodes;

namespace IncrementalExport.Core.Wake;

/// <summary>
/// The stack's one-time wake-up schedule in EventBridge Scheduler: read it, and set it again with a new expression.
/// UpdateSchedule replaces the whole schedule, so an update sends back everything <see cref="GetScheduleAsync"/> read
/// (target, role, retry policy, flexible time window, action after completion) with only the expression changed.
/// </summary>
public interface IWakeUpScheduler
{
    /// <summary>The schedule as GetSchedule returns it (its JSON document).</summary>
    Task<JsonObject> GetScheduleAsync(CancellationToken cancellationToken);

    /// <summary>Sets <paramref name="expression"/> (enabled, in UTC) on the schedule <paramref name="read"/> describes.</summary>
    Task UpdateScheduleAsync(JsonObject read, string expression, CancellationToken cancellationToken);
}
