using System.Diagnostics;
using System.Text.Json;
using IncrementalExport.Core.Model;

namespace IncrementalExport.Benchmark.Servers;

/// <summary>The parent's handle on the <c>--serve</c> child: one command, one reply.</summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServerProcess(Process process, string serviceUrl)
    {
        _process = process;
        ServiceUrl = serviceUrl;
    }

    /// <summary>The endpoint the engine's client talks to.</summary>
    public string ServiceUrl { get; }

    /// <summary>Starts the child with its fake clock at <paramref name="startTime"/> and waits until it listens.</summary>
    public static async Task<ServerProcess> StartAsync(DateTimeOffset startTime)
    {
        var process = Process.Start(SelfProcess.StartInfo("--serve", TimeFormat.Iso(startTime)))
            ?? throw new InvalidOperationException("could not start the server child");
        var line = await process.StandardOutput.ReadLineAsync();
        if (line is null || !line.StartsWith("ready ", StringComparison.Ordinal))
        {
            var errors = await process.StandardError.ReadToEndAsync();
            throw new InvalidOperationException($"the server child did not start (got '{line}'): {errors}");
        }

        return new ServerProcess(process, line["ready ".Length..]);
    }

    /// <summary>Moves the servers' clock (the caller moves the engine's by the same amount).</summary>
    public Task AdvanceAsync(TimeSpan by) => SendAsync($"advance {(long)by.TotalSeconds}");

    /// <summary>Every call to the endpoint waits this long before it is served or forwarded.</summary>
    public Task SetLatencyAsync(TimeSpan latency) => SendAsync($"latency {(long)latency.TotalMilliseconds}");

    /// <summary>The fake's concurrent-export limit per account.</summary>
    public Task SetExportLimitAsync(int limit) => SendAsync($"limits {limit}");

    /// <summary>Registers <paramref name="count"/> PITR-enabled source tables named prefix-0000, prefix-0001, …</summary>
    public Task RegisterTablesAsync(string prefix, int count) => SendAsync($"register {prefix} {count}");

    /// <summary>The calls per operation since the last read, and starts counting from zero.</summary>
    public async Task<IReadOnlyDictionary<string, long>> TakeCallCountsAsync() =>
        JsonSerializer.Deserialize<Dictionary<string, long>>(await SendAsync("counts"))
        ?? throw new InvalidOperationException("the server child sent no counts");

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _process.StandardInput.WriteLineAsync("exit");
            _process.StandardInput.Close();
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _process.WaitForExitAsync(grace.Token);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }
        finally
        {
            _process.Dispose();
        }
    }

    private async Task<string> SendAsync(string command)
    {
        await _process.StandardInput.WriteLineAsync(command);
        await _process.StandardInput.FlushAsync();
        var reply = await _process.StandardOutput.ReadLineAsync()
            ?? throw new InvalidOperationException($"the server child exited during '{command}': {await _process.StandardError.ReadToEndAsync()}");
        return reply.StartsWith("error ", StringComparison.Ordinal) ? throw new InvalidOperationException(reply) : reply;
    }
}
