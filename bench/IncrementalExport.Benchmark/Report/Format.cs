using System.Globalization;

namespace IncrementalExport.Benchmark.Report;

/// <summary>Number formats of the report (invariant culture, so the README diff is the figures only).</summary>
internal static class Format
{
    public static string Number(double value, int decimals = 2) => value.ToString("N" + decimals, CultureInfo.InvariantCulture);

    public static string Milliseconds(TimeSpan value) => Number(value.TotalMilliseconds, value.TotalMilliseconds < 100 ? 1 : 0);

    public static string Minutes(TimeSpan value) => Number(value.TotalMinutes, 1);

    public static string Megabytes(long bytes) => Number(bytes / 1_048_576.0, 1);

    /// <summary>Cents for a dollar or more; below that, three significant digits (e.g. $0.00876).</summary>
    public static string Dollars(decimal value)
    {
        if (value >= 1m || value <= 0m)
        {
            return "$" + value.ToString("N2", CultureInfo.InvariantCulture);
        }

        var decimals = 2 - (int)Math.Floor(Math.Log10((double)value));
        return "$" + Math.Round(value, decimals).ToString("0." + new string('#', decimals), CultureInfo.InvariantCulture);
    }
}
