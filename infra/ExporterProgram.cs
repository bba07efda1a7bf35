using IncrementalExport.Core.Settings;
using IncrementalExport.Stack;
using Pulumi;

namespace IncrementalExport.Infra;

/// <summary>The program: read the config once, build the Lambda, create the exporter, export the outputs.</summary>
internal static class ExporterProgram
{
    public static IDictionary<string, object?> Run()
    {
        var settings = ReadSettings();
        var codePath = LambdaPackage.Publish(Directory.GetCurrentDirectory());
        var exporter = new Exporter("exporter", new ExporterArgs(settings, codePath));
        return exporter.Outputs;
    }

    /// <summary>The validated stack settings; invalid config stops preview and up with every problem listed.</summary>
    private static StackSettings ReadSettings()
    {
        var config = new Config(StackConfigKeys.Namespace);
        var presentKeys = StackConfig.KeysInNamespace(Environment.GetEnvironmentVariable("PULUMI_CONFIG"));
        var result = StackConfig.Read(key => config.Get(key), presentKeys);
        if (!result.IsValid)
        {
            // RunException: Pulumi prints the message alone, without a stack trace.
            throw new RunException(new InvalidSettingsException(result.Errors).Message);
        }

        return result.Settings!;
    }
}
