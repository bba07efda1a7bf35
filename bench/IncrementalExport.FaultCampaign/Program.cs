using IncrementalExport.FaultCampaign;

return await Campaign.RunAsync(args, Console.Out, Console.Error);
