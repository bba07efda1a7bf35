using System.Globalization;

namespace IncrementalExport.Emulator.ControlPlane;

/// <summary>The tables the endpoint knows and their PITR settings, as DescribeContinuousBackups and UpdateContinuousBackups serve them.</summary>
public sealed partial class FakeExportControlPlane
{
    internal bool Knows(string tableNameOrArn)
    {
        lock (_gate)
        {
            return FindTable(tableNameOrArn) is not null;
        }
    }

    /// <summary>A table that exists in dynalite: AWS creates tables with PITR off.</summary>
    internal void Adopt(string name, string arn, DateTimeOffset createdAt)
    {
        lock (_gate)
        {
            _tables.TryAdd(arn, new SourceTable(name, arn, ArnAccount(arn), createdAt, adopted: true) { RestoreLag = DefaultRestoreLag });
        }
    }

    internal RegisteredTable? FindRegisteredTable(string tableNameOrArn)
    {
        lock (_gate)
        {
            var table = FindTable(tableNameOrArn);
            return table is null || table.Adopted ? null : new RegisteredTable(table.Name, table.Arn, table.TableId, table.CreatedAt, table.ItemCount);
        }
    }

    internal PitrDescription DescribeContinuousBackups(string tableNameOrArn)
    {
        lock (_gate)
        {
            var table = FindTable(tableNameOrArn) ?? throw FakeServiceException.TableNotFound(tableNameOrArn);
            return table.Describe(Time.GetUtcNow());
        }
    }

    internal PitrDescription UpdateContinuousBackups(string tableNameOrArn, bool enabled, int? recoveryPeriodInDays)
    {
        if (recoveryPeriodInDays is < 1 or > 35)
        {
            throw FakeServiceException.Validation(
                $"RecoveryPeriodInDays must be between 1 and 35; got {recoveryPeriodInDays.Value.ToString(CultureInfo.InvariantCulture)}.");
        }

        lock (_gate)
        {
            var table = FindTable(tableNameOrArn) ?? throw FakeServiceException.TableNotFound(tableNameOrArn);
            var now = Time.GetUtcNow();
            if (enabled && !table.PitrEnabled)
            {
                table.PitrEnabledSince = now;
            }

            table.PitrEnabled = enabled;
            table.RecoveryPeriodInDays = recoveryPeriodInDays ?? table.RecoveryPeriodInDays;
            return table.Describe(now);
        }
    }
}
