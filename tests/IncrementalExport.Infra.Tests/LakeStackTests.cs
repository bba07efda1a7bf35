using IncrementalExport.Stack;

namespace IncrementalExport.Infra.Tests;

/// <summary>The data lake's resources: one database, a workgroup whose settings queries cannot override, least privilege, opt-out.</summary>
public sealed class LakeStackTests
{
    [Fact]
    public async Task WorkGroup_ShouldEnforceResultsUnderTheBucketEncryptedWithTheStacksKeyAndACutoff()
    {
        var resources = await ExporterRun.RunAsync(ExporterRun.Settings("orders"));

        var bucket = Assert.Single(resources, r => r.Type == "aws:s3/bucket:Bucket").String("bucket");
        var workGroup = Assert.Single(resources, r => r.Type == "aws:athena/workgroup:Workgroup");
        var configuration = workGroup.Object("configuration");
        Assert.True((bool)configuration["enforceWorkgroupConfiguration"]);
        Assert.Equal((double)LakeStack.BytesScannedCutoffPerQuery, configuration["bytesScannedCutoffPerQuery"]);
        var results = (System.Collections.Immutable.ImmutableDictionary<string, object>)configuration["resultConfiguration"];
        Assert.Equal($"s3://{bucket}/dynamodb/_lake/athena-results/", results["outputLocation"]);
        var encryption = (System.Collections.Immutable.ImmutableDictionary<string, object>)results["encryptionConfiguration"];
        Assert.Equal(("SSE_KMS", RecordingMocks.KeyArn), (encryption["encryptionOption"], encryption["kmsKeyArn"]));
        Assert.Single(resources, r => r.Type == "aws:glue/catalogDatabase:CatalogDatabase");
    }

    [Fact]
    public async Task LakePolicy_ShouldNameOnlyTheWorkGroupTheDatabaseAndTheStacksPrefixes()
    {
        var resources = await ExporterRun.RunAsync(ExporterRun.Settings("orders", "customers"));

        var bucketArn = RecordingMocks.Account.BucketArn(Assert.Single(resources, r => r.Type == "aws:s3/bucket:Bucket").String("bucket"));
        var database = Assert.Single(resources, r => r.Type == "aws:glue/catalogDatabase:CatalogDatabase").String("name");
        var workGroup = Assert.Single(resources, r => r.Type == "aws:athena/workgroup:Workgroup").String("name");
        var policy = Assert.Single(resources, r => r.Type == "aws:iam/rolePolicy:RolePolicy" && r.Name == "lake-policy");
        var statements = ExporterRun.Statements(policy.String("policy")).ToDictionary(s => s.GetProperty("Sid").GetString()!);

        Assert.All(statements.Values, s => Assert.DoesNotContain(ExporterRun.Strings(s, "Action"), a => a.Contains('*', StringComparison.Ordinal)));
        Assert.Equal([$"arn:aws:athena:eu-west-1:123456789012:workgroup/{workGroup}"], ExporterRun.Strings(statements["LakeQueries"], "Resource"));

        // Exactly the calls the function's Athena adapter makes: start, follow, and read the typing query's answer.
        Assert.Equal(["athena:GetQueryExecution", "athena:GetQueryResults", "athena:StartQueryExecution"], ExporterRun.Strings(statements["LakeQueries"], "Action").Order(StringComparer.Ordinal));
        Assert.All(ExporterRun.Strings(statements["LakeCatalog"], "Resource"), r => Assert.True(r.EndsWith(":catalog", StringComparison.Ordinal) || r.Contains($"/{database}", StringComparison.Ordinal), r));
        Assert.Equal([$"{bucketArn}/dynamodb/*"], ExporterRun.Strings(statements["LakeReadExports"], "Resource"));
        Assert.Equal([$"{bucketArn}/dynamodb/_lake/*"], ExporterRun.Strings(statements["LakeWriteWarehouseAndResults"], "Resource"));
        Assert.Equal("dynamodb/*", statements["LakeListExports"].GetProperty("Condition").GetProperty("StringLike").GetProperty("s3:prefix").GetString());
    }

