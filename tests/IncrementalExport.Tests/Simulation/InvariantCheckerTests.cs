using IncrementalExport.Core.Model;
using IncrementalExport.Emulator.ControlPlane;
using IncrementalExport.TestServers.Simulation;

namespace IncrementalExport.Tests.Simulation;

/// <summary>The checker the property and the campaign rely on finds each kind of broken promise.</summary>
public sealed class InvariantCheckerTests
{
    private const string Arn = "arn:aws:dynamodb:us-east-1:123456789012:table/t0";
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Check_WhenTheChainIsContiguous_ShouldFindNothing()
    {
        var (history, exports) = Chain(ExportWindow.Full(T0), ExportWindow.Incremental(T0, T0.AddMinutes(15)), ExportWindow.Incremental(T0.AddMinutes(15), T0.AddMinutes(45)));

        Assert.Empty(Check(history, exports, settled: true));
    }

    [Fact]
    public void Check_WhenWindowsLeaveAGap_ShouldReportIt()
    {
        var (history, exports) = Chain(ExportWindow.Full(T0), ExportWindow.Incremental(T0.AddMinutes(1), T0.AddMinutes(16)));

        Assert.Contains(Check(history, exports, settled: false), v => v.Contains("previous one ended", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_WhenAWindowIsExportedTwice_ShouldReportIt()
    {
        var (history, exports) = Chain(ExportWindow.Full(T0));
        var twice = exports.Append(exports[0] with { ExportArn = Arn + "/export/2", ExportId = "2", Status = FakeExport.InProgress }).ToList();

        Assert.Contains(Check(history, twice, settled: false), v => v.Contains("exported 2 times", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_WhenSettledAndACompletedExportIsNotRecorded_ShouldReportIt()
    {
        var (_, exports) = Chain(ExportWindow.Full(T0));

        Assert.Contains(Check([], exports, settled: true), v => v.Contains("missing from the history", StringComparison.Ordinal));
        Assert.DoesNotContain(Check([], exports, settled: false), v => v.Contains("missing from the history", StringComparison.Ordinal));
    }

    private static IReadOnlyList<string> Check(IReadOnlyList<CompletedExport> history, IReadOnlyList<FakeExport> exports, bool settled) =>
        InvariantChecker.Check(
            new Dictionary<string, IReadOnlyList<CompletedExport>> { ["t0"] = history },
            new Dictionary<string, TableState?> { ["t0"] = null },
            exports,
            settled);

    private static (List<CompletedExport> History, List<FakeExport> Exports) Chain(params ExportWindow[] windows)
    {
        var history = new List<CompletedExport>();
        var exports = new List<FakeExport>();
        for (var i = 0; i < windows.Length; i++)
        {
            var w = windows[i];
            var prefix = $"p/{i}";
            var arn = $"{Arn}/export/{i}";
            var full = w.Kind == ExportKind.Full;
            var parameters = new ExportParameters(
                Arn, "b", null, prefix, "AES256", null, "DYNAMODB_JSON",
                full ? ExportParameters.FullExport : ExportParameters.IncrementalExport,
                full ? w.To : null, $"token{i}", full ? null : new IncrementalExportWindow(w.From, w.To, "NEW_AND_OLD_IMAGES"));
            exports.Add(new FakeExport(arn, $"{i}", parameters, FakeExport.Completed, T0, full ? w.To : null, T0, null, null, 1, 100, null));
            history.Add(new CompletedExport
            {
                Table = "t0", Epoch = 1, Sequence = i, Window = w, ExportArn = arn, S3Bucket = "b",
                S3Prefix = $"{prefix}/AWSDynamoDB/{i}/", RecordedAt = T0,
            });
        }

        return (history, exports);
    }
}
