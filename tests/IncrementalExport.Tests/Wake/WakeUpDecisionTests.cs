using IncrementalExport.Core.Wake;
using static IncrementalExport.Tests.Planning.PlannerFixtures;

namespace IncrementalExport.Tests.Wake;

public class WakeUpDecisionTests
{
    private static readonly DateTimeOffset Now = At(10, 8);

    [Fact]
    public void Replace_WhenNothingIsPending_ShouldProgramTheWantedTime() =>
        Assert.Equal(At(10, 22), WakeUpDecision.Replace(null, At(10, 22), view: At(10, 7), Now));

    [Fact]
    public void Replace_WhenThePendingWakeUpHasPassed_ShouldProgramTheWantedTime() =>
        Assert.Equal(At(10, 22), WakeUpDecision.Replace(new WakeRecord(At(10, 0), At(10, 7, 0), 3), At(10, 22), view: At(9, 59), Now));

    [Fact]
    public void Replace_WhenTheWantedTimeIsEarlier_ShouldProgramItWhateverTheViewBehindThePendingOne() =>
        Assert.Equal(At(10, 11), WakeUpDecision.Replace(new WakeRecord(At(10, 22), At(10, 8), 3), At(10, 11), view: At(10, 6), Now));

    [Fact]
    public void Replace_WhenASlowTickWouldPostponeAWakeUpSetFromANewerView_ShouldLeaveIt() =>
        Assert.Null(WakeUpDecision.Replace(new WakeRecord(At(10, 11), At(10, 7), 3), At(10, 22), view: At(10, 6), Now));

    [Fact]
    public void Replace_WhenTheViewIsNewerThanThePendingOnes_ShouldPostponeIt() =>
        Assert.Equal(At(10, 22), WakeUpDecision.Replace(new WakeRecord(At(10, 11), At(10, 6), 3), At(10, 22), view: At(10, 7), Now));

    [Fact]
    public void Replace_WhenTheSameTimeIsPending_ShouldMakeNoCall() =>
        Assert.Null(WakeUpDecision.Replace(new WakeRecord(At(10, 22), At(10, 6), 3), At(10, 22), view: At(10, 7), Now));

    [Fact]
    public void Replace_WhenOnlyTheSafetyNetIsNeeded_ShouldLeaveThePendingOne() =>
        Assert.Null(WakeUpDecision.Replace(new WakeRecord(At(10, 22), At(10, 6), 3), wanted: null, view: At(10, 7), Now));

    [Theory]
    [InlineData("2026-11-24T10:22:00Z", "at(2026-11-24T10:22:00)")]
    [InlineData("2026-11-24T10:22:00.001Z", "at(2026-11-24T10:23:00)")]
    [InlineData("2026-11-24T11:59:31+01:00", "at(2026-11-24T11:00:00)")]
    public void AtExpression_ShouldBeUtcRoundedUpToTheMinute(string at, string expected) =>
        Assert.Equal(expected, AtExpression.For(DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture)));
}
