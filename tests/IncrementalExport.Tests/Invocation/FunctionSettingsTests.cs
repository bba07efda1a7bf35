using Amazon.DynamoDBv2;
using IncrementalExport.Core.Invocation;
using IncrementalExport.Core.Settings;
using IncrementalExport.Emulator;

namespace IncrementalExport.Tests.Invocation;

public sealed class FunctionSettingsTests
{
    private static IAmazonDynamoDB Client() => LocalAws.CreateClient("http://127.0.0.1:9");

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void FromEnvironment_WhenNeitherVariableIsSet_ShouldThrowNamingTheStateTableVariable(string? value)
    {
        var error = Assert.Throws<InvalidSettingsException>(() => FunctionSettings.FromEnvironment(_ => value, Client));

        var only = Assert.Single(error.Errors);
        Assert.Equal("INCREMENTAL_EXPORT_STATE_TABLE", only.Path);
        Assert.Contains("INCREMENTAL_EXPORT_STATE_TABLE: the environment variable is missing or empty", error.Message);
    }

    [Fact]
    public void FromEnvironment_WhenTheStateTableNameIsInvalid_ShouldNameTheVariable()
    {
        var error = Assert.Throws<InvalidSettingsException>(() => FunctionSettings.FromEnvironment(
            name => name == FunctionSettings.StateTableVariable ? "no spaces allowed" : null, Client));

        Assert.Equal("INCREMENTAL_EXPORT_STATE_TABLE", Assert.Single(error.Errors).Path);
    }

    [Fact]
    public void FromEnvironment_WhenTheStateTableIsNamed_ShouldReadItsSettingsItemLater()
    {
        var source = FunctionSettings.FromEnvironment(name => name == FunctionSettings.StateTableVariable ? "incremental-export-dev-state" : null, Client);

        Assert.Equal("incremental-export-dev-state", Assert.IsType<StateTableSettingsSource>(source).StateTable);
    }

    [Fact]
    public void FromEnvironment_WhenAnInlineDocumentIsInvalid_ShouldNameEveryBadKey()
    {
        const string json = """{"bucket":"exports","stateTable":"state","windowMinutes":7,"tables":[{"table":"orders","viewType":"NEW_IMAGES"}]}""";

        var error = Assert.Throws<InvalidSettingsException>(() => FunctionSettings.FromEnvironment(
            name => name == FunctionSettings.SettingsVariable ? json : "ignored-state", Client));

        Assert.Contains(error.Errors, e => e.Path == "windowMinutes");
        Assert.Contains(error.Errors, e => e.Path == "tables[0].viewType");
    }
}
