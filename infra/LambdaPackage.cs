using System.Diagnostics;
using System.Text;
using IncrementalExport.Stack;
using Pulumi;

namespace IncrementalExport.Infra;

/// <summary>Publishes the function with <c>dotnet publish</c> so <c>pulumi up</c> is the only command a user runs.</summary>
internal static class LambdaPackage
{
    /// <summary>Publishes into the git-ignored build folder and returns it; a failed build stops the program with its output.</summary>
    public static string Publish(string workingDirectory)
    {
        var root = LambdaPublish.FindRepositoryRoot(workingDirectory)
            ?? throw new RunException($"No {LambdaPublish.RootMarker} found at or above {workingDirectory}; run pulumi from the repository.");
        var project = Path.Combine(root, LambdaPublish.ProjectPath);
        var output = Path.Combine(root, LambdaPublish.OutputPath);

        // A stale file from an earlier publish would otherwise end up in the archive.
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }

        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = root,
        };
        foreach (var argument in LambdaPublish.Arguments(project, output))
        {
            start.ArgumentList.Add(argument);
        }

        var log = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(log, e.Data);
        process.ErrorDataReceived += (_, e) => Append(log, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.WaitForExit();

        if (process.ExitCode != 0)
        {
            throw new RunException(
                $"Building the Lambda failed (dotnet {string.Join(' ', start.ArgumentList)}, exit code {process.ExitCode}):{Environment.NewLine}{log}");
        }

        return output;
    }

    private static void Append(StringBuilder log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.AppendLine(line);
        }
    }
}
