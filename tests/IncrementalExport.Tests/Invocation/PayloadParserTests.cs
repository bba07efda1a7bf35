using IncrementalExport.Core.Invocation;
using IncrementalExport.Core.Settings;
using static IncrementalExport.Tests.Invocation.InvocationTestData;

namespace IncrementalExport.Tests.Invocation;

public sealed class PayloadParserTests
{
    private static InvocationRequest Valid(string json)
    {
        var result = PayloadParser.Parse(Payload(json), TestSettings());
        Assert.True(result.IsValid, result.Error);
        return result.Request;
    }

    private static string Rejected(string json)
    {
        var result = PayloadParser.Parse(Payload(json), TestSettings());
        Assert.False(result.IsValid);
        return result.Error;
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"action":"tick"}""")]
    public void Parse_WhenSchedulerEventOrEmptyObject_ShouldTickEveryTable(string json) =>
        Assert.Equal(new InvocationRequest(InvocationAction.Tick), Valid(json));

    [Fact]
    public void Parse_WhenTablesAreListed_ShouldTickThemByConfiguredName()
    {
        var request = Valid($$"""{"tables":["{{CustomersArn}}","orders"]}""");

        Assert.Equal(InvocationAction.Tick, request.Action);
        Assert.Equal(["customers", "orders"], request.Tables);
    }

    [Fact]
    public void Parse_WhenTickActionListsTheNameOfAnArnConfiguredTable_ShouldAcceptIt() =>
        Assert.Equal(["customers"], Valid("""{"action":"tick","tables":["customers"]}""").Tables);

    [Theory]
    [InlineData("pause", "Pause")]
    [InlineData("resume", "Resume")]
    [InlineData("reset", "Reset")]
    [InlineData("history", "History")]
    public void Parse_WhenOneTableActionNamesATable_ShouldCarryTheTable(string action, string expected) =>
        Assert.Equal(
            new InvocationRequest(Enum.Parse<InvocationAction>(expected), Table: "orders"),
            Valid($$"""{"action":"{{action}}","table":"orders"}"""));

    [Fact]
    public void Parse_WhenTableIsTheConfiguredArn_ShouldResolveItsName() =>
        Assert.Equal("customers", Valid($$"""{"action":"pause","table":"{{CustomersArn}}"}""").Table);

    [Theory]
    [InlineData("2026-11-24T10:00:00Z")]
    [InlineData("2026-11-24T11:00:00+01:00")]
    [InlineData("2026-11-24T05:00:00-05:00")]
    [InlineData("2026-11-24T10:00:00.000Z")]
    public void Parse_WhenResetHasFromWithAnOffset_ShouldCarryThatInstant(string from)
    {
        var request = Valid($$"""{"action":"reset","table":"orders","from":"{{from}}"}""");

        Assert.Equal(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero), request.From);
    }

    [Fact]
    public void Parse_WhenResetHasNoFrom_ShouldLeaveFromForTheLatestRestorableTime() =>
        Assert.Null(Valid("""{"action":"reset","table":"orders"}""").From);

    [Fact]
    public void Parse_WhenStatusHasNoTable_ShouldReportEveryTable() =>
        Assert.Equal(new InvocationRequest(InvocationAction.Status), Valid("""{"action":"status"}"""));

    [Fact]
    public void Parse_WhenStatusNamesATable_ShouldSelectThatTable() =>
        Assert.Equal(["orders"], Valid("""{"action":"status","table":"orders"}""").Tables);

    [Fact]
    public void Parse_WhenStatusListsTables_ShouldSelectThem() =>
        Assert.Equal(["orders", "customers"], Valid("""{"action":"status","tables":["orders","customers"]}""").Tables);

    [Theory]
    [InlineData("[]", """payload: expected a JSON object such as {"action":"tick"}, got []""")]
    [InlineData("\"tick\"", """payload: expected a JSON object such as {"action":"tick"}, got "tick" """)]
    [InlineData("null", """payload: expected a JSON object such as {"action":"tick"}, got null""")]
    [InlineData("""{"action":"tick","extra":1}""", "extra: unknown key; a payload has only action, tables, table and from")]
    [InlineData("""{"Action":"tick"}""", "Action: unknown key; a payload has only action, tables, table and from")]
    [InlineData("""{"action":"tick","action":"pause"}""", "action: the key appears more than once")]
    [InlineData("""{"action":"run"}""", """action: "run" is not an action; expected tick, pause, resume, reset, status or history""")]
    [InlineData("""{"action":"Pause","table":"orders"}""", """action: "Pause" is not an action; expected tick, pause, resume, reset, status or history""")]
    [InlineData("""{"action":1}""", "action: 1 is not an action; expected tick, pause, resume, reset, status or history")]
    [InlineData("""{"action":"pause"}""", "table: required for action pause")]
    [InlineData("""{"action":"reset","from":"2026-11-24T10:00:00Z"}""", "table: required for action reset")]
    [InlineData("""{"action":"pause","table":"nope"}""", """table: "nope" is not a configured table; configured: orders, customers""")]
    [InlineData("""{"action":"pause","table":"arn:aws:dynamodb:us-east-1:999999999999:table/customers"}""", """table: "arn:aws:dynamodb:us-east-1:999999999999:table/customers" is not a configured table; configured: orders, customers""")]
    [InlineData("""{"action":"pause","table":""}""", """table: expected a table name or ARN, got "" """)]
    [InlineData("""{"action":"pause","table":5}""", "table: expected a table name or ARN, got 5")]
    [InlineData("""{"action":"pause","table":"orders","from":"2026-11-24T10:00:00Z"}""", "from: only valid with action reset (the action is pause)")]
    [InlineData("""{"from":"2026-11-24T10:00:00Z"}""", "from: only valid with action reset (the action is tick)")]
    [InlineData("""{"action":"reset","table":"orders","from":"2026-11-24T10:00:00"}""", """from: "2026-11-24T10:00:00" is not an ISO-8601 time with an offset, e.g. "2026-11-24T10:00:00Z" """)]
    [InlineData("""{"action":"reset","table":"orders","from":"yesterday"}""", """from: "yesterday" is not an ISO-8601 time with an offset, e.g. "2026-11-24T10:00:00Z" """)]
    [InlineData("""{"action":"reset","table":"orders","from":1764000000}""", """from: 1764000000 is not an ISO-8601 time with an offset, e.g. "2026-11-24T10:00:00Z" """)]
    [InlineData("""{"tables":[]}""", "tables: expected a non-empty array of table names or ARNs, got []; omit it to tick every table")]
    [InlineData("""{"tables":"orders"}""", """tables: expected a non-empty array of table names or ARNs, got "orders"; omit it to tick every table""")]
    [InlineData("""{"tables":["orders","orders"]}""", """tables[1]: "orders" names table orders a second time""")]
    [InlineData("""{"tables":["customers","arn:aws:dynamodb:eu-west-1:123456789012:table/customers"]}""", """tables[1]: "arn:aws:dynamodb:eu-west-1:123456789012:table/customers" names table customers a second time""")]
    [InlineData("""{"tables":["orders","nope"]}""", """tables[1]: "nope" is not a configured table; configured: orders, customers""")]
    [InlineData("""{"tables":["orders",null]}""", "tables[1]: expected a table name or ARN, got null")]
    [InlineData("""{"action":"pause","tables":["orders"]}""", """tables: not valid with action pause; name its one table with "table" """)]
    [InlineData("""{"action":"tick","table":"orders"}""", """table: not valid with action tick; list the tables to tick in "tables" """)]
    [InlineData("""{"action":"status","table":"orders","tables":["orders"]}""", """table: give either "table" or "tables" for action status, not both""")]
    public void Parse_WhenPayloadIsMalformed_ShouldRejectItNamingTheKeyAndValue(string json, string expected) =>
        Assert.Equal(expected.TrimEnd(), Rejected(json));

    [Fact]
    public void Parse_WhenManyTablesAreConfigured_ShouldListTheFirstTenAndCountTheRest()
    {
        var settings = TestSettings() with { Tables = Enumerable.Range(0, 12).Select(i => new TableSettings($"t{i}")).ToList() };

        var result = PayloadParser.Parse(Payload("""{"action":"pause","table":"x"}"""), settings);

        Assert.Equal("""table: "x" is not a configured table; configured: t0, t1, t2, t3, t4, t5, t6, t7, t8, t9 and 2 more""", result.Error);
    }

    [Fact]
    public void Parse_WhenTheRejectedValueIsLong_ShouldQuoteItShortened()
    {
        var name = new string('x', 100);

        var error = Rejected($$"""{"action":"pause","table":"{{name}}"}""");

        Assert.StartsWith("table: \"" + new string('x', 76) + "...", error);
    }
}
