using System.Globalization;
using System.Text.Json;

namespace IncrementalExport.Core.Settings;

/// <summary>The one JSON document of an environment's settings (Lambda environment, CLI --settings file).</summary>
public static class SettingsJson
{
    // Hand-edited files may carry comments and trailing commas; neither changes what the settings mean.
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>Parses and validates a settings document, collecting every problem.</summary>
    public static SettingsResult Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (string.IsNullOrWhiteSpace(json))
        {
            return Invalid(new(SettingsKeys.Document, "the document is empty; expected a JSON object"));
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException ex)
        {
            return Invalid(new(SettingsKeys.Document, Malformed(ex)));
        }

        using (document)
        {
            var readErrors = new List<SettingsError>();
            var settings = SettingsDocumentReader.Read(document.RootElement, readErrors);

            // A key the reader could not read holds a placeholder; the validator's view of it would only repeat the problem.
            var valueErrors = SettingsValidator.Validate(settings).Where(v => !readErrors.Exists(r => Covers(r.Path, v.Path)));
            var errors = readErrors.Concat(valueErrors).OrderBy(e => TableIndexOf(e.Path)).ToList();
            return errors.Count == 0 ? new(settings, []) : new(null, errors);
        }
    }

    /// <summary>Serializes settings to the document <see cref="Parse"/> reads back to equal settings.</summary>
    /// <exception cref="InvalidSettingsException">The settings break a rule, so the document would not parse.</exception>
    public static string Serialize(ExportSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var errors = SettingsValidator.Validate(settings);
        return errors.Count == 0 ? SettingsWriter.Write(settings) : throw new InvalidSettingsException(errors);
    }

    private static SettingsResult Invalid(SettingsError error) => new(null, [error]);

    private static bool Covers(string readPath, string valuePath) =>
        readPath == SettingsKeys.Document
        || readPath == valuePath
        || valuePath.StartsWith(readPath + ".", StringComparison.Ordinal)
        || valuePath.StartsWith(readPath + "[", StringComparison.Ordinal);

    // Problems of the environment keys first, then each table's in list order (a stable sort keeps the rest as found).
    private static int TableIndexOf(string path)
    {
        var prefix = SettingsKeys.Tables + "[";
        if (!path.StartsWith(prefix, StringComparison.Ordinal))
        {
            return -1;
        }

        var end = path.IndexOf(']', prefix.Length);
        return int.Parse(path.AsSpan(prefix.Length, end - prefix.Length), CultureInfo.InvariantCulture);
    }

    private static string Malformed(JsonException ex)
    {
        var detail = ex.Message;
        var cut = detail.IndexOf(" LineNumber:", StringComparison.Ordinal);
        detail = cut < 0 ? detail : detail[..cut];
        return ex.LineNumber is { } line && ex.BytePositionInLine is { } position
            ? $"malformed JSON at line {line + 1}, position {position + 1}: {detail}"
            : $"malformed JSON: {detail}";
    }
}
