using IncrementalExport.Cli.Local;
using IncrementalExport.Cli.Parsing;

namespace IncrementalExport.Cli.Commands;

/// <summary>The commands that bring their own local AWS (dynalite, S3 server, export emulator) and so need no settings.</summary>
internal static class LocalCommands
{
    public static IEnumerable<CliCommand> Create(CliOptions o, CommandRunner runner)
    {
        var local = new CliCommand(
            "local",
            "Start dynalite, an S3 server and the export emulator on 127.0.0.1 and print the environment for them; Ctrl-C stops them.",
            "local --bucket exports",
            [o.Bucket]);
        local.SetAction((parse, ct) => LocalMode.RunAsync(o.Read(parse).Bucket ?? LocalMode.DefaultBucket, runner.Output, runner.Error, ct));

        var demo = new CliCommand(
            "demo",
            "Run the whole pipeline on the local stack: writes over simulated hours, ticks until caught up, materialize, check against a Scan.",
            "demo --out demo-out",
            [o.Out]);
        demo.SetAction((parse, ct) => DemoRun.RunAsync(o.Read(parse).Out!, runner.Output, runner.Error, ct));
        return [local, demo];
    }
}
