using IncrementalExport.Stack;
using static IncrementalExport.Tests.Stack.StackSamples;

namespace IncrementalExport.Tests.Stack;

public sealed class TablePermissionsTests
{
    private static readonly ResourceNames Names = new("incremental-export", "dev");

    private static StackSettings Stack(int tables) =>
        new() { Engine = EngineSettings(Enumerable.Range(0, tables).Select(i => $"orders-{i:D4}").ToArray()) };

    [Fact]
    public void UseTags_ShouldBeFalseWhileExactArnsFit_AndTrueBeyond()
    {
        Assert.False(TablePermissions.UseTags(Stack(10), Names));
        Assert.True(TablePermissions.UseTags(Stack(1000), Names));
    }

    [Fact]
    public void UseTags_WhenFalse_ShouldMeanTheExactPolicyFitsForAnyAccount()
    {
        var largestExact = Enumerable.Range(1, 200).Last(n => !TablePermissions.UseTags(Stack(n), Names));
        var tables = Enumerable.Range(0, largestExact).Select(i => $"orders-{i:D4}").ToArray();

        Assert.InRange(TablePermissions.Size(LambdaPolicy(Resolved(tables))), 1, TablePermissions.InlinePolicyMaxChars);
        Assert.InRange(largestExact, 20, 200);
    }

    [Fact]
    public void TaggedPolicy_ShouldHaveTheSameSizeForAnyNumberOfTables()
    {
        string Tagged(int n) => PolicyDocuments.LambdaPermissions(
            Resolved(Enumerable.Range(0, n).Select(i => $"orders-{i:D4}").ToArray()),
            Account.TableArn(StateTableName), Account.LogGroupArn("/aws/lambda/incremental-export-dev"), Account.Partition, Names.TableTagKey);

        Assert.Equal(Tagged(2).Length, Tagged(1000).Length);
        var statements = Statements(Tagged(1000));
        var export = Assert.Single(statements, s => s.Actions.Contains("dynamodb:ExportTableToPointInTime"));
        Assert.Equal(["arn:aws:dynamodb:eu-west-1:123456789012:table/*"], export.Resources);
        Assert.Contains($"\"aws:ResourceTag/{Names.TableTagKey}\":\"{TablePermissions.TagValue}\"", export.Condition, StringComparison.Ordinal);
        Assert.Equal([$"arn:aws:s3:::{BucketName}/dynamodb/*"], Assert.Single(statements, s => s.Actions.Contains("s3:PutObject")).Resources);
    }
}
