namespace IncrementalExport.Core.Engine;

/// <summary>What a plan decision was made from.</summary>
/// <param name="AwsTime">AWS's latest restorable time the plan saw (kept with the intent, to tell later whether its token may be forgotten).</param>
/// <param name="FromEstimate">Planned from the PITR window last seen, not from DescribeContinuousBackups: a refusal withdraws it instead of counting a failure.</param>
/// <param name="ViewChanged">The PITR window seen differs from the one stored, so even a wait is written.</param>
internal readonly record struct StartBasis(DateTimeOffset? AwsTime, bool FromEstimate, bool ViewChanged);
