using IncrementalExport.Stack;
using static IncrementalExport.Tests.Stack.StackSamples;

namespace IncrementalExport.Tests.Stack;

public sealed class PolicyDocumentsTests
{
    [Fact]
    public void LambdaPermissions_ShouldScopeEveryStatementToTheConfiguredResources()
    {
        var statements = Statements(LambdaPolicy(Resolved("orders", "customers")));

        string[] orders = ["arn:aws:dynamodb:eu-west-1:123456789012:table/orders", "arn:aws:dynamodb:eu-west-1:123456789012:table/customers"];
        Assert.Equal(orders, Single(statements, "dynamodb:ExportTableToPointInTime").Resources);
        Assert.Equal(orders, Single(statements, "dynamodb:DescribeContinuousBackups").Resources);
        Assert.Equal(orders.Select(a => a + "/export/*"), Single(statements, "dynamodb:DescribeExport").Resources);
        Assert.Equal(["arn:aws:dynamodb:eu-west-1:123456789012:table/" + StateTableName], Single(statements, "dynamodb:PutItem").Resources);
        Assert.Equal(
            [$"arn:aws:s3:::{BucketName}/dynamodb/orders/*", $"arn:aws:s3:::{BucketName}/dynamodb/customers/*"],
            Single(statements, "s3:PutObject").Resources);
        Assert.Equal([KeyArn], Single(statements, "kms:GenerateDataKey").Resources);
        Assert.Equal(
            ["arn:aws:logs:eu-west-1:123456789012:log-group:/aws/lambda/incremental-export-dev:*"],
            Single(statements, "logs:PutLogEvents").Resources);
    }

    [Fact]
    public void LambdaPermissions_ShouldAllowOnlyTheActionsTheExporterUses()
    {
        var actions = Statements(LambdaPolicy(Resolved("orders"))).SelectMany(s => s.Actions).Order().ToList();

        Assert.Equal(
            new[]
            {
                "dynamodb:BatchGetItem", "dynamodb:DescribeContinuousBackups", "dynamodb:DescribeExport", "dynamodb:DescribeTable",
                "dynamodb:ExportTableToPointInTime", "dynamodb:GetItem", "dynamodb:ListExports", "dynamodb:PutItem", "dynamodb:Query",
                "kms:Decrypt", "kms:DescribeKey", "kms:Encrypt", "kms:GenerateDataKey",
                "logs:CreateLogStream", "logs:PutLogEvents",
                "s3:AbortMultipartUpload", "s3:PutObject", "s3:PutObjectAcl",
            }.Order(),
            actions);
    }

    [Fact]
    public void LambdaPermissions_WhenATableIsAdded_ShouldAddExactlyItsArns()
    {
        var before = Statements(LambdaPolicy(Resolved("orders"))).SelectMany(s => s.Resources).ToHashSet();
        var after = Statements(LambdaPolicy(Resolved("orders", "invoices"))).SelectMany(s => s.Resources).ToHashSet();

        after.ExceptWith(before);

        Assert.Equal(
            new[]
            {
                "arn:aws:dynamodb:eu-west-1:123456789012:table/invoices",
                "arn:aws:dynamodb:eu-west-1:123456789012:table/invoices/export/*",
                $"arn:aws:s3:::{BucketName}/dynamodb/invoices/*",
            }.Order(),
            after.Order());
        Assert.Superset(before, Statements(LambdaPolicy(Resolved("orders", "invoices"))).SelectMany(s => s.Resources).ToHashSet());
    }

    [Fact]
    public void LambdaPermissions_WhenATableIsGivenByArn_ShouldUseThatArn()
    {
        const string arn = "arn:aws:dynamodb:us-east-1:210987654321:table/shared";

        var statements = Statements(LambdaPolicy(Resolved(arn)));

        Assert.Equal([arn], Single(statements, "dynamodb:ExportTableToPointInTime").Resources);
        Assert.Equal([$"arn:aws:s3:::{BucketName}/dynamodb/shared/*"], Single(statements, "s3:PutObject").Resources);
    }

