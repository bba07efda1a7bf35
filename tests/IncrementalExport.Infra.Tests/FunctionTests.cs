using System.Collections.Immutable;
using System.Text.Json;
using IncrementalExport.Core.Contract;
using IncrementalExport.Core.Settings;
using IncrementalExport.Function;
using IncrementalExport.Stack;

namespace IncrementalExport.Infra.Tests;

/// <summary>The function, where it finds its settings, and the schedule that ticks it.</summary>
public sealed class FunctionTests
{
    [Fact]
    public async Task Function_ShouldUseTheHandlerTheAnnotationsGeneratorProduced()
    {
        var resources = await ExporterRun.RunAsync(ExporterRun.Settings("orders", "customers"));

        // The generated class, as the compiler sees it: renaming the method or the class breaks this line, not the stack.
        var generated = typeof(ExportFunction_Handle_Generated);
        var expected = $"{generated.Assembly.GetName().Name}::{generated.FullName}::{nameof(ExportFunction_Handle_Generated.Handle)}";
        var function = Assert.Single(resources, r => r.Type == "aws:lambda/function:Function");
        Assert.Equal(expected, function.String("handler"));
        Assert.Equal("dotnet10", function.String("runtime"));
        Assert.Equal(["arm64"], ((ImmutableArray<object>)function.Inputs["architectures"]).Cast<string>());
        Assert.Equal(1.0, function.Inputs["reservedConcurrentExecutions"]);
        Assert.Equal("JSON", function.Object("loggingConfig")["logFormat"]);
    }

    [Fact]
    public async Task Function_ShouldFindItsSettingsInTheStateTablesSettingsItem()
    {
        var resources = await ExporterRun.RunAsync(ExporterRun.Settings("orders", "customers"));

        var function = Assert.Single(resources, r => r.Type == "aws:lambda/function:Function");
        var variables = (ImmutableDictionary<string, object>)function.Object("environment")["variables"];
        Assert.Equal("incremental-export-test-state", (string)variables[LambdaEnvironment.StateTableVariable]);

        var item = Assert.Single(resources, r => r.Type == "aws:dynamodb/tableItem:TableItem");
        Assert.Equal("incremental-export-test-state", item.String("tableName"));
        Assert.Equal(("pk", "sk"), (item.String("hashKey"), item.String("rangeKey")));
        using var json = JsonDocument.Parse(item.String("item"));
        Assert.Equal(SettingsItem.PartitionKey, json.RootElement.GetProperty("pk").GetProperty("S").GetString());
        Assert.Equal(SettingsItem.SortKey, json.RootElement.GetProperty("sk").GetProperty("S").GetString());
        Assert.DoesNotContain("TABLE#", SettingsItem.PartitionKey, StringComparison.Ordinal);
        var settings = SettingsJson.Parse(json.RootElement.GetProperty(SettingsItem.DocumentAttribute).GetProperty("S").GetString()!).GetOrThrow();
        Assert.Equal(
            ["arn:aws:dynamodb:eu-west-1:123456789012:table/orders", "arn:aws:dynamodb:eu-west-1:123456789012:table/customers"],
            settings.Tables.Select(t => t.Table));
        Assert.Equal("incremental-export-test-state", settings.StateTable);
        Assert.Equal(RecordingMocks.KeyArn, settings.KmsKeyArn);
    }

    [Fact]
    public async Task Schedule_ShouldTickTheFunctionWithTheDocumentedPayloadAndRetries()
    {
        var resources = await ExporterRun.RunAsync(ExporterRun.Settings("orders") with { Schedule = "cron(0/30 * * * ? *)" });

        var schedule = Assert.Single(resources, r => r.Type == "aws:scheduler/schedule:Schedule" && r.Name == "schedule");
        Assert.Equal("cron(0/30 * * * ? *)", schedule.String("scheduleExpression"));
        Assert.Equal("ENABLED", schedule.String("state"));
        Assert.Equal("OFF", schedule.Object("flexibleTimeWindow")["mode"]);
        var target = schedule.Object("target");
        Assert.Equal(RecordingMocks.Account.FunctionArn("incremental-export-test"), target["arn"]);

        // The payload docs/function.md gives for the schedule, and docs/stack.md's "3 retries within 15 minutes".
        var docs = File.ReadAllText(Path.Combine(LambdaPublish.FindRepositoryRoot(AppContext.BaseDirectory)!, "docs", "function.md"));
        Assert.Contains($"| Tick every table (what the schedule sends) | `{target["input"]}`", docs, StringComparison.Ordinal);
        Assert.Equal("""{"action":"tick"}""", target["input"]);
        var retry = (ImmutableDictionary<string, object>)target["retryPolicy"];
        Assert.Equal(3.0, retry["maximumRetryAttempts"]);
        Assert.Equal(900.0, retry["maximumEventAgeInSeconds"]);
        var role = Assert.Single(resources, r => r.Type == "aws:iam/role:Role" && r.Name == "scheduler-role");
        Assert.Equal($"arn:aws:iam::123456789012:role/{role.String("name")}", target["roleArn"]);
    }
}
