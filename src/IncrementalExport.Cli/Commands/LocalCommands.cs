using IncrementalExport.Cli.Local;
using IncrementalExport.Cli.Parsing;

namespace IncrementalExport.Cli.Commands;

/// <summary>The commands that bring their own local AWS (dynalite, S3 server, export emulator) and so need no settings.</summary>
internal static class LocalCommands
{
    private static readonly OptionSpec Bucket =
        new("--bucket", "name", $"The bucket to create on the S3 server (default: {LocalMode.DefaultBucket}).");

    private static readonly (CommandSpec Spec, Func<Invocation, TextWriter, TextWriter, CancellationToken, Task<int>> Run)[] All =
    [
        (new("local", "Start dynalite, an S3 server and the export emulator on 127.0.0.1 and print the environment for them; Ctrl-C stops them.",
            "local --bucket exports", [Bucket]), LocalMode.RunAsync),
        (new("demo", "Run the whole pipeline on the local stack: writes over simulated hours, ticks until caught up, materialize, check against a Scan.",
            "demo --out demo-out", [CliOptions.Out]), DemoRun.RunAsync),
    ];

    public static IReadOnlyList<CommandSpec> Specs { get; } = All.Select(c => c.Spec).ToList();

    /// <summary>How to run <paramref name="spec"/> when it is a local command; null otherwise.</summary>
    public static Func<Invocation, TextWriter, TextWriter, CancellationToken, Task<int>>? Find(CommandSpec spec) =>
        All.FirstOrDefault(c => ReferenceEquals(c.Spec, spec)).Run;

    /// <summary>The --bucket value or the default.</summary>
    public static string BucketOf(Invocation invocation) => invocation.Value(Bucket.Name) ?? LocalMode.DefaultBucket;
}
