using System.Text.Json;
using IncrementalExport.Core.Settings;
using IncrementalExport.Stack;

namespace IncrementalExport.Tests.Stack;

/// <summary>Shared inputs for the deployment tests and a reader for the policy documents they check.</summary>
internal static class StackSamples
{
    public static readonly AwsAccount Account = new("123456789012", "eu-west-1");

    public const string BucketName = "incremental-export-dev-123456789012-eu-west-1";
    public const string StateTableName = "incremental-export-dev-state";
    public const string KeyArn = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
    public const string FunctionRoleArn = "arn:aws:iam::123456789012:role/incremental-export-dev-function";

    public static ExportSettings EngineSettings(params string[] tables) => new()
    {
        Bucket = "placeholder",
        StateTable = "placeholder",
        Prefix = "dynamodb",
        Tables = tables.Select(t => new TableSettings(t)).ToList(),
    };

    public static ExportSettings Resolved(params string[] tables) =>
        new StackSettings { Engine = EngineSettings(tables) }.ToExportSettings(BucketName, StateTableName, KeyArn, Account);

    public static string LambdaPolicy(ExportSettings resolved) =>
        PolicyDocuments.LambdaPermissions(
            resolved, Account.TableArn(StateTableName), Account.LogGroupArn("/aws/lambda/incremental-export-dev"), Account.Partition);

    public static IReadOnlyList<Statement> Statements(string policyJson)
    {
        using var document = JsonDocument.Parse(policyJson);
        Assert.Equal("2012-10-17", document.RootElement.GetProperty("Version").GetString());
        return document.RootElement.GetProperty("Statement").EnumerateArray().Select(s => new Statement(
            s.TryGetProperty("Sid", out var sid) ? sid.GetString() : null,
            s.GetProperty("Effect").GetString()!,
            Strings(s, "Action"),
            Strings(s, "Resource"),
            s.TryGetProperty("Principal", out var principal) ? principal.GetRawText() : null,
            s.TryGetProperty("Condition", out var condition) ? condition.GetRawText() : null)).ToList();
    }

    private static List<string> Strings(JsonElement statement, string name) =>
        !statement.TryGetProperty(name, out var value) ? []
        : value.ValueKind == JsonValueKind.String ? [value.GetString()!]
        : value.EnumerateArray().Select(v => v.GetString()!).ToList();

    internal sealed record Statement(
        string? Sid, string Effect, IReadOnlyList<string> Actions, IReadOnlyList<string> Resources, string? Principal, string? Condition);
}
