using IncrementalExport.Core.Invocation;
using static IncrementalExport.Tests.Invocation.InvocationTestData;

namespace IncrementalExport.Tests.Invocation;

public sealed class DeadlinePolicyTests
{
    [Theory]
    [InlineData(900, 180)]
    [InlineData(300, 60)]
    [InlineData(75, 15)]
    [InlineData(60, 15)]
    [InlineData(10, 15)]
    [InlineData(0, 15)]
    public void Reserve_WhenTimeRemains_ShouldKeepAFifthButNeverLessThanFifteenSeconds(int remainingSeconds, int reserveSeconds) =>
        Assert.Equal(TimeSpan.FromSeconds(reserveSeconds), DeadlinePolicy.Reserve(TimeSpan.FromSeconds(remainingSeconds)));

    [Fact]
    public void StopStartingAt_WhenFiveMinutesRemain_ShouldStopFourMinutesFromNow() =>
        Assert.Equal(Now.AddMinutes(4), DeadlinePolicy.StopStartingAt(Now, TimeSpan.FromMinutes(5)));

    [Theory]
    [InlineData(15)]
    [InlineData(3)]
    [InlineData(-1)]
    public void StopStartingAt_WhenNoMoreThanTheReserveRemains_ShouldBeNow(int remainingSeconds) =>
        Assert.Equal(Now, DeadlinePolicy.StopStartingAt(Now, TimeSpan.FromSeconds(remainingSeconds)));
}
