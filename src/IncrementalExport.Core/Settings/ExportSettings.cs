using IncrementalExport.Core.Model;

namespace IncrementalExport.Core.Settings;

/// <summary>
/// Everything the engine needs for one environment, validated. Built only by <c>SettingsParser</c>
/// (or by tests); serialized to one JSON document for the Lambda environment and the CLI.
/// </summary>
public sealed record ExportSettings
{
    /// <summary>The target these settings give <paramref name="table"/> now.</summary>
    public ExportTarget TargetOf(TableSettings table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return new(Bucket, BucketOwner, KmsKeyArn, table.Format, table.ViewType);
    }

    /// <summary>The export bucket's name.</summary>
    public required string Bucket { get; init; }

    /// <summary>The bucket owner's account id when the bucket is in another account.</summary>
    public string? BucketOwner { get; init; }

    /// <summary>The environment's key prefix in the bucket (no leading or trailing slash); may be empty.</summary>
    public string Prefix { get; init; } = "";

    /// <summary>The KMS key exports are encrypted with (SSE-KMS); null for SSE-S3.</summary>
    public string? KmsKeyArn { get; init; }

    /// <summary>The DynamoDB table that holds the engine's state and export history.</summary>
    public required string StateTable { get; init; }

    /// <summary>The normal export window length, 15 to 1440 minutes.</summary>
    public int WindowMinutes { get; init; } = 15;

    /// <summary>Whether window ends fall on multiples of the window length (UTC midnight-anchored).</summary>
    public bool AlignWindows { get; init; } = true;

    /// <summary>The largest window while a table is behind, from <see cref="WindowMinutes"/> to 1440.</summary>
    public int MaxCatchUpMinutes { get; init; } = 1440;

    /// <summary>How far below LatestRestorableDateTime a window may end (the export clock varies by about a minute).</summary>
    public int SafetyMarginSeconds { get; init; } = 120;

    /// <summary>The most exports this environment keeps in flight across all tables (AWS allows 300 per account).</summary>
    public int MaxExportsInFlight { get; init; } = 50;

    /// <summary>How many consecutive failures of one window make a table Blocked.</summary>
    public int MaxConsecutiveFailures { get; init; } = 3;

    /// <summary>What to do when the watermark is older than the earliest restorable time.</summary>
    public PitrGapPolicy OnPitrGap { get; init; } = PitrGapPolicy.Halt;

    /// <summary>How many tables one tick works on at once.</summary>
    public int Parallelism { get; init; } = 256;

    /// <summary>The source tables, in configuration order.</summary>
    public required IReadOnlyList<TableSettings> Tables { get; init; }

    /// <summary>The data lake (the apply chain after each table's export step); null when the stack's lake is off.</summary>
    public LakeSettings? DataLake { get; init; }

    /// <summary>The normal window length.</summary>
    public TimeSpan Window => TimeSpan.FromMinutes(WindowMinutes);

    /// <summary>The largest catch-up window.</summary>
    public TimeSpan MaxCatchUp => TimeSpan.FromMinutes(MaxCatchUpMinutes);

    /// <summary>The margin below LatestRestorableDateTime.</summary>
    public TimeSpan SafetyMargin => TimeSpan.FromSeconds(SafetyMarginSeconds);

    /// <summary>
    /// The configured table <paramref name="nameOrArn"/> names: by its name, or by an ARN. An ARN names a table configured
    /// with that same ARN, or one configured by name alone whose name it carries; an ARN of another account or region
    /// does not name a table configured by ARN. The one rule of the CLI, the function's payload and the engine.
    /// </summary>
    /// <exception cref="UnknownTableException">No configured table has that name or ARN.</exception>
    public TableSettings ResolveTable(string nameOrArn)
    {
        ArgumentNullException.ThrowIfNull(nameOrArn);
        var name = TableIdentity.NameOf(nameOrArn);
        var table = Tables.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.Ordinal));
        var otherArn = TableIdentity.IsArn(nameOrArn) && table?.Arn is { } arn && !string.Equals(arn, nameOrArn, StringComparison.Ordinal);
        return table is null || otherArn ? throw new UnknownTableException(nameOrArn, [.. Tables.Select(t => t.Name)]) : table;
    }

    /// <summary>
    /// The tables <paramref name="namesOrArns"/> name (<see cref="ResolveTable"/>), in the order given, each once; every
    /// configured table when the list is null or empty.
    /// </summary>
    /// <exception cref="UnknownTableException">The first value that names no configured table.</exception>
    public IReadOnlyList<TableSettings> ResolveTables(IEnumerable<string>? namesOrArns)
    {
        var selected = namesOrArns?.Select(ResolveTable).Distinct().ToList() ?? [];
        return selected.Count == 0 ? Tables : selected;
    }
}
