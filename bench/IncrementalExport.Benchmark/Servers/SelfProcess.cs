using System.Diagnostics;

namespace IncrementalExport.Benchmark.Servers;

/// <summary>Starts this program again in another mode (the server child, the cold-start child).</summary>
internal static class SelfProcess
{
    /// <summary>A start for this program with <paramref name="arguments"/>, stdin/stdout redirected.</summary>
    public static ProcessStartInfo StartInfo(params string[] arguments)
    {
        var host = Environment.ProcessPath ?? throw new InvalidOperationException("the path of this process is unknown");
        var start = new ProcessStartInfo(host)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        // Run as `dotnet IncrementalExport.Benchmark.dll`, the host is dotnet and needs the assembly first.
        if (Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(typeof(SelfProcess).Assembly.Location);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }
}
