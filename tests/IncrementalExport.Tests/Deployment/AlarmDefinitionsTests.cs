using IncrementalExport.Core.Deployment;

namespace IncrementalExport.Tests.Deployment;

public sealed class AlarmDefinitionsTests
{
    [Fact]
    public void ForTable_ShouldWatchTheTablesLagAndBlockedMetrics()
    {
        var alarms = AlarmDefinitions.ForTable(new ResourceNames("incremental-export", "dev"), "orders", 75);

        var lag = Assert.Single(alarms, a => a.MetricName == MetricNames.LagSeconds);
        Assert.Equal(75 * 60, lag.Threshold);
        Assert.Equal("GreaterThanThreshold", lag.ComparisonOperator);
        var blocked = Assert.Single(alarms, a => a.MetricName == MetricNames.Blocked);
        Assert.Equal(1, blocked.Threshold);
        Assert.Equal("GreaterThanOrEqualToThreshold", blocked.ComparisonOperator);
        Assert.All(alarms, a => Assert.Equal("orders", a.Table));
        Assert.Equal(2, alarms.Select(a => a.Name).Distinct().Count());
    }

    [Fact]
    public void MetricNames_ShouldMatchWhatTheFunctionEmits()
    {
        Assert.Equal("IncrementalExport", MetricNames.Namespace);
        Assert.Equal("Table", MetricNames.TableDimension);
        Assert.Equal(
            ["LagSeconds", "ExportsStarted", "ExportsCompleted", "ExportsFailed", "Blocked"],
            [MetricNames.LagSeconds, MetricNames.ExportsStarted, MetricNames.ExportsCompleted, MetricNames.ExportsFailed, MetricNames.Blocked]);
    }
}
