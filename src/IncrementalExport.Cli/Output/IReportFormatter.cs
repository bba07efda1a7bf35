using IncrementalExport.Core.Engine;
using IncrementalExport.Core.Model;

namespace IncrementalExport.Cli.Output;

/// <summary>Writes what a command got back from the engine, as text for people or JSON for scripts.</summary>
internal interface IReportFormatter
{
    void WriteStatus(TextWriter writer, IReadOnlyList<TableStatus> statuses);

    void WriteTick(TextWriter writer, TickReport report);

    void WriteOperator(TextWriter writer, OperatorResult result);

    void WriteHistory(TextWriter writer, IReadOnlyList<CompletedExport> history);
}
