namespace IncrementalExport.Emulator.Recording;

/// <summary>One write the emulator saw land, with the item's images around it (DynamoDB JSON text, null when absent).</summary>
/// <param name="At">When the write landed, on the emulator's clock.</param>
/// <param name="Keys">The key attributes as DynamoDB JSON in key-schema order, e.g. {"pk":{"S":"a"}}: also the item's identity.</param>
/// <param name="Old">The item before the write; null when it did not exist.</param>
/// <param name="New">The item after the write; null when the write deleted it.</param>
public sealed record ItemChange(DateTimeOffset At, string Keys, string? Old, string? New);
