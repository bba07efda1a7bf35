using Amazon.DynamoDBv2;
using IncrementalExport.Core.Aws;

namespace IncrementalExport.Core.Wake;

/// <summary>
/// Carries a tick's wake-up out: decides against the pending one (<see cref="WakeUpDecision"/>), claims it with a
/// conditional write of the <see cref="WakeRecord"/>, then sets the one-time schedule. Idempotent: the same time is
/// never programmed twice. A failure never fails the tick (the tick's work is done and retrying it would not help):
/// it is reported, the record is marked as having nothing pending, and the safety-net schedule makes up for it.
/// </summary>
public sealed class WakeUpProgrammer(IWakeUpScheduler scheduler, IAmazonDynamoDB dynamoDb, TimeProvider time)
{
    private const int Attempts = 3;

    /// <summary>Programs <paramref name="wanted"/>, asked for by a tick whose states were read from <paramref name="view"/> on, in <paramref name="stateTable"/>.</summary>
    public async Task<WakeUpResult> ProgramAsync(string stateTable, DateTimeOffset? wanted, DateTimeOffset view, CancellationToken cancellationToken)
    {
        var store = new WakeRecordStore(dynamoDb, stateTable);

        // The record keeps whole milliseconds: decide on what it can hold, so the same time is recognized as such.
        wanted = wanted is { } w ? WakeRecordStore.Stored(w) : null;
        view = WakeRecordStore.Stored(view);
        try
        {
            for (var attempt = 0; attempt < Attempts; attempt++)
            {
                var read = await store.GetAsync(cancellationToken);
                var now = time.GetUtcNow();
                if (WakeUpDecision.Replace(read, wanted, view, now) is not { } at)
                {
                    return new WakeUpResult(read is { } r && r.At > now ? r.At : null, false);
                }

                // Another tick wrote first: decide again against what it wrote.
                if (await store.TryWriteAsync(read, at, view, cancellationToken) is not { } written)
                {
                    continue;
                }

                await SetAsync(store, written, cancellationToken);
                return new WakeUpResult(at, true);
            }

            return new WakeUpResult(null, false, $"the wake-up record kept changing under {Attempts} attempts");
        }
        catch (AwsCallException e)
        {
            return new WakeUpResult(null, false, $"{e.ErrorCode}: {e.Message}");
        }
    }

    /// <summary>The wake-up pending in <paramref name="stateTable"/> (null: none, or already passed), for status.</summary>
    public async Task<DateTimeOffset?> PendingAsync(string stateTable, CancellationToken cancellationToken)
    {
        try
        {
            return await new WakeRecordStore(dynamoDb, stateTable).GetAsync(cancellationToken) is { } r && r.At > time.GetUtcNow() ? r.At : null;
        }
        catch (AwsCallException)
        {
            return null; // status shows the tables even when the wake record cannot be read
        }
    }

    private async Task SetAsync(WakeRecordStore store, WakeRecord written, CancellationToken cancellationToken)
    {
        try
        {
            await scheduler.UpdateScheduleAsync(await scheduler.GetScheduleAsync(cancellationToken), AtExpression.For(written.At), cancellationToken);
        }
        catch (AwsCallException)
        {
            // The schedule does not hold what the record says: say nothing is pending, so the next tick programs again.
            await store.TryWriteAsync(written, time.GetUtcNow(), written.View, cancellationToken);
            throw;
        }

        // A tick that claimed the record after this one may have had its update overtaken by this one's: restore its time.
        if (await store.GetAsync(cancellationToken) is { } latest && latest.Version != written.Version && latest.At > time.GetUtcNow())
        {
            await scheduler.UpdateScheduleAsync(await scheduler.GetScheduleAsync(cancellationToken), AtExpression.For(latest.At), cancellationToken);
        }
    }
}
