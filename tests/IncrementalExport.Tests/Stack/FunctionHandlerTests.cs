using IncrementalExport.Stack;

namespace IncrementalExport.Tests.Stack;

/// <summary>The reader on assemblies without a generated wrapper (the function's own is checked in the Infra tests).</summary>
public sealed class FunctionHandlerTests
{
    [Fact]
    public void Read_WhenTheAssemblyHasNoGeneratedWrapper_ShouldSaySoRatherThanGuess()
    {
        var path = typeof(FunctionHandler).Assembly.Location;

        var error = Assert.Throws<InvalidOperationException>(() => FunctionHandler.Read(path));

        Assert.Contains("found 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhenTheFileIsMissing_ShouldFail()
    {
        Assert.Throws<FileNotFoundException>(() => FunctionHandler.Read(Path.Combine(Path.GetTempPath(), "no-such-function.dll")));
    }
}
