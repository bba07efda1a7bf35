using IncrementalExport.Core.Engine;
using IncrementalExport.Core.Model;
using IncrementalExport.Core.Planning;
using IncrementalExport.Core.Wake;

namespace IncrementalExport.TestServers.Simulation;

/// <summary>
/// The stack's invocations as the wake-up makes them: each tick's wake-up replaces the pending one as the function
/// does (<see cref="WakeUpDecision"/>), and a <see cref="SimAction.WakeUp"/> step advances to the next invocation, the
/// pending wake-up (rounded up to its minute, maybe late) or, when it is lost, the safety net at the next whole hour.
/// </summary>
internal static class WakeUps
{
    /// <summary>The safety net's period (the stack's default rate(1 hour)).</summary>
    public static readonly TimeSpan SafetyNet = TimeSpan.FromHours(1);

    /// <summary>What a tick leaves: its wake-up programmed if it may replace the pending one.</summary>
    public static void Programmed(SimulationWorld world, TickReport report)
    {
        var now = world.Clock.GetUtcNow();
        if (WakeUpDecision.Replace(world.PendingWakeUp, report.NextWakeUp, report.StartedAt, now) is { } at)
        {
            world.PendingWakeUp = new WakeRecord(at, report.StartedAt, (world.PendingWakeUp?.Version ?? 0) + 1);
        }
    }

    public static async Task ApplyAsync(SimulationWorld world, SimAction.WakeUp step)
    {
        var now = world.Clock.GetUtcNow();
        var next = new DateTimeOffset(now.Ticks - (now.Ticks % SafetyNet.Ticks), TimeSpan.Zero) + SafetyNet;
        if (!step.Lost && world.PendingWakeUp is { } pending && pending.At > now - SafetyNet)
        {
            var at = AtExpression.MinuteUp(pending.At) + step.Late;
            next = at < next ? (at > now ? at : now) : next;
        }

        world.Count(step.Lost ? "wake-ups lost" : step.Late > TimeSpan.Zero ? "wake-ups late" : "wake-ups");
        world.Clock.Advance(next - now);
        await ActionExecutor.TickAsync(world, InvocationFaults.None);
    }

    /// <summary>
    /// Tables that stalled: configured, not paused, not blocked, yet whose watermark is further behind now than one
    /// window, the PITR lag, the safety margin, an export and the wake-up's precision allow, plus the 15 minutes by which
    /// the first window after an off-grid watermark (a full export to the minute) may be longer than the others.
    /// </summary>
    public static async Task<IReadOnlyList<string>> StalledAsync(SimulationWorld world, TimeSpan lag)
    {
        var now = world.Clock.GetUtcNow();
        var settings = world.Settings;
        var bound = settings.Window + ExportRules.MinIncrementalPeriod + lag + settings.SafetyMargin + world.Model.ExportDuration + TimeSpan.FromMinutes(3);
        var states = await world.SnapshotAsync();
        return [.. settings.Tables
            .Select(t => states.TryGetValue(t.Name, out var s) ? s : null)
            .Where(s => s is { Paused: false, BlockReason: BlockReason.None })
            .Where(s => s!.Watermark is not { } w || now - w > bound)
            .Select(s => $"table {s!.Table} stalled: watermark {s.Watermark:O} at {now:O}, more than {bound} behind")];
    }
}
