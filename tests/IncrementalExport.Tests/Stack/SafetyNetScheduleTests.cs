using IncrementalExport.Stack;

namespace IncrementalExport.Tests.Stack;

public class SafetyNetScheduleTests
{
    [Theory]
    [InlineData("rate(1 hour)")]
    [InlineData("rate(15 minutes)")]
    [InlineData("rate(1 day)")]
    [InlineData("cron(0 * * * ? *)")]
    public void Problem_WhenTheScheduleRecursAtLeastDaily_ShouldBeNone(string expression) =>
        Assert.Null(SafetyNetSchedule.Problem(expression));

    [Theory]
    [InlineData("at(2030-01-01T00:00:00)", "must recur")]
    [InlineData("rate(2 days)", "longer than a day")]
    [InlineData("rate(25 hours)", "longer than a day")]
    public void Problem_WhenALostWakeUpCouldStallOrWaitTooLong_ShouldSaySo(string expression, string expected) =>
        Assert.Contains(expected, SafetyNetSchedule.Problem(expression), StringComparison.Ordinal);

    [Fact]
    public void StackConfig_WhenTheScheduleRunsOnce_ShouldFailNamingTheKey()
    {
        var result = StackConfig.Read(key => key switch
        {
            "tables" => "[{\"table\":\"orders\"}]",
            "schedule" => "at(2030-01-01T00:00:00)",
            _ => null,
        });

        Assert.Contains(result.Errors, e => e.Path == "incremental-export:schedule" && e.Message.Contains("must recur", StringComparison.Ordinal));
    }
}
