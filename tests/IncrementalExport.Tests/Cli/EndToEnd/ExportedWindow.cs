namespace IncrementalExport.Tests.Cli.EndToEnd;

/// <summary>A window as the CLI prints it: kind ("Full" or "Incremental"), [From, To); a full export has From == To.</summary>
internal sealed record ExportedWindow(string Kind, DateTimeOffset From, DateTimeOffset To)
{
    public bool IsFull => Kind == "Full";

    public TimeSpan Length => To - From;
}
