using System.Text.Json;
using IncrementalExport.Core.Engine;
using IncrementalExport.Core.Invocation;
using static IncrementalExport.Tests.Invocation.InvocationTestData;

namespace IncrementalExport.Tests.Invocation;

public sealed class InvocationResponseJsonTests
{
    private static readonly InvocationResponse Tick = InvocationResponse.ForTick(
        new TickReport(Now, Now, false, false, [Outcome("orders", StepKind.Completed, lag: TimeSpan.FromMinutes(16))]),
        Now.AddMinutes(4));

    // The Lambda serializer's options are not ours: the response must not depend on them.
    private static readonly JsonSerializerOptions ForeignOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseUpper };

    [Fact]
    public void Serialize_WhenTheCallerUsesOtherNamingAndEnumOptions_ShouldStillWriteTheDocumentedShape()
    {
        var json = Payload(JsonSerializer.Serialize(Tick, ForeignOptions));

        Assert.Equal(["ok", "action", "message", "startedAt", "finishedAt", "stopStartingAt", "stoppedForDeadline", "tables"],
            json.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Completed", json.GetProperty("tables")[0].GetProperty("step").GetString());
    }

    [Fact]
    public void Serialize_WhenRejected_ShouldWriteOnlyOkAndError()
    {
        var json = JsonSerializer.Serialize(InvocationResponse.Rejected("action: \"run\" is not an action"));

        Assert.Equal("""{"ok":false,"error":"action: \u0022run\u0022 is not an action"}""", json);
    }

    [Fact]
    public void Deserialize_WhenAsked_ShouldRefuseBecauseTheResponseIsWriteOnly() =>
        Assert.Throws<NotSupportedException>(() => JsonSerializer.Deserialize<InvocationResponse>("""{"ok":true}"""));
}
