using IncrementalExport.Core.Deployment;

namespace IncrementalExport.Tests.Deployment;

public sealed class FunctionHandlerTests
{
    [Fact]
    public void Name_ShouldFitLambdasHandlerLimit()
    {
        Assert.InRange(FunctionHandler.Name.Length, 1, FunctionHandler.MaxLength);
    }

    [Fact]
    public void Name_ShouldFollowTheAnnotationsGeneratedWrapperPattern()
    {
        Assert.Equal(
            "IncrementalExport.Function::IncrementalExport.Function.ExportFunction_Handle_Generated::Handle",
            FunctionHandler.Name);
        Assert.Matches(@"^(?<a>[\w.]+)::(?<ns>[\w.]+)\.(?<c>\w+)_(?<m>\w+)_Generated::\k<m>$", FunctionHandler.Name);
    }
}
