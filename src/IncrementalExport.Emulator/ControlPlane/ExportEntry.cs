namespace IncrementalExport.Emulator.ControlPlane;

/// <summary>One export's lifecycle; it settles lazily whenever someone looks at it with the current time.</summary>
internal sealed class ExportEntry(
    string arn, string id, string account, ExportParameters parameters, DateTimeOffset startTime, DateTimeOffset? exportTime,
    DateTimeOffset completesAt, ExportFailure? plannedFailure, long itemCount, string tableId)
{
    private ExportFailure? _plannedFailure = plannedFailure;
    private long _itemCount = itemCount;
    private string _status = FakeExport.InProgress;
    private DateTimeOffset? _endTime;
    private ExportFailure? _failure;

    public string Arn { get; } = arn;

    public string Account { get; } = account;

    public ExportParameters Parameters { get; } = parameters;

    public DateTimeOffset StartTime { get; } = startTime;

    public bool IsInProgress(DateTimeOffset now)
    {
        Settle(now);
        return _status == FakeExport.InProgress;
    }

    public void Finish(DateTimeOffset now, ExportFailure? failure)
    {
        if (_status != FakeExport.InProgress)
        {
            throw new InvalidOperationException($"Export {Arn} is already {_status}.");
        }

        _status = failure is null ? FakeExport.Completed : FakeExport.Failed;
        _failure = failure;
        _endTime = now;
    }

    public FakeExport Snapshot(DateTimeOffset now)
    {
        Settle(now);
        var completed = _status == FakeExport.Completed;
        return new FakeExport(
            Arn, id, Parameters, _status, StartTime, exportTime, _endTime, _failure?.Code, _failure?.Message,
            completed ? _itemCount : null,
            completed ? _itemCount * 100 : null,
            completed ? ExportKeys.Root(Parameters.S3Prefix, id) + ExportKeys.ManifestSummary : null);
    }

    private void Settle(DateTimeOffset now)
    {
        if (_status == FakeExport.InProgress && now >= completesAt)
        {
            Finish(completesAt, _plannedFailure);
        }
    }

    /// <summary>What the export will end as, for the file writer: when, how, and the table's id.</summary>
    public ExportPlan Plan(DateTimeOffset now) => new(Snapshot(now), completesAt, _plannedFailure, tableId);

    /// <summary>The files were written (with this many items) or could not be (the export will fail).</summary>
    public void SetOutcome(long? itemCount, ExportFailure? failure)
    {
        _itemCount = itemCount ?? _itemCount;
        _plannedFailure ??= failure;
    }
}
