using System.Globalization;

namespace IncrementalExport.Emulator.ControlPlane;

/// <summary>The documented time rules of ExportTableToPointInTime; each violation names the rule it broke.</summary>
internal static class ExportTimeRules
{
    public static readonly TimeSpan MinimumIncrementalPeriod = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan MaximumIncrementalPeriod = TimeSpan.FromHours(24);

    public static void CheckIncremental(IncrementalExportWindow window, PitrDescription pitr)
    {
        if (window.From >= window.To)
        {
            throw Invalid($"ExportFromTime ({Format(window.From)}) must be earlier than ExportToTime ({Format(window.To)}).");
        }

        var period = window.To - window.From;
        if (period < MinimumIncrementalPeriod)
        {
            throw Invalid($"The incremental export period must be at least 15 minutes; ExportToTime - ExportFromTime is {period}.");
        }

        if (period > MaximumIncrementalPeriod)
        {
            throw Invalid($"The incremental export period must not exceed 24 hours; ExportToTime - ExportFromTime is {period}.");
        }

        if (window.From < pitr.Earliest)
        {
            throw Invalid(
                $"ExportFromTime ({Format(window.From)}) is before the earliest restorable time ({Format(pitr.Earliest!.Value)}) of the point-in-time recovery window.");
        }

        if (window.To > pitr.Latest)
        {
            throw Invalid(
                $"ExportToTime ({Format(window.To)}) is after the latest restorable time ({Format(pitr.Latest!.Value)}) of the point-in-time recovery window.");
        }
    }

    public static void CheckFull(DateTimeOffset exportTime, PitrDescription pitr, DateTimeOffset now)
    {
        if (exportTime > now)
        {
            throw Invalid($"ExportTime ({Format(exportTime)}) is in the future.");
        }

        if (exportTime < pitr.Earliest)
        {
            throw Invalid(
                $"ExportTime ({Format(exportTime)}) is before the earliest restorable time ({Format(pitr.Earliest!.Value)}) of the point-in-time recovery window.");
        }
    }

    private static FakeServiceException Invalid(string message) => new("InvalidExportTimeException", message);

    private static string Format(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
