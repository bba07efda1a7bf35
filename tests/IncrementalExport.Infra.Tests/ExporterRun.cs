using System.Collections;
using System.Collections.Immutable;
using System.Text.Json;
using IncrementalExport.Core.Settings;
using IncrementalExport.Function;
using IncrementalExport.Stack;
using Pulumi;
using Pulumi.Testing;

namespace IncrementalExport.Infra.Tests;

/// <summary>Runs the exporter component against the mocks from a settings object (never from stack config).</summary>
internal static class ExporterRun
{
    /// <summary>The folder of the built function assembly: the code the stack archives and reads its handler from.</summary>
    public static string CodePath { get; } = Path.GetDirectoryName(typeof(ExportFunction).Assembly.Location)!;

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

        // On, so every policy and limit test also covers the lake's resources.
        DataLake = true,
    };

    public static async Task<IReadOnlyList<RecordedResource>> RunAsync(StackSettings settings) => (await RunWithOutputsAsync(settings)).Resources;

    /// <summary>Runs the component; also returns the outputs it registers (and the stack exports).</summary>
    public static async Task<(IReadOnlyList<RecordedResource> Resources, IDictionary<string, object?> Outputs)> RunWithOutputsAsync(StackSettings settings)
    {
        var mocks = new RecordingMocks();
        IDictionary<string, object?> outputs = new Dictionary<string, object?>();
        await Deployment.TestAsync(
            mocks,
            new TestOptions { IsPreview = false, ProjectName = "incremental-export", StackName = "test" },
            () => outputs = new Exporter("exporter", new ExporterArgs(settings, CodePath)).Outputs);
        return (mocks.Resources, outputs);
    }

    /// <summary>Runs the program itself (config read from PULUMI_CONFIG); returns what was registered and the failure, if any.</summary>
    public static async Task<(IReadOnlyList<RecordedResource> Resources, Exception? Error)> RunProgramAsync(IDictionary<string, string> config)
    {
        var mocks = new RecordingMocks();
        var previous = Environment.GetEnvironmentVariable("PULUMI_CONFIG");
        Environment.SetEnvironmentVariable("PULUMI_CONFIG", JsonSerializer.Serialize(config));
        try
        {
            await Deployment.TestAsync(
                mocks,
                new TestOptions { IsPreview = true, ProjectName = "incremental-export", StackName = "test" },
                () => ExporterProgram.Run());
            return (mocks.Resources, null);
        }
        catch (Exception e)
        {
            return (mocks.Resources, e);
        }
        finally
        {
            Environment.SetEnvironmentVariable("PULUMI_CONFIG", previous);
        }
    }

    /// <summary>The inputs as stable JSON, for comparing two runs (archives compare by type).</summary>
    public static string Canonical(object? value) => JsonSerializer.Serialize(Normalize(value));

    /// <summary>The statements of an IAM policy document.</summary>
    public static IReadOnlyList<JsonElement> Statements(string policyJson) =>
        JsonDocument.Parse(policyJson).RootElement.GetProperty("Statement").EnumerateArray().ToList();

    /// <summary>A statement's Action or Resource, whether IAM got a string or a list.</summary>
    public static IReadOnlyList<string> Strings(JsonElement statement, string name) =>
        !statement.TryGetProperty(name, out var value) ? []
        : value.ValueKind == JsonValueKind.String ? [value.GetString()!]
        : value.EnumerateArray().Select(v => v.GetString()!).ToList();

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
