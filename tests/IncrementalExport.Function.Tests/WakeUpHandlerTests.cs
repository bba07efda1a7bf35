using System.Text.Json;
using IncrementalExport.Core.Contract;
using IncrementalExport.Core.Settings;
using IncrementalExport.Core.Wake;
using IncrementalExport.Stack;
using IncrementalExport.TestServers;
using IncrementalExport.TestServers.Dynalite;
using IncrementalExport.TestServers.Scheduler;

namespace IncrementalExport.Function.Tests;

/// <summary>
/// The wake-up as Lambda runs it: the generated handler, the variables the stack sets, the state table in dynalite,
/// the export fake, and the stack's one-time schedule in a local EventBridge Scheduler endpoint.
/// </summary>
public sealed class WakeUpHandlerTests : IAsyncLifetime
{
    private const string Group = SchedulerSamples.Group;
    private const string Wake = SchedulerSamples.Name;
    private readonly string _stateTable = SharedDynalite.UniqueName("wake-state");
    private readonly string _orders = SharedDynalite.UniqueName("orders");
    private LocalExportEnvironment? _aws;
    private FakeSchedulerServer? _scheduler;
    private FunctionEnvironment? _environment;

    private LocalExportEnvironment Aws => _aws!;

    private FakeSchedulerServer Scheduler => _scheduler!;

    public async Task InitializeAsync()
    {
        _aws = await LocalExportEnvironment.StartAsync(TimeProvider.System);
        _scheduler = await FakeSchedulerServer.StartAsync();
        Scheduler.Create(Group, Wake, SchedulerSamples.StackSchedule());
        var orders = Aws.ControlPlane.RegisterTable(_orders, pitrEnabledSince: DateTimeOffset.UtcNow.AddDays(-2));
        await LocalStateTable.WriteSettingsAsync(Aws.Client, new ExportSettings { Bucket = "exports", StateTable = _stateTable, Tables = [new TableSettings(orders)] });
        _environment = LocalStateTable.Environment(Aws.ServiceUrl, _stateTable, new Dictionary<string, string?>
        {
            ["AWS_ENDPOINT_URL_SCHEDULER"] = Scheduler.ServiceUrl,
            [LambdaEnvironment.WakeScheduleVariable] = Wake,
            [LambdaEnvironment.WakeScheduleGroupVariable] = Group,
        });
    }

    public async Task DisposeAsync()
    {
        _environment?.Dispose();
        await Scheduler.DisposeAsync();
        if (_aws is not null)
        {
            await _aws.DisposeAsync();
        }
    }

    private static Task<JsonElement> Invoke(ExportFunction_Handle_Generated handler, string payload) => HandlerInvocation.InvokeAsync(handler, payload);

    [Fact]
    public async Task ATick_ShouldSetTheOneTimeScheduleToItsNextWakeUp_KeepingTheTarget()
    {
        var before = DateTimeOffset.UtcNow;

        var tick = await Invoke(new ExportFunction_Handle_Generated(), """{"action":"tick"}""");

        // A full export just started, whose end cannot be estimated: look again a minute on.
        Assert.True(tick.GetProperty("ok").GetBoolean(), tick.ToString());
        Assert.False(tick.TryGetProperty("wakeUpError", out var error), error.ToString());
        var next = tick.GetProperty("nextWakeUp").GetDateTimeOffset();
        Assert.InRange(next, before.AddMinutes(1), DateTimeOffset.UtcNow.AddMinutes(1));
        var schedule = Scheduler.Get(Group, Wake)!;
        Assert.Equal(AtExpression.For(next), schedule["ScheduleExpression"]!.GetValue<string>());
        Assert.Equal(ScheduleTarget.TickInput, schedule["Target"]!["Input"]!.GetValue<string>());
        Assert.Equal("NONE", schedule["ActionAfterCompletion"]!.GetValue<string>());
    }

    [Fact]
    public async Task ALaterTick_ShouldReplaceTheWakeUpWithItsOwn_ItsViewBeingNewer()
    {
        var handler = new ExportFunction_Handle_Generated();
        var first = await Invoke(handler, """{"action":"tick"}""");

        var second = await Invoke(handler, """{"action":"tick"}""");

        var next = second.GetProperty("nextWakeUp").GetDateTimeOffset();
        Assert.True(next >= first.GetProperty("nextWakeUp").GetDateTimeOffset());
        Assert.Equal(AtExpression.For(next), Scheduler.Get(Group, Wake)!["ScheduleExpression"]!.GetValue<string>());
    }

    [Fact]
    public async Task Status_ShouldShowTheWakeUpPendingAfterATick()
    {
        var handler = new ExportFunction_Handle_Generated();
        var tick = await Invoke(handler, """{"action":"tick"}""");

        var status = await Invoke(handler, """{"action":"status"}""");

        Assert.Equal(tick.GetProperty("nextWakeUp").GetDateTimeOffset(), status.GetProperty("nextWakeUp").GetDateTimeOffset());
    }

    [Fact]
    public async Task WhenTheSchedulerFails_TheTickShouldStillSucceedAndSayWhy()
    {
        Scheduler.FailNext(500, "InternalServerException");

        var tick = await Invoke(new ExportFunction_Handle_Generated(), """{"action":"tick"}""");

        Assert.True(tick.GetProperty("ok").GetBoolean());
        Assert.StartsWith("InternalServerException", tick.GetProperty("wakeUpError").GetString(), StringComparison.Ordinal);
        Assert.Single(Aws.ControlPlane.Exports);
    }
}
