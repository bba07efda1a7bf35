namespace IncrementalExport.Stack;

/// <summary>Where the stack deploys: builds the ARNs its policies and settings name.</summary>
/// <param name="AccountId">The 12-digit account id.</param>
/// <param name="Region">The region, e.g. eu-west-1.</param>
/// <param name="Partition">aws, aws-cn or aws-us-gov.</param>
/// <param name="DnsSuffix">The partition's DNS suffix (amazonaws.com; amazonaws.com.cn in China) for service principals.</param>
public sealed record AwsAccount(string AccountId, string Region, string Partition = "aws", string DnsSuffix = "amazonaws.com")
{
    /// <summary>The account's root principal, which stands for "IAM policies of this account decide".</summary>
    public string RootArn => $"arn:{Partition}:iam::{AccountId}:root";

    /// <summary>A DynamoDB table's ARN.</summary>
    public string TableArn(string tableName) => $"arn:{Partition}:dynamodb:{Region}:{AccountId}:table/{tableName}";

    /// <summary>A log group's ARN (without the trailing <c>:*</c>).</summary>
    public string LogGroupArn(string logGroupName) => $"arn:{Partition}:logs:{Region}:{AccountId}:log-group:{logGroupName}";

    /// <summary>A Lambda function's ARN.</summary>
    public string FunctionArn(string functionName) => $"arn:{Partition}:lambda:{Region}:{AccountId}:function:{functionName}";

    /// <summary>A bucket's ARN (S3 ARNs carry neither region nor account).</summary>
    public string BucketArn(string bucketName) => $"arn:{Partition}:s3:::{bucketName}";

    /// <summary>The regional service principal or endpoint name of a service, e.g. logs.eu-west-1.amazonaws.com.</summary>
    public string RegionalService(string service) => $"{service}.{Region}.{DnsSuffix}";
}
