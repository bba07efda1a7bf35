namespace IncrementalExport.Stack;

/// <summary>
/// The policy of the stack's KMS key. In a key policy <c>"Resource": "*"</c> means "this key" (a key policy is
/// attached to exactly one key), so it is the only place a statement here has Resource "*".
/// </summary>
public static class KeyPolicy
{
    /// <summary>
    /// What the account's IAM policies may allow on the key: administration only, listed one by one instead of
    /// kms:*, so no IAM policy can grant use of the key except through the service statements below. PutKeyPolicy
    /// stays in, or KMS rejects the policy (lockout safety check) and nobody could ever change it.
    /// </summary>
    public static IReadOnlyList<string> AdministrationActions { get; } =
    [
        "kms:CancelKeyDeletion", "kms:CreateAlias", "kms:DeleteAlias", "kms:DescribeKey", "kms:DisableKey",
        "kms:DisableKeyRotation", "kms:EnableKey", "kms:EnableKeyRotation", "kms:GetKeyPolicy", "kms:GetKeyRotationStatus",
        "kms:ListAliases", "kms:ListGrants", "kms:ListKeyPolicies", "kms:ListResourceTags", "kms:PutKeyPolicy",
        "kms:RevokeGrant", "kms:RotateKeyOnDemand", "kms:ScheduleKeyDeletion", "kms:TagResource", "kms:UntagResource",
        "kms:UpdateAlias", "kms:UpdateKeyDescription",
    ];

    /// <summary>What DynamoDB needs to create and use the state table with this key on behalf of account principals.</summary>
    public static IReadOnlyList<string> DynamoDbActions { get; } =
    [
        "kms:CreateGrant", "kms:DescribeKey", "kms:Encrypt", "kms:Decrypt", "kms:ReEncryptFrom", "kms:ReEncryptTo",
        "kms:GenerateDataKey", "kms:GenerateDataKeyWithoutPlaintext",
    ];

    /// <summary>What CloudWatch Logs needs to encrypt and read the function's log group.</summary>
    public static IReadOnlyList<string> LogsActions { get; } =
        ["kms:Encrypt", "kms:Decrypt", "kms:ReEncryptFrom", "kms:ReEncryptTo", "kms:GenerateDataKey", "kms:DescribeKey"];

    /// <summary>The key policy for <paramref name="account"/>, the function role and the function's log group.</summary>
    public static string Build(AwsAccount account, string functionRoleArn, string logGroupName)
    {
        ArgumentNullException.ThrowIfNull(account);
        string[] thisKey = ["*"]; // In a key policy, "*" is the key the policy is attached to.
        var root = new Dictionary<string, string> { ["AWS"] = account.RootArn };
        return new PolicyDocument(
        [
            new PolicyStatement { Sid = "AccountAdministersTheKey", Principal = root, Action = AdministrationActions, Resource = thisKey },
            new PolicyStatement
            {
                Sid = "AccountUsesTheKeyThroughDynamoDb",
                Principal = root,
                Action = DynamoDbActions,
                Resource = thisKey,
                Condition = new Dictionary<string, IReadOnlyDictionary<string, object>>
                {
                    ["StringEquals"] = new Dictionary<string, object>
                    {
                        ["kms:ViaService"] = account.RegionalService("dynamodb"),
                        ["kms:CallerAccount"] = account.AccountId,
                    },
                },
            },
            new PolicyStatement
            {
                Sid = "AccountReadsExportsThroughS3",
                Principal = root,
                Action = ["kms:Decrypt", "kms:DescribeKey"],
                Resource = thisKey,
                Condition = new Dictionary<string, IReadOnlyDictionary<string, object>>
                {
                    ["StringEquals"] = new Dictionary<string, object>
                    {
                        ["kms:ViaService"] = account.RegionalService("s3"),
                        ["kms:CallerAccount"] = account.AccountId,
                    },
                },
            },
            new PolicyStatement
            {
                Sid = "FunctionWritesExportsAndState",
                Principal = new Dictionary<string, string> { ["AWS"] = functionRoleArn },
                Action = PolicyDocuments.KeyUseActions,
                Resource = thisKey,
                Condition = PolicyStatement.When(
                    "StringEquals", "kms:ViaService", new[] { account.RegionalService("dynamodb"), account.RegionalService("s3") }),
            },
            new PolicyStatement
            {
                Sid = "LogsEncryptsTheLogGroup",
                Principal = new Dictionary<string, string> { ["Service"] = account.RegionalService("logs") },
                Action = LogsActions,
                Resource = thisKey,
                Condition = PolicyStatement.When("ArnEquals", "kms:EncryptionContext:aws:logs:arn", account.LogGroupArn(logGroupName)),
            },
        ]).ToJson();
    }
}
