namespace IncrementalExport.Stack;

/// <summary>One CloudWatch alarm of the stack, as the stack creates it.</summary>
/// <param name="Name">The alarm name.</param>
/// <param name="Description">What firing means and where to see which table it is.</param>
/// <param name="Namespace">The metric's namespace.</param>
/// <param name="MetricName">The metric.</param>
/// <param name="Dimensions">The metric's dimensions (never a table: alarms are per stack).</param>
/// <param name="Statistic">The statistic over each period.</param>
/// <param name="PeriodSeconds">The period.</param>
/// <param name="EvaluationPeriods">How many periods are evaluated.</param>
/// <param name="Threshold">The threshold.</param>
/// <param name="ComparisonOperator">A CloudWatch comparison operator.</param>
/// <param name="TreatMissingData">How periods without data count.</param>
public sealed record AlarmDefinition(
    string Name,
    string Description,
    string Namespace,
    string MetricName,
    IReadOnlyDictionary<string, string> Dimensions,
    string Statistic,
    int PeriodSeconds,
    int EvaluationPeriods,
    double Threshold,
    string ComparisonOperator,
    string TreatMissingData);
