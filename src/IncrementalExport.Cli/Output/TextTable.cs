namespace IncrementalExport.Cli.Output;

/// <summary>Left-aligned columns separated by two spaces; the last column is not padded, so lines have no trailing blanks.</summary>
internal sealed class TextTable
{
    private readonly List<string[]> _rows = [];

    public TextTable(params string[] header) => _rows.Add(header);

    // An AWS message can span lines; a cell never does, or the columns fall apart.
    public void Add(params string[] cells) => _rows.Add(cells.Select(Formats.OneLine).ToArray());

    public void WriteTo(TextWriter writer)
    {
        var columns = _rows[0].Length;
        var widths = Enumerable.Range(0, columns).Select(c => _rows.Max(r => r[c].Length)).ToArray();
        foreach (var row in _rows)
        {
            var cells = row.Select((cell, c) => c == columns - 1 ? cell : cell.PadRight(widths[c]));
            writer.WriteLine(string.Join("  ", cells).TrimEnd());
        }
    }
}
