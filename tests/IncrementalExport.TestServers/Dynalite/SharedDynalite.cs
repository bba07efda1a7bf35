using IncrementalExport.Emulator.Servers;

namespace IncrementalExport.TestServers.Dynalite;

/// <summary>
/// One dynalite per process, started on first use. Tests share it and keep apart by using unique table names
/// (<see cref="UniqueName"/>); it stops when the process exits.
/// </summary>
public static class SharedDynalite
{
    private static readonly Lazy<Task<DynaliteServer>> Server = new(StartAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The process-wide server (started on the first call).</summary>
    public static Task<DynaliteServer> GetAsync() => Server.Value;

    /// <summary>A table name no other test uses: <paramref name="prefix"/> plus a random suffix.</summary>
    public static string UniqueName(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    private static async Task<DynaliteServer> StartAsync()
    {
        var server = await DynaliteServer.StartAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return server;
    }
}
