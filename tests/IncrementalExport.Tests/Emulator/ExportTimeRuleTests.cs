
namespace IncrementalExport.Tests.Emulator;

public sealed class ExportTimeRuleTests(DynaliteFixture dynalite) : ExportApiTestBase(dynalite)
{
    [Fact]
    public async Task Incremental_WhenPeriodIsExactly15Minutes_ShouldStart()
    {
        var arn = RegisterTable();
        var from = Start.AddHours(-2);

        var response = await Client.ExportTableToPointInTimeAsync(Incremental(arn, from, from.AddMinutes(15)));

        Assert.Equal("IN_PROGRESS", response.ExportDescription.ExportStatus.Value);
    }

    [Fact]
    public async Task Incremental_WhenPeriodIsUnder15Minutes_ShouldFailWithInvalidExportTime()
    {
        var arn = RegisterTable();
        var from = Start.AddHours(-2);

        var error = await ErrorOf(() => Client.ExportTableToPointInTimeAsync(Incremental(arn, from, from.AddMinutes(14).AddSeconds(59))));

        Assert.Equal("InvalidExportTimeException", error.ErrorCode);
        Assert.Contains("at least 15 minutes", error.Message);
        Assert.Empty(ControlPlane.Exports);
    }

    [Fact]
    public async Task Incremental_WhenPeriodIsExactly24Hours_ShouldStart()
    {
        var arn = RegisterTable();
        var from = Start.AddDays(-2);

        var response = await Client.ExportTableToPointInTimeAsync(Incremental(arn, from, from.AddHours(24)));

        Assert.Equal("INCREMENTAL_EXPORT", response.ExportDescription.ExportType.Value);
    }

    [Fact]
    public async Task Incremental_WhenPeriodExceeds24Hours_ShouldFailWithInvalidExportTime()
    {
        var arn = RegisterTable();
        var from = Start.AddDays(-3);

        var error = await ErrorOf(() => Client.ExportTableToPointInTimeAsync(Incremental(arn, from, from.AddHours(24).AddSeconds(1))));

        Assert.Equal("InvalidExportTimeException", error.ErrorCode);
        Assert.Contains("24 hours", error.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-30)]
    public async Task Incremental_WhenFromIsNotBeforeTo_ShouldFailWithInvalidExportTime(int toMinusFromMinutes)
    {
        var arn = RegisterTable();
        var from = Start.AddHours(-3);

        var error = await ErrorOf(() => Client.ExportTableToPointInTimeAsync(Incremental(arn, from, from.AddMinutes(toMinusFromMinutes))));

        Assert.Equal("InvalidExportTimeException", error.ErrorCode);
        Assert.Contains("must be earlier than ExportToTime", error.Message);
    }

    [Fact]
    public async Task Incremental_WhenToIsAfterLatestRestorableTime_ShouldFailWithInvalidExportTime()
    {
        var arn = RegisterTable();
        // Latest restorable is now - 5 minutes: a window ending at now - 4 minutes is too recent.
        var to = Start.AddMinutes(-4);

        var error = await ErrorOf(() => Client.ExportTableToPointInTimeAsync(Incremental(arn, to.AddMinutes(-30), to)));

        Assert.Equal("InvalidExportTimeException", error.ErrorCode);
        Assert.Contains("latest restorable time", error.Message);
    }

    [Fact]
    public async Task Incremental_WhenToIsExactlyLatestRestorableTime_ShouldStart()
    {
        var arn = RegisterTable();
        var to = Start.AddMinutes(-5);

        var response = await Client.ExportTableToPointInTimeAsync(Incremental(arn, to.AddMinutes(-30), to));

        Assert.Equal("IN_PROGRESS", response.ExportDescription.ExportStatus.Value);
    }

    [Fact]
    public async Task Incremental_WhenFromIsBeforeEarliestRestorableTime_ShouldFailWithInvalidExportTime()
    {
        var arn = RegisterTable(historyDays: 1);
        var from = Start.AddDays(-1).AddMinutes(-1);

        var error = await ErrorOf(() => Client.ExportTableToPointInTimeAsync(Incremental(arn, from, from.AddHours(1))));

        Assert.Equal("InvalidExportTimeException", error.ErrorCode);
        Assert.Contains("earliest restorable time", error.Message);
    }

    [Fact]
    public async Task Full_WhenExportTimeIsInTheFuture_ShouldFailWithInvalidExportTime()
    {
        var arn = RegisterTable();

        var error = await ErrorOf(() => Client.ExportTableToPointInTimeAsync(Full(arn, Start.AddMinutes(1))));

        Assert.Equal("InvalidExportTimeException", error.ErrorCode);
    }

    [Fact]
    public async Task Full_WhenExportTimeIsBeforeEarliestRestorableTime_ShouldFailWithInvalidExportTime()
    {
        var arn = RegisterTable(historyDays: 2);

        var error = await ErrorOf(() => Client.ExportTableToPointInTimeAsync(Full(arn, Start.AddDays(-3))));

        Assert.Equal("InvalidExportTimeException", error.ErrorCode);
    }

    [Fact]
    public async Task Full_WhenExportTimeIsOmitted_ShouldExportAtNow()
    {
        var arn = RegisterTable();

        var response = await Client.ExportTableToPointInTimeAsync(Full(arn));

        Assert.Equal(Start.UtcDateTime, response.ExportDescription.ExportTime);
        Assert.Equal("FULL_EXPORT", response.ExportDescription.ExportType.Value);
    }

    [Fact]
    public async Task Full_WhenPitrHistoryIsOlderThanRecoveryPeriod_ShouldRejectTimesBeyond35Days()
    {
        var arn = RegisterTable(historyDays: 100);

        var tooOld = await ErrorOf(() => Client.ExportTableToPointInTimeAsync(Full(arn, Start.AddDays(-35).AddMinutes(-1))));
        var oldest = await Client.ExportTableToPointInTimeAsync(Full(arn, Start.AddDays(-35)));

        Assert.Equal("InvalidExportTimeException", tooOld.ErrorCode);
        Assert.Equal(Start.AddDays(-35).UtcDateTime, oldest.ExportDescription.ExportTime);
    }
}
