namespace IncrementalExport.Emulator.ControlPlane;

/// <summary>One export's lifecycle; it settles lazily whenever someone looks at it with the current time.</summary>
internal sealed class ExportEntry(
    string arn, string id, string account, ExportParameters parameters, DateTimeOffset startTime, DateTimeOffset? exportTime,
    DateTimeOffset completesAt, ExportFailure? plannedFailure, long itemCount)
{
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
            completed ? itemCount : null,
            completed ? itemCount * 100 : null,
            completed ? ManifestKey() : null);
    }

    private void Settle(DateTimeOffset now)
    {
        if (_status == FakeExport.InProgress && now >= completesAt)
        {
            Finish(completesAt, plannedFailure);
        }
    }

    private string ManifestKey()
    {
        var prefix = string.IsNullOrEmpty(Parameters.S3Prefix) ? "" : Parameters.S3Prefix.TrimEnd('/') + "/";
        return $"{prefix}AWSDynamoDB/{id}/manifest-summary.json";
    }
}
