using System.Text.Json;

namespace IncrementalExport.Core.Lake;

/// <summary>What the current items hold per top-level attribute: the DynamoDB types seen and the size of its numbers.</summary>
public sealed class AttributeStats
{
    private readonly Dictionary<string, Observed> _attributes = new(StringComparer.Ordinal);

    /// <summary>The attributes seen, in first-seen order.</summary>
    public IReadOnlyCollection<string> Attributes => _attributes.Keys;

    /// <summary>Adds one item (DynamoDB JSON).</summary>
    public void Add(string itemJson)
    {
        using var document = JsonDocument.Parse(itemJson);
        foreach (var attribute in document.RootElement.EnumerateObject())
        {
            if (!_attributes.TryGetValue(attribute.Name, out var observed))
            {
                _attributes[attribute.Name] = observed = new Observed();
            }

            foreach (var typed in attribute.Value.EnumerateObject())
            {
                observed.Add(typed.Name, typed.Value);
            }
        }
    }

    /// <summary>
    /// Adds what a typing query saw of <paramref name="attribute"/> with DynamoDB type <paramref name="type"/>: for
    /// numbers, the largest sizes and whether any was outside 64-bit integers or not a number (the same figures
    /// <see cref="Add"/> keeps, aggregated elsewhere).
    /// </summary>
    public void Observe(string attribute, string type, int integerDigits, int scale, bool allInt64, bool badNumber)
    {
        if (!_attributes.TryGetValue(attribute, out var observed))
        {
            _attributes[attribute] = observed = new Observed();
        }

        observed.Merge(type, integerDigits, scale, allInt64, badNumber);
    }

    internal Observed Of(string attribute) => _attributes[attribute];

    internal sealed class Observed
    {
        public HashSet<string> Types { get; } = new(StringComparer.Ordinal);

        public int IntegerDigits { get; private set; }

        public int Scale { get; private set; }

        public bool AllInt64 { get; private set; } = true;

        public bool BadNumber { get; private set; }

        public void Merge(string type, int integerDigits, int scale, bool allInt64, bool badNumber)
        {
            if (type == "NULL")
            {
                return;
            }

            Types.Add(type);
            if (type == "N")
            {
                IntegerDigits = Math.Max(IntegerDigits, integerDigits);
                Scale = Math.Max(Scale, scale);
                AllInt64 &= allInt64;
                BadNumber |= badNumber;
            }
        }

        public void Add(string type, JsonElement value)
        {
            if (type == "NULL")
            {
                return;
            }

            Types.Add(type);
            if (type != "N")
            {
                return;
            }

            if (value.ValueKind != JsonValueKind.String || DynamoNumber.Parse(value.GetString()!) is not { } number)
            {
                BadNumber = true;
                return;
            }

            IntegerDigits = Math.Max(IntegerDigits, number.IntegerDigits);
            Scale = Math.Max(Scale, number.Scale);
            AllInt64 &= number.FitsInt64;
        }
    }
}
