using IncrementalExport.Core.Settings;

namespace IncrementalExport.Tests.Settings;

public sealed class SettingsParseFileTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("settings-tests-").FullName;

    [Fact]
    public void ParseFile_WhenTheFileHoldsValidSettings_ShouldReturnThem()
    {
        var path = Write("settings.json", """{ "bucket": "export-bucket", "stateTable": "export-state", "tables": [ { "table": "orders" } ] }""");

        var settings = SettingsDocument.Valid(SettingsJson.ParseFile(path));

        Assert.Equal("orders", Assert.Single(settings.Tables).Name);
    }

    [Fact]
    public void ParseFile_WhenTheFileIsMissing_ShouldNameThePath()
    {
        var path = Path.Combine(_directory, "missing.json");

        SettingsDocument.SingleError(SettingsJson.ParseFile(path), path, $"{path}: settings file not found");
    }

    [Fact]
    public void ParseFile_WhenTheDirectoryIsMissing_ShouldNameThePath()
    {
        var path = Path.Combine(_directory, "nowhere", "settings.json");

        SettingsDocument.SingleError(SettingsJson.ParseFile(path), path, "settings file not found");
    }

    [Fact]
    public void ParseFile_WhenThePathIsADirectory_ShouldSayItCannotBeRead()
    {
        SettingsDocument.SingleError(SettingsJson.ParseFile(_directory), _directory, $"{_directory}: settings file");
    }

    [Fact]
    public void ParseFile_WhenTheFileIsInvalid_ShouldReportTheSameProblemsAsParse()
    {
        const string json = """{ "bucket": "export-bucket", "stateTable": "export-state", "tables": [], "windowMinutes": 5 }""";
        var path = Write("invalid.json", json);

        Assert.Equal(SettingsJson.Parse(json).Errors, SettingsJson.ParseFile(path).Errors);
        Assert.Equal(2, SettingsJson.ParseFile(path).Errors.Count);
    }

    [Fact]
    public void ParseFile_WhenTheFileIsEmpty_ShouldSayTheDocumentIsEmpty()
    {
        var path = Write("empty.json", "");

        SettingsDocument.SingleError(SettingsJson.ParseFile(path), "settings", "empty");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }
}
