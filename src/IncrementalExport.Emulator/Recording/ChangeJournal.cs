using System.Collections.Concurrent;

namespace IncrementalExport.Emulator.Recording;

/// <summary>The journals of the tables whose writes the emulator records (those with PITR on), by table name.</summary>
public sealed class ChangeJournal
{
    private readonly ConcurrentDictionary<string, TableJournal> _tables = new(StringComparer.Ordinal);

    /// <summary>No table is recorded (the common case of tests that never turn PITR on for a dynalite table).</summary>
    public bool IsEmpty => _tables.IsEmpty;

    /// <summary>The journal of <paramref name="table"/>, or null when its writes are not recorded.</summary>
    public TableJournal? Find(string table) => _tables.GetValueOrDefault(table);

    /// <summary>Starts a new journal (PITR turned on: earlier history is gone) from the items the table holds now.</summary>
    internal TableJournal Start(string table, IReadOnlyList<string> keyNames, DateTimeOffset since, IEnumerable<string> items)
    {
        var journal = new TableJournal(table, keyNames, since, items);
        _tables[table] = journal;
        return journal;
    }

    /// <summary>Stops recording <paramref name="table"/> (PITR turned off).</summary>
    internal void Stop(string table) => _tables.TryRemove(table, out _);
}
