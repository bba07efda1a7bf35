namespace IncrementalExport.Core.Engine;

/// <summary>How many more exports this tick may start before the environment's in-flight cap is reached.</summary>
internal sealed class InFlightBudget(int available)
{
    private int _available = available;

    /// <summary>Takes one slot; false when none is left.</summary>
    public bool TryTake()
    {
        while (true)
        {
            var current = Volatile.Read(ref _available);
            if (current <= 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _available, current - 1, current) == current)
            {
                return true;
            }
        }
    }

    /// <summary>Gives back a slot taken for a start that did not happen.</summary>
    public void Return() => Interlocked.Increment(ref _available);
}
