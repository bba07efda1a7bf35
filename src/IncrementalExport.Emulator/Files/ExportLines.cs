using System.Globalization;
using IncrementalExport.Emulator.Recording;

namespace IncrementalExport.Emulator.Files;

/// <summary>The data lines of an export in DynamoDB JSON, as AWS documents them.</summary>
internal static class ExportLines
{
    /// <summary>A full export: one {"Item":…} line per item.</summary>
    public static IReadOnlyList<string> Full(IEnumerable<string> items) => items.Select(item => $$"""{"Item":{{item}}}""").ToList();

    /// <summary>
    /// An incremental export: one line per item changed in the window, with the write time of its last change, the
    /// image after it (absent for a delete) and, with NEW_AND_OLD_IMAGES, the image before the window's first change
    /// (absent for an insert). An item inserted and deleted within the window leaves no line.
    /// </summary>
    public static IReadOnlyList<string> Incremental(IEnumerable<ItemChange> changes, bool withOldImages)
    {
        var lines = new List<string>();
        foreach (var group in changes.GroupBy(c => c.Keys, StringComparer.Ordinal))
        {
            var first = group.First();
            var last = group.Last();
            if (first.Old is null && last.New is null)
            {
                continue;
            }

            var micros = (last.At - DateTimeOffset.UnixEpoch).Ticks / 10;
            var stamp = micros.ToString(CultureInfo.InvariantCulture);
            var line = "{\"Metadata\":{\"WriteTimestampMicros\":{\"N\":\"" + stamp + "\"}},\"Keys\":" + last.Keys;
            if (last.New is not null)
            {
                line += $$""","NewImage":{{last.New}}""";
            }

            if (withOldImages && first.Old is not null)
            {
                line += $$""","OldImage":{{first.Old}}""";
            }

            lines.Add(line + "}");
        }

        return lines;
    }
}
