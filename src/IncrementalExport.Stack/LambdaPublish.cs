namespace IncrementalExport.Stack;

/// <summary>How the stack builds the Lambda package before archiving it, so <c>pulumi up</c> is the only command.</summary>
public static class LambdaPublish
{
    /// <summary>The file that marks the repository root (the Pulumi project file).</summary>
    public const string RootMarker = "Pulumi.yaml";

    /// <summary>The function project, relative to the repository root.</summary>
    public static readonly string ProjectPath = Path.Combine("functions", "IncrementalExport.Function", "IncrementalExport.Function.csproj");

    /// <summary>The publish folder, relative to the repository root (git-ignored).</summary>
    public static readonly string OutputPath = Path.Combine("infra", ".build", "function");

    /// <summary>The Lambda runtime identifier.</summary>
    public const string Runtime = "dotnet10";

    /// <summary>The Lambda architecture: Graviton is cheaper per GB-second and the engine has no native dependencies.</summary>
    public const string Architecture = "arm64";

    /// <summary>The .NET runtime identifier matching <see cref="Architecture"/>.</summary>
    public const string RuntimeIdentifier = "linux-arm64";

    /// <summary>
    /// The <c>dotnet</c> arguments: Release, linux-arm64, framework-dependent (the managed runtime provides .NET),
    /// ReadyToRun to cut cold-start JIT time.
    /// </summary>
    public static IReadOnlyList<string> Arguments(string projectPath, string outputDirectory) =>
    [
        "publish", projectPath,
        "--configuration", "Release",
        "--runtime", RuntimeIdentifier,
        "--self-contained", "false",
        "--output", outputDirectory,
        "-p:PublishReadyToRun=true",
        "--nologo",
    ];

    /// <summary>The nearest directory at or above <paramref name="startDirectory"/> holding <see cref="RootMarker"/>, or null.</summary>
    public static string? FindRepositoryRoot(string startDirectory)
    {
        for (var directory = new DirectoryInfo(startDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, RootMarker)))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
