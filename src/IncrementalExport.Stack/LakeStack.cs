using IncrementalExport.Core.Engine;
using IncrementalExport.Core.Settings;

namespace IncrementalExport.Stack;

/// <summary>
/// The data lake's stack-level decisions: where Athena writes (all under &lt;prefix&gt;/_lake/ of the export bucket),
/// the workgroup's per-query cutoff, and the function's permissions for exactly the lake. The Glue tables themselves
/// are created by the apply chain's statements (CREATE … IF NOT EXISTS), since their columns and epochs follow the data.
/// </summary>
public static class LakeStack
{
    /// <summary>
    /// The workgroup's bytes-scanned cutoff per query: about 2 GB ($0.01 at $5/TB). Pulumi.Aws types it as a 32-bit
    /// int, so this is also close to the largest value it takes.
    /// </summary>
    public const int BytesScannedCutoffPerQuery = 2_000_000_000;

    /// <summary>The Athena engine the SQL is written for.</summary>
    public const string EngineVersion = "Athena engine version 3";

    /// <summary>Actions on the workgroup: start a query, follow it, read a typing query's answer.</summary>
    public static IReadOnlyList<string> AthenaActions { get; } = ["athena:StartQueryExecution", "athena:GetQueryExecution", "athena:GetQueryResults"];

    /// <summary>Glue actions Athena makes on the caller's behalf: read, create and alter tables and views in the database.</summary>
    public static IReadOnlyList<string> GlueActions { get; } =
        ["glue:GetDatabase", "glue:GetTable", "glue:GetTables", "glue:CreateTable", "glue:UpdateTable"];

    /// <summary>The prefix everything the lake writes goes under (no trailing '/').</summary>
    public static string LakePrefix(ExportSettings settings) => LakeLayout.LakePrefix(settings);

    /// <summary>Where the Iceberg tables' data and metadata go (where the function's apply chain writes them).</summary>
    public static string WarehousePrefix(ExportSettings settings) => LakeLayout.WarehousePrefix(settings);

    /// <summary>Where the workgroup writes query results (enforced).</summary>
    public static string ResultsPrefix(ExportSettings settings) => LakeLayout.ResultsPrefix(settings);

    /// <summary>
    /// The function's lake permissions: Athena on the workgroup; Glue on the catalog, the database and its tables;
    /// S3 read of the exports (the environment's prefix), write of the lake's prefix. The key is granted by the main policy.
    /// </summary>
    public static string Permissions(ExportSettings settings, AwsAccount account, string database, string workGroup)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(account);
        var bucket = account.BucketArn(settings.Bucket);
        var exports = string.IsNullOrEmpty(settings.Prefix) ? "*" : settings.Prefix + "/*";
        var glue = $"arn:{account.Partition}:glue:{account.Region}:{account.AccountId}";
        return new PolicyDocument(
        [
            new PolicyStatement { Sid = "LakeQueries", Action = AthenaActions, Resource = [$"arn:{account.Partition}:athena:{account.Region}:{account.AccountId}:workgroup/{workGroup}"] },
            new PolicyStatement { Sid = "LakeCatalog", Action = GlueActions, Resource = [$"{glue}:catalog", $"{glue}:database/{database}", $"{glue}:table/{database}/*"] },
            new PolicyStatement { Sid = "LakeReadExports", Action = ["s3:GetObject"], Resource = [$"{bucket}/{exports}"] },
            new PolicyStatement
            {
                Sid = "LakeListExports",
                Action = ["s3:ListBucket"],
                Resource = [bucket],
                Condition = PolicyStatement.When("StringLike", "s3:prefix", exports),
            },
            new PolicyStatement { Sid = "LakeBucketLocation", Action = ["s3:GetBucketLocation"], Resource = [bucket] },
            new PolicyStatement
            {
                Sid = "LakeWriteWarehouseAndResults",
                Action = ["s3:PutObject", "s3:DeleteObject", "s3:AbortMultipartUpload"],
                Resource = [$"{bucket}/{LakePrefix(settings)}/*"],
            },
        ]).ToJson();
    }
}
