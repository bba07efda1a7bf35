using System.Text.RegularExpressions;

namespace IncrementalExport.Core.Settings;

/// <summary>Account ids, KMS key ARNs and DynamoDB table names and ARNs. Each returns a message naming the value, or null when valid.</summary>
internal static partial class AwsIdentifiers
{
    private const string TableArnForm = "arn:<partition>:dynamodb:<region>:<12-digit account>:table/<name>";
    private const string KmsArnForm = "arn:<partition>:kms:<region>:<account>:key/<key id> or …:alias/<name>";

    public static string? AccountIdProblem(string value) =>
        AccountId().IsMatch(value) ? null : $"'{value}' is not a 12-digit AWS account id";

    public static string? KmsKeyArnProblem(string value) =>
        KmsKeyArn().IsMatch(value)
            ? null
            : $"'{value}' is not a KMS key ARN ({KmsArnForm}); give the full ARN so the export role's policy can name it";

    public static string? TableNameProblem(string name)
    {
        if (name.Length is < 3 or > 255)
        {
            return $"'{name}' has length {name.Length}; a DynamoDB table name has 3 to 255 characters";
        }

        var bad = name.FirstOrDefault(c => !(char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-'));
        return bad == default
            ? null
            : $"'{name}' contains '{bad}'; a DynamoDB table name uses only letters, digits, '_', '.' and '-'";
    }

    /// <summary>Checks a table given by name or by ARN (the name inside an ARN follows the name rules).</summary>
    public static string? TableReferenceProblem(string value)
    {
        if (!value.StartsWith("arn:", StringComparison.Ordinal))
        {
            return TableNameProblem(value);
        }

        var match = TableArn().Match(value);
        if (!match.Success)
        {
            return $"'{value}' is not a DynamoDB table ARN ({TableArnForm})";
        }

        var nameProblem = TableNameProblem(match.Groups["name"].Value);
        return nameProblem is null ? null : $"'{value}' ends in an invalid table name: {nameProblem}";
    }

    [GeneratedRegex("^[0-9]{12}$")]
    private static partial Regex AccountId();

    [GeneratedRegex("^arn:aws(-[a-z]+)*:kms:[a-z]{2,}(-[a-z]+)+-[0-9]+:[0-9]{12}:(key/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})|alias/[A-Za-z0-9/_-]{1,250})$")]
    private static partial Regex KmsKeyArn();

    // The name group takes everything after "table/" so a bad name is reported as such, not as a bad ARN.
    [GeneratedRegex("^arn:aws(-[a-z]+)*:dynamodb:[a-z]{2,}(-[a-z]+)+-[0-9]+:[0-9]{12}:table/(?<name>.*)$")]
    private static partial Regex TableArn();
}
