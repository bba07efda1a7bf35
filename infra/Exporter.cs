using IncrementalExport.Stack;
using Pulumi;
using Aws = Pulumi.Aws;

namespace IncrementalExport.Infra;

/// <summary>
/// Everything one exporter needs: key, bucket, state table with its settings item, function with its log group and
/// role, schedule, and the stack-level monitoring (alarms, Contributor Insights rules, dashboard). It only maps: every
/// decision (names, policies, environment, alarms, the handler) comes from IncrementalExport.Core.
/// </summary>
internal sealed partial class Exporter : ComponentResource
{
    private readonly StackSettings _settings;
    private readonly ResourceNames _names;
    private readonly Output<AwsAccount> _account;
    private readonly string _codePath;
    private readonly string _handler;

    /// <summary>The tag the function's policy grants by, or null while exact ARNs fit (TablePermissions).</summary>
    private readonly string? _tableTagKey;

    public Exporter(string name, ExporterArgs args, ComponentResourceOptions? options = null)
        : base("incremental-export:index:Exporter", name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        _settings = args.Settings;
        _codePath = args.CodePath;
        _names = new ResourceNames(Deployment.Instance.ProjectName, Deployment.Instance.StackName);
        _account = CurrentAccount();
        _handler = FunctionHandler.Read(Path.Combine(_codePath, FunctionHandler.AssemblyFile));
        _tableTagKey = TablePermissions.UseTags(_settings, _names) ? _names.TableTagKey : null;

        var functionRole = FunctionRole();
        var key = Key(functionRole);
        var bucket = Bucket(key);
        var stateTable = StateTable(key);

        // One resolved settings object feeds both the settings item and the policy, so they cannot disagree.
        var resolved = Output.Tuple(bucket.BucketName, key.Arn, _account)
            .Apply(t => _settings.ToExportSettings(t.Item1, _names.StateTable, t.Item2, t.Item3, _names));
        var settingsItem = SettingsItem(stateTable, resolved);
        var tableTags = TableTags();

        var logGroup = LogGroup(key);
        var schedulerRole = SchedulerRole();
        var wakePolicy = WakeUpPolicy(functionRole, schedulerRole);
        var function = Function(functionRole, resolved, stateTable, logGroup, [settingsItem, .. tableTags], wakePolicy);
        var (schedule, schedulerPolicy) = Schedule(function, schedulerRole);
        var wake = WakeSchedule(function, schedulerRole, schedulerPolicy);
        var dashboard = Monitoring(function, logGroup);
        DataLake(functionRole, key, bucket, resolved);

        BucketName = bucket.BucketName;
        StateTableName = stateTable.Name;
        FunctionName = function.Name;
        ScheduleName = schedule.Name;
        WakeScheduleName = wake.Name;
        KmsKeyArn = key.Arn;
        DashboardName = dashboard.DashboardName;
        SettingsJson = resolved.Apply(s => global::IncrementalExport.Core.Settings.SettingsJson.Serialize(s));
        Outputs = new Dictionary<string, object?>
        {
            [StackOutputNames.BucketName] = BucketName,
            [StackOutputNames.StateTableName] = StateTableName,
            [StackOutputNames.FunctionName] = FunctionName,
            [StackOutputNames.ScheduleName] = ScheduleName,
            [StackOutputNames.WakeScheduleName] = WakeScheduleName,
            [StackOutputNames.KmsKeyArn] = KmsKeyArn,
            [StackOutputNames.DashboardName] = DashboardName,
            [StackOutputNames.SettingsJson] = SettingsJson,
        };
        RegisterOutputs(Outputs);
    }

    /// <summary>Every output by its name (<see cref="StackOutputNames"/>): the component's outputs and the stack's.</summary>
    public IDictionary<string, object?> Outputs { get; }

    /// <summary>The export bucket.</summary>
    public Output<string> BucketName { get; }

    /// <summary>The engine's state table.</summary>
    public Output<string> StateTableName { get; }

    /// <summary>The Lambda function.</summary>
    public Output<string> FunctionName { get; }

    /// <summary>The schedule.</summary>
    public Output<string> ScheduleName { get; }

    /// <summary>The one-time wake-up schedule the function reprograms (in the stack's schedule group).</summary>
    public Output<string> WakeScheduleName { get; }

    /// <summary>The key exports, state and logs are encrypted with.</summary>
    public Output<string> KmsKeyArn { get; }

    /// <summary>The CloudWatch dashboard.</summary>
    public Output<string> DashboardName { get; }

    /// <summary>The settings document the stack wrote into the state table's settings item (also for --settings).</summary>
    public Output<string> SettingsJson { get; }

    private CustomResourceOptions Child(params Resource[] dependsOn) => new() { Parent = this, DependsOn = dependsOn };

    private static Output<AwsAccount> CurrentAccount()
    {
        // GetRegion's Name is deprecated in Pulumi.Aws 7 (an obsolete member breaks this warnings-as-errors build): Region.
        return Output.Tuple(Aws.GetCallerIdentity.Invoke(), Aws.GetRegion.Invoke(), Aws.GetPartition.Invoke())
            .Apply(t => new AwsAccount(t.Item1.AccountId, t.Item2.Region, t.Item3.Partition, t.Item3.DnsSuffix));
    }
}
