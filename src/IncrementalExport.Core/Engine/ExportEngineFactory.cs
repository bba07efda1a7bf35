using Amazon.DynamoDBv2;
using IncrementalExport.Core.Aws;
using IncrementalExport.Core.Settings;
using IncrementalExport.Core.State;

namespace IncrementalExport.Core.Engine;

/// <summary>Builds the engine over one DynamoDB client (state table and export control plane alike).</summary>
public static class ExportEngineFactory
{
    /// <summary>The engine for <paramref name="settings"/>, taking time from <paramref name="timeProvider"/>.</summary>
    public static IExportEngine Create(ExportSettings settings, IAmazonDynamoDB dynamoDb, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new ExportEngine(settings, new DynamoDbStateStore(dynamoDb, settings.StateTable), new DynamoDbExportApi(dynamoDb), timeProvider);
    }
}
