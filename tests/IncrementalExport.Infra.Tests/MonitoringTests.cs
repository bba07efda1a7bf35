using System.Collections.Immutable;
using System.Text.Json;
using IncrementalExport.Core.Contract;

namespace IncrementalExport.Infra.Tests;

/// <summary>Monitoring is per stack: its cost does not grow with the tables, and it still names them.</summary>
public sealed class MonitoringTests
{
    private static readonly string[] StackAlarms = ["incremental-export-test-blocked", "incremental-export-test-errors", "incremental-export-test-lag"];

    private static readonly string[] LakeAlarms = ["incremental-export-test-apply-blocked", "incremental-export-test-apply-lag"];

    [Fact]
    public async Task Alarms_ShouldBeThreePerStack_NoneWithATableDimension()
    {
        var resources = await ExporterRun.RunAsync(ExporterRun.Settings("orders", "customers") with { DataLake = false });

        var alarms = resources.Where(r => r.Type == "aws:cloudwatch/metricAlarm:MetricAlarm").ToList();
        Assert.Equal(StackAlarms, alarms.Select(a => a.String("name")).Order(StringComparer.Ordinal));
        Assert.All(alarms, a => Assert.DoesNotContain("Table", ((ImmutableDictionary<string, object>)a.Inputs["dimensions"]).Keys));
        var lag = Assert.Single(alarms, a => a.String("name").EndsWith("-lag", StringComparison.Ordinal));
        Assert.Equal((MetricNames.Namespace, MetricNames.MaxLagSeconds), (lag.String("namespace"), lag.String("metricName")));
        Assert.Equal(75 * 60.0, lag.Inputs["threshold"]);
        var topic = Assert.Single(resources, r => r.Type == "aws:sns/topic:Topic");
        Assert.All(alarms, a => Assert.Equal($"arn:aws:sns:eu-west-1:123456789012:{topic.String("name")}", Assert.Single((ImmutableArray<object>)a.Inputs["alarmActions"])));
    }

    [Fact]
    public async Task Alarms_WithTheDataLake_ShouldAddTwoForTheApplyChain()
    {
        var resources = await ExporterRun.RunAsync(ExporterRun.Settings("orders", "customers") with { ApplyEveryMinutes = 60 });

        var alarms = resources.Where(r => r.Type == "aws:cloudwatch/metricAlarm:MetricAlarm").ToList();
        Assert.Equal([.. LakeAlarms, .. StackAlarms], alarms.Select(a => a.String("name")).Order(StringComparer.Ordinal));
        var applyLag = Assert.Single(alarms, a => a.String("name").EndsWith("-apply-lag", StringComparison.Ordinal));
        Assert.Equal((MetricNames.MaxApplyLagSeconds, (75 + 60) * 60.0), (applyLag.String("metricName"), applyLag.Inputs["threshold"]));
        Assert.All(alarms, a => Assert.DoesNotContain("Table", ((ImmutableDictionary<string, object>)a.Inputs["dimensions"]).Keys));
    }

    [Fact]
    public async Task InsightRules_ShouldNameTheLaggingAndBlockedTablesFromTheFunctionsLog()
    {
        var resources = await ExporterRun.RunAsync(ExporterRun.Settings("orders"));

        var rules = resources.Where(r => r.Type == "aws:cloudwatch/contributorInsightRule:ContributorInsightRule").ToList();
        Assert.Equal(2, rules.Count);
        Assert.All(rules, rule =>
        {
            using var definition = JsonDocument.Parse(rule.String("ruleDefinition"));
            Assert.Equal("/aws/lambda/incremental-export-test", Assert.Single(definition.RootElement.GetProperty("LogGroupNames").EnumerateArray()).GetString());
            Assert.Equal("$.report.table", definition.RootElement.GetProperty("Contribution").GetProperty("Keys")[0].GetString());
            Assert.Equal("ENABLED", rule.String("ruleState"));
        });
    }

    [Fact]
    public async Task Dashboard_ShouldShowLagPerTableWorstFirst_AndBeAStackOutput()
    {
        var resources = await ExporterRun.RunAsync(ExporterRun.Settings("orders"));

        var dashboard = Assert.Single(resources, r => r.Type == "aws:cloudwatch/dashboard:Dashboard");
        Assert.Equal("incremental-export-test", dashboard.String("dashboardName"));
        using var body = JsonDocument.Parse(dashboard.String("dashboardBody"));
        var queries = body.RootElement.GetProperty("widgets").EnumerateArray()
            .Where(w => w.GetProperty("type").GetString() == "log")
            .Select(w => w.GetProperty("properties").GetProperty("query").GetString()!)
            .ToList();
        Assert.Contains(queries, q => q.Contains("sort lagSeconds desc", StringComparison.Ordinal));
        var metrics = body.RootElement.GetProperty("widgets").EnumerateArray()
            .Where(w => w.GetProperty("type").GetString() == "metric")
            .SelectMany(w => w.GetProperty("properties").GetProperty("metrics").EnumerateArray())
            .Select(m => m[1].GetString()!)
            .ToList();
        Assert.All(MetricNames.All, m => Assert.Contains(m, metrics));
    }

    [Fact]
    public async Task AddingOrRemovingATable_ShouldChangeOnlyThePolicyAndTheSettingsItem_AndAddNoMonitoring()
    {
        var before = await ExporterRun.RunAsync(ExporterRun.Settings("orders"));
        var after = await ExporterRun.RunAsync(ExporterRun.Settings("orders", "customers"));

        var changed = after
            .Join(before, r => (r.Type, r.Name), r => (r.Type, r.Name), (a, b) => (a, b))
            .SelectMany(pair => pair.a.Inputs.Keys.Union(pair.b.Inputs.Keys)
                .Where(k => ExporterRun.Canonical(pair.a.Inputs.GetValueOrDefault(k)) != ExporterRun.Canonical(pair.b.Inputs.GetValueOrDefault(k)))
                .Select(k => $"{pair.a.Name}.{k}"))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(["function-policy.policy", "settings.item"], changed);
        Assert.Empty(after.Select(r => r.Name).Except(before.Select(r => r.Name)));
        Assert.Empty(before.Select(r => r.Name).Except(after.Select(r => r.Name)));
    }
}
