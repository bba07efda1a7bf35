using System.Net.Sockets;
using IncrementalExport.Emulator;
using IncrementalExport.Emulator.Servers;

namespace IncrementalExport.Tests.Emulator;

public sealed class DynaliteServerTests
{
    [Fact]
    public async Task StartAsync_WhenStarted_ShouldServeAnEmptyDataPlaneUntilDisposed()
    {
        var server = await DynaliteServer.StartAsync();
        int port;
        await using (server)
        {
            using var client = LocalAws.CreateClient(server.ServiceUrl);
            var tables = await client.ListTablesAsync();
            Assert.Empty(tables.TableNames);
            port = server.Port;
        }

        using var socket = new TcpClient();
        await Assert.ThrowsAnyAsync<SocketException>(() => socket.ConnectAsync("127.0.0.1", port));
    }
}
