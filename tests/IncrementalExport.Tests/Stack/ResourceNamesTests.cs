using IncrementalExport.Stack;

namespace IncrementalExport.Tests.Stack;

public sealed class ResourceNamesTests
{
    [Fact]
    public void Names_WhenProjectAndStackAreShort_ShouldBeReadable()
    {
        var names = new ResourceNames("incremental-export", "dev");

        Assert.Equal("incremental-export-dev", names.Function);
        Assert.Equal("incremental-export-dev-state", names.StateTable);
        Assert.Equal("incremental-export-dev", names.Schedule);
        Assert.Equal("/aws/lambda/incremental-export-dev", names.LogGroup);
        Assert.Equal("alias/incremental-export-dev", names.KeyAlias);
        Assert.Equal("incremental-export-dev-function", names.FunctionRole);
        Assert.Equal("incremental-export-dev-scheduler", names.SchedulerRole);
        Assert.Equal("incremental-export-dev-123456789012-eu-west-1", names.Bucket("123456789012", "eu-west-1"));
        Assert.Equal("incremental-export-dev-lag", names.StackAlarm("lag"));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(50)]
    [InlineData(300)]
    public void Names_WhateverTheStackLength_ShouldFitAwsLimits(int stackLength)
    {
        var names = new ResourceNames("incremental-export", new string('s', stackLength));

        Assert.InRange(names.Function.Length, 1, 64);
        Assert.InRange(names.FunctionRole.Length, 1, 64);
        Assert.InRange(names.SchedulerRole.Length, 1, 64);
        Assert.InRange(names.Schedule.Length, 1, 64);
        Assert.InRange(names.StateTable.Length, 1, 255);
        Assert.InRange(names.KeyAlias.Length, 1, 256);
        Assert.InRange(names.AlarmTopic.Length, 1, 256);
        Assert.InRange(names.LogGroup.Length, 1, 512);
        Assert.InRange(names.Bucket("123456789012", "ap-southeast-2").Length, 3, 63);
    }

    [Fact]
    public void Names_WhenTruncated_ShouldStayDistinctAndStable()
    {
        var first = new ResourceNames("incremental-export", new string('a', 80) + "-one");
        var second = new ResourceNames("incremental-export", new string('a', 80) + "-two");

        Assert.NotEqual(first.Function, second.Function);
        Assert.Equal(first.Function, new ResourceNames("incremental-export", new string('a', 80) + "-one").Function);
        Assert.Equal(64, first.Function.Length);
    }

    [Fact]
    public void Bucket_WhenStackHasUppercaseUnderscoresAndDots_ShouldBeAValidBucketName()
    {
        var names = new ResourceNames("incremental-export", "Prod_EU.1");

        var bucket = names.Bucket("123456789012", "eu-west-1");

        Assert.Matches("^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$", bucket);
        Assert.Matches("^[A-Za-z0-9_-]+$", names.Function);
    }
}
