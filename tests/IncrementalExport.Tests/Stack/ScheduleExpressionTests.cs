using IncrementalExport.Stack;

namespace IncrementalExport.Tests.Stack;

public sealed class ScheduleExpressionTests
{
    [Theory]
    [InlineData("rate(15 minutes)")]
    [InlineData("rate(1 minute)")]
    [InlineData("rate(1 hour)")]
    [InlineData("rate(2 hours)")]
    [InlineData("rate(1 day)")]
    [InlineData("rate(7 days)")]
    [InlineData("cron(0/15 * * * ? *)")]
    [InlineData("cron(0 2 ? * MON-FRI *)")]
    [InlineData("cron(30 6 L * ? 2030)")]
    [InlineData("cron(0 12 ? * 2#1 *)")]
    [InlineData("at(2030-01-01T00:00:00)")]
    public void Validate_WhenExpressionIsValid_ShouldReturnNull(string expression)
    {
        Assert.Null(ScheduleExpression.Validate(expression));
    }

    [Theory]
    [InlineData("rate(0 minutes)", "at least 1")]
    [InlineData("rate(30 seconds)", "not a rate expression")]
    [InlineData("rate(1 minutes)", "singular")]
    [InlineData("rate(5 minute)", "plural")]
    [InlineData("rate(15minutes)", "not a rate expression")]
    [InlineData("rate(-5 minutes)", "not a rate expression")]
    [InlineData("rate(1.5 hours)", "not a rate expression")]
    [InlineData("cron(0/15 * * * *)", "has 5 fields")]
    [InlineData("cron(0/15 * * * * *)", "exactly one of day-of-month and day-of-week")]
    [InlineData("cron(0/15 * ? * ? *)", "exactly one of day-of-month and day-of-week")]
    [InlineData("cron(0/15 * * * ? *", "not a cron expression")]
    [InlineData("cron(x * * * ? *)", "minutes field 'x'")]
    [InlineData("at(2030-02-30T00:00:00)", "not an at expression")]
    [InlineData("at(2030-01-01 00:00:00)", "not an at expression")]
    [InlineData("every 15 minutes", "not a schedule expression")]
    [InlineData("", "not a schedule expression")]
    public void Validate_WhenExpressionIsInvalid_ShouldSayWhy(string expression, string expected)
    {
        var error = ScheduleExpression.Validate(expression);

        Assert.NotNull(error);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_ShouldBeValid()
    {
        Assert.Null(ScheduleExpression.Validate(ScheduleExpression.Default));
    }
}
