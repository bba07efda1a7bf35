using IncrementalExport.Core.Engine;
using IncrementalExport.Core.Model;
using IncrementalExport.Core.Reports;

namespace IncrementalExport.Cli.Output;

/// <summary>
/// JSON for scripts: the same report the function answers for the same action (<see cref="ActionReport"/>,
/// docs/reports.md), indented for reading.
/// </summary>
/// <param name="command">The command run, which names the action of pause, resume and reset.</param>
internal sealed class JsonFormatter(string command) : IReportFormatter
{
    public void WriteStatus(TextWriter writer, IReadOnlyList<TableStatus> statuses) => Write(writer, ActionReport.ForStatus(statuses));

    public void WriteTick(TextWriter writer, TickReport report) => Write(writer, ActionReport.ForTick(report));

    public void WriteOperator(TextWriter writer, OperatorResult result) => Write(writer, ActionReport.ForOperator(command, result));

    public void WriteHistory(TextWriter writer, IReadOnlyList<CompletedExport> history) => Write(writer, ActionReport.ForHistory(history));

    private static void Write(TextWriter writer, ActionReport report) => writer.WriteLine(ReportJson.Serialize(report, indented: true));
}
