using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using StackExchange.Redis;

namespace EventSystem.Benchmarks;

/// <summary>A redis-server this program starts on a free loopback port and stops, by its PID, at the end.</summary>
internal sealed class PrivateRedisServer : IDisposable
{
    private readonly Process process;

    private PrivateRedisServer(Process process, int port)
    {
        this.process = process;
        ConnectionString = $"127.0.0.1:{port}";
    }

    public string ConnectionString { get; }

    public int ProcessId => process.Id;

    public static async Task<PrivateRedisServer> StartAsync()
    {
        var port = FreePort();
        var start = new ProcessStartInfo("redis-server")
        {
            ArgumentList = { "--port", $"{port}", "--bind", "127.0.0.1", "--save", "", "--appendonly", "no" },
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        process.OutputDataReceived += static (_, _) => { };
        process.BeginOutputReadLine();
        var server = new PrivateRedisServer(process, port);
        await server.WaitUntilReadyAsync();
        return server;
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill();
            process.WaitForExit(5_000);
        }

        process.Dispose();
    }

    private async Task WaitUntilReadyAsync()
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await using var probe = await ConnectionMultiplexer.ConnectAsync(ConnectionString);
                await probe.GetDatabase().PingAsync();
                return;
            }
            catch (RedisConnectionException) when (deadline.Elapsed < TimeSpan.FromSeconds(10) && !process.HasExited)
            {
                await Task.Delay(50);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
