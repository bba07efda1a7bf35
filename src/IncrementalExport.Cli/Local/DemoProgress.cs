using System.Globalization;
using IncrementalExport.Core.Engine;

namespace IncrementalExport.Cli.Local;

/// <summary>One progress line per simulated half hour: writes so far, the chain's watermark and lag, the export in flight.</summary>
internal sealed class DemoProgress(TextWriter output, TimeProvider clock)
{
    private static readonly TimeSpan Every = TimeSpan.FromMinutes(30);
    private DateTimeOffset? _last;

    public void Report(TableStatus status, IReadOnlyDictionary<string, int> writes, bool force = false)
    {
        var now = clock.GetUtcNow();
        if (!force && _last is { } last && now - last < Every)
        {
            return;
        }

        _last = now;
        var watermark = status.Watermark is { } w ? w.ToString("HH:mm", CultureInfo.InvariantCulture) : "--:--";
        var lag = status.Lag is { } l ? $"{(int)l.TotalMinutes,3} min" : "    -  ";
        var inFlight = status.InFlight is { } f ? $"{f.Window.Kind.ToString().ToLowerInvariant()} export in flight" : "idle";
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  {now:HH:mm}  writes {writes["put"],4} put {writes["update"],4} update {writes["delete"],4} delete | epoch {status.Epoch} watermark {watermark} lag {lag} | {inFlight}"));
    }
}
