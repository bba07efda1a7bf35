using System.Security.Cryptography;
using System.Text;

namespace IncrementalExport.Stack;

/// <summary>
/// The physical names of the stack's resources, derived from the Pulumi project and stack so two stacks never
/// collide, and kept within each AWS limit: a name that is too long is cut and ends in a short hash of the full
/// name, so it stays unique and is the same on every run.
/// </summary>
public sealed class ResourceNames
{
    /// <summary>Lambda function, IAM role and Scheduler schedule names: at most 64 characters.</summary>
    public const int FunctionMaxLength = 64;

    /// <summary>IAM role names: at most 64 characters.</summary>
    public const int RoleMaxLength = 64;

    /// <summary>EventBridge Scheduler schedule names: at most 64 characters.</summary>
    public const int ScheduleMaxLength = 64;

    /// <summary>DynamoDB table names: at most 255 characters.</summary>
    public const int TableMaxLength = 255;

    /// <summary>S3 bucket names: at most 63 characters, lowercase.</summary>
    public const int BucketMaxLength = 63;

    /// <summary>KMS alias names (with "alias/"), SNS topic and alarm names: at most 256 / 256 / 255 characters.</summary>
    public const int OtherMaxLength = 255;

    /// <summary>Contributor Insights rule names: at most 128 characters.</summary>
    public const int RuleMaxLength = 128;

    /// <summary>DynamoDB tag keys: at most 128 characters.</summary>
    public const int TagKeyMaxLength = 128;

    /// <summary>Glue database names: at most 255 characters.</summary>
    public const int GlueNameMaxLength = 255;

    /// <summary>Athena workgroup names: at most 128 characters.</summary>
    public const int WorkGroupMaxLength = 128;

    private const int HashLength = 8;

    private readonly string _base;

    /// <summary>Names for <paramref name="project"/> and <paramref name="stack"/>.</summary>
    public ResourceNames(string project, string stack)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(project);
        ArgumentException.ThrowIfNullOrWhiteSpace(stack);
        _base = Sanitize($"{project}-{stack}");
    }

    /// <summary>The Lambda function, e.g. incremental-export-dev.</summary>
    public string Function => Fit(_base, FunctionMaxLength);

    /// <summary>The engine's state table, e.g. incremental-export-dev-state.</summary>
    public string StateTable => Fit(_base + "-state", TableMaxLength);

    /// <summary>The schedule (in the default schedule group).</summary>
    public string Schedule => Fit(_base, ScheduleMaxLength);

    /// <summary>The stack's schedule group, holding the one-time wake-up schedule (names: at most 64 characters).</summary>
    public string ScheduleGroup => Fit(_base, ScheduleMaxLength);

    /// <summary>The one-time wake-up schedule the function reprograms after each tick (in <see cref="ScheduleGroup"/>).</summary>
    public string WakeSchedule => Fit(_base + "-wake", ScheduleMaxLength);

    /// <summary>The function's log group; Lambda's own naming, so nothing else creates a second group.</summary>
    public string LogGroup => "/aws/lambda/" + Function;

    /// <summary>The KMS key's alias.</summary>
    public string KeyAlias => "alias/" + Fit(_base, OtherMaxLength - "alias/".Length);

    /// <summary>The role the Lambda runs as.</summary>
    public string FunctionRole => Fit(_base + "-function", RoleMaxLength);

    /// <summary>The role the scheduler assumes to invoke the Lambda.</summary>
    public string SchedulerRole => Fit(_base + "-scheduler", RoleMaxLength);

    /// <summary>The SNS topic the alarms notify.</summary>
    public string AlarmTopic => Fit(_base + "-alarms", OtherMaxLength);

    /// <summary>
    /// The export bucket. Bucket names are global, so the account and region are part of it; lowercase, and no
    /// dots or underscores (dots break virtual-hosted TLS, underscores are not allowed).
    /// </summary>
    public string Bucket(string accountId, string region) =>
        Fit($"{_base}-{accountId}-{region}".ToLowerInvariant().Replace('_', '-'), BucketMaxLength);

    /// <summary>One of the stack's alarms, e.g. incremental-export-dev-lag.</summary>
    public string StackAlarm(string kind) => Fit($"{_base}-{kind}", OtherMaxLength);

    /// <summary>A Contributor Insights rule (at most 128 characters), e.g. incremental-export-dev-lagging-tables.</summary>
    public string InsightRule(string kind) => Fit($"{_base}-{kind}", RuleMaxLength);

    /// <summary>The CloudWatch dashboard (letters, digits, '-' and '_', at most 255 characters).</summary>
    public string Dashboard => Fit(_base, OtherMaxLength);

    /// <summary>
    /// The tag key put on each source table when the function's policy grants by tag (see
    /// <see cref="TablePermissions"/>); one key per stack, so a table can be exported by two stacks.
    /// </summary>
    public string TableTagKey => Fit("exported-by:" + _base, TagKeyMaxLength);

    /// <summary>The data lake's Glue database: lower-case letters, digits and '_' only (what Athena accepts unquoted).</summary>
    public string LakeDatabase => Fit(_base.ToLowerInvariant().Replace('-', '_') + "_lake", GlueNameMaxLength);

    /// <summary>The data lake's Athena workgroup.</summary>
    public string LakeWorkGroup => Fit(_base + "-lake", WorkGroupMaxLength);

    /// <summary><paramref name="name"/> if it fits in <paramref name="maxLength"/>, else its start and a hash of all of it.</summary>
    internal static string Fit(string name, int maxLength)
    {
        if (name.Length <= maxLength)
        {
            return name;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..HashLength];
        var head = name[..(maxLength - HashLength - 1)].TrimEnd('-', '_', '.');
        return $"{head}-{hash}";
    }

    // Project and stack names allow letters, digits, '-', '_' and '.'; function names do not allow '.'.
    private static string Sanitize(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-');
        }

        return builder.ToString();
    }
}
