using IncrementalExport.Stack;
using Pulumi;

namespace IncrementalExport.Infra.Tests;

/// <summary>The stack's outputs are the one named list, under the names docs/stack.md gives users.</summary>
public sealed class StackOutputsTests
{
    private static readonly string[] Named =
        [.. typeof(StackOutputNames).GetFields().Select(f => (string)f.GetRawConstantValue()!)];

    [Fact]
    public async Task Outputs_ShouldBeEveryNamedOutputAndNothingElse()
    {
        var (_, outputs) = await ExporterRun.RunWithOutputsAsync(ExporterRun.Settings("orders"));

        Assert.Equal(Named.Order(), outputs.Keys.Order());
        Assert.All(outputs.Values, v => Assert.IsAssignableFrom<Output<string>>(v));
    }

    [Fact]
    public void Outputs_ShouldBeTheOnesTheDocsList()
    {
        var docs = File.ReadAllText(Path.Combine(LambdaPublish.FindRepositoryRoot(AppContext.BaseDirectory)!, "docs", "stack.md"));

        Assert.All(Named, name => Assert.Contains($"`{name}`", docs, StringComparison.Ordinal));
    }
}
