using System.Diagnostics;

namespace EventSystem.Testing;

/// <summary>
/// A private redis-server on a free 127.0.0.1 port, without persistence, for tests that break their own server.
/// One test drives it at a time; its methods are not meant to be called concurrently.
/// </summary>
public sealed partial class RedisServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan PortBusyRetryWindow = TimeSpan.FromSeconds(10);
    private const int FreshPortAttempts = 5;

    private readonly string serverPath;
    private Process process;
    private OutputTail output;
    private string dataDirectory;

    private RedisServerProcess(string serverPath, int port, Process process, OutputTail output, string dataDirectory)
    {
        this.serverPath = serverPath;
        Port = port;
        this.process = process;
        this.output = output;
        this.dataDirectory = dataDirectory;
    }

    /// <summary>The loopback port the server listens on; it keeps it across <see cref="RestartAsync"/>.</summary>
    public int Port { get; }

    /// <summary>A plain StackExchange.Redis connection string, <c>127.0.0.1:PORT</c>.</summary>
    public string ConnectionString => $"127.0.0.1:{Port}";

    /// <summary>The operating system's id of the current server process.</summary>
    public int ProcessId => process.Id;

    /// <summary>Starts redis-server from PATH and returns once it answers PING.</summary>
    /// <exception cref="InvalidOperationException">redis-server is not on PATH, or it would not start.</exception>
    public static Task<RedisServerProcess> StartAsync() => StartAsync(RedisExecutables.FindServer());

    internal static async Task<RedisServerProcess> StartAsync(string? serverPath)
    {
        if (serverPath is null)
        {
            throw new InvalidOperationException(RedisHowTo.Message);
        }

        for (var attempt = 1; ; attempt++)
        {
            var port = LocalPorts.GetFree();
            var directory = CreateDataDirectory();
            var (started, tail) = await RedisServerLauncher.TryLaunchAsync(serverPath, port, directory);
            if (started is not null)
            {
                return new RedisServerProcess(serverPath, port, started, tail, directory);
            }

            Directory.Delete(directory, recursive: true);
            if (attempt == FreshPortAttempts || !tail.Contains(RedisServerLauncher.AddressInUse))
            {
                throw RedisServerLauncher.StartFailed(port, tail);
            }
        }
    }

    /// <summary>Kills the server with SIGKILL, as a crash would, and waits until it has exited.</summary>
    public async Task KillAsync()
    {
        try
        {
            process.Kill();
        }
        catch (InvalidOperationException)
        {
            // It had already exited.
        }

        using var deadline = new CancellationTokenSource(ExitTimeout);
        await process.WaitForExitAsync(deadline.Token);
        ChildProcessReaper.Forget(process);
    }

    /// <summary>
    /// Kills the server if it still runs and starts a fresh, empty one on the same port, retrying for a while
    /// when the port is not yet free again.
    /// </summary>
    public async Task RestartAsync()
    {
        await KillAsync();
        DeleteDataDirectory();
        dataDirectory = CreateDataDirectory();
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var (started, tail) = await RedisServerLauncher.TryLaunchAsync(serverPath, Port, dataDirectory);
            if (started is not null)
            {
                process.Dispose();
                process = started;
                output = tail;
                return;
            }

            if (!tail.Contains(RedisServerLauncher.AddressInUse) || waited.Elapsed > PortBusyRetryWindow)
            {
                throw RedisServerLauncher.StartFailed(Port, tail);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
    }

    /// <summary>Kills the server and removes its working directory.</summary>
    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process.Dispose();
        DeleteDataDirectory();
    }

    /// <inheritdoc />
    public override string ToString() => $"redis-server pid {process.Id} on {ConnectionString}";

    internal string RecentOutput() => output.ToString();

    private static string CreateDataDirectory() =>
        Directory.CreateTempSubdirectory("eventsystem-redis-").FullName;

    private void DeleteDataDirectory()
    {
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Nothing to clean.
        }
    }
}
