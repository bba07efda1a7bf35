using IncrementalExport.Core.Settings;

namespace IncrementalExport.Stack;

/// <summary>Reports config keys the stack does not read, with the nearest known key when it looks like a typo.</summary>
internal static class UnknownKeys
{
    public static IEnumerable<SettingsError> Find(IEnumerable<string> presentKeys)
    {
        var known = StackConfigKeys.EngineKeys.Concat(StackConfigKeys.DeploymentKeys).ToList();
        foreach (var key in presentKeys.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (known.Contains(key, StringComparer.Ordinal))
            {
                continue;
            }

            if (StackConfigKeys.StackOwnedKeys.Contains(key, StringComparer.Ordinal))
            {
                yield return new SettingsError(
                    StackConfigKeys.Qualified(key),
                    "is set by the stack from the resources it creates; remove it from the stack config");
                continue;
            }

            var hint = NearestName.Suggest(key, known) is { } nearest ? $" (did you mean {StackConfigKeys.Qualified(nearest)}?)" : "";
            yield return new SettingsError(StackConfigKeys.Qualified(key), $"is not a known key{hint}");
        }
    }
}
