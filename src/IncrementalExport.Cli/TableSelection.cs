using IncrementalExport.Core.Settings;

namespace IncrementalExport.Cli;

/// <summary>
/// Maps --table values (names or ARNs) to configured table names before anything runs, so a typo is a usage error
/// that names the offender instead of a table the engine silently skips. The rule is the settings' own
/// (<see cref="ExportSettings.ResolveTables"/>); only the wording is the CLI's.
/// </summary>
internal static class TableSelection
{
    /// <summary>The configured names of <paramref name="requested"/>, in order and without duplicates; or the first unknown one.</summary>
    public static (IReadOnlyList<string> Names, string? Error) Resolve(ExportSettings settings, IReadOnlyList<string> requested)
    {
        if (requested.Count == 0)
        {
            return ([], null);
        }

        try
        {
            return ([.. settings.ResolveTables(requested).Select(t => t.Name)], null);
        }
        catch (UnknownTableException e)
        {
            return ([], ErrorMessages.Describe(e));
        }
    }
}
