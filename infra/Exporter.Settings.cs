using IncrementalExport.Core.Deployment;
using IncrementalExport.Core.Settings;
using Pulumi;
using Aws = Pulumi.Aws;

namespace IncrementalExport.Infra;

/// <summary>The settings item in the state table and, when the policy grants by tag, the tags on the source tables.</summary>
internal sealed partial class Exporter
{
    private Aws.DynamoDB.TableItem SettingsItem(Aws.DynamoDB.Table stateTable, Output<ExportSettings> resolved) =>
        new("settings", new Aws.DynamoDB.TableItemArgs
        {
            TableName = stateTable.Name,
            HashKey = "pk",
            RangeKey = "sk",
            Item = resolved.Apply(s => Core.Settings.SettingsItem.ToDynamoDbJson(Core.Settings.SettingsJson.Serialize(s))),
        }, Child());

    /// <summary>One tag per configured table when exact ARNs would not fit the function's policy (TablePermissions).</summary>
    private List<Resource> TableTags()
    {
        if (_tableTagKey is not { } key)
        {
            return [];
        }

        return _settings.Engine.Tables
            .Select(table => (Resource)new Aws.DynamoDB.Tag($"tag-{table.Name}", new Aws.DynamoDB.TagArgs
            {
                ResourceArn = table.Arn is { } arn ? Output.Create(arn) : _account.Apply(a => a.TableArn(table.Name)),
                Key = key,
                Value = TablePermissions.TagValue,
            }, Child()))
            .ToList();
    }
}
