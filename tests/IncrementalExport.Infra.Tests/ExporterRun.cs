using System.Collections;
using System.Collections.Immutable;
using System.Text.Json;
using IncrementalExport.Core.Deployment;
using IncrementalExport.Core.Settings;
using Pulumi;
using Pulumi.Testing;

namespace IncrementalExport.Infra.Tests;

/// <summary>Runs the exporter component against the mocks from a settings object (never from stack config).</summary>
internal static class ExporterRun
{
    public static StackSettings Settings(params string[] tables) => new()
    {
        Engine = new ExportSettings
        {
            Bucket = "placeholder",
            StateTable = "placeholder",
            Prefix = "dynamodb",
            Tables = tables.Select(t => new TableSettings(t)).ToList(),
        },
        Schedule = "rate(15 minutes)",
        AlarmEmail = "ops@example.com",
    };

    public static async Task<IReadOnlyList<RecordedResource>> RunAsync(StackSettings settings)
    {
        var mocks = new RecordingMocks();
        var code = Directory.CreateTempSubdirectory("incremental-export-code-");
        try
        {
            await Deployment.TestAsync(
                mocks,
                new TestOptions { IsPreview = false, ProjectName = "incremental-export", StackName = "test" },
                () =>
                {
                    var exporter = new Exporter("exporter", new ExporterArgs(settings, code.FullName));
                    return new Dictionary<string, object?> { ["settingsJson"] = exporter.SettingsJson };
                });
        }
        finally
        {
            code.Delete(recursive: true);
        }

        return mocks.Resources;
    }

    /// <summary>The inputs as stable JSON, for comparing two runs (archives compare by type: their path is a temp folder).</summary>
    public static string Canonical(object? value) => JsonSerializer.Serialize(Normalize(value));

    private static object? Normalize(object? value) => value switch
    {
        null or string or bool or double or int or long => value,
        IDictionary dictionary => dictionary.Keys.Cast<string>().Order(StringComparer.Ordinal)
            .ToDictionary(k => k, k => Normalize(dictionary[k])),
        ImmutableArray<object> array => array.Select(Normalize).ToList(),
        IEnumerable items => items.Cast<object?>().Select(Normalize).ToList(),
        _ => value.GetType().Name,
    };
}
