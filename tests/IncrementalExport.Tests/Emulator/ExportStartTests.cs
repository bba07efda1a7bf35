
namespace IncrementalExport.Tests.Emulator;

public sealed class ExportStartTests(DynaliteFixture dynalite) : ExportApiTestBase(dynalite)
{
    [Fact]
    public async Task Start_WhenPitrIsOff_ShouldFailWithPointInTimeRecoveryUnavailable()
    {
        var arn = ControlPlane.RegisterTable("orders", pitrEnabled: false);

        var error = await ErrorOf(() => Client.ExportTableToPointInTimeAsync(Full(arn)));

        Assert.Equal("PointInTimeRecoveryUnavailableException", error.ErrorCode);
    }

    [Fact]
    public async Task Start_WhenTableIsUnknown_ShouldFailWithTableNotFound()
    {
        var error = await ErrorOf(() => Client.ExportTableToPointInTimeAsync(
            Full($"arn:aws:dynamodb:us-east-1:123456789012:table/missing-{Guid.NewGuid():N}")));

        Assert.Equal("TableNotFoundException", error.ErrorCode);
    }

    [Fact]
    public async Task Start_WhenBucketIsMissingFromRequest_ShouldFailWithValidationException()
    {
        var arn = RegisterTable();
        var request = Full(arn);
        request.S3Bucket = null;

        var error = await ErrorOf(() => Client.ExportTableToPointInTimeAsync(request));

        Assert.Equal("ValidationException", error.ErrorCode);
        Assert.Contains("s3Bucket", error.Message);
    }

    [Fact]
    public async Task Start_WhenResponseArrives_ShouldDescribeTheExportAsAwsDoes()
    {
        var arn = RegisterTable();
        var from = Start.AddHours(-1);

        var export = (await Client.ExportTableToPointInTimeAsync(Incremental(arn, from, from.AddMinutes(30), token: "t-1"))).ExportDescription;

        Assert.Matches($"^{System.Text.RegularExpressions.Regex.Escape(arn)}/export/\\d{{14}}-[0-9a-f]{{8}}$", export.ExportArn);
        Assert.Equal(arn, export.TableArn);
        Assert.Equal("exports", export.S3Bucket);
        Assert.Equal("dynamodb/orders", export.S3Prefix);
        Assert.Equal("DYNAMODB_JSON", export.ExportFormat.Value);
        Assert.Equal("t-1", export.ClientToken);
        Assert.Equal(Start.UtcDateTime, export.StartTime);
        Assert.Equal(from.UtcDateTime, export.IncrementalExportSpecification.ExportFromTime);
        Assert.Equal(from.AddMinutes(30).UtcDateTime, export.IncrementalExportSpecification.ExportToTime);
        Assert.Equal("NEW_AND_OLD_IMAGES", export.IncrementalExportSpecification.ExportViewType.Value);
        Assert.Null(export.ExportManifest);
    }

    [Fact]
    public async Task Start_WhenTokenIsReusedWithSameParameters_ShouldReturnTheSameExport()
    {
        var arn = RegisterTable();
        var from = Start.AddHours(-2);
        var first = await Client.ExportTableToPointInTimeAsync(Incremental(arn, from, from.AddHours(1), token: "window-1"));
        Time.Advance(TimeSpan.FromHours(7));

        var again = await Client.ExportTableToPointInTimeAsync(Incremental(arn, from, from.AddHours(1), token: "window-1"));

        Assert.Equal(first.ExportDescription.ExportArn, again.ExportDescription.ExportArn);
        Assert.Equal("COMPLETED", again.ExportDescription.ExportStatus.Value);
        Assert.Single(ControlPlane.Exports);
        Assert.Equal(1, ControlPlane.Counters.IdempotentReplays);
    }

    [Fact]
    public async Task Start_WhenTokenIsReusedWithOtherParameters_ShouldFailWithExportConflict()
    {
        var arn = RegisterTable();
        var from = Start.AddHours(-2);
        await Client.ExportTableToPointInTimeAsync(Incremental(arn, from, from.AddHours(1), token: "window-1"));

        var error = await ErrorOf(() => Client.ExportTableToPointInTimeAsync(Incremental(arn, from, from.AddMinutes(45), token: "window-1")));

        Assert.Equal("ExportConflictException", error.ErrorCode);
        Assert.Contains("Duplicate request detected", error.Message);
        Assert.Single(ControlPlane.Exports);
    }

