using System.Runtime.InteropServices;

namespace IncrementalExport.Benchmark.Report;

/// <summary>The machine a run measured, as the report prints it.</summary>
internal static class MachineInfo
{
    public static string Describe()
    {
        var cpu = ReadField("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString();
        var memory = ReadField("/proc/meminfo", "MemTotal") is { } kb && long.TryParse(kb.Split(' ')[0], out var total)
            ? $"{total / 1024.0 / 1024.0:0.0} GiB RAM"
            : "RAM unknown";
        return $"{Environment.ProcessorCount} logical CPUs (nproc), {cpu}, {memory}, {RuntimeInformation.FrameworkDescription} "
            + $"({RuntimeInformation.ProcessArchitecture}), {RuntimeInformation.OSDescription}";
    }

    private static string? ReadField(string path, string name)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        return File.ReadLines(path)
            .Where(l => l.StartsWith(name, StringComparison.Ordinal) && l.Contains(':', StringComparison.Ordinal))
            .Select(l => l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim())
            .FirstOrDefault();
    }
}
