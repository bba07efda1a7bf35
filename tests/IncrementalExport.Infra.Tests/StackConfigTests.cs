namespace IncrementalExport.Infra.Tests;

/// <summary>The program itself, with stack config from PULUMI_CONFIG as the Pulumi language host passes it.</summary>
public sealed class StackConfigTests
{
    [Fact]
    public async Task InvalidConfig_ShouldFailBeforeAnyResourceIsRegistered_NamingEveryBadKey()
    {
        var (resources, error) = await ExporterRun.RunProgramAsync(new Dictionary<string, string>
        {
            ["incremental-export:tables"] = """[{"table":"orders","viewType":"NEW_IMAGES"}]""",
            ["incremental-export:windowMinutes"] = "7",
            ["incremental-export:lambdaMemoryMb"] = "64",
            ["incremental-export:tabels"] = "customers",
            ["aws:region"] = "eu-west-1",
        });

        Assert.NotNull(error);
        Assert.Empty(resources);
        var message = error.ToString();
        Assert.All(
            [
                "incremental-export:tables[0].viewType", "incremental-export:windowMinutes",
                "incremental-export:lambdaMemoryMb", "incremental-export:tabels",
            ],
            key => Assert.Contains(key, message, StringComparison.Ordinal));
    }
}
