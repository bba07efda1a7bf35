using System.Text.Json;
using IncrementalExport.Core.Engine;
using IncrementalExport.Core.Model;
using IncrementalExport.Core.Settings;

namespace IncrementalExport.Tests.Invocation;

internal static class InvocationTestData
{
    public const string CustomersArn = "arn:aws:dynamodb:eu-west-1:123456789012:table/customers";

    public static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    public static ExportSettings TestSettings() => new()
    {
        Bucket = "exports",
        StateTable = "incremental-export-test-state",
        Tables = [new TableSettings("orders"), new TableSettings(CustomersArn)],
    };

    public static JsonElement Payload(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    public static TableStatus Status(string table, TablePhase phase = TablePhase.Idle, TimeSpan? lag = null) => new(
        table,
        phase,
        Epoch: 1,
        Watermark: lag is { } l ? Now - l : null,
        Lag: lag,
        Paused: false,
        InFlight: null,
        LastError: phase == TablePhase.Blocked ? "PointInTimeRecoveryUnavailableException: PITR is off" : null,
        BlockReason: phase == TablePhase.Blocked ? BlockReason.PitrDisabled : BlockReason.None,
        ConsecutiveFailures: 0,
        PendingReset: null);

    public static TableOutcome Outcome(string table, StepKind step, TablePhase phase = TablePhase.Exporting, TimeSpan? lag = null) => new(
        table,
        step,
        $"{step} for {table}",
        ExportWindow.Incremental(Now.AddMinutes(-30), Now.AddMinutes(-15)),
        $"arn:aws:dynamodb:eu-west-1:123456789012:table/{table}/export/01700000000000-abcdef12",
        Status(table, phase, lag));
}
