using System.Globalization;
using IncrementalExport.Core.Contract;

namespace IncrementalExport.Core.State;

/// <summary>
/// The state table's keys. One partition per source table: its current state (sk = STATE) and its history
/// (sk = EXPORT#&lt;epoch&gt;#&lt;sequence&gt;, zero-padded so a Query returns it in the order a consumer applies it).
/// </summary>
internal static class StateKeys
{
    public const string PartitionKey = StateTableKeys.PartitionKey;
    public const string SortKey = StateTableKeys.SortKey;
    public const string StateSortKey = "STATE";
    public const string HistoryPrefix = "EXPORT#";

    public static string Partition(string table) => "TABLE#" + table;

    public static string History(int epoch, int sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{HistoryPrefix}{epoch:D6}#{sequence:D8}");

    /// <summary>The sort key after every entry of <paramref name="epoch"/> (the largest sequence the eight digits hold).</summary>
    public static string HistoryEnd(int epoch) => History(epoch, 99_999_999);
}
