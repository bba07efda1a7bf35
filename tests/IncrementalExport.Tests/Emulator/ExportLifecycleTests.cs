using Amazon.DynamoDBv2.Model;
using IncrementalExport.Emulator.ControlPlane;

namespace IncrementalExport.Tests.Emulator;

public sealed class ExportLifecycleTests(DynaliteFixture dynalite) : ExportApiTestBase(dynalite)
{
    [Fact]
    public async Task Describe_WhenDurationHasNotPassed_ShouldBeInProgress()
    {
        var arn = RegisterTable();
        ControlPlane.ExportDuration = TimeSpan.FromMinutes(10);
        var started = await Client.ExportTableToPointInTimeAsync(Full(arn));
        Time.Advance(TimeSpan.FromMinutes(9));

        var export = (await Client.DescribeExportAsync(new DescribeExportRequest { ExportArn = started.ExportDescription.ExportArn })).ExportDescription;

        Assert.Equal("IN_PROGRESS", export.ExportStatus.Value);
        Assert.Null(export.EndTime);
        Assert.Null(export.ItemCount);
    }

    [Fact]
    public async Task Describe_WhenDurationHasPassed_ShouldBeCompletedWithManifestAndCounts()
    {
        var arn = RegisterTable();
        ControlPlane.SetItemCount(arn, 42);
        ControlPlane.ExportDuration = TimeSpan.FromMinutes(10);
        var started = (await Client.ExportTableToPointInTimeAsync(Full(arn))).ExportDescription;
        Time.Advance(TimeSpan.FromDays(2));

        var export = (await Client.DescribeExportAsync(new DescribeExportRequest { ExportArn = started.ExportArn })).ExportDescription;

        var exportId = started.ExportArn[(started.ExportArn.LastIndexOf('/') + 1)..];
        Assert.Equal("COMPLETED", export.ExportStatus.Value);
        Assert.Equal(Start.AddMinutes(10).UtcDateTime, export.EndTime);
        Assert.Equal(42, export.ItemCount);
        Assert.Equal(4200, export.BilledSizeBytes);
        Assert.Equal($"dynamodb/orders/AWSDynamoDB/{exportId}/manifest-summary.json", export.ExportManifest);
        Assert.Null(export.FailureCode);
    }

    [Fact]
    public async Task Describe_WhenTestArrangedFailures_ShouldFailExactlyThatManyExports()
    {
        var arn = RegisterTable();
        ControlPlane.FailNextExports(2, new ExportFailure("S3AccessDenied", "Access Denied"));
        var arns = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            arns.Add((await Client.ExportTableToPointInTimeAsync(Full(arn, Start.AddHours(-i)))).ExportDescription.ExportArn);
        }

        Time.Advance(TimeSpan.FromHours(1));
        var exports = new List<ExportDescription>();
        foreach (var exportArn in arns)
        {
            exports.Add((await Client.DescribeExportAsync(new DescribeExportRequest { ExportArn = exportArn })).ExportDescription);
        }