    [Fact]
    public async Task DataLake_WhenOptedOut_ShouldCreateNothingOfIt()
    {
        var resources = await ExporterRun.RunAsync(ExporterRun.Settings("orders") with { DataLake = false });

        Assert.DoesNotContain(resources, r => r.Type.StartsWith("aws:athena", StringComparison.Ordinal) || r.Type.StartsWith("aws:glue", StringComparison.Ordinal) || r.Name == "lake-policy");
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void Config_DataLake_ShouldDefaultToOnAndTakeFalse(string? value, bool expected)
    {
        var config = new Dictionary<string, string?> { ["tables"] = """[{"table":"orders"}]""", ["dataLake"] = value };

        var result = StackConfig.Read(k => config.GetValueOrDefault(k));

        Assert.Equal(expected, result.Settings!.DataLake);
    }

    [Fact]
    public void Config_DataLake_WhenNotABoolean_ShouldNameTheKey()
    {
        var config = new Dictionary<string, string?> { ["tables"] = """[{"table":"orders"}]""", ["dataLake"] = "maybe" };

        var result = StackConfig.Read(k => config.GetValueOrDefault(k));

        Assert.Contains(result.Errors, e => e.Path == "incremental-export:dataLake");
    }

    [Fact]
    public async Task SettingsItem_WhenTheLakeIsOn_ShouldNameTheStacksDatabaseAndWorkGroupAndThePace()
    {
        var resources = await ExporterRun.RunAsync(ExporterRun.Settings("orders") with { DataLake = true, ApplyEveryMinutes = 60 });

        var item = Assert.Single(resources, r => r.Type == "aws:dynamodb/tableItem:TableItem");
        using var json = System.Text.Json.JsonDocument.Parse(item.String("item"));
        var settings = Core.Settings.SettingsJson.Parse(json.RootElement.GetProperty(Core.Settings.SettingsItem.DocumentAttribute).GetProperty("S").GetString()!).GetOrThrow();
        var database = Assert.Single(resources, r => r.Type == "aws:glue/catalogDatabase:CatalogDatabase").String("name");
        var workGroup = Assert.Single(resources, r => r.Type == "aws:athena/workgroup:Workgroup").String("name");
        Assert.Equal(new Core.Settings.LakeSettings(database, workGroup, 60), settings.DataLake);
    }

    [Fact]
    public async Task SettingsItem_WhenTheLakeIsOff_ShouldHaveNoLakeSection()
    {
        var resources = await ExporterRun.RunAsync(ExporterRun.Settings("orders") with { DataLake = false });

        var item = Assert.Single(resources, r => r.Type == "aws:dynamodb/tableItem:TableItem");
        Assert.DoesNotContain("dataLake", item.String("item"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("10", "10 is outside 15..1440")]
    [InlineData("1441", "1441 is outside 15..1440")]
    [InlineData("soon", "'soon' is not a whole number")]
    public void Config_ApplyEveryMinutes_WhenOutOfRange_ShouldNameTheKeyAndRange(string value, string message)
    {
        var config = new Dictionary<string, string?> { ["tables"] = """[{"table":"orders"}]""", ["dataLake"] = "true", ["applyEveryMinutes"] = value };

        var result = StackConfig.Read(k => config.GetValueOrDefault(k));

        var error = Assert.Single(result.Errors);
        Assert.Equal(("incremental-export:applyEveryMinutes", message), (error.Path, error.Message));
    }

    [Fact]
    public void Config_ApplyEveryMinutes_WithoutTheLake_ShouldSayItHasNoEffect()
    {
        var config = new Dictionary<string, string?> { ["tables"] = """[{"table":"orders"}]""", ["dataLake"] = "false", ["applyEveryMinutes"] = "60" };

        var result = StackConfig.Read(k => config.GetValueOrDefault(k));

        Assert.Contains(result.Errors, e => e.Path == "incremental-export:applyEveryMinutes" && e.Message.Contains("dataLake is false", StringComparison.Ordinal));
    }
}
