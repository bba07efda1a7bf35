using System.Text.Json;
using IncrementalExport.Emulator.ControlPlane;

namespace IncrementalExport.Emulator.Endpoint;

/// <summary>DescribeContinuousBackups, UpdateContinuousBackups and DescribeTable of registered source tables on the wire.</summary>
internal static class TableOperations
{
    public static (bool Enabled, int? RecoveryPeriodInDays) ReadPitrSpecification(JsonRequest request)
    {
        var spec = request.Object("PointInTimeRecoverySpecification")
            ?? throw FakeServiceException.Validation(
                "1 validation error detected: Value null at 'pointInTimeRecoverySpecification' failed to satisfy constraint: Member must not be null");
        var enabled = spec.Bool("PointInTimeRecoveryEnabled")
            ?? throw FakeServiceException.Validation(
                "1 validation error detected: Value null at 'pointInTimeRecoverySpecification.pointInTimeRecoveryEnabled' failed to satisfy constraint: Member must not be null");
        return (enabled, spec.Int("RecoveryPeriodInDays"));
    }

    public static byte[] WriteContinuousBackups(PitrDescription pitr) => JsonResponse.Write(w =>
    {
        w.WriteStartObject("ContinuousBackupsDescription");
        w.WriteString("ContinuousBackupsStatus", "ENABLED");
        w.WriteStartObject("PointInTimeRecoveryDescription");
        w.WriteString("PointInTimeRecoveryStatus", pitr.Enabled ? "ENABLED" : "DISABLED");
        if (pitr.Enabled)
        {
            w.WriteTime("EarliestRestorableDateTime", pitr.Earliest);
            w.WriteTime("LatestRestorableDateTime", pitr.Latest);
            w.WriteNumber("RecoveryPeriodInDays", pitr.RecoveryPeriodInDays);
        }

        w.WriteEndObject();
        w.WriteEndObject();
    });

    public static byte[] WriteTable(RegisteredTable table) => JsonResponse.Write(w =>
    {
        w.WriteStartObject("Table");
        w.WriteString("TableName", table.Name);
        w.WriteString("TableArn", table.Arn);
        w.WriteString("TableId", table.TableId);
        w.WriteString("TableStatus", "ACTIVE");
        w.WriteTime("CreationDateTime", table.CreatedAt);
        WriteSingle(w, "AttributeDefinitions", ("AttributeName", "pk"), ("AttributeType", "S"));
        WriteSingle(w, "KeySchema", ("AttributeName", "pk"), ("KeyType", "HASH"));
        w.WriteStartObject("BillingModeSummary");
        w.WriteString("BillingMode", "PAY_PER_REQUEST");
        w.WriteEndObject();
        w.WriteStartObject("ProvisionedThroughput");
        w.WriteNumber("NumberOfDecreasesToday", 0);
        w.WriteNumber("ReadCapacityUnits", 0);
        w.WriteNumber("WriteCapacityUnits", 0);
        w.WriteEndObject();
        w.WriteNumber("ItemCount", table.ItemCount);
        w.WriteNumber("TableSizeBytes", table.ItemCount * 100);
        w.WriteBoolean("DeletionProtectionEnabled", false);
        w.WriteEndObject();
    });

    private static void WriteSingle(Utf8JsonWriter w, string name, params (string Key, string Value)[] members)
    {
        w.WriteStartArray(name);
        w.WriteStartObject();
        foreach (var (key, value) in members)
        {
            w.WriteString(key, value);
        }

        w.WriteEndObject();
        w.WriteEndArray();
    }
}
