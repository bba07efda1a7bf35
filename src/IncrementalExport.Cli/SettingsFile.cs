using IncrementalExport.Core.Settings;

namespace IncrementalExport.Cli;

/// <summary>Reads the --settings file and validates it, turning every way it can be wrong into a list of lines.</summary>
internal static class SettingsFile
{
    /// <summary>The settings, or every problem found (the file's name first, so the operator knows which file).</summary>
    public static async Task<(ExportSettings? Settings, IReadOnlyList<string> Errors)> LoadAsync(
        string path,
        Func<string, SettingsResult> parse,
        CancellationToken cancellationToken)
    {
        string json;
        try
        {
            json = await File.ReadAllTextAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return (null, [$"cannot read settings file '{path}': {e.Message}"]);
        }

        var result = parse(json);
        return result.IsValid
            ? (result.Settings, [])
            : (null, [$"settings file '{path}' is invalid:", .. result.Errors.Select(e => "  " + e)]);
    }
}
