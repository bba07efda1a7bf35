using System.Text.Json;
using IncrementalExport.Stack;

namespace IncrementalExport.Infra.Tests;

/// <summary>Least privilege, checked on every IAM document the stack registers.</summary>
public sealed class IamPolicyTests
{
    private const string Table = "arn:aws:dynamodb:eu-west-1:123456789012:table/";

    [Fact]
    public async Task NoAllowStatement_ShouldHaveAWildcardAction()
    {
        var resources = await ExporterRun.RunAsync(ExporterRun.Settings("orders", "customers"));

        var statements = AllStatements(resources).ToList();
        Assert.NotEmpty(statements);
        Assert.All(
            statements.Where(s => s.Statement.GetProperty("Effect").GetString() == "Allow"),
            s => Assert.All(ExporterRun.Strings(s.Statement, "Action"), a => Assert.DoesNotContain("*", a, StringComparison.Ordinal)));

        // The one Deny: the bucket's refusal of plain HTTP must cover every S3 action; it grants nothing.
        var deny = Assert.Single(statements, s => s.Statement.GetProperty("Effect").GetString() == "Deny");
        Assert.Equal("exports-policy", deny.Resource);
        Assert.Equal(["s3:*"], ExporterRun.Strings(deny.Statement, "Action"));
    }

    [Fact]
    public async Task TheOnlyUnscopedResource_ShouldBeListExports_WhichAwsGivesNoResourceType()
    {
        var resources = await ExporterRun.RunAsync(ExporterRun.Settings("orders", "customers"));

        var roleStatements = AllStatements(resources).Where(s => s.Type == "aws:iam/rolePolicy:RolePolicy").ToList();
        var unscoped = Assert.Single(roleStatements, s => ExporterRun.Strings(s.Statement, "Resource").Contains("*"));
        Assert.Equal([PolicyDocuments.ListExportsAction], ExporterRun.Strings(unscoped.Statement, "Action"));
        Assert.Equal(["*"], ExporterRun.Strings(unscoped.Statement, "Resource"));

        // In the key policy "*" is the key the policy is attached to, not every resource.
        var keyStatements = AllStatements(resources).Where(s => s.Type == "aws:kms/key:Key");
        Assert.All(keyStatements, s => Assert.Equal(["*"], ExporterRun.Strings(s.Statement, "Resource")));
    }

    [Fact]
    public async Task EachConfiguredTable_ShouldGetExactlyItsPermissions_AndLoseThemWhenRemoved()
    {
        var two = FunctionResources(await ExporterRun.RunAsync(ExporterRun.Settings("orders", "customers")));
        var three = FunctionResources(await ExporterRun.RunAsync(ExporterRun.Settings("orders", "customers", "invoices")));

        string[] invoices = [Table + "invoices", Table + "invoices/export/*", "arn:aws:s3:::incremental-export-test-123456789012-eu-west-1/dynamodb/invoices/*"];
        Assert.Equal(invoices.Order(), three.Except(two).Order());
        Assert.Empty(two.Except(three));
        Assert.DoesNotContain(three, r => r.Contains("orders", StringComparison.Ordinal) && r.Contains("invoices", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheSchedulerRole_ShouldOnlyInvokeTheFunction()
    {
        var resources = await ExporterRun.RunAsync(ExporterRun.Settings("orders"));

        var policy = Assert.Single(resources, r => r.Type == "aws:iam/rolePolicy:RolePolicy" && r.Name == "scheduler-policy");
        var statement = Assert.Single(ExporterRun.Statements(policy.String("policy")));
        Assert.Equal(["lambda:InvokeFunction"], ExporterRun.Strings(statement, "Action"));
        Assert.Equal([RecordingMocks.Account.FunctionArn("incremental-export-test")], ExporterRun.Strings(statement, "Resource"));
    }

    /// <summary>Every resource the function policy names, except the ones every stack has whatever its tables.</summary>
    private static HashSet<string> FunctionResources(IReadOnlyList<RecordedResource> resources)
    {
        var policy = Assert.Single(resources, r => r.Type == "aws:iam/rolePolicy:RolePolicy" && r.Name == "function-policy");
        return ExporterRun.Statements(policy.String("policy")).SelectMany(s => ExporterRun.Strings(s, "Resource")).ToHashSet();
    }

    internal static IEnumerable<(string Type, string Resource, JsonElement Statement)> AllStatements(IReadOnlyList<RecordedResource> resources)
    {
        foreach (var resource in resources)
        {
            var key = resource.Type switch
            {
                "aws:iam/rolePolicy:RolePolicy" or "aws:s3/bucketPolicy:BucketPolicy" or "aws:kms/key:Key" => "policy",
                "aws:iam/role:Role" => "assumeRolePolicy",
                "aws:iam/policy:Policy" => "policy",
                _ => null,
            };
            if (key is not null && resource.Inputs.ContainsKey(key))
            {
                foreach (var statement in ExporterRun.Statements(resource.String(key)))
                {
                    yield return (resource.Type, resource.Name, statement);
                }
            }
        }
    }
}
