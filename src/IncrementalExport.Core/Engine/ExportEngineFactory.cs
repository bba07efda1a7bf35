using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Amazon.DynamoDBv2;
using IncrementalExport.Core.Aws;
using IncrementalExport.Core.Lake.Athena;
using IncrementalExport.Core.Settings;
using IncrementalExport.Core.State;

namespace IncrementalExport.Core.Engine;

/// <summary>
/// Builds the engine over one DynamoDB client (state table and export control plane alike) and, when the settings
/// have a <c>dataLake</c> section, the apply step over the Athena adapter of the stack's workgroup.
/// </summary>
public static class ExportEngineFactory
{
    // One adapter (one HTTP client) per workgroup for the process: engines are built per invocation.
    private static readonly ConcurrentDictionary<string, IAthenaQueries> Athena = new(StringComparer.Ordinal);

    // One export adapter per DynamoDB client, so its cache of table ARNs outlives the per-invocation engine (a table
    // configured by name is described once per process, not once per invocation).
    private static readonly ConditionalWeakTable<IAmazonDynamoDB, DynamoDbExportApi> ExportApis = [];

    /// <summary>
    /// The engine for <paramref name="settings"/>, taking time from <paramref name="timeProvider"/>; Athena in the
    /// region of AWS_REGION with the default credentials, as the SDK clients find them (AWS_ENDPOINT_URL_ATHENA overrides the endpoint).
    /// </summary>
    public static IExportEngine Create(ExportSettings settings, IAmazonDynamoDB dynamoDb, TimeProvider timeProvider) =>
        Create(settings, dynamoDb, timeProvider, workGroup => Athena.GetOrAdd(
            workGroup + "\n" + Environment.GetEnvironmentVariable(AthenaJsonApi.EndpointVariable),
            _ => AthenaJsonApi.Create(workGroup, Environment.GetEnvironmentVariable)));

    /// <summary>The engine for <paramref name="settings"/> with the Athena adapter <paramref name="athena"/> gives for a workgroup.</summary>
    public static IExportEngine Create(ExportSettings settings, IAmazonDynamoDB dynamoDb, TimeProvider timeProvider, Func<string, IAthenaQueries> athena)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(athena);
        var store = new DynamoDbStateStore(dynamoDb, settings.StateTable);
        var api = ExportApis.GetValue(dynamoDb, client => new DynamoDbExportApi(client));
        LakeTick? lake = null;
        if (settings.DataLake is { } lakeSettings)
        {
            var step = new LakeChainStep(athena(lakeSettings.WorkGroup), new LakeChainOptions(MaxExports: lakeSettings.MaxExports(settings.WindowMinutes)));
            lake = new LakeTick(
                store,
                new DynamoDbLakeStateStore(dynamoDb, settings.StateTable),
                step,
                (table, token) => api.GetKeyNamesAsync(table.Arn ?? table.Name, token),
                (table, keys) => LakeLayout.Table(settings, lakeSettings, table, keys),
                timeProvider);
        }

        return new ExportEngine(settings, store, api, timeProvider, lake);
    }
}
