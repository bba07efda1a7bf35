using System.Globalization;
using System.Numerics;

namespace IncrementalExport.Core.Lake;

/// <summary>
/// The exact size of a DynamoDB number (N: up to 38 significant digits, exponent −130 to +125), read from its text
/// without going through double or decimal, so the column type chosen for it never rounds it.
/// </summary>
/// <param name="IntegerDigits">Digits before the decimal point of the exact value (0 for |x| &lt; 1).</param>
/// <param name="Scale">Digits after the decimal point of the exact value (0 for an integer).</param>
/// <param name="FitsInt64">An integer within the range of a 64-bit signed integer.</param>
public sealed record DynamoNumber(int IntegerDigits, int Scale, bool FitsInt64)
{
    /// <summary>Reads <paramref name="text"/>; null when it is not a number.</summary>
    public static DynamoNumber? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var body = text.TrimStart('-', '+');
        var negative = text.StartsWith('-');
        var exponent = 0;
        var e = body.IndexOfAny(['e', 'E']);
        if (e >= 0)
        {
            if (!int.TryParse(body[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent))
            {
                return null;
            }

            body = body[..e];
        }

        var dot = body.IndexOf('.', StringComparison.Ordinal);
        var fraction = dot >= 0 ? body[(dot + 1)..] : "";
        var digits = (dot >= 0 ? body[..dot] : body) + fraction;
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit))
        {
            return null;
        }

        exponent -= fraction.Length;
        digits = digits.TrimStart('0');
        while (digits.Length > 0 && digits[^1] == '0')
        {
            digits = digits[..^1];
            exponent++;
        }

        if (digits.Length == 0)
        {
            return new DynamoNumber(0, 0, true);
        }

        var scale = Math.Max(0, -exponent);
        var integerDigits = Math.Max(0, digits.Length + exponent);
        var fits = false;
        if (scale == 0 && integerDigits <= 19)
        {
            var value = BigInteger.Parse(digits, CultureInfo.InvariantCulture) * BigInteger.Pow(10, exponent);
            fits = (negative ? -value : value) >= long.MinValue && (negative ? -value : value) <= long.MaxValue;
        }

        return new DynamoNumber(integerDigits, scale, fits);
    }
}
