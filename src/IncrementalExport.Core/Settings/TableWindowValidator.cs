namespace IncrementalExport.Core.Settings;

/// <summary>
/// The rules for a table's own window: <c>windowMinutes</c> like the environment's, and the adaptive mode's
/// <c>freshnessLimitMinutes</c>, which it needs and which means nothing without it.
/// </summary>
internal static class TableWindowValidator
{
    public static void Validate(ExportSettings settings, List<SettingsError> errors)
    {
        for (var i = 0; i < settings.Tables.Count; i++)
        {
            var table = settings.Tables[i];
            var windowProblem = table.WindowMinutes is { } own
                ? SettingsValidator.WindowProblem(own, SettingsValidator.MinWindowMinutes, settings.AlignWindows)
                : null;
            SettingsValidator.Add(errors, SettingsKeys.TableKey(i, SettingsKeys.WindowMinutes), windowProblem);
            var limitKey = SettingsKeys.TableKey(i, SettingsKeys.FreshnessLimitMinutes);
            if (table.FreshnessLimitMinutes is not { } limit)
            {
                if (table.AdaptiveWindows)
                {
                    errors.Add(new(limitKey, "is required when adaptiveWindows is true: the longest window in minutes (windowMinutes to 1440) the table may get"));
                }

                continue;
            }

            if (!table.AdaptiveWindows)
            {
                errors.Add(new(limitKey, $"{limit} applies only with adaptiveWindows: true (it bounds how long the adaptive mode makes the windows)"));
                continue;
            }

            // A broken window length is reported once, for itself; the limit is then checked against the AWS floor.
            var window = windowProblem is null ? table.WindowMinutes ?? settings.WindowMinutes : SettingsValidator.MinWindowMinutes;
            SettingsValidator.Add(errors, limitKey, SettingsValidator.WindowProblem(limit, window, settings.AlignWindows, SettingsKeys.WindowMinutes));
        }
    }
}
