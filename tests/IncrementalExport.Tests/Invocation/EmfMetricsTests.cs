using System.Text.Json;
using IncrementalExport.Core.Engine;
using IncrementalExport.Core.Invocation;
using IncrementalExport.Core.State;
using static IncrementalExport.Tests.Invocation.InvocationTestData;

namespace IncrementalExport.Tests.Invocation;

public sealed class EmfMetricsTests
{
    private static JsonElement Parse(TableOutcome outcome)
    {
        var line = EmfMetrics.Line(outcome, Now);
        Assert.DoesNotContain('\n', line);
        return Payload(line);
    }

    private static Dictionary<string, string> Declared(JsonElement document)
    {
        var directive = Assert.Single(document.GetProperty("_aws").GetProperty("CloudWatchMetrics").EnumerateArray());
        return directive.GetProperty("Metrics").EnumerateArray()
            .ToDictionary(m => m.GetProperty("Name").GetString()!, m => m.GetProperty("Unit").GetString()!);
    }

    [Fact]
    public void Line_WhenWritten_ShouldFollowTheEmbeddedMetricFormat()
    {
        var document = Parse(Outcome("orders", StepKind.StartedIncremental, lag: TimeSpan.FromMinutes(20)));

        var aws = document.GetProperty("_aws");
        Assert.Equal(Now.ToUnixTimeMilliseconds(), aws.GetProperty("Timestamp").GetInt64());
        var directive = Assert.Single(aws.GetProperty("CloudWatchMetrics").EnumerateArray());
        Assert.Equal("IncrementalExport", directive.GetProperty("Namespace").GetString());
        var dimensionSet = Assert.Single(directive.GetProperty("Dimensions").EnumerateArray());
        Assert.Equal(["Table"], dimensionSet.EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["LagSeconds"] = "Seconds",
                ["ExportsStarted"] = "Count",
                ["ExportsCompleted"] = "Count",
                ["ExportsFailed"] = "Count",
                ["Blocked"] = "Count",
            },
            Declared(document));
        Assert.Equal("orders", document.GetProperty("Table").GetString());
        Assert.Equal(1200, document.GetProperty("LagSeconds").GetDouble());
        Assert.Equal(1, document.GetProperty("ExportsStarted").GetDouble());
        Assert.Equal(0, document.GetProperty("ExportsCompleted").GetDouble());
        Assert.Equal(0, document.GetProperty("ExportsFailed").GetDouble());
        Assert.Equal(0, document.GetProperty("Blocked").GetDouble());
    }

    [Fact]
    public void Line_WhenEveryMetricIsDeclared_ShouldCarryEachAsANumberAtTheRoot()
    {
        var document = Parse(Outcome("orders", StepKind.Completed, lag: TimeSpan.FromSeconds(90)));

        foreach (var name in Declared(document).Keys)
        {
            Assert.Equal(JsonValueKind.Number, document.GetProperty(name).ValueKind);
        }
    }

    [Theory]
    [InlineData(StepKind.StartedFull, 1, 0, 0)]
    [InlineData(StepKind.StartedIncremental, 1, 0, 0)]
    [InlineData(StepKind.Completed, 0, 1, 0)]
    [InlineData(StepKind.Failed, 0, 0, 1)]
    [InlineData(StepKind.InProgress, 0, 0, 0)]
    [InlineData(StepKind.Waiting, 0, 0, 0)]
    [InlineData(StepKind.DeadlineReached, 0, 0, 0)]
    public void Line_WhenTheStepIs_ShouldCountStartedCompletedAndFailed(StepKind step, int started, int completed, int failed)
    {
        var document = Parse(Outcome("orders", step, lag: TimeSpan.FromMinutes(1)));

        Assert.Equal(started, document.GetProperty("ExportsStarted").GetDouble());
        Assert.Equal(completed, document.GetProperty("ExportsCompleted").GetDouble());
        Assert.Equal(failed, document.GetProperty("ExportsFailed").GetDouble());
    }

    [Theory]
    [InlineData(TablePhase.Blocked, 1)]
    [InlineData(TablePhase.Idle, 0)]
    [InlineData(TablePhase.Exporting, 0)]
    public void Line_WhenThePhaseIs_ShouldReportBlockedAsZeroOrOne(TablePhase phase, int blocked) =>
        Assert.Equal(blocked, Parse(Outcome("orders", StepKind.Waiting, phase)).GetProperty("Blocked").GetDouble());

    [Fact]
    public void Line_WhenTheLagIsUnknown_ShouldNeitherDeclareNorCarryLagSeconds()
    {
        var document = Parse(Outcome("orders", StepKind.StartedFull, TablePhase.Starting, lag: null));

        Assert.DoesNotContain("LagSeconds", Declared(document).Keys);
        Assert.False(document.TryGetProperty("LagSeconds", out _));
    }
}
