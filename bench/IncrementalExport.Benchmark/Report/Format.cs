using System.Globalization;

namespace IncrementalExport.Benchmark.Report;

/// <summary>Number formats of the report (invariant culture, so the README diff is the figures only).</summary>
internal static class Format
{
    public static string Number(double value, int decimals = 2) => value.ToString("N" + decimals, CultureInfo.InvariantCulture);

    public static string Milliseconds(TimeSpan value) => Number(value.TotalMilliseconds, value.TotalMilliseconds < 100 ? 1 : 0);

    public static string Minutes(TimeSpan value) => Number(value.TotalMinutes, 1);

    public static string Megabytes(long bytes) => Number(bytes / 1_048_576.0, 1);

    public static string Dollars(decimal value) => value < 0.01m && value > 0
        ? "$" + value.ToString("0.######", CultureInfo.InvariantCulture)
        : "$" + value.ToString("N2", CultureInfo.InvariantCulture);
}