        Assert.Equal(["FAILED", "FAILED", "COMPLETED"], exports.Select(e => e.ExportStatus.Value));
        Assert.Equal("S3AccessDenied", exports[0].FailureCode);
        Assert.Equal("Access Denied", exports[0].FailureMessage);
        Assert.Null(exports[0].ExportManifest);
    }

    [Fact]
    public async Task Describe_WhenRuleMatchesParameters_ShouldFailOnlyMatchingExports()
    {
        var arn = RegisterTable();
        ControlPlane.FailExportsWhere(p => p.IsIncremental ? ExportFailure.Injected : null);
        var full = (await Client.ExportTableToPointInTimeAsync(Full(arn))).ExportDescription.ExportArn;
        var incremental = (await Client.ExportTableToPointInTimeAsync(Incremental(arn, Start.AddHours(-2), Start.AddHours(-1)))).ExportDescription.ExportArn;
        Time.Advance(TimeSpan.FromHours(1));

        var fullStatus = (await Client.DescribeExportAsync(new DescribeExportRequest { ExportArn = full })).ExportDescription.ExportStatus;
        var incrementalStatus = (await Client.DescribeExportAsync(new DescribeExportRequest { ExportArn = incremental })).ExportDescription.ExportStatus;

        Assert.Equal("COMPLETED", fullStatus.Value);
        Assert.Equal("FAILED", incrementalStatus.Value);
    }

    [Fact]
    public async Task Start_WhenBucketDoesNotExist_ShouldStartAndFailLaterWithS3NoSuchBucket()
    {
        var arn = RegisterTable();
        ControlPlane.RegisterMissingBucket("no-such-bucket");

        var started = (await Client.ExportTableToPointInTimeAsync(Full(arn, bucket: "no-such-bucket"))).ExportDescription;
        Time.Advance(TimeSpan.FromHours(1));
        var later = (await Client.DescribeExportAsync(new DescribeExportRequest { ExportArn = started.ExportArn })).ExportDescription;

        Assert.Equal("IN_PROGRESS", started.ExportStatus.Value);
        Assert.Equal("FAILED", later.ExportStatus.Value);
        Assert.Equal("S3NoSuchBucket", later.FailureCode);
    }

    [Fact]
    public async Task FinishExport_WhenCalledByTheTest_ShouldEndTheExportAtOnce()
    {
        var arn = RegisterTable();
        var started = (await Client.ExportTableToPointInTimeAsync(Full(arn))).ExportDescription;

        ControlPlane.FinishExport(started.ExportArn, new ExportFailure("UNKNOWN", "boom"));
        var export = (await Client.DescribeExportAsync(new DescribeExportRequest { ExportArn = started.ExportArn })).ExportDescription;

        Assert.Equal("FAILED", export.ExportStatus.Value);
        Assert.Equal(Start.UtcDateTime, export.EndTime);
    }

    [Fact]
    public async Task Describe_WhenArnIsUnknown_ShouldFailWithExportNotFound()
    {
        var arn = RegisterTable();

        var error = await ErrorOf(() => Client.DescribeExportAsync(new DescribeExportRequest { ExportArn = $"{arn}/export/01764000000000-deadbeef" }));

        Assert.Equal("ExportNotFoundException", error.ErrorCode);
    }

    [Fact]
    public async Task List_WhenFilteredByTableAndPaged_ShouldReturnEveryExportOnceInReverseArnOrder()
    {
        var orders = RegisterTable("orders");
        var users = RegisterTable("users");
        for (var i = 0; i < 5; i++)
        {
            await Client.ExportTableToPointInTimeAsync(Full(orders, Start.AddHours(-i)));
            await Client.ExportTableToPointInTimeAsync(Full(users, Start.AddHours(-i)));
            Time.Advance(TimeSpan.FromSeconds(1));
        }

        var seen = new List<ExportSummary>();
        string? next = null;
        var pages = 0;
        do
        {
            var page = await Client.ListExportsAsync(new ListExportsRequest { TableArn = orders, MaxResults = 2, NextToken = next });
            seen.AddRange(page.ExportSummaries);
            next = page.NextToken;
            pages++;
        }
        while (next is not null);

        Assert.Equal(3, pages);
        Assert.Equal(5, seen.Select(s => s.ExportArn).Distinct().Count());
        Assert.All(seen, s => Assert.StartsWith(orders + "/export/", s.ExportArn));
        Assert.Equal(seen.Select(s => s.ExportArn).OrderDescending(StringComparer.Ordinal), seen.Select(s => s.ExportArn));
        Assert.All(seen, s => Assert.Equal("FULL_EXPORT", s.ExportType.Value));
    }

    [Fact]
    public async Task List_WhenMaxResultsIsAbove25_ShouldFailWithValidationException()
    {
        // A variable, not a literal: the SDK's analyzer rejects out-of-range literals at compile time.
        var tooMany = int.Parse("26", System.Globalization.CultureInfo.InvariantCulture);

        var error = await ErrorOf(() => Client.ListExportsAsync(new ListExportsRequest { MaxResults = tooMany }));

        Assert.Equal("ValidationException", error.ErrorCode);
    }
}
