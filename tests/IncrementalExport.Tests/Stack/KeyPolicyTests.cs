using IncrementalExport.Stack;
using static IncrementalExport.Tests.Stack.StackSamples;

namespace IncrementalExport.Tests.Stack;

public sealed class KeyPolicyTests
{
    private static readonly IReadOnlyList<StackSamples.Statement> Policy =
        Statements(KeyPolicy.Build(Account, FunctionRoleArn, "/aws/lambda/incremental-export-dev"));

    [Fact]
    public void Build_ShouldNeverAllowAWildcardAction()
    {
        Assert.All(Policy.SelectMany(s => s.Actions), a => Assert.DoesNotContain("*", a, StringComparison.Ordinal));
    }

    [Fact]
    public void Build_ShouldUseOnlyTheThisKeyResource()
    {
        Assert.All(Policy, s => Assert.Equal(["*"], s.Resources));
    }

    [Fact]
    public void Build_ShouldLetTheAccountAdministerButNotUseTheKeyDirectly()
    {
        var unconditional = Policy.Where(s => s.Principal!.Contains(":root", StringComparison.Ordinal) && s.Condition is null);

        var administration = Assert.Single(unconditional);
        Assert.Contains("kms:PutKeyPolicy", administration.Actions);
        Assert.DoesNotContain("kms:Decrypt", administration.Actions);
        Assert.DoesNotContain("kms:GenerateDataKey", administration.Actions);
    }

    [Fact]
    public void Build_ShouldLetOnlyTheFunctionRoleUseTheKeyThroughDynamoDbAndS3()
    {
        var function = Assert.Single(Policy, s => s.Principal!.Contains(FunctionRoleArn, StringComparison.Ordinal));

        Assert.Contains("kms:GenerateDataKey", function.Actions);
        Assert.Equal(
            """{"StringEquals":{"kms:ViaService":["dynamodb.eu-west-1.amazonaws.com","s3.eu-west-1.amazonaws.com"]}}""",
            function.Condition);
    }

    [Fact]
    public void Build_ShouldLetCloudWatchLogsUseTheKeyOnlyForTheFunctionsLogGroup()
    {
        var logs = Assert.Single(Policy, s => s.Principal!.Contains("logs.eu-west-1.amazonaws.com", StringComparison.Ordinal));

        Assert.Equal(
            """{"ArnEquals":{"kms:EncryptionContext:aws:logs:arn":"arn:aws:logs:eu-west-1:123456789012:log-group:/aws/lambda/incremental-export-dev"}}""",
            logs.Condition);
    }

    [Fact]
    public void Build_ShouldScopeEveryAccountWideUseToItsServiceAndAccount()
    {
        var serviceUses = Policy.Where(s => s.Principal!.Contains(":root", StringComparison.Ordinal) && s.Condition is not null).ToList();

        Assert.Equal(2, serviceUses.Count);
        Assert.All(serviceUses, s => Assert.Contains("\"kms:CallerAccount\":\"123456789012\"", s.Condition!, StringComparison.Ordinal));
    }
}
