using IncrementalExport.Core.Engine;
using IncrementalExport.Core.Invocation;
using static IncrementalExport.Tests.Invocation.InvocationTestData;

namespace IncrementalExport.Tests.Invocation;

public sealed class InvocationLogTests
{
    [Fact]
    public void Tick_WhenATableWasLeftAloneWithoutACall_ShouldLogOnlyTheTablesItStepped()
    {
        var stepped = Outcome("orders", StepKind.StartedIncremental, lag: TimeSpan.FromMinutes(20));
        var skipped = Outcome("customers", StepKind.Waiting, lag: TimeSpan.FromMinutes(10));
        using var log = new StringWriter();

        new InvocationLog(log).Tick(new TickReport(Now, Now, false, false, [stepped, skipped]) { LeftAlone = new HashSet<string> { "customers" } }, Now);

        var line = Assert.Single(log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("\"event\":\"tableTick\"", line, StringComparison.Ordinal);
        Assert.Contains("\"table\":\"orders\"", line, StringComparison.Ordinal);
    }
}
