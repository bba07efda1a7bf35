using System.Globalization;

namespace IncrementalExport.TestServers.Lake;

/// <summary>Writes a random chain into the folder; returns the items the replayed history ends with.</summary>
internal static class RandomHistory
{
    public static List<string> Write(ChainFolder chain, int seed)
    {
        var random = new Random(seed);
        var items = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var k = 0; k < random.Next(0, 6); k++)
        {
            items[$"k{k}"] = Image(random, $"k{k}", 0);
        }

        chain.Add(files: [items.Values.Select(ChainFolder.FullLine).ToList()]);
        var micros = 1_700_000_000_000_000L;
        var windows = random.Next(1, 7);
        for (var w = 1; w <= windows; w++)
        {
            var before = new Dictionary<string, string>(items, StringComparer.Ordinal);
            var last = new Dictionary<string, long>(StringComparer.Ordinal);
            for (var op = 0; op < random.Next(0, 12); op++)
            {
                var key = $"k{random.Next(8)}";
                micros += random.Next(1, 1_000_000);
                last[key] = micros;
                if (random.Next(4) == 0)
                {
                    items.Remove(key);
                }
                else
                {
                    items[key] = Image(random, key, w);
                }
            }

            var withOld = random.Next(2) == 0;
            var lines = new List<string>();
            foreach (var (key, stamp) in last)
            {
                var old = before.GetValueOrDefault(key);
                var now = items.GetValueOrDefault(key);
                if (old is null && now is null)
                {
                    continue; // inserted and deleted within the window: no line
                }

                lines.Add(ChainFolder.ChangeLine(stamp, $$$"""{"pk":{"S":"{{{key}}}"}}""", now, withOld ? old : null));
            }

            // Lines of one window spread over several files in any order.
            var shuffled = lines.OrderBy(_ => random.Next()).ToList();
            var split = shuffled.Count == 0 ? 0 : random.Next(shuffled.Count);
            chain.Add(files: [shuffled.Take(split).ToList(), shuffled.Skip(split).ToList()]);
        }

        return items.Values.ToList();
    }

    private static string Image(Random random, string key, int window)
    {
        var value = random.Next(3) switch
        {
            0 => $$$"""{"S":"v{{{random.Next(100)}}}"}""",
            1 => $$$"""{"N":"{{{(random.Next(-10000, 10000) / (random.Next(3) == 0 ? 1000m : 100m)).ToString(CultureInfo.InvariantCulture)}}}"}""",
            _ => "{\"M\":{\"n\":{\"N\":\"" + random.Next(10).ToString(CultureInfo.InvariantCulture) + "\"},\"l\":{\"L\":[{\"BOOL\":true},{\"NULL\":true}]}}}",
        };
        var grown = window > 0 && random.Next(2) == 0 ? $$$""","added{{{window}}}":{"SS":["a","b{{{random.Next(3)}}}"]}""" : "";
        return $$$"""{"pk":{"S":"{{{key}}}"},"v":{{{value}}}{{{grown}}}}""";
    }
}
