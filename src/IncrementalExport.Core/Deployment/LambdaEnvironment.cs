using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using IncrementalExport.Core.Settings;

namespace IncrementalExport.Core.Deployment;

/// <summary>The Lambda's environment variables: the one settings document, within Lambda's 4 KB limit.</summary>
public static class LambdaEnvironment
{
    /// <summary>The variable holding the settings JSON; the function reads it once at init.</summary>
    public const string SettingsVariable = "INCREMENTAL_EXPORT_SETTINGS";

    /// <summary>Lambda's limit on all environment variables together, in bytes.</summary>
    public const int MaxBytes = 4096;

    private static readonly JsonSerializerOptions MeasureOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// The variables for <paramref name="settings"/> (resolved: bucket, state table and key filled in); an
    /// <see cref="InvalidSettingsException"/> saying how many tables fit when they exceed Lambda's limit.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Build(ExportSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var variables = Variables(settings);
        var size = Size(variables);
        if (size <= MaxBytes)
        {
            return variables;
        }

        // The document cannot be serialized without tables, so the per-table cost comes from the first one.
        var count = settings.Tables.Count;
        var withFirstOnly = Size(Variables(settings with { Tables = [settings.Tables[0]] }));
        var perTable = Math.Max(1, count > 1 ? (size - withFirstOnly) / (count - 1) : withFirstOnly);
        var fit = Math.Max(0, (MaxBytes - (withFirstOnly - perTable)) / perTable);
        throw new InvalidSettingsException(
        [
            new SettingsError(
                StackConfigKeys.Qualified(StackConfigKeys.Tables),
                $"the settings of {count} tables make the Lambda environment {size} bytes, over Lambda's " +
                $"{MaxBytes}-byte limit; each table takes about {perTable} bytes, so about {fit} fit in one stack. " +
                "Shorten table prefixes, give tables by name rather than ARN, or split the tables over two stacks."),
        ]);
    }

    /// <summary>
    /// Fails before anything is created when the settings cannot fit once the stack's resources are known: the
    /// real values are unknown during a first preview, so the longest values they can take stand in for them.
    /// </summary>
    public static void EnsureFits(StackSettings settings, string stateTableName)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var account = new AwsAccount(new string('0', 12), "ap-southeast-5", "aws-us-gov");
        var longestKeyArn = $"arn:aws-us-gov:kms:ap-southeast-5:{account.AccountId}:key/{Guid.Empty}";
        _ = Build(settings.ToExportSettings(new string('b', ResourceNames.BucketMaxLength), stateTableName, longestKeyArn, account));
    }

    /// <summary>
    /// The size Lambda measures: its limit applies to the variables serialized as one JSON object, so the quotes
    /// of the settings document count twice (escaped).
    /// </summary>
    public static int Size(IReadOnlyDictionary<string, string> variables) =>
        Encoding.UTF8.GetByteCount(JsonSerializer.Serialize(variables, MeasureOptions));

    private static Dictionary<string, string> Variables(ExportSettings settings) =>
        new(StringComparer.Ordinal) { [SettingsVariable] = SettingsJson.Serialize(settings) };
}
