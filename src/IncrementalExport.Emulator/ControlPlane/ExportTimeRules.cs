using IncrementalExport.Core.Model;

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
            throw Invalid($"ExportFromTime ({TimeFormat.AwsMilliseconds(window.From)}) must be earlier than ExportToTime ({TimeFormat.AwsMilliseconds(window.To)}).");
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
                $"ExportFromTime ({TimeFormat.AwsMilliseconds(window.From)}) is before the earliest restorable time ({TimeFormat.AwsMilliseconds(pitr.Earliest!.Value)}) of the point-in-time recovery window.");
        }

        if (window.To > pitr.Latest)
        {
            throw Invalid(
                $"ExportToTime ({TimeFormat.AwsMilliseconds(window.To)}) is after the latest restorable time ({TimeFormat.AwsMilliseconds(pitr.Latest!.Value)}) of the point-in-time recovery window.");
        }
    }

    public static void CheckFull(DateTimeOffset exportTime, PitrDescription pitr, DateTimeOffset now)
    {
        if (exportTime > now)
        {
            throw Invalid($"ExportTime ({TimeFormat.AwsMilliseconds(exportTime)}) is in the future.");
        }

        if (exportTime < pitr.Earliest)
        {
            throw Invalid(
                $"ExportTime ({TimeFormat.AwsMilliseconds(exportTime)}) is before the earliest restorable time ({TimeFormat.AwsMilliseconds(pitr.Earliest!.Value)}) of the point-in-time recovery window.");
        }
    }

    private static FakeServiceException Invalid(string message) => new("InvalidExportTimeException", message);
}
