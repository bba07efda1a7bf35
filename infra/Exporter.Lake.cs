using IncrementalExport.Core.Settings;
using IncrementalExport.Stack;
using Pulumi;
using Aws = Pulumi.Aws;

namespace IncrementalExport.Infra;

/// <content>The data lake: the Glue database, the Athena workgroup with enforced settings, the function's permissions.</content>
internal sealed partial class Exporter
{
    private void DataLake(Aws.Iam.Role functionRole, Aws.Kms.Key key, Aws.S3.Bucket bucket, Output<ExportSettings> resolved)
    {
        if (!_settings.DataLake)
        {
            return;
        }

        var database = new Aws.Glue.CatalogDatabase("lake-database", new Aws.Glue.CatalogDatabaseArgs
        {
            Name = _names.LakeDatabase,
            Description = "Iceberg tables kept current from the DynamoDB exports (incremental-export data lake).",
        }, Child());

        var workGroup = new Aws.Athena.Workgroup("lake-workgroup", new Aws.Athena.WorkgroupArgs
        {
            Name = _names.LakeWorkGroup,
            ForceDestroy = _settings.ForceDestroy,
            Configuration = new Aws.Athena.Inputs.WorkgroupConfigurationArgs
            {
                EnforceWorkgroupConfiguration = true,
                PublishCloudwatchMetricsEnabled = true,
                BytesScannedCutoffPerQuery = LakeStack.BytesScannedCutoffPerQuery,
                EngineVersion = new Aws.Athena.Inputs.WorkgroupConfigurationEngineVersionArgs { SelectedEngineVersion = LakeStack.EngineVersion },
                ResultConfiguration = new Aws.Athena.Inputs.WorkgroupConfigurationResultConfigurationArgs
                {
                    OutputLocation = Output.Tuple(bucket.BucketName, resolved).Apply(t => $"s3://{t.Item1}/{LakeStack.ResultsPrefix(t.Item2)}/"),
                    EncryptionConfiguration = new Aws.Athena.Inputs.WorkgroupConfigurationResultConfigurationEncryptionConfigurationArgs
                    {
                        EncryptionOption = "SSE_KMS",
                        KmsKeyArn = key.Arn,
                    },
                },
            },
        }, Child());

        _ = new Aws.Iam.RolePolicy("lake-policy", new Aws.Iam.RolePolicyArgs
        {
            Role = functionRole.Name,
            Policy = Output.Tuple(resolved, _account, database.Name, workGroup.Name).Apply(t => LakeStack.Permissions(t.Item1, t.Item2, t.Item3, t.Item4)),
        }, Child());
    }
}
