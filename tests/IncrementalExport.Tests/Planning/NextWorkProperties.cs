using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IncrementalExport.Core.Model;
using IncrementalExport.Core.Planning;
using IncrementalExport.Core.Settings;
using static IncrementalExport.Tests.Planning.PlannerFixtures;

namespace IncrementalExport.Tests.Planning;

/// <summary>
/// The skip rule against the planner itself: a table the rule leaves alone would only have been told to wait, as long
/// as AWS's PITR lag has not shrunk since it was seen; and with the lag unchanged it is due exactly when the planner
/// first starts its window, so a skip never even delays.
/// </summary>
public class NextWorkProperties
{
    private static readonly int[] Windows = [15, 20, 30, 45, 60, 90, 120, 180, 360, 1440];

    private static Gen<(ExportSettings Settings, TableSettings Table, TableState State, TimeSpan Lag, DateTimeOffset Now, TimeSpan Growth)> Cases =>
        from window in Gen.Elements(Windows)
        from own in Gen.Elements<int?>([null, .. Windows])
        from align in Gen.Elements(true, false)
        from margin in Gen.Choose(0, 900)
        from watermarkMinutes in Gen.Choose(0, 3 * 1440)
        from watermarkSeconds in Gen.Choose(0, 59)
        from lagSeconds in Gen.Choose(-120, 1800)
        from checkedAfter in Gen.Choose(0, 600)
        from nowAfter in Gen.Choose(0, 2 * 1440 * 60)
        from near in Gen.Elements(true, false)
        from nearMinutes in Gen.Elements(Windows)
        from jitter in Gen.Choose(-90, 90)
        from growth in Gen.Choose(0, 1800)
        let settings = SettingsWith(windowMinutes: window, align: align, marginSeconds: margin) with { MaxCatchUpMinutes = 1440 }
        let table = Orders() with { WindowMinutes = align && own is { } o && 1440 % o != 0 ? null : own }
        let watermark = At(0, watermarkMinutes).AddSeconds(align ? 0 : watermarkSeconds)
        let checkedAt = watermark.AddMinutes(checkedAfter)
        let lag = TimeSpan.FromSeconds(lagSeconds)
        let state = Chained(watermark) with { PitrSeen = new PitrSeen(checkedAt, lag, watermark.AddDays(-2)) }
        // Half the cases are drawn around the instants a window can become due, where an estimate a little late shows.
        let nearDue = watermark + lag + TimeSpan.FromSeconds(margin) + TimeSpan.FromMinutes(nearMinutes) + TimeSpan.FromSeconds(jitter)
        let now = near ? (nearDue > checkedAt ? nearDue : checkedAt) : checkedAt.AddSeconds(nowAfter)
        select (settings, table, state, lag, now, near ? TimeSpan.Zero : TimeSpan.FromSeconds(growth));

    [Property(MaxTest = 10000)]
    public Property Of_WhenATableIsLeftAlone_ThePlannerWouldHaveWaitedUnlessTheLagShrank() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var next = NextWork.Of(c.State, c.Table, c.Settings, c.Now);
            if (next.At <= c.Now)
            {
                return true;
            }

            // What AWS shows now if its lag is what was seen, or has grown since.
            var pitr = new PitrWindow(true, c.State.PitrSeen!.Earliest, c.Now - c.Lag - c.Growth);
            return WindowPlanner.Plan(c.State, c.Table, TableWindows.ForPlanner(c.State, c.Table, c.Settings), pitr) is PlanDecision.Wait;
        });

    [Property(MaxTest = 10000)]
    public Property Of_WhenTheLagIsUnchanged_ThePlannerStartsTheWindowTheMomentTheTableIsDue() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var next = NextWork.Of(c.State, c.Table, c.Settings, c.Now);
            if (next.Kind != NextWorkKind.WindowDue || next.At >= c.State.PitrSeen!.CheckedAt + PitrEstimate.MaxAge)
            {
                return true;
            }

            var planner = TableWindows.ForPlanner(c.State, c.Table, c.Settings);
            var at = new PitrWindow(true, c.State.PitrSeen.Earliest, next.At - c.Lag);
            var before = at with { Latest = at.Latest!.Value.AddTicks(-1) };
            return WindowPlanner.Plan(c.State, c.Table, planner, at) is PlanDecision.Start
                && WindowPlanner.Plan(c.State, c.Table, planner, before) is PlanDecision.Wait;
        });
}
