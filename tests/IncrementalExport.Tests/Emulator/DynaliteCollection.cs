namespace IncrementalExport.Tests.Emulator;

/// <summary>Puts test classes that want to be serialized around dynalite into one collection.</summary>
[CollectionDefinition(Name)]
public sealed class DynaliteCollection : ICollectionFixture<DynaliteFixture>
{
    /// <summary>The collection name for <c>[Collection(DynaliteCollection.Name)]</c>.</summary>
    public const string Name = "Dynalite";
}
