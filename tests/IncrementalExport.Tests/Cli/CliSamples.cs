using IncrementalExport.Core.Engine;
using IncrementalExport.Core.Model;
using IncrementalExport.Core.Settings;

namespace IncrementalExport.Tests.Cli;

/// <summary>Fixed settings, statuses and reports the CLI tests format and run against.</summary>
internal static class CliSamples
{
    public const string CustomersArn = "arn:aws:dynamodb:eu-west-1:123456789012:table/customers";
    public const string ExportArn = "arn:aws:dynamodb:eu-west-1:123456789012:table/orders/export/01700000000000-abcdef12";

    public static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    public static ExportSettings Settings { get; } = new()
    {
        Bucket = "exports-bucket",
        StateTable = "incremental-export-test-state",
        Tables = [new TableSettings("orders"), new TableSettings(CustomersArn)],
    };

    public static ExportWindow IncrementalWindow { get; } =
        ExportWindow.Incremental(Now.AddHours(-1).AddMinutes(-5), Now.AddMinutes(-50));

    public static TableStatus Idle(string table = "orders") => new(
        table,
        TablePhase.Idle,
        Epoch: 1,
        Watermark: Now.AddHours(-1).AddMinutes(-5),
        Lag: TimeSpan.FromMinutes(65),
        Paused: false,
        InFlight: null,
        LastError: null,
        BlockReason: BlockReason.None,
        ConsecutiveFailures: 0,
        PendingReset: null);

    public static TableStatus Exporting(string? arn = ExportArn) => Idle() with
    {
        Phase = arn is null ? TablePhase.Starting : TablePhase.Exporting,
        InFlight = new InFlightExport(IncrementalWindow, Attempt: 0, "token-1", "dynamodb/orders/epoch=1/incremental/x/", Now, arn),
    };

    public static TableStatus Blocked() => Idle("customers") with
    {
        Phase = TablePhase.Blocked,
        BlockReason = BlockReason.ExportFailures,
        LastError = "S3AccessDenied: Access Denied",
        ConsecutiveFailures = 3,
    };

    public static TickReport Report(bool dryRun, params TableOutcome[] outcomes) =>
        new(Now, Now.AddSeconds(2), dryRun, StoppedForDeadline: false, outcomes);

    public static TableOutcome Started() =>
        new("orders", StepKind.StartedIncremental, "started", IncrementalWindow, ExportArn, Exporting());

    public static CompletedExport HistoryEntry(int sequence) => new()
    {
        Table = "orders",
        Epoch = 1,
        Sequence = sequence,
        Window = sequence == 0 ? ExportWindow.Full(Now.AddDays(-1)) : IncrementalWindow,
        ExportArn = ExportArn,
        S3Bucket = "exports-bucket",
        S3Prefix = "dynamodb/orders/epoch=1/full/AWSDynamoDB/01700000000000-abcdef12/",
        ItemCount = 42,
        BilledSizeBytes = 4096,
        RecordedAt = Now,
    };
}
