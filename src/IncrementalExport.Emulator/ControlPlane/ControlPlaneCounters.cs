namespace IncrementalExport.Emulator.ControlPlane;

/// <summary>What the control plane did, for assertions and the benchmark.</summary>
/// <param name="ExportsStarted">New exports created (idempotent replays excluded).</param>
/// <param name="IdempotentReplays">Requests answered with an existing export because of their ClientToken.</param>
/// <param name="Rejections">ExportTableToPointInTime errors by error code.</param>
public sealed record ControlPlaneCounters(int ExportsStarted, int IdempotentReplays, IReadOnlyDictionary<string, int> Rejections);
