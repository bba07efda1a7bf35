using System.Diagnostics;

namespace IncrementalExport.Emulator.Servers;

/// <summary>
/// Installs a tools/ folder's locked packages once. Several test processes (tests, benchmark, campaign) may start at
/// the same moment, and <c>npm ci</c> deletes node_modules first, so the install runs under an exclusive lock file.
/// </summary>
internal static class NpmInstall
{
    private static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(5);

    public static async Task EnsureInstalledAsync(string folder, string package, CancellationToken cancellationToken)
    {
        if (IsInstalled(folder, package))
        {
            return;
        }

        await using var gate = await AcquireLockAsync(Path.Combine(folder, ".npm-ci.lock"), cancellationToken);
        if (IsInstalled(folder, package))
        {
            return;
        }

        var npm = OperatingSystem.IsWindows() ? "npm.cmd" : "npm";
        var start = new ProcessStartInfo(npm)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "ci", "--no-audit", "--no-fund" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)
            ?? throw new InvalidOperationException($"Could not start '{npm} ci' in {folder}: is Node.js installed?");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0 || !IsInstalled(folder, package))
        {
            throw new InvalidOperationException(
                $"'{npm} ci' in {folder} failed (exit code {process.ExitCode}):\n{await output}\n{await errors}");
        }
    }

    // npm writes node_modules/.package-lock.json only when an install has finished, so a half-done install is not
    // mistaken for a complete one.
    private static bool IsInstalled(string folder, string package) =>
        File.Exists(Path.Combine(folder, "node_modules", ".package-lock.json"))
        && File.Exists(Path.Combine(folder, "node_modules", package, "package.json"));

    private static async Task<FileStream> AcquireLockAsync(string path, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + LockTimeout;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
            }
        }
    }
}
