using System.Text.Json;
using IncrementalExport.Core.Contract;
using IncrementalExport.Core.Engine;
using IncrementalExport.Core.Invocation;
using IncrementalExport.Core.Model;
using IncrementalExport.Core.Reports;
using static IncrementalExport.Tests.Invocation.InvocationTestData;

namespace IncrementalExport.Tests.Invocation;

public sealed class StackMetricsTests
{
    private const string StateTable = "incremental-export-dev-state";

    private static JsonElement Line(params TableOutcome[] outcomes)
    {
        var response = ActionReport.ForTick(new TickReport(Now, Now, false, false, outcomes) { NextWakeUp = Now.AddMinutes(7) }, Now);
        var line = StackMetrics.Line(response, StateTable, Now);
        Assert.DoesNotContain('\n', line);
        return Payload(line);
    }

    private static Dictionary<string, string> Declared(JsonElement document)
    {
        var directive = Assert.Single(document.GetProperty("_aws").GetProperty("CloudWatchMetrics").EnumerateArray());
        Assert.Equal([MetricNames.StackDimension], Assert.Single(directive.GetProperty("Dimensions").EnumerateArray()).EnumerateArray().Select(d => d.GetString()));
        return directive.GetProperty("Metrics").EnumerateArray()
            .ToDictionary(m => m.GetProperty("Name").GetString()!, m => m.GetProperty("Unit").GetString()!);
    }

    [Fact]
    public void Line_WhenTheLakeIsOn_ShouldAddTheLargestApplyLagAndTheApplyBlockedCountAndNothingPerTable()
    {
        var applied = new IncrementalExport.Core.Lake.Athena.LakePosition(1, 3, []);
        var lake = new[]
        {
            new LakeOutcome("orders", IncrementalExport.Core.Lake.Athena.LakeChainState.Empty with { Applied = applied, AppliedTo = Now.AddMinutes(-40) }, null),
            new LakeOutcome("customers", IncrementalExport.Core.Lake.Athena.LakeChainState.Empty with { Applied = applied, AppliedTo = Now.AddMinutes(-70), BlockedReason = "FAILED: x" }, null),
        };
        // The engine gives each table's status the apply chain its apply step left.
        var outcomes = lake.Select(l => Outcome(l.Table, StepKind.Waiting, lag: TimeSpan.FromMinutes(20)) is var o
            ? o with { Status = o.Status with { Apply = ApplyStatus.Of(l.State!, Now) } }
            : null!).ToArray();
        var response = ActionReport.ForTick(new TickReport(Now, Now, false, false, outcomes) { Lake = lake }, Now);

        var document = Payload(StackMetrics.Line(response, StateTable, Now));

        Assert.Equal(70 * 60, document.GetProperty(MetricNames.MaxApplyLagSeconds).GetDouble());
        Assert.Equal(1, document.GetProperty(MetricNames.ApplyBlockedTables).GetDouble());
        Assert.Equal(70 * 60, response.Tables!.Single(t => t.Table == "customers").Apply!.LagSeconds);
        Assert.False(document.TryGetProperty("Table", out _));
    }

    [Fact]
    public void Line_ShouldBeOneEmfDocumentPerTick_WithAFixedSetOfMetricsAndNoTableDimension()
    {
        var document = Line(
            Outcome("orders", StepKind.StartedIncremental, lag: TimeSpan.FromMinutes(20)),
            Outcome("customers", StepKind.Failed, lag: TimeSpan.FromMinutes(45)),
            Outcome("invoices", StepKind.Waiting, TablePhase.Blocked, TimeSpan.FromMinutes(90)));

        Assert.Equal(Now.ToUnixTimeMilliseconds(), document.GetProperty("_aws").GetProperty("Timestamp").GetInt64());
        Assert.Equal(MetricNames.All.Except([MetricNames.MaxApplyLagSeconds, MetricNames.ApplyBlockedTables]).Order(), Declared(document).Keys.Order());
        Assert.Equal(StateTable, document.GetProperty(MetricNames.StackDimension).GetString());
        Assert.False(document.TryGetProperty("Table", out _));
        Assert.Equal(90 * 60, document.GetProperty(MetricNames.MaxLagSeconds).GetDouble());
        Assert.Equal(1, document.GetProperty(MetricNames.BlockedTables).GetDouble());
        Assert.Equal(1, document.GetProperty(MetricNames.ExportsStarted).GetDouble());
        Assert.Equal(1, document.GetProperty(MetricNames.ExportsFailed).GetDouble());
        Assert.Equal(0, document.GetProperty(MetricNames.ExportsCompleted).GetDouble());
        Assert.Equal(0, document.GetProperty(MetricNames.TableErrors).GetDouble());
        Assert.Equal(7 * 60, document.GetProperty(MetricNames.NextWakeUpSeconds).GetDouble());
        Assert.Equal(0, document.GetProperty(MetricNames.WakeUpErrors).GetDouble());
        Assert.All(Declared(document).Keys, name => Assert.Equal(JsonValueKind.Number, document.GetProperty(name).ValueKind));
    }

    [Theory]
    [InlineData(StepKind.StartedFull, 1, 0, 0, 0)]
    [InlineData(StepKind.Completed, 0, 1, 0, 0)]
    [InlineData(StepKind.Failed, 0, 0, 1, 0)]
    [InlineData(StepKind.Error, 0, 0, 0, 1)]
    [InlineData(StepKind.InProgress, 0, 0, 0, 0)]
    public void Line_ShouldCountEachStepOverTheTables(StepKind step, int started, int completed, int failed, int errors)
    {
        var document = Line(Outcome("orders", step, lag: TimeSpan.FromMinutes(1)), Outcome("customers", step, lag: TimeSpan.FromMinutes(1)));

        Assert.Equal(
            (2.0 * started, 2.0 * completed, 2.0 * failed, 2.0 * errors),
            (document.GetProperty(MetricNames.ExportsStarted).GetDouble(), document.GetProperty(MetricNames.ExportsCompleted).GetDouble(),
             document.GetProperty(MetricNames.ExportsFailed).GetDouble(), document.GetProperty(MetricNames.TableErrors).GetDouble()));
    }

    [Fact]
    public void Line_WhenNoTableHasALag_ShouldNeitherDeclareNorCarryMaxLag()
    {
        var document = Line(Outcome("orders", StepKind.StartedFull, TablePhase.Starting, lag: null));

        Assert.DoesNotContain(MetricNames.MaxLagSeconds, Declared(document).Keys);
        Assert.False(document.TryGetProperty(MetricNames.MaxLagSeconds, out _));
    }

    [Fact]
    public void Line_WhenOnlyTheSafetyNetIsDue_ShouldOmitTheNextWakeUpAndCountAWakeUpError()
    {
        var response = ActionReport.ForTick(new TickReport(Now, Now, false, false, [Outcome("orders", StepKind.Waiting, lag: TimeSpan.FromMinutes(1))]), Now)
            with { WakeUpError = "ThrottlingException: slow down" };

        var document = Payload(StackMetrics.Line(response, StateTable, Now));

        Assert.False(document.TryGetProperty(MetricNames.NextWakeUpSeconds, out _));
        Assert.Equal(1, document.GetProperty(MetricNames.WakeUpErrors).GetDouble());
    }
}
