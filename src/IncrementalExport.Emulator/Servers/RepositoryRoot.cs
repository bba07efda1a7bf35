namespace IncrementalExport.Emulator.Servers;

/// <summary>Finds the checkout the tool runs from, so tools/ is found whatever the working directory.</summary>
internal static class RepositoryRoot
{
    private const string Marker = "IncrementalExport.sln";

    public static string Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, Marker)))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException(
            $"No {Marker} found above '{AppContext.BaseDirectory}' or '{Environment.CurrentDirectory}': run the tests from a checkout of the repository.");
    }

    public static string ToolFolder(string tool) => Path.Combine(Find(), "tools", tool);
}
