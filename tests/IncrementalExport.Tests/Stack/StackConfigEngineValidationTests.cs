using IncrementalExport.Core.Model;
using IncrementalExport.Stack;

namespace IncrementalExport.Tests.Stack;

/// <summary>The stack config through the engine's real validation (SettingsJson.Parse).</summary>
public sealed class StackConfigEngineValidationTests
{
    [Fact]
    public void Read_WhenTheExampleStackConfigIsUsed_ShouldBeValid()
    {
        var settings = StackConfig.Read(Get(new()
        {
            ["tables"] = """[{"table":"orders"},{"table":"customers","viewType":"NEW_IMAGE"}]""",
            ["windowMinutes"] = "15",
            ["schedule"] = "rate(15 minutes)",
        })).GetOrThrow();

        Assert.Equal(["orders", "customers"], settings.Engine.Tables.Select(t => t.Name));
        Assert.Equal(ExportViewType.NewImage, settings.Engine.Tables[1].ViewType);
        Assert.Equal(15, settings.Engine.WindowMinutes);
    }

    [Fact]
    public void Read_WhenATableHasAnInvalidViewType_ShouldNameItsConfigKey()
    {
        var result = StackConfig.Read(Get(new()
        {
            ["tables"] = """[{"table":"a"},{"table":"b"},{"table":"c","viewType":"NEW_IMAGES"}]""",
        }));

        Assert.Contains(result.Errors, e => e.Path == "incremental-export:tables[2].viewType");
    }

    [Fact]
    public void Read_WhenEngineAndDeploymentKeysAreWrong_ShouldReportBoth()
    {
        var result = StackConfig.Read(Get(new()
        {
            ["tables"] = """["orders"]""",
            ["windowMinutes"] = "5",
            ["lambdaMemoryMb"] = "64",
        }));

        Assert.Contains(result.Errors, e => e.Path == "incremental-export:windowMinutes");
        Assert.Contains(result.Errors, e => e.Path == "incremental-export:lambdaMemoryMb");
        Assert.All(result.Errors, e => Assert.StartsWith("incremental-export:", e.Path, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("30.0", null)]
    [InlineData("3e1", null)]
    [InlineData("15.5", "incremental-export:windowMinutes: 15.5 is not a whole number (15 to 1440)")]
    [InlineData("2000", "incremental-export:windowMinutes: 2000 is out of range (15 to 1440): an incremental export covers 15 minutes to 24 hours")]
    public void Read_WhenWindowMinutesIsWrittenAsADecimal_ShouldApplyTheEnginesWholeNumberRule(string written, string? error)
    {
        var result = StackConfig.Read(Get(new() { ["tables"] = """["orders"]""", ["windowMinutes"] = written }));

        if (error is null)
        {
            Assert.Equal(30, result.GetOrThrow().Engine.WindowMinutes);
        }
        else
        {
            Assert.Equal(error, Assert.Single(result.Errors).ToString());
        }
    }

    private static Func<string, string?> Get(Dictionary<string, string> config) => key => config.GetValueOrDefault(key);
}
