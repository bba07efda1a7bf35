namespace IncrementalExport.Emulator.ControlPlane;

/// <summary>
/// An in-memory model of DynamoDB's PITR and export control plane that follows the documented AWS rules, driven by an
/// injected clock. Thread-safe. <c>FakeDynamoDbEndpoint</c> serves it over the real wire protocol;
/// this half is what tests use to arrange the world and to inspect what happened.
/// </summary>
public sealed partial class FakeExportControlPlane
{
    /// <summary>The account of tables registered without one.</summary>
    public const string DefaultAccount = "123456789012";

    private readonly Lock _gate = new();
    private readonly Dictionary<string, SourceTable> _tables = new(StringComparer.Ordinal);
    private readonly HashSet<string> _missingBuckets = new(StringComparer.Ordinal);
    private readonly Queue<ExportFailure> _failNext = new();
    private Func<ExportParameters, ExportFailure?>? _failureRule;

    /// <summary>Creates an empty control plane on <paramref name="time"/> (tests pass a FakeTimeProvider).</summary>
    public FakeExportControlPlane(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        Time = time;
    }

    /// <summary>The clock every rule reads.</summary>
    public TimeProvider Time { get; }

    /// <summary>How long an export stays IN_PROGRESS on the fake clock (captured when the export starts).</summary>
    public TimeSpan ExportDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>now − LatestRestorableDateTime for tables registered from now on.</summary>
    public TimeSpan DefaultRestoreLag { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Concurrent IN_PROGRESS exports allowed per account (AWS: 300).</summary>
    public int MaxExportsInProgress { get; set; } = 300;

    /// <summary>How long a ClientToken stays bound to its first request (AWS: 8 hours).</summary>
    public TimeSpan ClientTokenLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>How long export metadata can be described and listed (AWS: 90 days).</summary>
    public TimeSpan ExportRetention { get; set; } = TimeSpan.FromDays(90);

    /// <summary>
    /// Registers a source table (<c>arn:aws:dynamodb:&lt;region&gt;:&lt;account&gt;:table/&lt;name&gt;</c>) and returns its ARN.
    /// With PITR on, the restorable history starts at <paramref name="pitrEnabledSince"/> (default: now).
    /// </summary>
    public string RegisterTable(
        string name, bool pitrEnabled = true, string account = DefaultAccount, string region = LocalAws.Region,
        DateTimeOffset? pitrEnabledSince = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var arn = $"arn:aws:dynamodb:{region}:{account}:table/{name}";
        lock (_gate)
        {
            if (_tables.Values.Any(t => t.Name == name))
            {
                throw new InvalidOperationException($"A table named '{name}' is already registered.");
            }

            var now = Time.GetUtcNow();
            _tables[arn] = new SourceTable(name, arn, account, now, adopted: false)
            {
                PitrEnabled = pitrEnabled,
                PitrEnabledSince = pitrEnabledSince ?? now,
                RestoreLag = DefaultRestoreLag,
            };
            return arn;
        }
    }

    /// <summary>Turns PITR on or off as UpdateContinuousBackups does (re-enabling loses the earlier history).</summary>
    public void SetPitr(string tableNameOrArn, bool enabled) => UpdateContinuousBackups(tableNameOrArn, enabled, null);

    /// <summary>Sets now − LatestRestorableDateTime for one table.</summary>
    public void SetRestoreLag(string tableNameOrArn, TimeSpan lag) => WithTable(tableNameOrArn, t => t.RestoreLag = lag);

    /// <summary>Sets the ItemCount that the table's exports report when they complete (BilledSizeBytes = 100 per item).</summary>
    public void SetItemCount(string tableNameOrArn, long itemCount) => WithTable(tableNameOrArn, t => t.ItemCount = itemCount);

    /// <summary>Exports to this bucket start fine and end FAILED with S3NoSuchBucket, as in AWS.</summary>
    public void RegisterMissingBucket(string bucket)
    {
        lock (_gate)
        {
            _missingBuckets.Add(bucket);
        }
    }

    /// <summary>The next <paramref name="count"/> exports started end FAILED with <paramref name="failure"/>.</summary>
    public void FailNextExports(int count, ExportFailure? failure = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        lock (_gate)
        {
            for (var i = 0; i < count; i++)
            {
                _failNext.Enqueue(failure ?? ExportFailure.Injected);
            }
        }
    }

    /// <summary>Every export started from now on whose parameters the rule maps to a failure ends FAILED; null clears it.</summary>
    public void FailExportsWhere(Func<ExportParameters, ExportFailure?>? rule)
    {
        lock (_gate)
        {
            _failureRule = rule;
        }
    }

    /// <summary>Ends an IN_PROGRESS export now: COMPLETED, or FAILED when <paramref name="failure"/> is given.</summary>
    public void FinishExport(string exportArn, ExportFailure? failure = null)
    {
        lock (_gate)
        {
            var now = Time.GetUtcNow();
            var entry = FindExport(exportArn, now);
            if (!entry.IsInProgress(now))
            {
                throw new InvalidOperationException($"Export {exportArn} is not IN_PROGRESS.");
            }

            entry.Finish(now, failure);
        }
    }

    /// <summary>Every export started so far (idempotent replays excluded), as DescribeExport would show it now.</summary>
    public IReadOnlyList<FakeExport> Exports
    {
        get
        {
            lock (_gate)
            {
                var now = Time.GetUtcNow();
                return _exports.Select(e => e.Snapshot(now)).ToList();
            }
        }
    }

    /// <summary>Counters since the start.</summary>
    public ControlPlaneCounters Counters
    {
        get
        {
            lock (_gate)
            {
                return new ControlPlaneCounters(_exports.Count, _idempotentReplays, new Dictionary<string, int>(_rejections));
            }
        }
    }

    private void WithTable(string tableNameOrArn, Action<SourceTable> change)
    {
        lock (_gate)
        {
            change(FindTable(tableNameOrArn) ?? throw FakeServiceException.TableNotFound(tableNameOrArn));
        }
    }

    private SourceTable? FindTable(string tableNameOrArn) =>
        _tables.TryGetValue(tableNameOrArn, out var byArn) ? byArn : _tables.Values.FirstOrDefault(t => t.Name == tableNameOrArn);

    private ExportFailure? PlanFailure(ExportParameters parameters)
    {
        if (_missingBuckets.Contains(parameters.S3Bucket))
        {
            return ExportFailure.NoSuchBucket;
        }

        return _failNext.TryDequeue(out var next) ? next : _failureRule?.Invoke(parameters);
    }
}
