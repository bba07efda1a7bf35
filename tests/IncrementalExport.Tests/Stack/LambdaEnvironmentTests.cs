using IncrementalExport.Core.Contract;
using static IncrementalExport.Tests.Stack.StackSamples;

namespace IncrementalExport.Tests.Stack;

public sealed class LambdaEnvironmentTests
{
    [Fact]
    public void Build_ShouldCarryOnlyWhereTheSettingsAre()
    {
        var variables = LambdaEnvironment.Build(StateTableName);

        var variable = Assert.Single(variables);
        Assert.Equal((LambdaEnvironment.StateTableVariable, StateTableName), (variable.Key, variable.Value));
    }

    [Fact]
    public void Build_ShouldSetNoReservedVariable()
    {
        var variables = LambdaEnvironment.Build(StateTableName);

        Assert.All(variables.Keys, k => Assert.False(k.StartsWith("AWS_", StringComparison.Ordinal) || k.StartsWith('_')));
    }
}
