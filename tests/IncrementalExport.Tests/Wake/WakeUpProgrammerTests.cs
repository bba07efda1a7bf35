using IncrementalExport.Core.State;
using IncrementalExport.Core.Wake;
using IncrementalExport.Emulator;
using IncrementalExport.Tests.Emulator;
using IncrementalExport.TestServers.Dynalite;
using IncrementalExport.TestServers.Scheduler;
using Microsoft.Extensions.Time.Testing;
using static IncrementalExport.Tests.Planning.PlannerFixtures;

namespace IncrementalExport.Tests.Wake;

[Collection(DynaliteCollection.Name)]
public sealed class WakeUpProgrammerTests(DynaliteFixture dynalite) : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(At(10, 8));
    private readonly string _stateTable = SharedDynalite.UniqueName("wake");
    private FakeSchedulerServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeSchedulerServer.StartAsync();
        _server.Create(SchedulerFixtures.Group, SchedulerFixtures.Name, SchedulerFixtures.StackSchedule());
        await StateTableSetup.CreateIfMissingAsync(LocalAws.CreateClient(dynalite.ServiceUrl), _stateTable, CancellationToken.None);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private WakeUpProgrammer Programmer() => new(SchedulerFixtures.Adapter(_server), LocalAws.CreateClient(dynalite.ServiceUrl), _time);

    private string Expression() => _server.Get(SchedulerFixtures.Group, SchedulerFixtures.Name)!["ScheduleExpression"]!.GetValue<string>();

    [Fact]
    public async Task Program_WhenATickAsksForAWakeUp_ShouldSetTheScheduleAndRecordIt()
    {
        var result = await Programmer().ProgramAsync(_stateTable, At(10, 21, 0).AddSeconds(30), view: At(10, 7), CancellationToken.None);

        Assert.Equal((At(10, 21).AddSeconds(30), true), (result.Pending, result.Programmed));
        Assert.Equal("at(2026-11-24T10:22:00)", Expression());
    }

    [Fact]
    public async Task Program_WhenASlowTickWouldPostponeAFasterTicksWakeUp_ShouldLeaveTheScheduleAlone()
    {
        await Programmer().ProgramAsync(_stateTable, At(10, 11), view: At(10, 7), CancellationToken.None);
        var requests = _server.Requests.Count;

        var slow = await Programmer().ProgramAsync(_stateTable, At(10, 22), view: At(10, 6), CancellationToken.None);

        Assert.Equal((At(10, 11), false), (slow.Pending, slow.Programmed));
        Assert.Equal("at(2026-11-24T10:11:00)", Expression());
        Assert.Equal(requests, _server.Requests.Count);
    }

    [Fact]
    public async Task Program_WhenTheSameWakeUpIsAskedAgain_ShouldMakeNoSchedulerCall()
    {
        await Programmer().ProgramAsync(_stateTable, At(10, 22), view: At(10, 7), CancellationToken.None);
        var requests = _server.Requests.Count;

        var again = await Programmer().ProgramAsync(_stateTable, At(10, 22), view: At(10, 8), CancellationToken.None);

        Assert.False(again.Programmed);
        Assert.Equal(requests, _server.Requests.Count);
    }

    [Fact]
    public async Task Program_WhenTheSchedulerRefuses_ShouldReportItAndLetTheNextTickProgramAgain()
    {
        _server.FailNext(429, "ThrottlingException");

        var failed = await Programmer().ProgramAsync(_stateTable, At(10, 22), view: At(10, 7), CancellationToken.None);
        var next = await Programmer().ProgramAsync(_stateTable, At(10, 22), view: At(10, 7), CancellationToken.None);

        Assert.Contains("ThrottlingException", failed.Error, StringComparison.Ordinal);
        Assert.True(next.Programmed);
        Assert.Equal("at(2026-11-24T10:22:00)", Expression());
    }
}
