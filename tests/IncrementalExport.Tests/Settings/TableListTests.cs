using static IncrementalExport.Tests.Settings.SettingsDocument;

namespace IncrementalExport.Tests.Settings;

public sealed class TableListTests
{
    [Fact]
    public void Parse_WhenATableIsConfiguredTwice_ShouldPointAtTheFirstOne()
    {
        var result = ParseTables(Table("orders"), Table("customers"), Table("orders", prefix: "orders-again"));

        SingleError(result, "tables[2].table", "tables[2].table: 'orders' is configured twice (also tables[0])");
    }

    [Fact]
    public void Parse_WhenATableIsGivenByNameAndByArn_ShouldReportItAsTheSameTable()
    {
        var result = ParseTables(Table("orders"), Table("arn:aws:dynamodb:eu-west-1:123456789012:table/orders", prefix: "elsewhere"));

        SingleError(result, "tables[1].table", "(table 'orders') is configured twice (also tables[0])");
    }

    [Fact]
    public void Parse_WhenTableNamesDifferOnlyInCase_ShouldAcceptThemAsDifferentTables()
    {
        var settings = Valid(ParseTables(Table("orders"), Table("Orders", prefix: "orders-upper")));

        Assert.Equal(2, settings.Tables.Count);
    }

    [Fact]
    public void Parse_WhenTwoTablesShareAPrefix_ShouldReportTheCollision()
    {
        var result = ParseTables(Table("orders"), Table("customers", prefix: "orders"));

        SingleError(result, "tables[1].prefix", "tables[1].prefix: 'orders' collides with the prefix 'orders' of tables[0]", "would mix");
    }

    [Theory]
    [InlineData("orders", "orders/eu")]
    [InlineData("orders/eu", "orders")]
    [InlineData("data/orders", "data/orders/archive/2026")]
    public void Parse_WhenOnePrefixIsAFolderOfTheOther_ShouldReportTheCollision(string first, string second)
    {
        var result = ParseTables(Table("orders", prefix: first), Table("customers", prefix: second));

        SingleError(result, "tables[1].prefix", $"'{second}' collides with the prefix '{first}' of tables[0]");
    }

    [Fact]
    public void Parse_WhenADefaultPrefixCollides_ShouldSayItIsTheTableName()
    {
        var result = ParseTables(Table("customers", prefix: "orders"), Table("orders"));

        SingleError(result, "tables[1].prefix", "'orders' (the default, the table name) collides with the prefix 'orders' of tables[0]");
    }

    [Theory]
    [InlineData("orders", "orders-eu")]
    [InlineData("orders", "ordersarchive")]
    [InlineData("data/orders", "data/customers")]
    [InlineData("orders", "Orders")]
    public void Parse_WhenPrefixesOnlyShareCharacters_ShouldAcceptThem(string first, string second)
    {
        Valid(ParseTables(Table("orders", prefix: first), Table("customers", prefix: second)));
    }

    [Fact]
    public void Parse_WhenTablesHaveBothDuplicatesAndCollisions_ShouldReportEachInTableOrder()
    {
        var result = ParseTables(Table("orders"), Table("orders"), Table("items", prefix: "orders/items"), Table("bad name"));

        Assert.Equal(
            ["tables[1].table", "tables[2].prefix", "tables[3].table"],
            result.Errors.Select(e => e.Path));
    }

    [Fact]
    public void Parse_WhenADuplicateTableAlsoHasABadPrefix_ShouldReportBoth()
    {
        var result = ParseTables(Table("orders"), Table("orders", prefix: "/bad//prefix"));

        Assert.Equal(["tables[1].prefix", "tables[1].table"], result.Errors.Select(e => e.Path).Order(StringComparer.Ordinal));
        Assert.Contains(result.Errors, e => e.ToString().Contains("'orders' is configured twice (also tables[0])", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_WhenABadPrefixSitsBesideACollision_ShouldReportBoth()
    {
        var result = ParseTables(Table("orders"), Table("customers", prefix: "orders"), Table("items", prefix: "/bad"));

        Assert.Equal(["tables[1].prefix", "tables[2].prefix"], result.Errors.Select(e => e.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Parse_WhenStartTimeHasZ_ShouldReadItAsUtc()
    {
        var settings = Valid(ParseTable(t => t["startTime"] = "2026-11-24T10:00:00Z"));

        Assert.Equal(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero), settings.Tables[0].StartTime);
    }

    [Theory]
    [InlineData("2026-11-24T11:30:00+01:30", 10, 0, 0)]
    [InlineData("2026-11-24T05:00:00-05:00", 10, 0, 0)]
    [InlineData("2026-11-24T10:00Z", 10, 0, 0)]
    [InlineData("2026-11-24T10:00:00.25Z", 10, 0, 250)]
    public void Parse_WhenStartTimeHasAnOffset_ShouldNormalizeItToUtc(string written, int hour, int minute, int millisecond)
    {
        var start = Valid(ParseTable(t => t["startTime"] = written)).Tables[0].StartTime!.Value;

        Assert.Equal(new DateTimeOffset(2026, 11, 24, hour, minute, 0, millisecond, TimeSpan.Zero), start);
        Assert.Equal(TimeSpan.Zero, start.Offset);
    }

    [Theory]
    [InlineData("2026-11-24T10:00:00", "has no UTC offset", "'2026-11-24T10:00:00Z'")]
    [InlineData("2026-11-24T10:00", "has no UTC offset")]
    [InlineData("2026-11-24 10:00:00Z", "is not an ISO-8601 timestamp")]
    [InlineData("2026-11-24", "is not an ISO-8601 timestamp")]
    [InlineData("yesterday", "is not an ISO-8601 timestamp")]
    [InlineData("24/11/2026 10:00:00Z", "is not an ISO-8601 timestamp")]
    [InlineData("2026-02-30T10:00:00Z", "is not a valid date and time")]
    [InlineData("2026-11-24T25:00:00Z", "is not a valid date and time")]
    [InlineData("2026-11-24T10:00:00+15:00", "is not a valid date and time")]
    public void Parse_WhenStartTimeIsNotAnIsoTimestampWithOffset_ShouldSayWhy(string written, params string[] why)
    {
        SingleError(ParseTable(t => t["startTime"] = written), "tables[0].startTime", [$"tables[0].startTime: '{written}'", .. why]);
    }

    [Fact]
    public void Parse_WhenStartTimeIsANumber_ShouldReportTheType()
    {
        SingleError(ParseTable(t => t["startTime"] = 1764000000), "tables[0].startTime", "tables[0].startTime: 1764000000 is not a string");
    }
}
