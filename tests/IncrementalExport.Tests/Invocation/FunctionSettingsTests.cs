using IncrementalExport.Core.Invocation;
using IncrementalExport.Core.Settings;

namespace IncrementalExport.Tests.Invocation;

public sealed class FunctionSettingsTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void FromEnvironment_WhenTheVariableIsMissingOrEmpty_ShouldThrowNamingTheVariable(string? value)
    {
        var error = Assert.Throws<InvalidSettingsException>(() => FunctionSettings.FromEnvironment(_ => value));

        var only = Assert.Single(error.Errors);
        Assert.Equal("INCREMENTAL_EXPORT_SETTINGS", only.Path);
        Assert.Contains("INCREMENTAL_EXPORT_SETTINGS: the environment variable is missing or empty", error.Message);
    }

    [Fact]
    public void FromEnvironment_WhenAskedForTheSettings_ShouldReadOnlyTheSettingsVariable()
    {
        var asked = new List<string>();

        Assert.Throws<InvalidSettingsException>(() => FunctionSettings.FromEnvironment(name =>
        {
            asked.Add(name);
            return null;
        }));

        Assert.Equal(["INCREMENTAL_EXPORT_SETTINGS"], asked);
    }
}
