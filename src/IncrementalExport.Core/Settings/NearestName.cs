namespace IncrementalExport.Core.Settings;

/// <summary>Finds the intended spelling of a mistyped key or enum value, for "did you mean" hints.</summary>
internal static class NearestName
{
    public static string? Suggest(string input, IEnumerable<string> candidates)
    {
        var wanted = Normalize(input);
        var options = candidates.ToList();
        var same = options.FirstOrDefault(c => Normalize(c) == wanted);
        if (same is not null)
        {
            return same;
        }

        // "JSON" for DYNAMODB_JSON: a distinctive fragment of the right name.
        var containing = wanted.Length >= 3 ? options.FirstOrDefault(c => Normalize(c).Contains(wanted, StringComparison.Ordinal)) : null;
        if (containing is not null)
        {
            return containing;
        }

        var tolerance = wanted.Length >= 5 ? 2 : 1;
        return options
            .Select(c => (Name: c, Distance: Distance(wanted, Normalize(c))))
            .Where(c => c.Distance <= tolerance)
            .OrderBy(c => c.Distance)
            .Select(c => c.Name)
            .FirstOrDefault();
    }

    private static string Normalize(string value) =>
        new(value.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());

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
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
