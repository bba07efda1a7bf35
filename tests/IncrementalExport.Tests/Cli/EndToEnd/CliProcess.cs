using System.Diagnostics;

namespace IncrementalExport.Tests.Cli.EndToEnd;

/// <summary>
/// Runs the built CLI (incremental-export.dll, copied next to the tests by the project reference) as a child process
/// with an environment of only what the test gives plus the basics a process needs, so no profile, credential file
/// or endpoint of the machine can leak in.
/// </summary>
internal static class CliProcess
{
    // A safety net against a hung child, not a timing assertion.
    private static readonly TimeSpan HangLimit = TimeSpan.FromMinutes(2);

    private static readonly string[] Inherited = ["PATH", "HOME", "DOTNET_ROOT", "TMPDIR", "TEMP", "TMP", "SystemRoot"];

    public static string DllPath
    {
        get
        {
            var path = Path.Combine(AppContext.BaseDirectory, "incremental-export.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException("the CLI is not built next to the tests", path);
        }
    }

    public static async Task<CliResult> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(DllPath);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Clear();
        foreach (var name in Inherited)
        {
            if (Environment.GetEnvironmentVariable(name) is { } value)
            {
                start.Environment[name] = value;
            }
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var hang = new CancellationTokenSource(HangLimit);
        try
        {
            await process.WaitForExitAsync(hang.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"the CLI did not exit within {HangLimit}");
        }

        return new CliResult(process.ExitCode, await stdout, await stderr);
    }

    // The host running these tests when it is dotnet itself (dotnet test), else the dotnet on the PATH.
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host
        : Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath!
        : "dotnet";
}
