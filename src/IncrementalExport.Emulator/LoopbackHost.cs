using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IncrementalExport.Emulator;

/// <summary>How every local fake server listens: Kestrel on 127.0.0.1 at a free port, no logging, no Server header.</summary>
public static class LoopbackHost
{
    /// <summary>An application not yet started; the server adds its handler with <c>Run</c>.</summary>
    public static WebApplication Build()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);
        return builder.Build();
    }

    /// <summary>Starts <paramref name="app"/> (disposing it if that fails) and returns its address, e.g. http://127.0.0.1:41234.</summary>
    public static async Task<string> StartAsync(WebApplication app, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/');
    }
}
