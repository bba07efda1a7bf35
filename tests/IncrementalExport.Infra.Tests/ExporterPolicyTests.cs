using System.Collections.Immutable;
using System.Text.Json;
using IncrementalExport.Core.Deployment;
using IncrementalExport.Core.Settings;

namespace IncrementalExport.Infra.Tests;

/// <summary>The stack's rules, checked on what the component registers (Pulumi mocks, no AWS).</summary>
public sealed class ExporterPolicyTests
{
    [Fact]
    public async Task Bucket_ShouldNeverBePublic()
    {
        var resources = await ExporterRun.RunAsync(ExporterRun.Settings("orders"));

        var bucket = Assert.Single(resources, r => r.Type == "aws:s3/bucket:Bucket");
        var block = Assert.Single(resources, r => r.Type == "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock");
        Assert.Equal(bucket.String("bucket"), block.String("bucket"));
        Assert.All(
            ["blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets"],
            flag => Assert.True((bool)block.Inputs[flag]));
        var ownership = Assert.Single(resources, r => r.Type == "aws:s3/bucketOwnershipControls:BucketOwnershipControls");
        Assert.Equal("BucketOwnerEnforced", ownership.Object("rule")["objectOwnership"]);
        Assert.DoesNotContain(resources, r => r.Type.Contains("bucketAcl", StringComparison.OrdinalIgnoreCase));

        using var policy = JsonDocument.Parse(Assert.Single(resources, r => r.Type == "aws:s3/bucketPolicy:BucketPolicy").String("policy"));
        Assert.All(policy.RootElement.GetProperty("Statement").EnumerateArray(), s => Assert.Equal("Deny", s.GetProperty("Effect").GetString()));
    }

    [Fact]
    public async Task Bucket_ShouldAlwaysBeEncryptedWithTheStacksKey()
    {
        var resources = await ExporterRun.RunAsync(ExporterRun.Settings("orders"));

        var encryption = Assert.Single(resources, r => r.Type == "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration");
        var rule = (ImmutableDictionary<string, object>)Assert.Single((ImmutableArray<object>)encryption.Inputs["rules"]);
        var byDefault = (ImmutableDictionary<string, object>)rule["applyServerSideEncryptionByDefault"];
        Assert.Equal("aws:kms", byDefault["sseAlgorithm"]);
        Assert.Equal(RecordingMocks.KeyArn, byDefault["kmsMasterKeyId"]);
        Assert.True((bool)rule["bucketKeyEnabled"]);
        var versioning = Assert.Single(resources, r => r.Type == "aws:s3/bucketVersioning:BucketVersioning");
        Assert.Equal("Enabled", versioning.Object("versioningConfiguration")["status"]);
        var key = Assert.Single(resources, r => r.Type == "aws:kms/key:Key");
        Assert.True((bool)key.Inputs["enableKeyRotation"]);
    }

    [Fact]
    public async Task StateTable_ShouldHavePitrEncryptionAndDeletionProtection()
    {
        var resources = await ExporterRun.RunAsync(ExporterRun.Settings("orders"));

        var table = Assert.Single(resources, r => r.Type == "aws:dynamodb/table:Table");
        Assert.Equal("incremental-export-test-state", table.String("name"));
        Assert.Equal("PAY_PER_REQUEST", table.String("billingMode"));
        Assert.True((bool)table.Object("pointInTimeRecovery")["enabled"]);
        Assert.True((bool)table.Object("serverSideEncryption")["enabled"]);
        Assert.Equal(RecordingMocks.KeyArn, table.Object("serverSideEncryption")["kmsKeyArn"]);
        Assert.True((bool)table.Inputs["deletionProtectionEnabled"]);
    }

    [Fact]
    public async Task Stack_ShouldHaveExactlyOneLambdaWithTheGeneratedHandler()
    {
        var resources = await ExporterRun.RunAsync(ExporterRun.Settings("orders", "customers"));

        var function = Assert.Single(resources, r => r.Type == "aws:lambda/function:Function");
        Assert.Equal(FunctionHandler.Name, function.String("handler"));
        Assert.Equal("dotnet10", function.String("runtime"));
        Assert.Equal(["arm64"], ((ImmutableArray<object>)function.Inputs["architectures"]).Cast<string>());
        Assert.Equal(1.0, function.Inputs["reservedConcurrentExecutions"]);
        Assert.Equal("JSON", function.Object("loggingConfig")["logFormat"]);
        var settings = SettingsJson.Parse((string)Variables(function)[LambdaEnvironment.SettingsVariable]).GetOrThrow();
        Assert.Equal(
            ["arn:aws:dynamodb:eu-west-1:123456789012:table/orders", "arn:aws:dynamodb:eu-west-1:123456789012:table/customers"],
            settings.Tables.Select(t => t.Table));
        Assert.Equal("incremental-export-test-state", settings.StateTable);
    }

    [Fact]
    public async Task Schedule_ShouldTickThatLambdaWithTheConfiguredExpression()
    {
        var resources = await ExporterRun.RunAsync(ExporterRun.Settings("orders") with { Schedule = "cron(0/30 * * * ? *)" });

        var schedule = Assert.Single(resources, r => r.Type == "aws:scheduler/schedule:Schedule");
        Assert.Equal("cron(0/30 * * * ? *)", schedule.String("scheduleExpression"));
        var target = schedule.Object("target");
        Assert.Equal(RecordingMocks.Account.FunctionArn("incremental-export-test"), target["arn"]);
        Assert.Equal(ScheduleTarget.TickInput, target["input"]);
        Assert.Equal("OFF", schedule.Object("flexibleTimeWindow")["mode"]);
        using var policy = JsonDocument.Parse(
            Assert.Single(resources, r => r.Type == "aws:iam/rolePolicy:RolePolicy" && r.Name == "scheduler-policy").String("policy"));
        var statement = Assert.Single(policy.RootElement.GetProperty("Statement").EnumerateArray());
        Assert.Equal(target["arn"], Assert.Single(statement.GetProperty("Resource").EnumerateArray()).GetString());
    }

    [Fact]
    public async Task AddingATable_ShouldChangeOnlyThePolicyAndTheEnvironmentAndAddItsAlarms()
    {
        var before = await ExporterRun.RunAsync(ExporterRun.Settings("orders"));
        var after = await ExporterRun.RunAsync(ExporterRun.Settings("orders", "customers"));

        var changed = after
            .Join(before, r => (r.Type, r.Name), r => (r.Type, r.Name), (a, b) => (a, b))
            .SelectMany(pair => pair.a.Inputs.Keys.Union(pair.b.Inputs.Keys)
                .Where(k => ExporterRun.Canonical(pair.a.Inputs.GetValueOrDefault(k)) != ExporterRun.Canonical(pair.b.Inputs.GetValueOrDefault(k)))
                .Select(k => $"{pair.a.Name}.{k}"))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(["function-policy.policy", "function.environment"], changed);

        var added = after.Select(r => r.Name).Except(before.Select(r => r.Name)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["incremental-export-test-customers-blocked", "incremental-export-test-customers-lag"], added);
        Assert.Empty(before.Select(r => r.Name).Except(after.Select(r => r.Name)));
    }

    private static ImmutableDictionary<string, object> Variables(RecordedResource function) =>
        (ImmutableDictionary<string, object>)function.Object("environment")["variables"];
}
