using IncrementalExport.Core.Deployment;
using Aws = Pulumi.Aws;

namespace IncrementalExport.Infra;

/// <summary>The alarm topic, the optional e-mail subscription and the per-table alarms.</summary>
internal sealed partial class Exporter
{
    private void Alarms()
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

        foreach (var table in _settings.Engine.Tables)
        {
            foreach (var alarm in AlarmDefinitions.ForTable(_names, table.Name, _settings.LagAlarmMinutes))
            {
                _ = new Aws.CloudWatch.MetricAlarm(alarm.Name, new Aws.CloudWatch.MetricAlarmArgs
                {
                    Name = alarm.Name,
                    AlarmDescription = alarm.Description,
                    Namespace = MetricNames.Namespace,
                    MetricName = alarm.MetricName,
                    Dimensions = { { MetricNames.TableDimension, alarm.Table } },
                    Statistic = alarm.Statistic,
                    Period = alarm.PeriodSeconds,
                    EvaluationPeriods = alarm.EvaluationPeriods,
                    Threshold = alarm.Threshold,
                    ComparisonOperator = alarm.ComparisonOperator,
                    TreatMissingData = alarm.TreatMissingData,
                    AlarmActions = { topic.Arn },
                    OkActions = { topic.Arn },
                }, Child());
            }
        }
    }
}
