using System.Collections.Immutable;

namespace IncrementalExport.Infra.Tests;

/// <summary>The bucket and the state table keep exported data private, encrypted and hard to lose.</summary>
public sealed class StoragePolicyTests
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
    }

    [Fact]
    public async Task Bucket_ShouldDenyEveryRequestNotMadeOverTls_AndGrantNothing()
    {
        var resources = await ExporterRun.RunAsync(ExporterRun.Settings("orders"));

        var bucket = Assert.Single(resources, r => r.Type == "aws:s3/bucket:Bucket");
        var policy = Assert.Single(resources, r => r.Type == "aws:s3/bucketPolicy:BucketPolicy");
        var statement = Assert.Single(ExporterRun.Statements(policy.String("policy")));
        Assert.Equal("Deny", statement.GetProperty("Effect").GetString());
        Assert.Equal("false", statement.GetProperty("Condition").GetProperty("Bool").GetProperty("aws:SecureTransport").GetString());
        var arn = RecordingMocks.Account.BucketArn(bucket.String("bucket"));
        Assert.Equal([arn, arn + "/*"], ExporterRun.Strings(statement, "Resource"));
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
}
