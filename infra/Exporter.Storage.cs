using IncrementalExport.Core.Contract;
using IncrementalExport.Core.Settings;
using IncrementalExport.Stack;
using Pulumi;
using Aws = Pulumi.Aws;
using S3 = Pulumi.Aws.S3;

namespace IncrementalExport.Infra;

/// <summary>
/// The key, the export bucket, the state table with its settings item, and (when the policy grants by tag) the tags
/// on the source tables.
/// </summary>
internal sealed partial class Exporter
{
    private const int KeyDeletionWindowDays = 30;

    private Aws.Kms.Key Key(Aws.Iam.Role functionRole)
    {
        var key = new Aws.Kms.Key("key", new Aws.Kms.KeyArgs
        {
            Description = $"IncrementalExport {_names.Function}: exports, state table and logs",
            EnableKeyRotation = true,
            DeletionWindowInDays = KeyDeletionWindowDays,
            Policy = Output.Tuple(_account, functionRole.Arn).Apply(t => KeyPolicy.Build(t.Item1, t.Item2, _names.LogGroup)),
        }, Child());
        _ = new Aws.Kms.Alias("key-alias", new Aws.Kms.AliasArgs { Name = _names.KeyAlias, TargetKeyId = key.KeyId }, Child());
        return key;
    }

    private S3.Bucket Bucket(Aws.Kms.Key key)
    {
        var bucket = new S3.Bucket("exports", new S3.BucketArgs
        {
            BucketName = _account.Apply(a => _names.Bucket(a.AccountId, a.Region)),
            ForceDestroy = _settings.ForceDestroy,
        }, Child());

        var publicAccess = new S3.BucketPublicAccessBlock("exports-public-access", new S3.BucketPublicAccessBlockArgs
        {
            Bucket = bucket.Id,
            BlockPublicAcls = true,
            BlockPublicPolicy = true,
            IgnorePublicAcls = true,
            RestrictPublicBuckets = true,
        }, Child());

        _ = new S3.BucketOwnershipControls("exports-ownership", new S3.BucketOwnershipControlsArgs
        {
            Bucket = bucket.Id,
            Rule = new S3.Inputs.BucketOwnershipControlsRuleArgs { ObjectOwnership = "BucketOwnerEnforced" },
        }, Child());

        _ = new S3.BucketServerSideEncryptionConfiguration("exports-encryption", new S3.BucketServerSideEncryptionConfigurationArgs
        {
            Bucket = bucket.Id,
            Rules =
            {
                new S3.Inputs.BucketServerSideEncryptionConfigurationRuleArgs
                {
                    ApplyServerSideEncryptionByDefault = new S3.Inputs.BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultArgs
                    {
                        SseAlgorithm = "aws:kms",
                        KmsMasterKeyId = key.Arn,
                    },
                    // Bucket keys cut the KMS requests of an export's many objects to a few.
                    BucketKeyEnabled = true,
                },
            },
        }, Child());

        var versioning = new S3.BucketVersioning("exports-versioning", new S3.BucketVersioningArgs
        {
            Bucket = bucket.Id,
            VersioningConfiguration = new S3.Inputs.BucketVersioningVersioningConfigurationArgs { Status = "Enabled" },
        }, Child());

        // After the public access block, so the policy is never applied to a bucket that could still be made public.
        _ = new S3.BucketPolicy("exports-policy", new S3.BucketPolicyArgs
        {
            Bucket = bucket.Id,
            Policy = bucket.Arn.Apply(arn => PolicyDocuments.BucketPolicy(arn)),
        }, Child(publicAccess));

        _ = new S3.BucketLifecycleConfiguration("exports-lifecycle", new S3.BucketLifecycleConfigurationArgs
        {
            Bucket = bucket.Id,
            Rules = LifecycleRules(),
        }, Child(versioning));

        return bucket;
    }

