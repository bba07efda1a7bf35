using System.Text.Json;
using IncrementalExport.Core.Settings;
using IncrementalExport.Stack;

namespace IncrementalExport.Infra.Tests;

/// <summary>One stack holds a thousand tables: IAM, Lambda and DynamoDB limits hold, and monitoring stays fixed.</summary>
public sealed class ScaleTests
{
    private static readonly string[] Thousand = Enumerable.Range(0, 1000).Select(i => $"tenant-orders-{i:D4}").ToArray();

    [Fact]
    public async Task AThousandTables_ShouldFitIamLambdaAndDynamoDbLimits_WithTheSameMonitoringAsOne()
    {
        var resources = await ExporterRun.RunAsync(ExporterRun.Settings(Thousand));

        foreach (var role in resources.Where(r => r.Type == "aws:iam/role:Role"))
        {
            var inline = resources.Where(r => r.Type == "aws:iam/rolePolicy:RolePolicy" && (string)r.Inputs["role"] == role.String("name"));
            Assert.InRange(inline.Sum(p => TablePermissions.Size(p.String("policy"))), 1, TablePermissions.InlinePolicyMaxChars);
        }

        var managed = resources.Where(r => r.Type == "aws:iam/policy:Policy").ToList();
        Assert.All(managed, p => Assert.InRange(TablePermissions.Size(p.String("policy")), 1, TablePermissions.ManagedPolicyMaxChars));
        Assert.InRange(resources.Count(r => r.Type == "aws:iam/rolePolicyAttachment:RolePolicyAttachment"), 0, 10);

        var function = Assert.Single(resources, r => r.Type == "aws:lambda/function:Function");
        Assert.InRange(JsonSerializer.Serialize(function.Object("environment")["variables"]).Length, 1, 4096);
        var item = Assert.Single(resources, r => r.Type == "aws:dynamodb/tableItem:TableItem");
        Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(item.String("item")), 1, SettingsItem.MaxBytes);

        // The same monitoring as a one-table stack: three alarms, two for the lake, two rules, one dashboard.
        var one = await ExporterRun.RunAsync(ExporterRun.Settings("orders"));
        string[] monitoring = ["aws:cloudwatch/metricAlarm:MetricAlarm", "aws:cloudwatch/contributorInsightRule:ContributorInsightRule", "aws:cloudwatch/dashboard:Dashboard"];
        Assert.Equal([5, 2, 1], monitoring.Select(type => resources.Count(r => r.Type == type)));
        Assert.Equal(monitoring.Select(type => one.Count(r => r.Type == type)), monitoring.Select(type => resources.Count(r => r.Type == type)));
    }

    [Fact]
    public async Task AThousandTables_ShouldBeGrantedByATagOnEachConfiguredTable_AndNothingElse()
    {
        var resources = await ExporterRun.RunAsync(ExporterRun.Settings(Thousand));

        var tagKey = new ResourceNames("incremental-export", "test").TableTagKey;
        var tags = resources.Where(r => r.Type == "aws:dynamodb/tag:Tag").ToList();
        Assert.Equal(
            Thousand.Select(t => RecordingMocks.Account.TableArn(t)).Order(StringComparer.Ordinal),
            tags.Select(t => t.String("resourceArn")).Order(StringComparer.Ordinal));
        Assert.All(tags, t => Assert.Equal((tagKey, TablePermissions.TagValue), (t.String("key"), t.String("value"))));

        var policy = Assert.Single(resources, r => r.Type == "aws:iam/rolePolicy:RolePolicy" && r.Name == "function-policy");
        var export = Assert.Single(ExporterRun.Statements(policy.String("policy")), s => ExporterRun.Strings(s, "Action").Contains("dynamodb:ExportTableToPointInTime"));
        Assert.Equal(["arn:aws:dynamodb:eu-west-1:123456789012:table/*"], ExporterRun.Strings(export, "Resource"));
        Assert.Equal(
            TablePermissions.TagValue,
            export.GetProperty("Condition").GetProperty("StringEquals").GetProperty("aws:ResourceTag/" + tagKey).GetString());
    }

    [Fact]
    public async Task RemovingATableFromATaggedStack_ShouldRemoveItsTagOnly()
    {
        var all = await ExporterRun.RunAsync(ExporterRun.Settings(Thousand));
        var fewer = await ExporterRun.RunAsync(ExporterRun.Settings(Thousand[1..]));

        Assert.Equal([$"tag-{Thousand[0]}"], all.Select(r => r.Name).Except(fewer.Select(r => r.Name)));
        Assert.Empty(fewer.Select(r => r.Name).Except(all.Select(r => r.Name)));
    }

    [Fact]
    public async Task ASmallStack_ShouldNameItsTablesByArn_AndTagNothing()
    {
        var resources = await ExporterRun.RunAsync(ExporterRun.Settings("orders", "customers"));

        Assert.DoesNotContain(resources, r => r.Type == "aws:dynamodb/tag:Tag");
        var policy = Assert.Single(resources, r => r.Type == "aws:iam/rolePolicy:RolePolicy" && r.Name == "function-policy");
        Assert.DoesNotContain("aws:ResourceTag", policy.String("policy"), StringComparison.Ordinal);
    }
}
