namespace IncrementalExport.Emulator.Endpoint;

/// <summary>
/// Faults and latency the endpoint adds to calls, per operation (e.g. "ExportTableToPointInTime") or for any operation
/// (operation null). Queued faults are served first, in order; then failure rates, drawn from a seeded generator so a
/// campaign can be replayed.
/// </summary>
public sealed class FaultInjector
{
    private const string AnyOperation = "*";
    private readonly Lock _gate = new();
    private readonly List<(string Operation, InjectedFault Fault)> _queue = [];
    private readonly Dictionary<string, (double Probability, InjectedFault Fault)> _rates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TimeSpan> _latency = new(StringComparer.Ordinal);
    private readonly Random _random = new(1);
    private long _injected;

    /// <summary>How many faults were injected so far.</summary>
    public long Injected => Interlocked.Read(ref _injected);

    /// <summary>The next <paramref name="count"/> calls of <paramref name="operation"/> (or of any operation) fail with <paramref name="fault"/>.</summary>
    public void Enqueue(InjectedFault fault, string? operation = null, int count = 1)
    {
        ArgumentNullException.ThrowIfNull(fault);
        lock (_gate)
        {
            for (var i = 0; i < count; i++)
            {
                _queue.Add((operation ?? AnyOperation, fault));
            }
        }
    }

    /// <summary>Each call of <paramref name="operation"/> (or of any operation) fails with this probability; 0 removes the rate.</summary>
    public void SetFailureRate(double probability, InjectedFault fault, string? operation = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(probability);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(probability, 1.0);
        lock (_gate)
        {
            _rates[operation ?? AnyOperation] = (probability, fault);
        }
    }

    /// <summary>Every call of <paramref name="operation"/> (or, without an own latency, of any operation) waits this long (wall clock).</summary>
    public void SetLatency(TimeSpan latency, string? operation = null)
    {
        lock (_gate)
        {
            _latency[operation ?? AnyOperation] = latency;
        }
    }

    /// <summary>Removes every fault, rate and latency.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _queue.Clear();
            _rates.Clear();
            _latency.Clear();
        }
    }

    internal TimeSpan LatencyFor(string operation)
    {
        lock (_gate)
        {
            return _latency.TryGetValue(operation, out var own) ? own : _latency.GetValueOrDefault(AnyOperation);
        }
    }

    internal InjectedFault? Next(string operation)
    {
        lock (_gate)
        {
            var queued = _queue.FindIndex(q => q.Operation == operation || q.Operation == AnyOperation);
            if (queued >= 0)
            {
                var fault = _queue[queued].Fault;
                _queue.RemoveAt(queued);
                return Count(fault);
            }

            if (_rates.TryGetValue(operation, out var rate) || _rates.TryGetValue(AnyOperation, out rate))
            {
                // Reproducible fault campaigns need a seeded generator, not a secure one.
#pragma warning disable CA5394
                return rate.Probability > 0 && _random.NextDouble() < rate.Probability ? Count(rate.Fault) : null;
#pragma warning restore CA5394
            }

            return null;
        }
    }

    private InjectedFault Count(InjectedFault fault)
    {
        Interlocked.Increment(ref _injected);
        return fault;
    }
}
