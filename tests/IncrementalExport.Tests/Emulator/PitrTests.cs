using Amazon.DynamoDBv2.Model;

namespace IncrementalExport.Tests.Emulator;

public sealed class PitrTests(DynaliteFixture dynalite) : ExportApiTestBase(dynalite)
{
    [Fact]
    public async Task DescribeContinuousBackups_WhenEnabled_ShouldReportWindowFromEnableTimeToNowMinusLag()
    {
        ControlPlane.RegisterTable("orders", pitrEnabledSince: Start.AddDays(-3));
        ControlPlane.SetRestoreLag("orders", TimeSpan.FromMinutes(7));

        var pitr = await DescribeAsync("orders");

        Assert.Equal("ENABLED", pitr.PointInTimeRecoveryStatus.Value);
        Assert.Equal(Start.AddDays(-3).UtcDateTime, pitr.EarliestRestorableDateTime);
        Assert.Equal(Start.AddMinutes(-7).UtcDateTime, pitr.LatestRestorableDateTime);
        Assert.Equal(35, pitr.RecoveryPeriodInDays);
    }

    [Fact]
    public async Task DescribeContinuousBackups_WhenDaysPass_ShouldKeepOnlyTheRecoveryPeriod()
    {
        ControlPlane.RegisterTable("orders");
        Time.Advance(TimeSpan.FromDays(40));

        var pitr = await DescribeAsync("orders");

        Assert.Equal(Start.AddDays(5).UtcDateTime, pitr.EarliestRestorableDateTime);
        Assert.Equal(Start.AddDays(40).AddMinutes(-5).UtcDateTime, pitr.LatestRestorableDateTime);
    }

    [Fact]
    public async Task DescribeContinuousBackups_WhenTableIsUnknown_ShouldFailWithTableNotFound()
    {
        var error = await ErrorOf(() => DescribeAsync($"missing-{Guid.NewGuid():N}"));

        Assert.Equal("TableNotFoundException", error.ErrorCode);
    }

    [Fact]
    public async Task UpdateContinuousBackups_WhenDisabled_ShouldReportDisabledWithoutWindow()
    {
        ControlPlane.RegisterTable("orders", pitrEnabledSince: Start.AddDays(-3));

        await SetPitrAsync("orders", false);
        var pitr = await DescribeAsync("orders");

        Assert.Equal("DISABLED", pitr.PointInTimeRecoveryStatus.Value);
        Assert.Null(pitr.EarliestRestorableDateTime);
        Assert.Null(pitr.LatestRestorableDateTime);
    }

    [Fact]
    public async Task UpdateContinuousBackups_WhenReEnabled_ShouldLoseTheHistoryBeforeTheNewEnableTime()
    {
        var arn = ControlPlane.RegisterTable("orders", pitrEnabledSince: Start.AddDays(-3));
        await SetPitrAsync("orders", false);
        Time.Advance(TimeSpan.FromHours(2));
        await SetPitrAsync("orders", true);
        Time.Advance(TimeSpan.FromHours(1));

        var pitr = await DescribeAsync("orders");
        var oldWindow = await ErrorOf(() => Client.ExportTableToPointInTimeAsync(Incremental(arn, Start.AddDays(-1), Start.AddDays(-1).AddHours(1))));
        var newWindow = await Client.ExportTableToPointInTimeAsync(Incremental(arn, Start.AddHours(2), Start.AddHours(2).AddMinutes(30)));

        Assert.Equal(Start.AddHours(2).UtcDateTime, pitr.EarliestRestorableDateTime);
        Assert.Equal("InvalidExportTimeException", oldWindow.ErrorCode);
        Assert.Equal("IN_PROGRESS", newWindow.ExportDescription.ExportStatus.Value);
    }

    [Fact]
    public async Task UpdateContinuousBackups_WhenAlreadyEnabled_ShouldKeepTheHistory()
    {
        ControlPlane.RegisterTable("orders", pitrEnabledSince: Start.AddDays(-3));

        await SetPitrAsync("orders", true);
        var pitr = await DescribeAsync("orders");

        Assert.Equal(Start.AddDays(-3).UtcDateTime, pitr.EarliestRestorableDateTime);
    }

    [Fact]
    public async Task UpdateContinuousBackups_WhenRecoveryPeriodIsOutOfRange_ShouldFailWithValidationException()
    {
        ControlPlane.RegisterTable("orders");
        var tooLong = int.Parse("36", System.Globalization.CultureInfo.InvariantCulture);

        var error = await ErrorOf(() => Client.UpdateContinuousBackupsAsync(new UpdateContinuousBackupsRequest
        {
            TableName = "orders",
            PointInTimeRecoverySpecification = new PointInTimeRecoverySpecification { PointInTimeRecoveryEnabled = true, RecoveryPeriodInDays = tooLong },
        }));

        Assert.Equal("ValidationException", error.ErrorCode);
    }

    [Fact]
    public async Task DescribeTable_WhenTableIsRegistered_ShouldReturnItsArnAndActive()
    {
        var arn = ControlPlane.RegisterTable("orders", account: "111122223333", region: "eu-west-1");

        var table = (await Client.DescribeTableAsync("orders")).Table;

        Assert.Equal("arn:aws:dynamodb:eu-west-1:111122223333:table/orders", arn);
        Assert.Equal(arn, table.TableArn);
        Assert.Equal("ACTIVE", table.TableStatus.Value);
    }

    private async Task<PointInTimeRecoveryDescription> DescribeAsync(string table) =>
        (await Client.DescribeContinuousBackupsAsync(new DescribeContinuousBackupsRequest { TableName = table }))
        .ContinuousBackupsDescription.PointInTimeRecoveryDescription;

    private Task<UpdateContinuousBackupsResponse> SetPitrAsync(string table, bool enabled) =>
        Client.UpdateContinuousBackupsAsync(new UpdateContinuousBackupsRequest
        {
            TableName = table,
            PointInTimeRecoverySpecification = new PointInTimeRecoverySpecification { PointInTimeRecoveryEnabled = enabled },
        });
}
