using IncrementalExport.Core.Settings;

namespace IncrementalExport.Tests.Settings;

/// <summary>The one rule by which the CLI, the function's payload and the engine find a configured table.</summary>
public sealed class TableResolutionTests
{
    private const string CustomersArn = "arn:aws:dynamodb:eu-west-1:123456789012:table/customers";

    private static readonly ExportSettings Settings = new()
    {
        Bucket = "exports",
        StateTable = "state",
        Tables = [new TableSettings("orders"), new TableSettings(CustomersArn)],
    };

    [Theory]
    [InlineData("orders", "orders")]
    [InlineData("arn:aws:dynamodb:us-east-1:999999999999:table/orders", "orders")]
    [InlineData("customers", "customers")]
    [InlineData(CustomersArn, "customers")]
    public void ResolveTable_WhenNamedByNameOrArn_ShouldFindTheConfiguredTable(string given, string name) =>
        Assert.Equal(name, Settings.ResolveTable(given).Name);

    [Theory]
    [InlineData("ordres")]
    [InlineData("")]
    [InlineData("Orders")]
    [InlineData("arn:aws:dynamodb:eu-west-1:999999999999:table/customers")]
    public void ResolveTable_WhenNoConfiguredTableHasThatNameOrArn_ShouldThrowNamingItAndTheConfiguredOnes(string given)
    {
        var e = Assert.Throws<UnknownTableException>(() => Settings.ResolveTable(given));

        Assert.Equal(given, e.Requested);
        Assert.Equal(["orders", "customers"], e.Configured);
        Assert.Equal($"unknown table '{given}'; configured: orders, customers", e.Message);
    }

    [Fact]
    public void ResolveTables_WhenATableIsNamedTwice_ShouldKeepItOnceInTheOrderGiven() =>
        Assert.Equal(["customers", "orders"], Settings.ResolveTables(["customers", "orders", CustomersArn]).Select(t => t.Name));

    [Fact]
    public void ResolveTables_WhenNoneIsNamed_ShouldSelectEveryConfiguredTable()
    {
        Assert.Equal(["orders", "customers"], Settings.ResolveTables(null).Select(t => t.Name));
        Assert.Equal(["orders", "customers"], Settings.ResolveTables([]).Select(t => t.Name));
    }
}
