using IncrementalExport.Core.Lake;

namespace IncrementalExport.Tests.Lake;

public sealed class ColumnTypingTests
{
    private static IReadOnlyList<ColumnSpec> Infer(IReadOnlyList<string> keys, params string[] items)
    {
        var stats = new AttributeStats();
        foreach (var item in items)
        {
            stats.Add(item);
        }

        return ColumnTyping.Infer(stats, keys);
    }

    [Fact]
    public void Infer_ShouldPutKeysFirstInKeySchemaOrderThenOtherAttributesByName()
    {
        var columns = Infer(["pk", "sk"], """{"z":{"S":"a"},"sk":{"N":"1"},"a":{"BOOL":true},"pk":{"S":"k"}}""");

        Assert.Equal(["pk", "sk", "a", "z"], columns.Select(c => c.Column));
        Assert.Equal([true, true, false, false], columns.Select(c => c.IsKey));
    }

    [Fact]
    public void Infer_WhenEachAttributeHasOneScalarType_ShouldTypeItsColumn()
    {
        var columns = Infer(
            ["pk"],
            """{"pk":{"S":"a"},"n":{"N":"5"},"d":{"N":"1.25"},"b":{"B":"AAE="},"f":{"BOOL":false}}""",
            """{"pk":{"S":"b"},"n":{"N":"-7"},"d":{"N":"100"},"b":{"B":"AA=="},"f":{"BOOL":true}}""");

        Assert.Equal(
            [("pk", ColumnKind.Text, 0), ("b", ColumnKind.Binary, 0), ("d", ColumnKind.Numeric, 2), ("f", ColumnKind.Bool, 0), ("n", ColumnKind.BigInt, 0)],
            columns.Select(c => (c.Column, c.Kind, c.Scale)));
    }

    [Fact]
    public void Infer_WhenNumbersFitNoDecimal38_ShouldKeepTheirText()
    {
        // 30 integer digits in one value and 10 decimals in another need precision 40.
        var columns = Infer([], """{"x":{"N":"123456789012345678901234567890"}}""", """{"x":{"N":"0.0123456789"}}""");

        Assert.Equal(ColumnKind.NumberText, columns.Single().Kind);
    }

    [Fact]
    public void Infer_WhenTypesAreMixedOrNotScalar_ShouldKeepDynamoDbJson()
    {
        var columns = Infer(
            [],
            """{"mixed":{"S":"1"},"map":{"M":{"a":{"S":"x"}}},"set":{"SS":["a"]},"nothing":{"NULL":true}}""",
            """{"mixed":{"N":"1"},"map":{"M":{}},"set":{"SS":["b"]},"nothing":{"NULL":true}}""");

        Assert.All(columns, c => Assert.Equal(ColumnKind.Json, c.Kind));
    }

    [Fact]
    public void Infer_WhenNullsMixWithOneType_ShouldKeepTheType()
    {
        var columns = Infer([], """{"s":{"S":"a"}}""", """{"s":{"NULL":true}}""");

        Assert.Equal(ColumnKind.Text, columns.Single().Kind);
    }

    [Fact]
    public void Infer_WhenNamesCollideCaseInsensitivelyOrWithItem_ShouldSuffixTheLaterOnes()
    {
        var columns = Infer([], """{"Name":{"S":"a"},"name":{"S":"b"},"_item":{"S":"c"}}""");

        Assert.Equal([("Name", "Name"), ("_item", "_item_2"), ("name", "name_2")], columns.Select(c => (c.Attribute, c.Column)));
    }
}
