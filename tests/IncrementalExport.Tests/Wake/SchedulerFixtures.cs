using System.Text.Json.Nodes;
using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Signing;
using IncrementalExport.Core.Wake;
using IncrementalExport.TestServers.Scheduler;

namespace IncrementalExport.Tests.Wake;

/// <summary>The stack's wake-up schedule as the stack creates it, and the adapter pointed at a fake server.</summary>
internal static class SchedulerFixtures
{
    public const string Group = SchedulerSamples.Group;
    public const string Name = SchedulerSamples.Name;

    public static JsonObject StackSchedule() => SchedulerSamples.StackSchedule();

    public static SchedulerRestApi Adapter(FakeSchedulerServer server, string name = Name) =>
        new(
            new Lazy<HttpClient>(new HttpClient(new SigV4SigningHandler(new BasicAWSCredentials("AKIDEXAMPLE", "secret"), RegionEndpoint.EUWest1, "scheduler", new HttpClientHandler()))),
            new Uri(server.ServiceUrl),
            name,
            Group);
}
