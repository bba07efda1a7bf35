using System.Globalization;
using System.Text.RegularExpressions;
using IncrementalExport.Core.Settings;

namespace IncrementalExport.Stack;

/// <summary>Reads and validates the deployment-only keys, collecting every error.</summary>
internal static partial class DeploymentConfigReader
{
    // A hundred years: lifecycle rules take days; anything longer is a typo.
    private const int MaxDays = 36500;

    /// <summary>The stack settings over <paramref name="engine"/>, or null when the engine settings are invalid.</summary>
    public static StackSettings? Read(Func<string, string?> get, ExportSettings? engine, List<SettingsError> errors)
    {
        var windowMinutes = engine?.WindowMinutes ?? DeploymentDefaults.WindowMinutes;
        var schedule = get(StackConfigKeys.Schedule) ?? ScheduleExpression.Default;
        if (ScheduleExpression.Validate(schedule) is { } scheduleError)
        {
            errors.Add(Error(StackConfigKeys.Schedule, scheduleError));
        }
        else if (SafetyNetSchedule.Problem(schedule) is { } safetyNetError)
        {
            errors.Add(Error(StackConfigKeys.Schedule, safetyNetError));
        }

        var timezone = get(StackConfigKeys.ScheduleTimezone) ?? DeploymentDefaults.ScheduleTimezone;
        if (!TimezonePattern().IsMatch(timezone))
        {
            errors.Add(Error(StackConfigKeys.ScheduleTimezone, $"'{timezone}' is not an IANA time zone name such as UTC or Europe/Paris"));
        }

        var retention = Int(get, StackConfigKeys.LogRetentionDays, DeploymentDefaults.LogRetentionDays, int.MinValue, int.MaxValue, errors);
        if (!DeploymentDefaults.LogRetentionValues.Contains(retention))
        {
            errors.Add(Error(
                StackConfigKeys.LogRetentionDays,
                $"{retention} is not a CloudWatch Logs retention; use one of {string.Join(", ", DeploymentDefaults.LogRetentionValues)}"));
        }

        var lagDefault = DeploymentDefaults.LagAlarmMinutes(windowMinutes);
        var lag = Int(get, StackConfigKeys.LagAlarmMinutes, lagDefault, 1, DeploymentDefaults.LagAlarmMaxMinutes, errors);
        if (lag <= windowMinutes)
        {
            errors.Add(Error(
                StackConfigKeys.LagAlarmMinutes,
                $"{lag} is not above windowMinutes ({windowMinutes}): a healthy table always lags by up to a window, so the alarm would always fire"));
        }

        var email = get(StackConfigKeys.AlarmEmail);
        if (email is not null && !EmailPattern().IsMatch(email))
        {
            errors.Add(Error(StackConfigKeys.AlarmEmail, $"'{email}' is not an e-mail address"));
        }

        var memory = Int(get, StackConfigKeys.LambdaMemoryMb, DeploymentDefaults.LambdaMemoryMb,
            DeploymentDefaults.LambdaMemoryMinMb, DeploymentDefaults.LambdaMemoryMaxMb, errors);
        var timeout = Int(get, StackConfigKeys.LambdaTimeoutSeconds, DeploymentDefaults.LambdaTimeoutSeconds,
            DeploymentDefaults.LambdaTimeoutMinSeconds, DeploymentDefaults.LambdaTimeoutMaxSeconds, errors);
        int? exportRetention = get(StackConfigKeys.ExportRetentionDays) is null
            ? null
            : Int(get, StackConfigKeys.ExportRetentionDays, 0, 1, MaxDays, errors);
        var noncurrent = Int(get, StackConfigKeys.NoncurrentVersionDays, DeploymentDefaults.NoncurrentVersionDays, 1, MaxDays, errors);
        var forceDestroy = Bool(get, StackConfigKeys.ForceDestroy, errors);
        var dataLake = Bool(get, StackConfigKeys.DataLake, errors, fallback: true);
        var applyEvery = Int(get, StackConfigKeys.ApplyEveryMinutes, Math.Max(windowMinutes, LakeSettings.DefaultApplyEveryMinutes), windowMinutes, SettingsValidator.MaxWindowMinutes, errors);
        if (get(StackConfigKeys.ApplyEveryMinutes) is not null && !dataLake)
        {
            errors.Add(Error(StackConfigKeys.ApplyEveryMinutes, "is set but dataLake is false: it only paces the data lake's merges"));
        }

        return engine is null ? null : new StackSettings
        {
            Engine = engine,
            Schedule = schedule,
            ScheduleTimezone = timezone,
            LogRetentionDays = retention,
            LambdaMemoryMb = memory,
            LambdaTimeoutSeconds = timeout,
            LagAlarmMinutes = lag,
            AlarmEmail = email,
            ExportRetentionDays = exportRetention,
            NoncurrentVersionDays = noncurrent,
            ForceDestroy = forceDestroy,
            DataLake = dataLake,
            ApplyEveryMinutes = applyEvery,
        };
    }

    private static int Int(Func<string, string?> get, string key, int fallback, int min, int max, List<SettingsError> errors)
    {
        var raw = get(key);
        if (raw is null)
        {
            return fallback;
        }

        if (!int.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            errors.Add(Error(key, $"'{raw}' is not a whole number"));
            return fallback;
        }

        if (value < min || value > max)
        {
            errors.Add(Error(key, $"{value} is outside {min}..{max}"));
        }

        return value;
    }

    private static bool Bool(Func<string, string?> get, string key, List<SettingsError> errors, bool fallback = false)
    {
        var raw = get(key);
        if (raw is null)
        {
            return fallback;
        }

        if (!bool.TryParse(raw, out var value))
        {
            errors.Add(Error(key, $"'{raw}' is not true or false"));
        }

        return value;
    }

    private static SettingsError Error(string key, string message) => new(StackConfigKeys.Qualified(key), message);

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_+\-]*(/[A-Za-z0-9_+\-]+){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex TimezonePattern();

    // Deliberately loose: SNS confirms the address; this only catches values that cannot be one.
    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();
}
