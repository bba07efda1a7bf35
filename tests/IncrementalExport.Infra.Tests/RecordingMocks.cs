using System.Collections.Immutable;
using IncrementalExport.Stack;
using Pulumi.Testing;

namespace IncrementalExport.Infra.Tests;

/// <summary>Answers the engine like AWS would (ARNs, ids, the caller's account) and records every resource's inputs.</summary>
internal sealed class RecordingMocks : IMocks
{
    public static readonly AwsAccount Account = new("123456789012", "eu-west-1");

    /// <summary>The id KMS gives the stack's key (a UUID, as KMS answers).</summary>
    public const string KeyId = "0b6f7f3c-3b1e-4c5e-9a8d-2f0e1d2c3b4a";

    /// <summary>The key's ARN, as KMS answers it.</summary>
    public static readonly string KeyArn = $"arn:aws:kms:{Account.Region}:{Account.AccountId}:key/{KeyId}";

    public List<RecordedResource> Resources { get; } = [];

    public Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args)
    {
        var inputs = args.Inputs;
        var physical = Name(inputs, "name") ?? Name(inputs, "bucket") ?? args.Name!;
        lock (Resources)
        {
            Resources.Add(new RecordedResource(args.Type!, args.Name!, inputs));
        }

        var outputs = args.Type switch
        {
            "aws:s3/bucket:Bucket" => inputs.SetItem("arn", Account.BucketArn(physical)),
            // KMS answers a key id that is a UUID and an ARN ending in it.
            "aws:kms/key:Key" => inputs.SetItem("arn", KeyArn).SetItem("keyId", KeyId),
            "aws:iam/role:Role" => inputs.SetItem("arn", $"arn:aws:iam::123456789012:role/{physical}"),
            "aws:dynamodb/table:Table" => inputs.SetItem("arn", Account.TableArn(physical)),
            "aws:lambda/function:Function" => inputs.SetItem("arn", Account.FunctionArn(physical)),
            "aws:sns/topic:Topic" => inputs.SetItem("arn", $"arn:aws:sns:eu-west-1:123456789012:{physical}"),
            "aws:cloudwatch/logGroup:LogGroup" => inputs.SetItem("arn", Account.LogGroupArn(physical)),
            _ => inputs,
        };
        return Task.FromResult<(string?, object)>((physical, outputs));
    }

    public Task<object> CallAsync(MockCallArgs args)
    {
        object result = args.Token switch
        {
            "aws:index/getCallerIdentity:getCallerIdentity" => new Dictionary<string, object>
            {
                ["accountId"] = Account.AccountId,
                ["arn"] = $"arn:aws:iam::{Account.AccountId}:user/deployer",
                ["id"] = Account.AccountId,
                ["userId"] = "AIDAEXAMPLE",
            },
            "aws:index/getRegion:getRegion" => new Dictionary<string, object>
            {
                ["region"] = Account.Region,
                ["name"] = Account.Region,
                ["id"] = Account.Region,
                ["description"] = "Europe (Ireland)",
                ["endpoint"] = "ec2.eu-west-1.amazonaws.com",
            },
            "aws:index/getPartition:getPartition" => new Dictionary<string, object>
            {
                ["partition"] = Account.Partition,
                ["dnsSuffix"] = Account.DnsSuffix,
                ["id"] = Account.Partition,
                ["reverseDnsPrefix"] = "com.amazonaws",
            },
            _ => throw new InvalidOperationException($"Unexpected call {args.Token}"),
        };
        return Task.FromResult(result);
    }

    private static string? Name(ImmutableDictionary<string, object> inputs, string key) =>
        inputs.TryGetValue(key, out var value) ? value as string : null;
}

/// <summary>One registered resource: its type token, logical name and inputs as the engine received them.</summary>
internal sealed record RecordedResource(string Type, string Name, ImmutableDictionary<string, object> Inputs)
{
    public ImmutableDictionary<string, object> Object(string key) => (ImmutableDictionary<string, object>)Inputs[key];

    public string String(string key) => (string)Inputs[key];
}
