using IncrementalExport.Core.Deployment;
using IncrementalExport.Core.Settings;
using static IncrementalExport.Tests.Deployment.DeploymentSamples;

namespace IncrementalExport.Tests.Deployment;

/// <summary>The settings-to-environment mapping (uses SettingsJson.Serialize and Parse).</summary>
public sealed class LambdaEnvironmentTests
{
    [Fact]
    public void Build_ShouldRoundTripTheSettingsThroughTheEngineParser()
    {
        var settings = Resolved("orders", "customers");

        var variables = LambdaEnvironment.Build(settings);

        var variable = Assert.Single(variables);
        Assert.Equal(LambdaEnvironment.SettingsVariable, variable.Key);
        var parsed = SettingsJson.Parse(variable.Value).GetOrThrow();
        Assert.Equal(settings.Tables, parsed.Tables);
        Assert.Equal(settings with { Tables = parsed.Tables }, parsed);
    }

    [Fact]
    public void Build_ShouldSetNoReservedVariable()
    {
        var variables = LambdaEnvironment.Build(Resolved("orders"));

        Assert.All(variables.Keys, k => Assert.False(k.StartsWith("AWS_", StringComparison.Ordinal) || k.StartsWith('_')));
    }

    [Fact]
    public void Build_WhenTablesExceedLambdasLimit_ShouldSayHowManyFit()
    {
        var many = Enumerable.Range(0, 200).Select(i => $"a-rather-long-source-table-name-number-{i:D4}").ToArray();

        var error = Assert.Throws<InvalidSettingsException>(() => LambdaEnvironment.Build(Resolved(many)));

        Assert.Contains("incremental-export:tables", error.Message, StringComparison.Ordinal);
        Assert.Contains("fit in one stack", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_WhenItSucceeds_ShouldBeWithinLambdasLimit()
    {
        var variables = LambdaEnvironment.Build(Resolved("orders", "customers"));

        Assert.InRange(LambdaEnvironment.Size(variables), 1, LambdaEnvironment.MaxBytes);
    }

    [Fact]
    public void EnsureFits_WhenTheStackIsTooBigForAnyAccount_ShouldFailBeforeDeploying()
    {
        var many = Enumerable.Range(0, 200).Select(i => $"a-rather-long-source-table-name-number-{i:D4}").ToArray();

        Assert.Throws<InvalidSettingsException>(() => LambdaEnvironment.EnsureFits(new StackSettings { Engine = Engine(many) }, StateTableName));
        LambdaEnvironment.EnsureFits(new StackSettings { Engine = Engine("orders", "customers") }, StateTableName);
    }
}
