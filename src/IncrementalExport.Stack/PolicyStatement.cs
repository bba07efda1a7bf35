namespace IncrementalExport.Stack;

/// <summary>One IAM policy statement; serialized with the IAM element names as they are (PascalCase).</summary>
internal sealed record PolicyStatement
{
    public string? Sid { get; init; }

    public string Effect { get; init; } = "Allow";

    /// <summary>{"Service": …} or {"AWS": …} (a string or a list), or "*" in a resource policy's Deny.</summary>
    public object? Principal { get; init; }

    public required IReadOnlyList<string> Action { get; init; }

    /// <summary>Absent in trust policies (the role itself is the resource).</summary>
    public IReadOnlyList<string>? Resource { get; init; }

    /// <summary>operator → (key → value or values).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, object>>? Condition { get; init; }

    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, object>> When(string op, string key, object value) =>
        new Dictionary<string, IReadOnlyDictionary<string, object>>
        {
            [op] = new Dictionary<string, object> { [key] = value },
        };
}
