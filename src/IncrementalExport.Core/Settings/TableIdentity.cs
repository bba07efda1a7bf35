namespace IncrementalExport.Core.Settings;

/// <summary>Tells a table name from a table ARN; the name is what state is keyed by.</summary>
public static class TableIdentity
{
    /// <summary>True when the value looks like a DynamoDB table ARN.</summary>
    public static bool IsArn(string value) =>
        value.StartsWith("arn:", StringComparison.Ordinal) && value.Contains(":table/", StringComparison.Ordinal);

    /// <summary>The table name of a name or an ARN.</summary>
    public static string NameOf(string value)
    {
        if (!IsArn(value))
        {
            return value;
        }

        var start = value.IndexOf(":table/", StringComparison.Ordinal) + ":table/".Length;
        var end = value.IndexOf('/', start);
        return end < 0 ? value[start..] : value[start..end];
    }
}
