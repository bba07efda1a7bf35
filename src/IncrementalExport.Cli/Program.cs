return await IncrementalExport.Cli.CliApp.RunAsync(args, Console.Out, Console.Error);
