using IncrementalExport.Benchmark;
using IncrementalExport.Benchmark.ColdStart;
using IncrementalExport.Benchmark.Servers;

return args switch
{
    ["--serve", var startTime] => await ServerHost.RunAsync(startTime),
    ["--cold-start-child", var settingsPath, var now] => await ColdStartChild.RunAsync(settingsPath, now),
    _ => await BenchmarkRun.RunAsync(args, Console.Out, Console.Error),
};
