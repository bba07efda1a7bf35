using IncrementalExport.Core.Lake;
using IncrementalExport.Core.Model;

namespace IncrementalExport.Tests.Lake;

public sealed class ApplyPlannerTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    internal static CompletedExport Entry(int epoch, int sequence, ExportWindow window, string table = "orders") => new()
    {
        Table = table,
        Epoch = epoch,
        Sequence = sequence,
        Window = window,
        ExportArn = $"arn:aws:dynamodb:us-east-1:123456789012:table/{table}/export/{epoch}-{sequence}",
        S3Bucket = "exports",
        S3Prefix = $"p/{epoch}/{sequence}/AWSDynamoDB/{epoch}-{sequence}/",
        RecordedAt = T0,
    };

    private static CompletedExport Incremental(int epoch, int sequence) =>
        Entry(epoch, sequence, ExportWindow.Incremental(T0.AddMinutes(15 * (sequence - 1)), T0.AddMinutes(15 * sequence)));

    [Fact]
    public void Plan_ShouldApplyTheLatestEpochFromItsFullExportInSequenceOrder()
    {
        var history = new[]
        {
            Entry(1, 0, ExportWindow.Full(T0.AddDays(-1))), Incremental(1, 1),
            Incremental(2, 2), Entry(2, 0, ExportWindow.Full(T0)), Incremental(2, 1),
        };

        var plan = ApplyPlanner.Plan("orders", history);

        Assert.Equal(2, plan.Epoch);
        Assert.Equal([0, 1, 2], plan.Exports.Select(e => e.Sequence));
        Assert.Equal(T0.AddMinutes(30), plan.CurrentTo);
    }

    [Fact]
    public void Plan_WhenOnlyTheFullExportIsDone_ShouldBeCurrentToItsTime() =>
        Assert.Equal(T0, ApplyPlanner.Plan("orders", [Entry(1, 0, ExportWindow.Full(T0))]).CurrentTo);

    [Fact]
    public void Plan_WhenTheHistoryIsEmpty_ShouldSayThereIsNoCompletedFullExport()
    {
        var error = Assert.Throws<LakeInputException>(() => ApplyPlanner.Plan("orders", [Entry(1, 0, ExportWindow.Full(T0), table: "other")]));

        Assert.Contains("'orders'", error.Message, StringComparison.Ordinal);
        Assert.Contains("no completed full export", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_WhenTheLatestEpochLacksItsFullExport_ShouldRefuse()
    {
        var error = Assert.Throws<LakeInputException>(() => ApplyPlanner.Plan("orders", [Entry(1, 0, ExportWindow.Full(T0)), Incremental(2, 1)]));

        Assert.Contains("no completed full export in epoch 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_WhenASequenceIsMissing_ShouldRefuseRatherThanSkipIt()
    {
        var error = Assert.Throws<LakeInputException>(() => ApplyPlanner.Plan("orders", [Entry(1, 0, ExportWindow.Full(T0)), Incremental(1, 2)]));

        Assert.Contains("expects incremental export 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PlanFrom_ShouldBeTheSameExportsAsThePlanFromThatSequenceOn()
    {
        var history = new[] { Entry(2, 0, ExportWindow.Full(T0)), Incremental(2, 1), Incremental(2, 2), Incremental(2, 3) };

        var tail = ApplyPlanner.PlanFrom("orders", 2, 2, history);

        Assert.Equal(ApplyPlanner.Plan("orders", history).Exports.Skip(2), tail.Exports);
        Assert.Equal((2, T0.AddMinutes(45)), (tail.Epoch, tail.CurrentTo));
    }

    [Theory]
    [InlineData(4, "has no export 4")]
    [InlineData(0, "expects incremental export 2 but has Incremental export 3")]
    public void PlanFrom_WhenTheRangeDoesNotStartAtItsSequenceOrHasAGap_ShouldRefuse(int from, string expected)
    {
        var history = new[] { Entry(2, 0, ExportWindow.Full(T0)), Incremental(2, 1), Incremental(2, 3) };

        var error = Assert.Throws<LakeInputException>(() => ApplyPlanner.PlanFrom("orders", 2, from, history));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
