using System.Text;
using System.Text.Json;
using Amazon.Lambda.TestUtilities;
using IncrementalExport.Cli.Output;
using IncrementalExport.Core.Engine;
using IncrementalExport.Core.Invocation;
using IncrementalExport.Core.Model;
using IncrementalExport.Core.Reports;
using IncrementalExport.Core.Settings;
using Microsoft.Extensions.Time.Testing;

namespace IncrementalExport.Function.Tests;

/// <summary>
/// One state, two front ends: the function's response (through the runtime's serializer) and the CLI's --json print
/// the same bytes for the tables, whatever members the state has.
/// </summary>
public sealed class OneReportTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, 250, TimeSpan.Zero);

    private readonly StateEngine _engine = new();

    [Fact]
    public async Task Status_WhenBothFrontEndsReportOneState_ShouldPrintByteIdenticalDocuments()
    {
        var lambda = await InvokeAsync("""{"action":"status"}""");
        var cli = Cli(f => f.WriteStatus, _engine.Statuses, "status");

        Assert.Equal(Encoding.UTF8.GetString(lambda), cli);
        Assert.Contains("\"inFlight\":{\"kind\":\"Incremental\"", cli, StringComparison.Ordinal);
        Assert.Contains("\"blockReason\":\"ExportFailures\"", cli, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tick_WhenBothFrontEndsReportOneTick_ShouldPrintByteIdenticalTables()
    {
        var lambda = Tables(Encoding.UTF8.GetString(await InvokeAsync("{}")));
        var cli = Tables(Cli(f => f.WriteTick, _engine.Tick(dryRun: false), "run"));

        Assert.Equal(lambda, cli);
        Assert.Contains("\"recorded\":{\"table\":\"orders\"", cli, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_WhenTheStateHoldsEveryMember_ShouldWriteTheOneTimeFormatAndWholeSeconds()
    {
        var json = Encoding.UTF8.GetString(await InvokeAsync("""{"action":"status"}"""));

        Assert.Contains("\"watermark\":\"2026-11-24T10:55:00Z\"", json, StringComparison.Ordinal);
        Assert.Contains("\"lagSeconds\":3900,", json, StringComparison.Ordinal);
        Assert.Contains("\"requestedAt\":\"2026-11-24T12:00:00.25Z\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("+00:00", json, StringComparison.Ordinal);
        Assert.Contains("bucket 'x' + key", json, StringComparison.Ordinal);
    }

    private async Task<byte[]> InvokeAsync(string payload)
    {
        var time = new FakeTimeProvider(Now);
        var settings = new ExportSettings { Bucket = "exports", StateTable = "state", Tables = [new TableSettings("orders"), new TableSettings("customers")] };
        var function = new ExportFunction(new InvocationHost(new FixedSettingsSource(settings), _ => _engine, time, TextWriter.Null));
        var response = await function.Handle(FunctionSerializer.Payload(payload), new TestLambdaContext { RemainingTime = TimeSpan.FromMinutes(5) });
        return FunctionSerializer.Response(response);
    }

    // What the CLI prints, made compact with the reports' writer options (the CLI indents for people).
    private static string Cli<T>(Func<JsonFormatter, Action<TextWriter, T>> write, T value, string command)
    {
        using var text = new StringWriter();
        write(new JsonFormatter(command))(text, value);
        using var document = JsonDocument.Parse(text.ToString());
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, ReportJson.WriterOptions(indented: false)))
        {
            document.RootElement.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Tables(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("tables").GetRawText();
    }

    /// <summary>An engine whose tables hold every member a report can carry.</summary>
    private sealed class StateEngine : IExportEngine
    {
        private const string Arn = "arn:aws:dynamodb:eu-west-1:123456789012:table/orders/export/01700000000000-abcdef12";

        public IReadOnlyList<TableStatus> Statuses { get; } =
        [
            new TableStatus(
                "orders", TablePhase.Exporting, 1, Now.AddMilliseconds(-250).AddMinutes(-65), TimeSpan.FromSeconds(3900.25), false,
                new InFlightExport(ExportWindow.Incremental(Now.AddMinutes(-65), Now.AddMinutes(-50)), 2, "token", "dynamodb/orders/epoch=1/", Now, Arn),
                null, BlockReason.None, 0, new RequestedReset(Now.AddHours(-2), Now))
            {
                Apply = new ApplyStatus(1, 4, Now.AddMinutes(-80), TimeSpan.FromMinutes(80), "sequences 5–6, statement 1 of 2, to start", null),
            },
            new TableStatus(
                "customers", TablePhase.Blocked, 2, null, null, true, null,
                "ValidationException: bucket 'x' + key <y>", BlockReason.ExportFailures, 3, null),
        ];

        public TickReport Tick(bool dryRun) => new(Now, Now.AddSeconds(2), dryRun, false,
        [
            new TableOutcome("orders", StepKind.StartedIncremental, "started \"incremental\"", ExportWindow.Incremental(Now.AddMinutes(-65), Now.AddMinutes(-50)), Arn, Statuses[0])
            {
                Recorded = new CompletedExport
                {
                    Table = "orders", Epoch = 1, Sequence = 3, Window = ExportWindow.Incremental(Now.AddMinutes(-80), Now.AddMinutes(-65)),
                    ExportArn = Arn, S3Bucket = "exports", S3Prefix = "dynamodb/orders/", ViewType = ExportViewType.NewImage, RecordedAt = Now,
                },
            },
            new TableOutcome("customers", StepKind.Blocked, "blocked", null, null, Statuses[1]),
        ]) { NextWakeUp = Now.AddMinutes(7) };

        public Task<TickReport> TickAsync(TickRequest request, CancellationToken cancellationToken) => Task.FromResult(Tick(request.DryRun));

        public Task<IReadOnlyList<TableStatus>> StatusAsync(IReadOnlyCollection<string>? tables, CancellationToken cancellationToken) => Task.FromResult(Statuses);

        public Task<OperatorResult> PauseAsync(string table, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<OperatorResult> ResumeAsync(string table, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<OperatorResult> ResetAsync(string table, DateTimeOffset? from, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<CompletedExport>> HistoryAsync(string table, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
