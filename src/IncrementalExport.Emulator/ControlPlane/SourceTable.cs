namespace IncrementalExport.Emulator.ControlPlane;

/// <summary>A source table and its PITR state; mutated only under the control plane's lock.</summary>
internal sealed class SourceTable(string name, string arn, string account, DateTimeOffset createdAt, bool adopted)
{
    public string Name { get; } = name;

    public string Arn { get; } = arn;

    public string Account { get; } = account;

    public string TableId { get; } = Guid.NewGuid().ToString();

    public DateTimeOffset CreatedAt { get; } = createdAt;

    /// <summary>Created through dynalite's CreateTable rather than registered: DescribeTable goes to dynalite.</summary>
    public bool Adopted { get; } = adopted;

    public bool PitrEnabled { get; set; }

    /// <summary>When PITR was last turned on: nothing before it can be restored or exported.</summary>
    public DateTimeOffset PitrEnabledSince { get; set; }

    public int RecoveryPeriodInDays { get; set; } = 35;

    public TimeSpan RestoreLag { get; set; }

    public long ItemCount { get; set; }

    public PitrDescription Describe(DateTimeOffset now)
    {
        if (!PitrEnabled)
        {
            return new PitrDescription(false, null, null, RecoveryPeriodInDays);
        }

        var earliest = Max(PitrEnabledSince, now - TimeSpan.FromDays(RecoveryPeriodInDays));
        // Right after PITR is turned on, now - lag can precede the enable time; the window is then empty, not inverted.
        var latest = Max(earliest, now - RestoreLag);
        return new PitrDescription(true, earliest, latest, RecoveryPeriodInDays);
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
