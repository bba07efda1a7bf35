using IncrementalExport.Core.Lake;

namespace IncrementalExport.Tests.Lake;

public sealed class ExportLineTests
{
    [Theory]
    [InlineData("""{"Item":{"pk":{"S":"a"}}}""", false)]
    [InlineData("""{"Metadata":{"WriteTimestampMicros":{"N":"1700000000000000"}},"Keys":{"pk":{"S":"a"}},"NewImage":{"pk":{"S":"a"}}}""", true)]
    [InlineData("""{"Metadata":{"WriteTimestampMicros":1700000000000000},"Keys":{"pk":{"S":"a"}},"OldImage":{"pk":{"S":"a"}}}""", true)]
    [InlineData("""{"Metadata":{"WriteTimestampMicros":"1700000000000000"},"Keys":{"pk":{"S":"a"}}}""", true)]
    public void Check_WhenTheLineHasTheDocumentedShape_ShouldAcceptIt(string line, bool incremental)
    {
        var keys = new HashSet<string>();

        Assert.Null(ExportLine.Check(line, incremental, keys));
        Assert.Equal(incremental ? ["pk"] : [], keys);
    }

    [Theory]
    [InlineData("""{"Item":{"pk":""", false, "not valid JSON")]
    [InlineData("""[1]""", false, "not a JSON object")]
    [InlineData("""{"NewImage":{}}""", false, "\"Item\"")]
    [InlineData("""{"Metadata":{"WriteTimestampMicros":{"N":"1"}},"NewImage":{}}""", true, "\"Keys\"")]
    [InlineData("""{"Keys":{"pk":{"S":"a"}}}""", true, "WriteTimestampMicros")]
    [InlineData("""{"Metadata":{"WriteTimestampMicros":{"N":"soon"}},"Keys":{"pk":{"S":"a"}}}""", true, "WriteTimestampMicros")]
    [InlineData("""{"Metadata":{"WriteTimestampMicros":{"N":"1"}},"Keys":{"pk":{"S":"a"}},"NewImage":"x"}""", true, "NewImage")]
    public void Check_WhenTheLineIsUnreadable_ShouldSayWhy(string line, bool incremental, string reason) =>
        Assert.Contains(reason, ExportLine.Check(line, incremental, new HashSet<string>()), StringComparison.Ordinal);
}
