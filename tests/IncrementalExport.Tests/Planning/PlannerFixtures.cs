using IncrementalExport.Core.Model;
using IncrementalExport.Core.Settings;

namespace IncrementalExport.Tests.Planning;

/// <summary>Settings, states and PITR windows the planner tests are written in.</summary>
internal static class PlannerFixtures
{
    public static readonly DateTimeOffset Day = new(2026, 11, 24, 0, 0, 0, TimeSpan.Zero);

    public static ExportSettings SettingsWith(int windowMinutes = 15, bool align = true, int maxCatchUpMinutes = 1440, int marginSeconds = 120, PitrGapPolicy gap = PitrGapPolicy.Halt) => new()
    {
        Bucket = "exports",
        StateTable = "state",
        WindowMinutes = windowMinutes,
        AlignWindows = align,
        MaxCatchUpMinutes = maxCatchUpMinutes,
        SafetyMarginSeconds = marginSeconds,
        OnPitrGap = gap,
        Tables = [new TableSettings("orders")],
    };

    public static TableSettings Orders(DateTimeOffset? startTime = null) => new("orders", StartTime: startTime);

    public static DateTimeOffset At(int hour, int minute, int dayOffset = 0) => Day.AddDays(dayOffset).AddHours(hour).AddMinutes(minute);

    /// <summary>PITR on since <paramref name="earliest"/>, latest restorable at <paramref name="latest"/>.</summary>
    public static PitrWindow Pitr(DateTimeOffset earliest, DateTimeOffset latest) => new(true, earliest, latest);

    /// <summary>A table in epoch 1 whose chain reaches <paramref name="watermark"/>.</summary>
    public static TableState Chained(DateTimeOffset watermark) => new()
    {
        Table = "orders",
        Phase = TablePhase.Idle,
        Epoch = 1,
        EpochStart = watermark.AddHours(-1),
        Watermark = watermark,
        CompletedInEpoch = 3,
        Version = 7,
    };

    /// <summary><see cref="Chained"/>, its PITR window last seen at <paramref name="checkedAt"/> 5 minutes behind.</summary>
    public static TableState ChainedAndSeen(DateTimeOffset watermark, DateTimeOffset checkedAt) =>
        Chained(watermark) with { PitrSeen = PitrSeen.Of(Pitr(watermark.AddDays(-1), checkedAt.AddMinutes(-5)), checkedAt) };
}
