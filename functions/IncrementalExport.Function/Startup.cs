using System.Diagnostics.CodeAnalysis;
using System.Text;
using Amazon.DynamoDBv2;
using Amazon.Lambda.Annotations;
using IncrementalExport.Core.Engine;
using IncrementalExport.Core.Invocation;
using IncrementalExport.Core.Wake;
using Microsoft.Extensions.DependencyInjection;

namespace IncrementalExport.Function;

/// <summary>Registers what <see cref="ExportFunction"/> needs; runs once per execution environment, at init.</summary>
[LambdaStartup]
public sealed class Startup
{
    /// <summary>Called by the generated handler's constructor, so a failure here fails the function's init.</summary>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "The Annotations generator calls it on an instance.")]
    public void ConfigureServices(IServiceCollection services)
    {
        // Defaults: the execution role's credentials, the function's region, AWS_ENDPOINT_URL_DYNAMODB when set.
        var dynamoDb = new Lazy<IAmazonDynamoDB>(() => new AmazonDynamoDBClient());

        // Decided once: where the settings are (the state table's settings item, read at every invocation). A missing
        // or invalid variable throws here with a message naming it, or every bad key of an inline document.
        var settings = FunctionSettings.FromEnvironment(Environment.GetEnvironmentVariable, () => dynamoDb.Value);
        services.AddSingleton(settings);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(_ => dynamoDb.Value);
        services.AddSingleton(sp => new InvocationHost(
            settings,
            current => ExportEngineFactory.Create(current, sp.GetRequiredService<IAmazonDynamoDB>(), sp.GetRequiredService<TimeProvider>()),
            sp.GetRequiredService<TimeProvider>(),
            StandardOutput(),
            WakeUpEnvironment.Programmer(Environment.GetEnvironmentVariable, () => dynamoDb.Value, TimeProvider.System)));
    }

    /// <summary>
    /// The process's raw stdout, one line per log event. Not Console.Out: the .NET runtime rewrites Console lines
    /// (a timestamp/request-id prefix, or a {"message": "..."} wrapper when the log format is JSON), and a wrapped
    /// EMF document is no longer a metric.
    /// </summary>
    private static TextWriter StandardOutput() =>
        TextWriter.Synchronized(new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = true });
}
