using IncrementalExport.Stack;

namespace IncrementalExport.Tests.Stack;

public sealed class LambdaPublishTests
{
    [Fact]
    public void Arguments_ShouldPublishAFrameworkDependentReadyToRunArm64Release()
    {
        var arguments = LambdaPublish.Arguments("functions/F.csproj", "out");

        Assert.Equal("publish", arguments[0]);
        Assert.Equal("functions/F.csproj", arguments[1]);
        Assert.Equal("Release", After(arguments, "--configuration"));
        Assert.Equal("linux-arm64", After(arguments, "--runtime"));
        Assert.Equal("false", After(arguments, "--self-contained"));
        Assert.Equal("out", After(arguments, "--output"));
        Assert.Contains("-p:PublishReadyToRun=true", arguments);
    }

    [Fact]
    public void FindRepositoryRoot_ShouldFindTheFolderWithPulumiYamlAboveTheStart()
    {
        var root = Directory.CreateTempSubdirectory();
        try
        {
            File.WriteAllText(Path.Combine(root.FullName, LambdaPublish.RootMarker), "name: x");
            var infra = Directory.CreateDirectory(Path.Combine(root.FullName, "infra", "bin"));

            Assert.Equal(root.FullName, LambdaPublish.FindRepositoryRoot(infra.FullName));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    private static string After(IReadOnlyList<string> arguments, string option) => arguments[arguments.ToList().IndexOf(option) + 1];
}
