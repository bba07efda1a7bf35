using IncrementalExport.Cli;
using IncrementalExport.Core.Settings;

namespace IncrementalExport.Tests.Cli;

/// <summary>The CLI's --settings file: every way it can be wrong becomes lines naming the file.</summary>
public sealed class SettingsFileTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("settings-tests-").FullName;

    [Fact]
    public async Task LoadAsync_WhenTheFileHoldsValidSettings_ShouldReturnThem()
    {
        var path = Write("settings.json", """{ "bucket": "export-bucket", "stateTable": "export-state", "tables": [ { "table": "orders" } ] }""");

        var (settings, errors) = await Load(path);

        Assert.Empty(errors);
        Assert.Equal("orders", Assert.Single(settings!.Tables).Name);
    }

    [Fact]
    public async Task LoadAsync_WhenTheFileIsMissing_ShouldNameThePath()
    {
        var path = Path.Combine(_directory, "missing.json");

        var (settings, errors) = await Load(path);

        Assert.Null(settings);
        Assert.StartsWith($"cannot read settings file '{path}': ", Assert.Single(errors), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_WhenThePathIsADirectory_ShouldSayItCannotBeRead()
    {
        var (settings, errors) = await Load(_directory);

        Assert.Null(settings);
        Assert.StartsWith($"cannot read settings file '{_directory}'", Assert.Single(errors), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_WhenTheFileIsInvalid_ShouldListEveryProblemParseFinds()
    {
        const string json = """{ "bucket": "export-bucket", "stateTable": "export-state", "tables": [], "windowMinutes": 5 }""";
        var path = Write("invalid.json", json);

        var (settings, errors) = await Load(path);

        Assert.Null(settings);
        Assert.Equal([$"settings file '{path}' is invalid:", .. SettingsJson.Parse(json).Errors.Select(e => "  " + e)], errors);
        Assert.Equal(3, errors.Count);
    }

    [Fact]
    public async Task LoadAsync_WhenTheFileIsEmpty_ShouldSayTheDocumentIsEmpty()
    {
        var (_, errors) = await Load(Write("empty.json", ""));

        Assert.Contains("empty", errors[1], StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static Task<(ExportSettings? Settings, IReadOnlyList<string> Errors)> Load(string path) =>
        SettingsFile.LoadAsync(path, SettingsJson.Parse, CancellationToken.None);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }
}
