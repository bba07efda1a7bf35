using IncrementalExport.Core.Contract;
using IncrementalExport.Stack;

namespace IncrementalExport.Tests.Stack;

public sealed class AlarmDefinitionsTests
{
    private static readonly ResourceNames Names = new("incremental-export", "dev");

    [Fact]
    public void ForStack_ShouldBeThreeAlarmsOnStackLevelMetrics()
    {
        var alarms = AlarmDefinitions.ForStack(Names, "incremental-export-dev-state", "incremental-export-dev", 75);

        var lag = Assert.Single(alarms, a => a.MetricName == MetricNames.MaxLagSeconds);
        Assert.Equal(75 * 60, lag.Threshold);
        Assert.Equal("GreaterThanThreshold", lag.ComparisonOperator);
        var blocked = Assert.Single(alarms, a => a.MetricName == MetricNames.BlockedTables);
        Assert.Equal(1, blocked.Threshold);
        Assert.Equal("GreaterThanOrEqualToThreshold", blocked.ComparisonOperator);
        var errors = Assert.Single(alarms, a => a.Namespace == "AWS/Lambda");
        Assert.Equal("incremental-export-dev", errors.Dimensions["FunctionName"]);
        Assert.All([lag, blocked], a => Assert.Equal("incremental-export-dev-state", a.Dimensions[MetricNames.StackDimension]));
        Assert.Equal(3, alarms.Select(a => a.Name).Distinct().Count());
    }

    [Fact]
    public void ForStack_WithTheDataLake_ShouldAddTheApplyChainsLagAndBlockedAlarms()
    {
        var without = AlarmDefinitions.ForStack(Names, "incremental-export-dev-state", "incremental-export-dev", 75);
        var with = AlarmDefinitions.ForStack(Names, "incremental-export-dev-state", "incremental-export-dev", 75, applyEveryMinutes: 60);

        Assert.Equal(without.Select(a => a.Name), with.Take(3).Select(a => a.Name));
        var lag = Assert.Single(with, a => a.MetricName == MetricNames.MaxApplyLagSeconds);
        Assert.Equal(("incremental-export-dev-apply-lag", (75 + 60) * 60.0, "GreaterThanThreshold"), (lag.Name, lag.Threshold, lag.ComparisonOperator));
        var blocked = Assert.Single(with, a => a.MetricName == MetricNames.ApplyBlockedTables);
        Assert.Equal(("incremental-export-dev-apply-blocked", 1.0, "GreaterThanOrEqualToThreshold"), (blocked.Name, blocked.Threshold, blocked.ComparisonOperator));
        Assert.All([lag, blocked], a => Assert.Equal("incremental-export-dev-state", a.Dimensions[MetricNames.StackDimension]));
        Assert.Contains("resume", blocked.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void ForStack_ShouldSayWhereTheTablesAreNamed()
    {
        var alarms = AlarmDefinitions.ForStack(Names, "incremental-export-dev-state", "incremental-export-dev", 75);

        Assert.All(alarms.Where(a => a.Namespace == MetricNames.Namespace), a =>
            Assert.Contains(Names.InsightRule(InsightRules.LaggingKind), a.Description, StringComparison.Ordinal));
    }

    [Fact]
    public void InsightRules_ShouldFilterTheTableTickLinesOfTheLogGroup()
    {
        var rules = InsightRules.ForStack(Names, "/aws/lambda/incremental-export-dev", 75);

        Assert.Equal(2, rules.Count);
        var lagging = Assert.Single(rules, r => r.Name.EndsWith(InsightRules.LaggingKind, StringComparison.Ordinal));
        Assert.Contains("\"GreaterThan\":4500", lagging.Definition, StringComparison.Ordinal);
        Assert.All(rules, r => Assert.Contains("tableTick", r.Definition, StringComparison.Ordinal));
    }
}