    [Fact]
    public void LambdaPermissions_WhenTheEnvironmentPrefixIsEmpty_ShouldScopeToTheTablePrefix()
    {
        var settings = Resolved("orders") with { Prefix = "" };

        var statements = Statements(LambdaPolicy(settings));

        Assert.Equal([$"arn:aws:s3:::{BucketName}/orders/*"], Single(statements, "s3:PutObject").Resources);
    }

    [Fact]
    public void LambdaPermissions_WhenTablesAreNotResolvedToArns_ShouldRefuse()
    {
        var unresolved = EngineSettings("orders") with { KmsKeyArn = KeyArn };

        var error = Assert.Throws<ArgumentException>(() => LambdaPolicy(unresolved));

        Assert.Contains("orders", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryDocument_ShouldHaveNoWildcardAllowAndNoUnscopedResourceOutsideTheKeyPolicy()
    {
        string[] documents =
        [
            LambdaPolicy(Resolved("orders", "customers")),
            PolicyDocuments.LambdaAssumeRole(Account.AccountId),
            PolicyDocuments.SchedulerAssumeRole(Account.AccountId),
            PolicyDocuments.SchedulerPermissions(Account.FunctionArn("incremental-export-dev")),
            PolicyDocuments.BucketPolicy(Account.BucketArn(BucketName)),
        ];

        foreach (var statement in documents.SelectMany(Statements))
        {
            if (statement.Actions.SequenceEqual([PolicyDocuments.ListExportsAction]))
            {
                // The documented exception: ListExports has no resource-level permissions.
                Assert.Equal(["*"], statement.Resources);
                continue;
            }

            Assert.DoesNotContain("*", statement.Resources);
            if (statement.Effect == "Allow")
            {
                Assert.All(statement.Actions, a => Assert.DoesNotContain("*", a, StringComparison.Ordinal));
            }
        }
    }

    [Theory]
    [InlineData("lambda.amazonaws.com")]
    [InlineData("scheduler.amazonaws.com")]
    public void AssumeRole_ShouldTrustOnlyTheServiceOnBehalfOfThisAccount(string service)
    {
        var json = service.StartsWith("lambda", StringComparison.Ordinal)
            ? PolicyDocuments.LambdaAssumeRole(Account.AccountId)
            : PolicyDocuments.SchedulerAssumeRole(Account.AccountId);

        var statement = Assert.Single(Statements(json));

        Assert.Equal(["sts:AssumeRole"], statement.Actions);
        Assert.Equal($$"""{"Service":"{{service}}"}""", statement.Principal);
        Assert.Equal("""{"StringEquals":{"aws:SourceAccount":"123456789012"}}""", statement.Condition);
    }

    [Fact]
    public void SchedulerPermissions_ShouldInvokeOnlyTheFunction()
    {
        var functionArn = Account.FunctionArn("incremental-export-dev");

        var statement = Assert.Single(Statements(PolicyDocuments.SchedulerPermissions(functionArn)));

        Assert.Equal(["lambda:InvokeFunction"], statement.Actions);
        Assert.Equal([functionArn], statement.Resources);
    }

    [Fact]
    public void BucketPolicy_ShouldOnlyDenyRequestsWithoutTls()
    {
        var bucketArn = Account.BucketArn(BucketName);

        var statement = Assert.Single(Statements(PolicyDocuments.BucketPolicy(bucketArn)));

        Assert.Equal("Deny", statement.Effect);
        Assert.Equal([bucketArn, bucketArn + "/*"], statement.Resources);
        Assert.Equal("""{"Bool":{"aws:SecureTransport":"false"}}""", statement.Condition);
    }

    private static StackSamples.Statement Single(IEnumerable<StackSamples.Statement> statements, string action) =>
        Assert.Single(statements, s => s.Actions.Contains(action));
}
