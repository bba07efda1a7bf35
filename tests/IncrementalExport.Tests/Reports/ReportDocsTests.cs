using IncrementalExport.Cli.Output;
using IncrementalExport.Core.Engine;
using IncrementalExport.Core.Model;
using IncrementalExport.Core.Reports;
using IncrementalExport.Stack;

namespace IncrementalExport.Tests.Reports;

/// <summary>docs/reports.md shows what the code prints, and what it shows reads back to the same report.</summary>
public sealed class ReportDocsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    /// <summary>The state of the documented example: one table exporting with a reset pending, one blocked.</summary>
    private static readonly TableStatus[] Statuses =
    [
        new TableStatus(
            "orders", TablePhase.Exporting, 1, Now.AddMinutes(-65), TimeSpan.FromMinutes(65), false,
            new InFlightExport(
                ExportWindow.Incremental(Now.AddMinutes(-65), Now.AddMinutes(-50)), 0, "3f1c…", "dynamodb/orders/epoch=1/incremental/20261124T105500Z_20261124T111000Z/", Now,
                "arn:aws:dynamodb:eu-west-1:123456789012:table/orders/export/01700000000000-abcdef12"),
            null, BlockReason.None, 0, new RequestedReset(null, Now)),
        new TableStatus(
            "customers", TablePhase.Blocked, 2, Now.AddHours(-3), TimeSpan.FromHours(3), false, null,
            "S3AccessDenied: Access Denied", BlockReason.ExportFailures, 3, null),
    ];

    [Fact]
    public void Example_ShouldBeWhatTheCliPrints()
    {
        using var output = new StringWriter();

        new JsonFormatter("status").WriteStatus(output, Statuses);

        Assert.Equal(DocumentedExample() + Environment.NewLine, output.ToString());
    }

    [Fact]
    public void Example_WhenReadBack_ShouldWriteTheSameDocument()
    {
        var documented = DocumentedExample();

        Assert.Equal(documented, ReportJson.Serialize(ReportJson.Deserialize(documented), indented: true));
    }

    [Fact]
    public void Example_WhenReadBack_ShouldHoldTheSameReport()
    {
        var read = ReportJson.Deserialize(DocumentedExample());

        Assert.Equal(Statuses.Select(TableReport.Of), read.Tables!);
    }

    // The first ```json block of docs/reports.md.
    private static string DocumentedExample()
    {
        var text = File.ReadAllText(Path.Combine(LambdaPublish.FindRepositoryRoot(AppContext.BaseDirectory)!, "docs", "reports.md")).ReplaceLineEndings("\n");
        var start = text.IndexOf("```json\n", StringComparison.Ordinal) + "```json\n".Length;
        return text[start..text.IndexOf("\n```", start, StringComparison.Ordinal)];
    }
}
