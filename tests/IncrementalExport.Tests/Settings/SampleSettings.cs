using IncrementalExport.Core.Model;
using IncrementalExport.Core.Settings;

namespace IncrementalExport.Tests.Settings;

/// <summary>Settings with every value away from its default, as a record and as a hand-written document.</summary>
internal static class SampleSettings
{
    public const string FullDocument = """
        {
          "bucket": "my-bucket", "bucketOwner": "123456789012", "prefix": "dynamodb/prod",
          "kmsKeyArn": "arn:aws:kms:eu-west-1:123456789012:alias/exports",
          "stateTable": "incremental-export-dev-state", "windowMinutes": 25, "alignWindows": false,
          "maxCatchUpMinutes": 600, "safetyMarginSeconds": 0, "maxExportsInFlight": 300,
          "maxConsecutiveFailures": 5, "onPitrGap": "fullExport", "parallelism": 4,
          "tables": [
            { "table": "arn:aws:dynamodb:eu-west-1:123456789012:table/orders", "prefix": "orders-v2",
              "viewType": "NEW_IMAGE", "exportFormat": "ION", "startTime": "2026-11-24T11:00:00+01:00" },
            { "table": "customers", "startTime": "2026-11-24T10:00:00.1234567Z" }
          ]
        }
        """;

    public static readonly ExportSettings Minimal = new() { Bucket = "export-bucket", StateTable = "export-state", Tables = [new("orders")] };

    public static readonly ExportSettings Full = new()
    {
        Bucket = "my-bucket", BucketOwner = "123456789012", Prefix = "dynamodb/prod",
        KmsKeyArn = "arn:aws:kms:eu-west-1:123456789012:alias/exports",
        StateTable = "incremental-export-dev-state", WindowMinutes = 25, AlignWindows = false,
        MaxCatchUpMinutes = 600, SafetyMarginSeconds = 0, MaxExportsInFlight = 300,
        MaxConsecutiveFailures = 5, OnPitrGap = PitrGapPolicy.FullExport, Parallelism = 4,
        Tables =
        [
            new("arn:aws:dynamodb:eu-west-1:123456789012:table/orders", "orders-v2", ExportViewType.NewImage, ExportFormat.Ion, new DateTimeOffset(2026, 11, 24, 11, 0, 0, TimeSpan.FromHours(1))),
            new("customers", StartTime: new DateTimeOffset(2026, 11, 24, 10, 0, 0, 123, TimeSpan.Zero).AddTicks(4567)),
        ],
    };
}