    [Fact]
    public async Task Start_WhenTokenIsReusedAfter8Hours_ShouldStartANewExport()
    {
        var arn = RegisterTable();
        var from = Start.AddHours(-2);
        var first = await Client.ExportTableToPointInTimeAsync(Incremental(arn, from, from.AddHours(1), token: "window-1"));
        Time.Advance(TimeSpan.FromHours(8));

        var later = await Client.ExportTableToPointInTimeAsync(Incremental(arn, from, from.AddHours(1), token: "window-1"));

        Assert.NotEqual(first.ExportDescription.ExportArn, later.ExportDescription.ExportArn);
        Assert.Equal(2, ControlPlane.Exports.Count);
    }

    [Fact]
    public async Task Start_WhenFirstUseOfTokenWasRejected_ShouldNotReserveTheToken()
    {
        var arn = RegisterTable();
        var from = Start.AddHours(-2);
        var rejected = await ErrorOf(() => Client.ExportTableToPointInTimeAsync(Incremental(arn, from, from.AddMinutes(10), token: "window-1")));

        var accepted = await Client.ExportTableToPointInTimeAsync(Incremental(arn, from, from.AddMinutes(20), token: "window-1"));

        Assert.Equal("InvalidExportTimeException", rejected.ErrorCode);
        Assert.Equal("IN_PROGRESS", accepted.ExportDescription.ExportStatus.Value);
    }

    [Fact]
    public async Task Start_When300ExportsAreInProgressInTheAccount_ShouldFailWithLimitExceededUntilOneEnds()
    {
        var arn = RegisterTable();
        var otherAccount = ControlPlane.RegisterTable("elsewhere", account: "210987654321", pitrEnabledSince: Start.AddDays(-1));
        ControlPlane.ExportDuration = TimeSpan.FromHours(1);
        var from = Start.AddDays(-5);
        for (var i = 0; i < 300; i++)
        {
            await Client.ExportTableToPointInTimeAsync(Incremental(arn, from.AddMinutes(i), from.AddMinutes(i + 15)));
        }

        var overLimit = await ErrorOf(() => Client.ExportTableToPointInTimeAsync(Full(arn)));
        var otherAccountExport = await Client.ExportTableToPointInTimeAsync(Full(otherAccount));
        Time.Advance(TimeSpan.FromHours(1));
        var afterCompletion = await Client.ExportTableToPointInTimeAsync(Full(arn));

        Assert.Equal("LimitExceededException", overLimit.ErrorCode);
        Assert.Equal("IN_PROGRESS", otherAccountExport.ExportDescription.ExportStatus.Value);
        Assert.Equal("IN_PROGRESS", afterCompletion.ExportDescription.ExportStatus.Value);
        Assert.Equal(1, ControlPlane.Counters.Rejections["LimitExceededException"]);
    }

    [Fact]
    public async Task Start_WhenLimitIsReachedAndTokenIsRetried_ShouldStillReturnTheExistingExport()
    {
        var arn = RegisterTable();
        ControlPlane.MaxExportsInProgress = 1;
        var first = await Client.ExportTableToPointInTimeAsync(Full(arn, Start.AddHours(-1), token: "full-1"));

        var retried = await Client.ExportTableToPointInTimeAsync(Full(arn, Start.AddHours(-1), token: "full-1"));

        Assert.Equal(first.ExportDescription.ExportArn, retried.ExportDescription.ExportArn);
    }

    [Fact]
    public async Task Start_WhenExportTimeIsGivenForIncremental_ShouldFailWithValidationException()
    {
        var arn = RegisterTable();
        var request = Incremental(arn, Start.AddHours(-2), Start.AddHours(-1));
        request.ExportTime = Start.AddHours(-1).UtcDateTime;

        var error = await ErrorOf(() => Client.ExportTableToPointInTimeAsync(request));

        Assert.Equal("ValidationException", error.ErrorCode);
    }

    [Fact]
    public async Task Start_WhenViewTypeIsNewImage_ShouldKeepIt()
    {
        var arn = RegisterTable();
        var request = Incremental(arn, Start.AddHours(-2), Start.AddHours(-1));
        request.IncrementalExportSpecification.ExportViewType = Amazon.DynamoDBv2.ExportViewType.NEW_IMAGE;
        request.ExportFormat = Amazon.DynamoDBv2.ExportFormat.ION;

        var export = (await Client.ExportTableToPointInTimeAsync(request)).ExportDescription;

        Assert.Equal("NEW_IMAGE", export.IncrementalExportSpecification.ExportViewType.Value);
        Assert.Equal("ION", export.ExportFormat.Value);
        Assert.Equal("NEW_IMAGE", ControlPlane.Exports.Single().Parameters.Incremental!.ViewType);
    }
}
