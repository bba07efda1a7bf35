namespace IncrementalExport.Function.Tests;

/// <summary>Tests that set process environment variables (the generated handler reads its settings there) run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EnvironmentCollection
{
    public const string Name = "process environment";
}