    private InputList<S3.Inputs.BucketLifecycleConfigurationRuleArgs> LifecycleRules()
    {
        var rules = new InputList<S3.Inputs.BucketLifecycleConfigurationRuleArgs>
        {
            new S3.Inputs.BucketLifecycleConfigurationRuleArgs
            {
                Id = "noncurrent-versions",
                Status = "Enabled",
                Filter = new S3.Inputs.BucketLifecycleConfigurationRuleFilterArgs(),
                NoncurrentVersionExpiration = new S3.Inputs.BucketLifecycleConfigurationRuleNoncurrentVersionExpirationArgs
                {
                    NoncurrentDays = _settings.NoncurrentVersionDays,
                },
            },
            new S3.Inputs.BucketLifecycleConfigurationRuleArgs
            {
                Id = "incomplete-multipart-uploads",
                Status = "Enabled",
                Filter = new S3.Inputs.BucketLifecycleConfigurationRuleFilterArgs(),
                AbortIncompleteMultipartUpload = new S3.Inputs.BucketLifecycleConfigurationRuleAbortIncompleteMultipartUploadArgs
                {
                    DaysAfterInitiation = DeploymentDefaults.AbortIncompleteMultipartUploadDays,
                },
            },
        };

        if (_settings.ExportRetentionDays is { } days)
        {
            rules.Add(new S3.Inputs.BucketLifecycleConfigurationRuleArgs
            {
                Id = "export-retention",
                Status = "Enabled",
                Filter = new S3.Inputs.BucketLifecycleConfigurationRuleFilterArgs
                {
                    Prefix = string.IsNullOrEmpty(_settings.Engine.Prefix) ? "" : _settings.Engine.Prefix.Trim('/') + "/",
                },
                Expiration = new S3.Inputs.BucketLifecycleConfigurationRuleExpirationArgs { Days = days },
            });
        }

        return rules;
    }

    private Aws.DynamoDB.Table StateTable(Aws.Kms.Key key) =>
        new("state", new Aws.DynamoDB.TableArgs
        {
            Name = _names.StateTable,
            BillingMode = "PAY_PER_REQUEST",
            HashKey = StateTableKeys.PartitionKey,
            RangeKey = StateTableKeys.SortKey,
            Attributes =
            {
                new Aws.DynamoDB.Inputs.TableAttributeArgs { Name = StateTableKeys.PartitionKey, Type = "S" },
                new Aws.DynamoDB.Inputs.TableAttributeArgs { Name = StateTableKeys.SortKey, Type = "S" },
            },
            PointInTimeRecovery = new Aws.DynamoDB.Inputs.TablePointInTimeRecoveryArgs { Enabled = true },
            ServerSideEncryption = new Aws.DynamoDB.Inputs.TableServerSideEncryptionArgs { Enabled = true, KmsKeyArn = key.Arn },
            // The state is the chain's only record; forceDestroy is the explicit opt-out for throwaway stacks.
            DeletionProtectionEnabled = !_settings.ForceDestroy,
        }, Child());

    private Aws.DynamoDB.TableItem SettingsItem(Aws.DynamoDB.Table stateTable, Output<ExportSettings> resolved) =>
        new("settings", new Aws.DynamoDB.TableItemArgs
        {
            TableName = stateTable.Name,
            HashKey = StateTableKeys.PartitionKey,
            RangeKey = StateTableKeys.SortKey,
            Item = resolved.Apply(s => Core.Settings.SettingsItem.ToDynamoDbJson(Core.Settings.SettingsJson.Serialize(s))),
        }, Child());

    /// <summary>One tag per configured table when exact ARNs would not fit the function's policy (TablePermissions).</summary>
    private List<Resource> TableTags()
    {
        if (_tableTagKey is not { } key)
        {
            return [];
        }

        return _settings.Engine.Tables
            .Select(table => (Resource)new Aws.DynamoDB.Tag($"tag-{table.Name}", new Aws.DynamoDB.TagArgs
            {
                ResourceArn = table.Arn is { } arn ? Output.Create(arn) : _account.Apply(a => a.TableArn(table.Name)),
                Key = key,
                Value = TablePermissions.TagValue,
            }, Child()))
            .ToList();
    }
}
