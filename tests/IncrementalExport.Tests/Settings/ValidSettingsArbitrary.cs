using FsCheck;
using FsCheck.Fluent;
using IncrementalExport.Core.Model;
using IncrementalExport.Core.Settings;

namespace IncrementalExport.Tests.Settings;

/// <summary>
/// Valid settings built from the rules as documented (not from the validator), covering every key:
/// optional values present and absent, ARNs and names, offsets, sub-second start times.
/// </summary>
public static class ValidSettingsArbitrary
{
    private static readonly int[] DayDivisors = Enumerable.Range(15, 1440 - 14).Where(m => 1440 % m == 0).ToArray();

    public static Arbitrary<ExportSettings> Settings() => Arb.From(SettingsGen());

    private static Gen<ExportSettings> SettingsGen() =>
        from bucket in Words("-.", "exports", "data", "prod", "eu", "x1", "2026").Select(w => "b" + w)
        from owner in Gen.OneOf(Gen.Constant<string?>(null), Digits(12).Select(d => (string?)d))
        from prefix in Gen.OneOf(Gen.Constant(""), Words("/", "dynamodb", "prod", "a!b", "x_y", "it's", "q*(r)", "v1.2", "A-Z"))
        from kmsKeyArn in Gen.Elements(
            null,
            "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
            "arn:aws-cn:kms:cn-north-1:123456789012:key/mrk-1234abcd12ab34cd56ef1234567890ab",
            "arn:aws:kms:us-east-1:210987654321:alias/team/exports")
        from stateTable in Words(".-_", "state", "Export", "dev", "v2", "x").Select(w => "s_" + w)
        from align in Gen.Elements(true, false)
        from window in align ? Gen.Elements(DayDivisors) : Gen.Choose(15, 1440)
        from catchUp in Gen.Choose(window, 1440)
        from margin in Gen.Choose(0, 900)
        from inFlight in Gen.Choose(1, 300)
        from failures in Gen.Choose(1, 100)
        from onGap in Gen.Elements(PitrGapPolicy.Halt, PitrGapPolicy.FullExport)
        from parallelism in Gen.Choose(1, 256)
        from count in Gen.Choose(1, 6)
        from tables in Gen.CollectToList(Enumerable.Range(0, count), TableGen)
        select new ExportSettings
        {
            Bucket = bucket, BucketOwner = owner, Prefix = prefix, KmsKeyArn = kmsKeyArn, StateTable = stateTable,
            WindowMinutes = window, AlignWindows = align, MaxCatchUpMinutes = catchUp, SafetyMarginSeconds = margin,
            MaxExportsInFlight = inFlight, MaxConsecutiveFailures = failures, OnPitrGap = onGap, Parallelism = parallelism,
            Tables = tables.ToList(),
        };

    // The index makes names and explicit prefixes unique, and "t…" names never overlap "p…" prefixes.
    private static Gen<TableSettings> TableGen(int index) =>
        from suffix in Words(".-_", "orders", "Items", "v2", "x")
        from asArn in Gen.Elements(false, true)
        from account in Digits(12)
        from prefix in Gen.Elements(null, $"p{index}", $"p{index}/exports/v1")
        from viewType in Gen.Elements(ExportViewType.NewAndOldImages, ExportViewType.NewImage)
        from format in Gen.Elements(ExportFormat.DynamoDbJson, ExportFormat.Ion)
        from start in Gen.OneOf(Gen.Constant<DateTimeOffset?>(null), TimeGen().Select(t => (DateTimeOffset?)t))
        let name = $"t{index}_{suffix}"
        select new TableSettings(asArn ? $"arn:aws:dynamodb:eu-west-1:{account}:table/{name}" : name, prefix, viewType, format, start);

    private static Gen<DateTimeOffset> TimeGen() =>
        from days in Gen.Choose(0, 36_500)
        from seconds in Gen.Choose(0, 86_399)
        from ticks in Gen.Elements(0, 0, 5_000_000, 1, 1_234_567, 9_999_999)
        from offsetMinutes in Gen.Choose(-14 * 60, 14 * 60)
        let utc = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(days).AddSeconds(seconds).AddTicks(ticks)
        select new DateTimeOffset(utc).ToOffset(TimeSpan.FromMinutes(offsetMinutes));

    private static Gen<string> Words(string separators, params string[] words) =>
        from parts in Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(Gen.Elements(words), n))
        from separator in Gen.Elements(separators.ToCharArray())
        select string.Join(separator, parts);

    private static Gen<string> Digits(int length) =>
        Gen.ArrayOf(Gen.Elements("0123456789".ToCharArray()), length).Select(d => new string(d));
}
