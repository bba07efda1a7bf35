namespace IncrementalExport.Core.Deployment;

/// <summary>One CloudWatch alarm on one table's metric, as the stack creates it.</summary>
/// <param name="Name">The alarm name.</param>
/// <param name="Description">What firing means and what to do.</param>
/// <param name="MetricName">One of <see cref="MetricNames"/>.</param>
/// <param name="Table">The value of the <see cref="MetricNames.TableDimension"/> dimension.</param>
/// <param name="Statistic">The statistic over each period.</param>
/// <param name="PeriodSeconds">The period.</param>
/// <param name="EvaluationPeriods">How many periods are evaluated.</param>
/// <param name="Threshold">The threshold.</param>
/// <param name="ComparisonOperator">A CloudWatch comparison operator.</param>
/// <param name="TreatMissingData">How periods without data count.</param>
public sealed record AlarmDefinition(
    string Name,
    string Description,
    string MetricName,
    string Table,
    string Statistic,
    int PeriodSeconds,
    int EvaluationPeriods,
    double Threshold,
    string ComparisonOperator,
    string TreatMissingData);
