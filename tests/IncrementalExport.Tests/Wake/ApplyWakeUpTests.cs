using IncrementalExport.Core.Engine;
using IncrementalExport.Core.Lake;
using IncrementalExport.Core.Lake.Athena;
using IncrementalExport.Core.Model;
using IncrementalExport.Core.Planning;

namespace IncrementalExport.Tests.Wake;

/// <summary>The wake-up accounts for apply work due: pure rules (LakeDue, WakeUpRule.WithApply).</summary>
public sealed class ApplyWakeUpTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);
    private static readonly ApplyPlan Plan = new("orders", 2, [Export(0), Export(1), Export(2)]);
    private static readonly LakeApply Apply = new([(2, new SourcePartition("2", "w", "e"))], ["MERGE"], new LakePosition(2, 2, []));

    [Fact]
    public void Due_ShouldFollowAtOnceStartAfterTheBackoffPlanWhenBehindAndWaitForNothingWhenCurrentOrBlocked()
    {
        var started = LakeChainState.Empty with { Pending = new LakePendingApply(Apply, 0, "q") };
        var backingOff = LakeChainState.Empty with { Pending = new LakePendingApply(Apply, 0, null), RetryAt = Now.AddMinutes(10) };
        var behind = LakeChainState.Empty with { Applied = new LakePosition(2, 1, []) };
        var current = LakeChainState.Empty with { Applied = new LakePosition(2, 2, []) };
        var oldEpoch = LakeChainState.Empty with { Applied = new LakePosition(1, 9, []) };

        Assert.Equal(Now, LakeDue.Of(started, Plan, Now));
        Assert.Equal(Now.AddMinutes(10), LakeDue.Of(backingOff, Plan, Now));
        Assert.Equal(Now, LakeDue.Of(behind, Plan, Now));
        Assert.Equal(Now, LakeDue.Of(oldEpoch, Plan, Now));
        Assert.Null(LakeDue.Of(current, Plan, Now));
        Assert.Null(LakeDue.Of(started with { BlockedReason = "FAILED" }, Plan, Now));
    }

    [Fact]
    public void WithApply_ShouldBringTheWakeUpForwardToTheEarliestApplyButNeverSoonerThanAMinute()
    {
        Assert.Equal(Now.AddMinutes(1), WakeUpRule.WithApply(Now.AddMinutes(15), [null, Now, Now.AddMinutes(10)], Now));
        Assert.Equal(Now.AddMinutes(10), WakeUpRule.WithApply(Now.AddMinutes(15), [Now.AddMinutes(10)], Now));
        Assert.Equal(Now.AddMinutes(15), WakeUpRule.WithApply(Now.AddMinutes(15), [Now.AddMinutes(20), null], Now));
        Assert.Equal(Now.AddMinutes(20), WakeUpRule.WithApply(null, [Now.AddMinutes(20)], Now));
        Assert.Null(WakeUpRule.WithApply(null, [null], Now));
    }

    private static CompletedExport Export(int sequence) => new()
    {
        Table = "orders",
        Epoch = 2,
        Sequence = sequence,
        Window = sequence == 0 ? ExportWindow.Full(Now.AddHours(-1)) : ExportWindow.Incremental(Now.AddHours(-1).AddMinutes(15 * (sequence - 1)), Now.AddHours(-1).AddMinutes(15 * sequence)),
        ExportArn = $"arn:{sequence}",
        S3Bucket = "exports",
        S3Prefix = $"p/{sequence}",
        RecordedAt = Now,
    };
}
