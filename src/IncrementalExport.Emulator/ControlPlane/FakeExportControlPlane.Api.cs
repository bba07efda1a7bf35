using System.Globalization;
using System.Text;

namespace IncrementalExport.Emulator.ControlPlane;

/// <summary>The export operations the endpoint serves; each takes the clock's now once and applies the AWS rules.</summary>
public sealed partial class FakeExportControlPlane
{
    private readonly List<ExportEntry> _exports = [];

    // Only the exports that may still be running, so the limit check stays cheap when a benchmark has started many.
    private readonly List<ExportEntry> _inProgress = [];
    private readonly Dictionary<string, ExportEntry> _exportsByArn = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Account, string Token), (ExportEntry Export, DateTimeOffset FirstRequest)> _tokens = [];
    private readonly Dictionary<string, int> _rejections = new(StringComparer.Ordinal);
    private int _idempotentReplays;
    private uint _sequence;

    internal FakeExport StartExport(ExportParameters request)
    {
        lock (_gate)
        {
            try
            {
                return StartExportLocked(request, Time.GetUtcNow());
            }
            catch (FakeServiceException e)
            {
                _rejections[e.ErrorCode] = _rejections.GetValueOrDefault(e.ErrorCode) + 1;
                throw;
            }
        }
    }

    internal FakeExport DescribeExport(string exportArn)
    {
        lock (_gate)
        {
            var now = Time.GetUtcNow();
            return FindExport(exportArn, now).Snapshot(now);
        }
    }

    internal (IReadOnlyList<FakeExport> Page, string? NextToken) ListExports(string? tableArn, int maxResults, string? nextToken)
    {
        string? after = null;
        if (nextToken is not null)
        {
            try
            {
                after = Encoding.UTF8.GetString(Convert.FromBase64String(nextToken));
            }
            catch (FormatException)
            {
                throw FakeServiceException.Validation("Invalid NextToken.");
            }
        }

        lock (_gate)
        {
            var now = Time.GetUtcNow();
            // AWS lists in reverse alphanumeric order of ExportArn.
            var matching = _exports
                .Where(e => now - e.StartTime <= ExportRetention && (tableArn is null || e.Parameters.TableArn == tableArn))
                .Where(e => after is null || string.CompareOrdinal(e.Arn, after) < 0)
                .OrderByDescending(e => e.Arn, StringComparer.Ordinal)
                .Take(maxResults + 1)
                .ToList();
            var page = matching.Take(maxResults).Select(e => e.Snapshot(now)).ToList();
            var next = matching.Count > maxResults ? Convert.ToBase64String(Encoding.UTF8.GetBytes(page[^1].ExportArn)) : null;
            return (page, next);
        }
    }

    /// <summary>What a started export will end as, for the file writer.</summary>
    internal ExportPlan Plan(string exportArn)
    {
        lock (_gate)
        {
            var now = Time.GetUtcNow();
            return FindExport(exportArn, now).Plan(now);
        }
    }

    /// <summary>Records how writing the export's files went: the items written, or the failure the export ends with.</summary>
    internal void SetOutcome(string exportArn, long? itemCount, ExportFailure? failure)
    {
        lock (_gate)
        {
            FindExport(exportArn, Time.GetUtcNow()).SetOutcome(itemCount, failure);
        }
    }

    private FakeExport StartExportLocked(ExportParameters request, DateTimeOffset now)
    {
        var account = ArnAccount(request.TableArn);
        // The token is looked up first: a retry of a request that was accepted gets its export back even when the
        // account is at its limit or the table has changed since.
        if (request.ClientToken is { } token
            && _tokens.TryGetValue((account, token), out var bound)
            && now - bound.FirstRequest < ClientTokenLifetime)
        {
            if (bound.Export.Parameters != request)
            {
                throw new FakeServiceException(
                    "ExportConflictException",
                    $"Duplicate request detected: client token '{token}' was already used with different parameters.");
            }

            _idempotentReplays++;
            return bound.Export.Snapshot(now);
        }

        var table = FindTable(request.TableArn) is { } t && t.Arn == request.TableArn
            ? t
            : throw FakeServiceException.TableNotFound(request.TableArn);
        var pitr = table.Describe(now);
        if (!pitr.Enabled)
        {
            throw new FakeServiceException(
                "PointInTimeRecoveryUnavailableException", $"Point in time recovery is not enabled for table '{table.Name}'.");
        }

        DateTimeOffset? exportTime = null;
        if (request.Incremental is { } window)
        {
            ExportTimeRules.CheckIncremental(window, pitr);
        }
        else
        {
            exportTime = request.ExportTime ?? now;
            ExportTimeRules.CheckFull(exportTime.Value, pitr, now);
        }

        _inProgress.RemoveAll(e => !e.IsInProgress(now));
        var inProgress = _inProgress.Count(e => e.Account == account);
        if (inProgress >= MaxExportsInProgress)
        {
            throw new FakeServiceException(
                "LimitExceededException",
                $"There are already {inProgress.ToString(CultureInfo.InvariantCulture)} exports in progress in account {account}; the limit is {MaxExportsInProgress.ToString(CultureInfo.InvariantCulture)}.");
        }

        // A bijection of the sequence number, so ids look random but never repeat.
        var suffix = unchecked(++_sequence * 2654435761u).ToString("x8", CultureInfo.InvariantCulture);
        var id = $"{now.ToUnixTimeMilliseconds().ToString("D14", CultureInfo.InvariantCulture)}-{suffix}";
        var arn = $"{table.Arn}/export/{id}";
        var entry = new ExportEntry(
            arn, id, account, request, now, exportTime, now + ExportDuration, PlanFailure(request), table.ItemCount, table.TableId);
        _exports.Add(entry);
        _inProgress.Add(entry);
        _exportsByArn[arn] = entry;
        if (request.ClientToken is { } newToken)
        {
            _tokens[(account, newToken)] = (entry, now);
        }

        return entry.Snapshot(now);
    }

    private ExportEntry FindExport(string exportArn, DateTimeOffset now) =>
        _exportsByArn.TryGetValue(exportArn, out var entry) && now - entry.StartTime <= ExportRetention
            ? entry
            : throw new FakeServiceException("ExportNotFoundException", $"Export not found: {exportArn}");

    private static string ArnAccount(string arn)
    {
        var parts = arn.Split(':');
        return parts.Length >= 6 ? parts[4] : DefaultAccount;
    }
}
