using IncrementalExport.Core.Settings;

namespace IncrementalExport.Cli;

/// <summary>
/// Maps --table values (names or ARNs) to configured table names before anything runs, so a typo is a usage error
/// that names the offender instead of a table the engine silently skips.
/// </summary>
internal static class TableSelection
{
    /// <summary>The configured names of <paramref name="requested"/>, in order and without duplicates; or the first unknown one.</summary>
    public static (IReadOnlyList<string> Names, string? Error) Resolve(ExportSettings settings, IReadOnlyList<string> requested)
    {
        var names = new List<string>();
        foreach (var value in requested)
        {
            var table = settings.FindTable(value);
            if (table is null)
            {
                var configured = string.Join(", ", settings.Tables.Select(t => t.Name));
                return ([], $"unknown table '{value}' (configured: {configured})");
            }

            if (!names.Contains(table.Name, StringComparer.Ordinal))
            {
                names.Add(table.Name);
            }
        }

        return (names, null);
    }
}
