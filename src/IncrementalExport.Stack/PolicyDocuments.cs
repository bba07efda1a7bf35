using IncrementalExport.Core.Settings;

namespace IncrementalExport.Stack;

/// <summary>
/// Every IAM document the stack attaches, least privilege: each statement names the configured tables, their
/// exports, the tables' prefixes in the bucket, the state table, the key or the log group. Parameters are plain
/// strings so the stack can call these inside <c>Output.Apply</c>.
/// </summary>
public static class PolicyDocuments
{
    /// <summary>DynamoDB actions on the configured source tables: start exports and read the PITR window.</summary>
    public static IReadOnlyList<string> SourceTableActions { get; } =
        ["dynamodb:ExportTableToPointInTime", "dynamodb:DescribeContinuousBackups", "dynamodb:DescribeTable"];

    /// <summary>The one action granted on "*": AWS defines no resource type for it.</summary>
    public const string ListExportsAction = "dynamodb:ListExports";

    /// <summary>The engine's state table calls: consistent reads, conditional puts, history queries.</summary>
    public static IReadOnlyList<string> StateTableActions { get; } = ["dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:PutItem", "dynamodb:Query"];

    /// <summary>What a DynamoDB export needs on its destination (AWS: "Requesting a table export in DynamoDB").</summary>
    public static IReadOnlyList<string> ExportObjectActions { get; } = ["s3:PutObject", "s3:AbortMultipartUpload", "s3:PutObjectAcl"];

    /// <summary>SSE-KMS writes of export files (multipart uploads decrypt) and the state table's encryption.</summary>
    public static IReadOnlyList<string> KeyUseActions { get; } = ["kms:GenerateDataKey", "kms:Decrypt", "kms:Encrypt", "kms:DescribeKey"];

    /// <summary>The Lambda role's trust policy: only Lambda, only on behalf of this account.</summary>
    public static string LambdaAssumeRole(string accountId) => AssumeRole("lambda.amazonaws.com", accountId);

    /// <summary>The scheduler role's trust policy: only EventBridge Scheduler, only on behalf of this account.</summary>
    public static string SchedulerAssumeRole(string accountId) => AssumeRole("scheduler.amazonaws.com", accountId);

    /// <summary>
    /// The Lambda role's policy. <paramref name="settings"/> must be resolved (tables as ARNs, bucket and key filled,
    /// see <see cref="StackSettings.ToExportSettings"/>); the same object feeds the settings item. Without
    /// <paramref name="tableTagKey"/> every source table, its exports and its S3 prefix are named by ARN; with it
    /// (see <see cref="TablePermissions"/>) the source tables are those tagged <paramref name="tableTagKey"/> =
    /// <see cref="TablePermissions.TagValue"/>, and exports go anywhere under the environment's prefix of its own bucket.
    /// </summary>
    public static string LambdaPermissions(
        ExportSettings settings, string stateTableArn, string logGroupArn, string partition, string? tableTagKey = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var tableArns = settings.Tables
            .Select(t => t.Arn ?? throw new ArgumentException(
                $"Table '{t.Table}' is not an ARN; resolve names first (StackSettings.ToExportSettings with an AwsAccount).", nameof(settings)))
            .ToList();
        var keyArn = settings.KmsKeyArn ?? throw new ArgumentException("The settings have no KMS key.", nameof(settings));

        return new PolicyDocument(
        [
            .. TableStatements(settings, tableArns, partition, tableTagKey),
            new PolicyStatement
            {
                // The engine lists exports only to adopt one it started before a crash but could not record, when the
                // intent is older than AWS's 8-hour client-token memory. ListExports has no resource type in the
                // Service Authorization Reference, so "*" is the only form IAM accepts; it reveals export metadata only.
                Sid = "FindOwnExportAfterLongOutage",
                Action = [ListExportsAction],
                Resource = ["*"],
            },
            new PolicyStatement { Sid = "StateTable", Action = StateTableActions, Resource = [stateTableArn] },
            new PolicyStatement { Sid = "UseTheKey", Action = KeyUseActions, Resource = [keyArn] },
            new PolicyStatement
            {
                Sid = "WriteOwnLogs",
                Action = ["logs:CreateLogStream", "logs:PutLogEvents"],
                Resource = [logGroupArn + ":*"],
            },
        ]).ToJson();
    }

