using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace EventSystem.Generators.EndToEndTests;

/// <summary>
/// A Redis for the tests: the one EVENTSYSTEM_REDIS names, or a private redis-server on a free local port that is
/// stopped on dispose. Kept in this one file so that a shared fixture can replace it.
/// </summary>
public sealed class RedisServer : IAsyncLifetime
{
    private Process? process;

    public string ConnectionString { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        var configured = Environment.GetEnvironmentVariable("EVENTSYSTEM_REDIS");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            ConnectionString = configured;
            return;
        }

        var port = FreePort();
        process = Process.Start(new ProcessStartInfo("redis-server",
            $"--port {port} --bind 127.0.0.1 --save \"\" --appendonly no")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("redis-server did not start; run eng/install-redis.sh.");
        ConnectionString = $"127.0.0.1:{port}";
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!await AcceptsConnectionsAsync(port))
        {
            if (DateTime.UtcNow > deadline || process.HasExited)
            {
                throw new InvalidOperationException($"redis-server on port {port} did not come up within 10 s.");
            }

            await Task.Delay(50);
        }
    }

    public Task DisposeAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill();
            process.WaitForExit(5000);
        }

        process?.Dispose();
        return Task.CompletedTask;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<bool> AcceptsConnectionsAsync(int port)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
