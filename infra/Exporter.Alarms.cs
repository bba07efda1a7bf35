using IncrementalExport.Stack;
using Aws = Pulumi.Aws;

namespace IncrementalExport.Infra;

/// <summary>
/// Stack-level monitoring, a fixed set whatever the number of tables: the alarm topic (and e-mail), three alarms (five with the data lake),
/// two Contributor Insights rules that name the tables behind them, and the dashboard.
/// </summary>
internal sealed partial class Exporter
{
    private Aws.CloudWatch.Dashboard Monitoring(Aws.Lambda.Function function, Aws.CloudWatch.LogGroup logGroup)
    {
        // Not KMS-encrypted: CloudWatch alarms can publish to an encrypted topic only with extra key-policy grants
        // for cloudwatch.amazonaws.com, and alarm notifications carry no exported data.
        var topic = new Aws.Sns.Topic("alarms", new Aws.Sns.TopicArgs { Name = _names.AlarmTopic }, Child());

        if (_settings.AlarmEmail is { } email)
        {
            _ = new Aws.Sns.TopicSubscription("alarms-email", new Aws.Sns.TopicSubscriptionArgs
            {
                Topic = topic.Arn,
                Protocol = "email",
                Endpoint = email,
            }, Child());
        }

        foreach (var alarm in AlarmDefinitions.ForStack(_names, _names.StateTable, _names.Function, _settings.LagAlarmMinutes, _settings.DataLake ? _settings.ApplyEveryMinutes : null))
        {
            _ = new Aws.CloudWatch.MetricAlarm(alarm.Name, new Aws.CloudWatch.MetricAlarmArgs
            {
                Name = alarm.Name,
                AlarmDescription = alarm.Description,
                Namespace = alarm.Namespace,
                MetricName = alarm.MetricName,
                Dimensions = alarm.Dimensions.ToDictionary(),
                Statistic = alarm.Statistic,
                Period = alarm.PeriodSeconds,
                EvaluationPeriods = alarm.EvaluationPeriods,
                Threshold = alarm.Threshold,
                ComparisonOperator = alarm.ComparisonOperator,
                TreatMissingData = alarm.TreatMissingData,
                AlarmActions = { topic.Arn },
                OkActions = { topic.Arn },
            }, Child(function));
        }

        foreach (var (name, definition) in InsightRules.ForStack(_names, _names.LogGroup, _settings.LagAlarmMinutes))
        {
            _ = new Aws.CloudWatch.ContributorInsightRule(name, new Aws.CloudWatch.ContributorInsightRuleArgs
            {
                RuleName = name,
                RuleState = "ENABLED",
                RuleDefinition = definition,
            }, Child(logGroup));
        }

        return new Aws.CloudWatch.Dashboard("dashboard", new Aws.CloudWatch.DashboardArgs
        {
            DashboardName = _names.Dashboard,
            DashboardBody = _account.Apply(a => DashboardBody.Build(
                a.Region, _names.LogGroup, _names.StateTable, _names.Function, _settings.LagAlarmMinutes)),
        }, Child(logGroup));
    }
}
