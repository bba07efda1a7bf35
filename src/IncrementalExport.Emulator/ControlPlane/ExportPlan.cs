namespace IncrementalExport.Emulator.ControlPlane;

/// <summary>An export as just started, with what it will end as (known from the start in the emulator).</summary>
/// <param name="Export">The export now.</param>
/// <param name="CompletesAt">When it stops being IN_PROGRESS.</param>
/// <param name="Failure">How it will fail, or null when it will complete.</param>
/// <param name="TableId">The source table's id (manifest-summary.json's tableId).</param>
internal sealed record ExportPlan(FakeExport Export, DateTimeOffset CompletesAt, ExportFailure? Failure, string TableId);
