using System.Diagnostics;
using System.Globalization;

namespace IncrementalExport.Emulator.Servers;

/// <summary>
/// A server from npm started by the launcher.js of its folder under tools/ on 127.0.0.1 with an ephemeral port. The
/// node process exits when this object is disposed or when the owning process dies (the launcher watches its stdin),
/// so no server outlives the run that started it.
/// </summary>
public sealed class NodeServer : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly Process _process;

    private NodeServer(Process process, int port)
    {
        _process = process;
        Port = port;
        ServiceUrl = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary>The TCP port the server listens on.</summary>
    public int Port { get; }

    /// <summary>The endpoint for the SDK's <c>ServiceURL</c>, e.g. http://127.0.0.1:41234.</summary>
    public string ServiceUrl { get; }

    /// <summary>
    /// Installs tools/<paramref name="tool"/>'s locked packages if needed (npm ci), then starts its launcher.js with
    /// <paramref name="arguments"/>; <paramref name="package"/> is the npm package whose presence marks the install done.
    /// </summary>
    public static async Task<NodeServer> StartAsync(
        string tool, string package, IEnumerable<string>? arguments = null, CancellationToken cancellationToken = default)
    {
        var folder = RepositoryRoot.ToolFolder(tool);
        await NpmInstall.EnsureInstalledAsync(folder, package, cancellationToken);

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("launcher.js");
        foreach (var argument in arguments ?? [])
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)
            ?? throw new InvalidOperationException("Could not start 'node launcher.js': is Node.js installed?");
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(StartTimeout);
            var line = await process.StandardOutput.ReadLineAsync(timeout.Token);
            if (!int.TryParse(line, NumberStyles.None, CultureInfo.InvariantCulture, out var port))
            {
                var errors = process.HasExited ? await process.StandardError.ReadToEndAsync(cancellationToken) : "";
                throw new InvalidOperationException($"{tool} did not report its port (got '{line}'). {errors}".Trim());
            }

            return new NodeServer(process, port);
        }
        catch
        {
            Stop(process);
            process.Dispose();
            throw;
        }
    }

    /// <summary>Stops the server.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            // Closing stdin is the launcher's normal way out; the kill is only for a launcher that hangs.
            _process.StandardInput.Close();
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _process.WaitForExitAsync(grace.Token);
        }
        catch (OperationCanceledException)
        {
            Stop(_process);
        }
        catch (IOException)
        {
            Stop(_process);
        }
        finally
        {
            _process.Dispose();
        }
    }

    private static void Stop(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }
}
