using IncrementalExport.Infra;
using Pulumi;

return await Deployment.RunAsync(ExporterProgram.Run);