    /// <summary>
    /// Starting exports, following them and writing their files: by exact ARNs, or (with <paramref name="tagKey"/>)
    /// by the tag the stack puts on each configured table.
    /// </summary>
    private static List<PolicyStatement> TableStatements(ExportSettings settings, List<string> tableArns, string partition, string? tagKey)
    {
        IReadOnlyList<string> tables = tableArns;
        IReadOnlyList<string> exports = tableArns.Select(arn => arn + "/export/*").ToList();
        IReadOnlyList<string> files = settings.Tables
            .Select(t => $"arn:{partition}:s3:::{settings.Bucket}/{JoinPrefix(settings.Prefix, t.EffectivePrefix)}/*")
            .ToList();
        if (tagKey is not null)
        {
            // One "table/*" per account and region the tables are in; the tag condition picks the configured ones
            // (the table resource type carries aws:ResourceTag/${TagKey} for these actions in the Service
            // Authorization Reference). DescribeExport acts on the export resource type, which has no tag condition
            // key: the narrowest form left is every export of those accounts and regions; it reads metadata only.
            // Files: the stack's own bucket under this environment's prefix, below which every table prefix lies.
            var scopes = tableArns.Select(arn => arn[..(arn.IndexOf(":table/", StringComparison.Ordinal) + ":table/".Length)])
                .Distinct(StringComparer.Ordinal)
                .ToList();
            var environment = string.IsNullOrEmpty(settings.Prefix) ? "" : settings.Prefix.Trim('/') + "/";
            tables = scopes.Select(scope => scope + "*").ToList();
            exports = scopes.Select(scope => scope + "*/export/*").ToList();
            files = [$"arn:{partition}:s3:::{settings.Bucket}/{environment}*"];
        }

        return
        [
            new PolicyStatement
            {
                Sid = "ExportSourceTables",
                Action = SourceTableActions,
                Resource = tables,
                Condition = tagKey is null ? null : PolicyStatement.When("StringEquals", "aws:ResourceTag/" + tagKey, TablePermissions.TagValue),
            },
            new PolicyStatement { Sid = "DescribeTheirExports", Action = ["dynamodb:DescribeExport"], Resource = exports },
            new PolicyStatement { Sid = "WriteExportFiles", Action = ExportObjectActions, Resource = files },
        ];
    }

    /// <summary>The scheduler role's policy: invoke this one function, nothing else.</summary>
    public static string SchedulerPermissions(string functionArn) =>
        new PolicyDocument(
        [
            new PolicyStatement { Sid = "InvokeTheExporter", Action = ["lambda:InvokeFunction"], Resource = [functionArn] },
        ]).ToJson();

    /// <summary>
    /// The bucket policy: deny any request not made over TLS. The standard form is a Deny of s3:* to everyone
    /// because a Deny must cover every action to close plain HTTP; it grants nothing.
    /// </summary>
    public static string BucketPolicy(string bucketArn) =>
        new PolicyDocument(
        [
            new PolicyStatement
            {
                Sid = "DenyInsecureTransport",
                Effect = "Deny",
                Principal = "*",
                Action = ["s3:*"],
                Resource = [bucketArn, bucketArn + "/*"],
                Condition = PolicyStatement.When("Bool", "aws:SecureTransport", "false"),
            },
        ]).ToJson();

    /// <summary>The environment's key prefix and a table's prefix as one S3 key prefix without slashes at the ends.</summary>
    internal static string JoinPrefix(string environmentPrefix, string tablePrefix) =>
        string.IsNullOrEmpty(environmentPrefix) ? tablePrefix : $"{environmentPrefix.Trim('/')}/{tablePrefix.Trim('/')}";

    private static string AssumeRole(string service, string accountId) =>
        new PolicyDocument(
        [
            new PolicyStatement
            {
                Principal = new Dictionary<string, string> { ["Service"] = service },
                Action = ["sts:AssumeRole"],
                Condition = PolicyStatement.When("StringEquals", "aws:SourceAccount", accountId),
            },
        ]).ToJson();
}
