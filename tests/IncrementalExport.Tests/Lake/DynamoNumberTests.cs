using IncrementalExport.Core.Lake;

namespace IncrementalExport.Tests.Lake;

public sealed class DynamoNumberTests
{
    [Theory]
    [InlineData("0", 0, 0, true)]
    [InlineData("123", 3, 0, true)]
    [InlineData("-9223372036854775808", 19, 0, true)]
    [InlineData("9223372036854775807", 19, 0, true)]
    [InlineData("9223372036854775808", 19, 0, false)]
    [InlineData("1.50", 1, 1, false)]
    [InlineData("0.05", 0, 2, false)]
    [InlineData("1E+2", 3, 0, true)]
    [InlineData("1.5e-3", 0, 4, false)]
    [InlineData("12345678901234567890123456789012345678", 38, 0, false)]
    [InlineData("1E-130", 0, 130, false)]
    [InlineData("9.9999999999999999999999999999999999999E+125", 126, 0, false)]
    public void Parse_ShouldGiveTheExactValuesDigitsAndScale(string text, int integerDigits, int scale, bool fitsInt64) =>
        Assert.Equal(new DynamoNumber(integerDigits, scale, fitsInt64), DynamoNumber.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("1.2.3")]
    [InlineData("1E")]
    public void Parse_WhenNotANumber_ShouldReturnNull(string text) => Assert.Null(DynamoNumber.Parse(text));
}
