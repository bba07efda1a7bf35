namespace IncrementalExport.Core.Settings;

/// <summary>
/// Every value rule of the settings, on the typed model, so settings built in code (tests, the stack)
/// meet the same rules as a parsed document. The tables' rules are in <see cref="TableListValidator"/>.
/// </summary>
internal static partial class SettingsValidator
{
    public const int MinWindowMinutes = 15;
    public const int MaxWindowMinutes = 1440;
    public const int MaxSafetyMarginSeconds = 900;
    public const int AccountExportLimit = 300;
    public const int MaxFailureLimit = 100;
    public const int MaxParallelism = 256;

    public static List<SettingsError> Validate(ExportSettings settings)
    {
        var errors = new List<SettingsError>();
        Add(errors, SettingsKeys.Bucket, S3Names.BucketProblem(settings.Bucket));
        Add(errors, SettingsKeys.BucketOwner, settings.BucketOwner is { } owner ? AwsIdentifiers.AccountIdProblem(owner) : null);
        Add(errors, SettingsKeys.Prefix, S3Names.PrefixProblem(settings.Prefix, emptyMeans: null));
        Add(errors, SettingsKeys.KmsKeyArn, settings.KmsKeyArn is { } key ? AwsIdentifiers.KmsKeyArnProblem(key) : null);
        Add(errors, SettingsKeys.StateTable, AwsIdentifiers.TableNameProblem(settings.StateTable));
        ValidateWindows(settings, errors);
        Add(errors, SettingsKeys.SafetyMarginSeconds, RangeProblem(settings.SafetyMarginSeconds, 0, MaxSafetyMarginSeconds));
        Add(errors, SettingsKeys.MaxExportsInFlight, RangeProblem(settings.MaxExportsInFlight, 1, AccountExportLimit, $"AWS allows {AccountExportLimit} concurrent exports per account"));
        Add(errors, SettingsKeys.MaxConsecutiveFailures, RangeProblem(settings.MaxConsecutiveFailures, 1, MaxFailureLimit));
        Add(errors, SettingsKeys.OnPitrGap, EnumProblem(settings.OnPitrGap, SettingsSpellings.PitrGap));
        Add(errors, SettingsKeys.Parallelism, RangeProblem(settings.Parallelism, 1, MaxParallelism));
        TableListValidator.Validate(settings.Tables, errors);
        TableWindowValidator.Validate(settings, errors);
        if (settings.DataLake is { } lake)
        {
            Add(errors, SettingsKeys.LakeKey(SettingsKeys.Database), GluePattern().IsMatch(lake.Database) ? null
                : $"'{lake.Database}' is not a Glue database name (1 to 255 of lower-case letters, digits and '_')");
            Add(errors, SettingsKeys.LakeKey(SettingsKeys.WorkGroup), WorkGroupPattern().IsMatch(lake.WorkGroup) ? null
                : $"'{lake.WorkGroup}' is not an Athena workgroup name (1 to 128 of letters, digits, '.', '_' and '-')");
            Add(errors, SettingsKeys.LakeKey(SettingsKeys.ApplyEveryMinutes), RangeProblem(
                lake.ApplyEveryMinutes, settings.WindowMinutes, MaxWindowMinutes, "a merge applies at least one window", SettingsKeys.WindowMinutes));
        }

        return errors;
    }

    public static void Add(List<SettingsError> errors, string path, string? problem)
    {
        if (problem is not null)
        {
            errors.Add(new(path, problem));
        }
    }

    public static string? RangeProblem(int value, int min, int max, string? why = null, string? minName = null)
    {
        if (value >= min && value <= max)
        {
            return null;
        }

        var range = RangeText(min, max, minName);
        return why is null ? $"{value} is out of range ({range})" : $"{value} is out of range ({range}): {why}";
    }

    /// <summary>How a range reads in a message: "15 to 1440", or "from windowMinutes, 15, to 1440" for a lower bound set by another key.</summary>
    public static string RangeText(int min, int max, string? minName = null) =>
        minName is null ? $"{min} to {max}" : $"from {minName}, {min}, to {max}";

    /// <summary>What is wrong with a window length of <paramref name="minutes"/> (at least <paramref name="min"/>), or null.</summary>
    public static string? WindowProblem(int minutes, int min, bool aligned, string? minName = null)
    {
        var problem = RangeProblem(minutes, min, MaxWindowMinutes, "an incremental export covers 15 minutes to 24 hours", minName);
        if (problem is null && aligned && MaxWindowMinutes % minutes != 0)
        {
            problem = $"{minutes} does not divide 1440 (one day), but alignWindows is true and the window grid is anchored at UTC midnight; "
                + "use a divisor of 1440 such as 15, 20, 30, 60 or 120, or set alignWindows to false";
        }

        return problem;
    }

    public static string? EnumProblem<T>(T value, EnumSpelling<T> spelling)
        where T : struct, Enum =>
        spelling.IsDefined(value) ? null : spelling.Problem(value.ToString(), written: null);

    private static void ValidateWindows(ExportSettings settings, List<SettingsError> errors)
    {
        var window = settings.WindowMinutes;
        var windowProblem = WindowProblem(window, MinWindowMinutes, settings.AlignWindows);
        Add(errors, SettingsKeys.WindowMinutes, windowProblem);

        // Catch-up windows are never shorter than normal ones; a bad window length falls back to the AWS floor.
        var floor = windowProblem is null ? window : MinWindowMinutes;
        Add(
            errors,
            SettingsKeys.MaxCatchUpMinutes,
            RangeProblem(settings.MaxCatchUpMinutes, floor, MaxWindowMinutes, "an incremental export covers at most 24 hours", minName: SettingsKeys.WindowMinutes));
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[a-z0-9_]{1,255}$")]
    private static partial System.Text.RegularExpressions.Regex GluePattern();

    [System.Text.RegularExpressions.GeneratedRegex("^[a-zA-Z0-9._-]{1,128}$")]
    private static partial System.Text.RegularExpressions.Regex WorkGroupPattern();
}
