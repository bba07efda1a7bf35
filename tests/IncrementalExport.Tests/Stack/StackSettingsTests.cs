using IncrementalExport.Core.Settings;
using IncrementalExport.Stack;
using static IncrementalExport.Tests.Stack.StackSamples;

namespace IncrementalExport.Tests.Stack;

public sealed class StackSettingsTests
{
    [Fact]
    public void ToExportSettings_ShouldFillTheDestinationTheStackCreated()
    {
        var settings = new StackSettings { Engine = EngineSettings("orders") };

        var resolved = settings.ToExportSettings(BucketName, StateTableName, KeyArn);

        Assert.Equal(BucketName, resolved.Bucket);
        Assert.Equal(StateTableName, resolved.StateTable);
        Assert.Equal(KeyArn, resolved.KmsKeyArn);
        Assert.Null(resolved.BucketOwner);
        Assert.Equal("orders", Assert.Single(resolved.Tables).Table);
    }

    [Fact]
    public void ToExportSettings_WhenAnAccountIsGiven_ShouldResolveNamesButKeepArns()
    {
        const string shared = "arn:aws-cn:dynamodb:cn-north-1:210987654321:table/shared";
        var settings = new StackSettings
        {
            Engine = EngineSettings("orders") with { Tables = [new TableSettings("orders", Prefix: "o"), new TableSettings(shared)] },
        };

        var resolved = settings.ToExportSettings(BucketName, StateTableName, KeyArn, new AwsAccount("123456789012", "cn-north-1", "aws-cn"));

        Assert.Equal(["arn:aws-cn:dynamodb:cn-north-1:123456789012:table/orders", shared], resolved.Tables.Select(t => t.Table));
        Assert.Equal(["orders", "shared"], resolved.Tables.Select(t => t.Name));
        Assert.Equal("o", resolved.Tables[0].EffectivePrefix);
    }
}
