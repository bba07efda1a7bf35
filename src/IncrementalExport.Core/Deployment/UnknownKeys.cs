using IncrementalExport.Core.Settings;

namespace IncrementalExport.Core.Deployment;

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

            var nearest = known.MinBy(k => Distance(key.ToLowerInvariant(), k.ToLowerInvariant()));
            var hint = nearest is not null && Distance(key.ToLowerInvariant(), nearest.ToLowerInvariant()) <= 3
                ? $" (did you mean {StackConfigKeys.Qualified(nearest)}?)"
                : "";
            yield return new SettingsError(StackConfigKeys.Qualified(key), $"is not a known key{hint}");
        }
    }

    // Levenshtein distance; keys are short, so the quadratic table is fine.
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), substitution);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
