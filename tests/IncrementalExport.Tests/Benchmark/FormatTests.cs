using IncrementalExport.Benchmark.Report;

namespace IncrementalExport.Tests.Benchmark;

public class FormatTests
{
    [Theory]
    [InlineData("5.475", "$5.48")]
    [InlineData("0.0087600", "$0.00876")]
    [InlineData("0.03", "$0.03")]
    [InlineData("0.000000584", "$0.000000584")]
    [InlineData("0", "$0.00")]
    public void Dollars_WhenBelowOneDollar_ShouldKeepThreeSignificantDigits(string value, string expected)
    {
        Assert.Equal(expected, Format.Dollars(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
