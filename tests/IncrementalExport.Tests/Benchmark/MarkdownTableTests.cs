using IncrementalExport.Benchmark.Report;

namespace IncrementalExport.Tests.Benchmark;

public class MarkdownTableTests
{
    [Fact]
    public void ToString_WhenHeaderStartsWithGreaterThan_ShouldRightAlignThatColumn()
    {
        var text = new MarkdownTable("Phase", ">Wall ms").Add("Idle", "12").ToString();

        Assert.Equal("| Phase | Wall ms |\n|---|---:|\n| Idle | 12 |\n", text.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void ToString_WhenCellHoldsAPipe_ShouldEscapeIt()
    {
        var text = new MarkdownTable("A").Add("x|y").ToString();

        Assert.Contains("x\\|y", text);
    }

    [Fact]
    public void Add_WhenRowHasTooFewCells_ShouldThrowNamingTheCount()
    {
        var error = Assert.Throws<ArgumentException>(() => new MarkdownTable("A", "B").Add("only one"));

        Assert.Contains("needs 2 cells, got 1", error.Message);
    }
}
