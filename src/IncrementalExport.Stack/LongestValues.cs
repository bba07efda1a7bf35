using IncrementalExport.Core.Settings;

namespace IncrementalExport.Stack;

/// <summary>
/// The stack's settings resolved with the longest account, region, partition, bucket and key ARN AWS allows: what the
/// size checks (the settings item, the function's policy) measure, so a stack that only fits with short names is
/// refused at <c>pulumi preview</c> whatever account it is deployed to.
/// </summary>
internal static class LongestValues
{
    /// <summary>The longest account: twelve digits, the longest region and partition names.</summary>
    public static AwsAccount Account { get; } = new(new string('0', 12), "ap-southeast-5", "aws-us-gov");

    public static ExportSettings Resolve(StackSettings settings, string stateTable) =>
        settings.ToExportSettings(
            new string('b', ResourceNames.BucketMaxLength), stateTable, $"arn:aws-us-gov:kms:ap-southeast-5:{Account.AccountId}:key/{Guid.Empty}", Account);
}
