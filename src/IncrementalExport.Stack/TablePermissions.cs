
namespace IncrementalExport.Stack;

/// <summary>
/// How the function's policy names the source tables. A role's inline policies may hold 10,240 characters
/// (whitespace not counted); naming every table, its exports and its S3 prefix by ARN takes about 200 per table,
/// so exact ARNs are used while they fit, and beyond that an <c>aws:ResourceTag</c> condition on a tag the stack
/// puts on each configured table (<c>aws.dynamodb.Tag</c>). The choice is made from the stack config alone, with the
/// longest account, region, bucket and key values AWS allows, so preview and up always agree.
/// </summary>
public static class TablePermissions
{
    /// <summary>IAM's limit on a role's inline policies together, in characters without whitespace.</summary>
    public const int InlinePolicyMaxChars = 10240;

    /// <summary>IAM's limit on one managed policy, in characters without whitespace.</summary>
    public const int ManagedPolicyMaxChars = 6144;

    /// <summary>The value of the table tag; the key names the stack (<see cref="ResourceNames.TableTagKey"/>).</summary>
    public const string TagValue = "incremental-export";

    /// <summary>True when exact ARNs would not fit, so the tables are tagged and the policy grants by tag.</summary>
    public static bool UseTags(StackSettings settings, ResourceNames names)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(names);
        var account = LongestValues.Account;
        var resolved = LongestValues.Resolve(settings, names.StateTable);
        var exact = PolicyDocuments.LambdaPermissions(
            resolved, account.TableArn(names.StateTable), account.LogGroupArn(names.LogGroup), account.Partition);
        return Size(exact) > InlinePolicyMaxChars;
    }

    /// <summary>A policy's size as IAM counts it against its limits: every character but whitespace.</summary>
    public static int Size(string policyJson)
    {
        ArgumentNullException.ThrowIfNull(policyJson);
        return policyJson.Count(c => !char.IsWhiteSpace(c));
    }
}
