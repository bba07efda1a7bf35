namespace IncrementalExport.Core.Settings;

/// <summary>The S3 naming rules for the bucket and the key prefixes. Each returns a message naming the value, or null when valid.</summary>
internal static class S3Names
{
    // The characters S3 documents as safe in object keys, plus '/' as the separator.
    private const string SafePrefixPunctuation = "!-_.*'()/";

    private static readonly string[] ReservedBucketPrefixes = ["xn--", "sthree-", "amzn-s3-demo-"];
    private static readonly string[] ReservedBucketSuffixes = ["-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3"];

    public static string? BucketProblem(string name)
    {
        var shown = $"'{name}'";
        if (name.Length is < 3 or > 63)
        {
            return $"{shown} has length {name.Length}; an S3 bucket name has 3 to 63 characters";
        }

        var bad = name.FirstOrDefault(c => !(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '.' or '-'));
        if (bad != default)
        {
            return $"{shown} contains '{bad}'; an S3 bucket name uses only lowercase letters, digits, dots and hyphens";
        }

        if (!char.IsAsciiLetterOrDigit(name[0]) || !char.IsAsciiLetterOrDigit(name[^1]))
        {
            return $"{shown} must start and end with a letter or digit";
        }

        if (name.Contains("..", StringComparison.Ordinal))
        {
            return $"{shown} has two adjacent dots, which S3 bucket names may not";
        }

        if (name.Split('.') is { Length: 4 } parts && parts.All(p => p.All(char.IsAsciiDigit)))
        {
            return $"{shown} is formatted as an IP address, which S3 bucket names may not be";
        }

        var reserved = ReservedBucketPrefixes.FirstOrDefault(p => name.StartsWith(p, StringComparison.Ordinal))
            ?? ReservedBucketSuffixes.FirstOrDefault(s => name.EndsWith(s, StringComparison.Ordinal));
        return reserved is null ? null : $"{shown} uses '{reserved}', which S3 reserves";
    }

    /// <param name="prefix">The prefix to check.</param>
    /// <param name="emptyMeans">Null when an empty prefix is allowed; else what omitting the key gives instead.</param>
    public static string? PrefixProblem(string prefix, string? emptyMeans)
    {
        var shown = $"'{prefix}'";
        if (prefix.Length == 0)
        {
            return emptyMeans is null ? null : $"{shown} is empty; omit the key to use {emptyMeans}";
        }

        if (prefix.StartsWith('/') || prefix.EndsWith('/'))
        {
            var end = prefix.StartsWith('/') ? "starts" : "ends";
            return $"{shown} {end} with '/'; write it without (the export layout adds the separators)";
        }

        if (prefix.Contains("//", StringComparison.Ordinal))
        {
            return $"{shown} contains '//', an empty path segment";
        }

        var bad = prefix.FirstOrDefault(c => !(char.IsAsciiLetterOrDigit(c) || SafePrefixPunctuation.Contains(c, StringComparison.Ordinal)));
        if (bad != default)
        {
            return $"{shown} contains '{bad}', which is not S3-safe (use letters, digits and {SafePrefixPunctuation})";
        }

        // Many S3 tools resolve "." and ".." segments as paths, so keys under them are not where they look.
        var dotted = prefix.Split('/').FirstOrDefault(s => s is "." or "..");
        return dotted is null ? null : $"{shown} contains the path segment '{dotted}'";
    }

    /// <summary>True when keys under the two prefixes would mix: equal, or one is a folder of the other.</summary>
    public static bool Overlap(string a, string b) =>
        string.Equals(a, b, StringComparison.Ordinal)
        || a.StartsWith(b + "/", StringComparison.Ordinal)
        || b.StartsWith(a + "/", StringComparison.Ordinal);
}
