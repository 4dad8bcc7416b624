using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace EventSystem.Testing;

/// <summary>Starts one private redis-server on loopback and waits until it answers PING.</summary>
internal static class RedisServerLauncher
{
    public const string AddressInUse = "Address already in use";

    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);
    private static readonly ConcurrentDictionary<string, int> MajorVersions = new(StringComparer.Ordinal);

    /// <summary>
    /// The started process, or null with the server's last output when it exited before answering
    /// (typically because the port was taken).
    /// </summary>
    public static async Task<(Process? Process, OutputTail Output)> TryLaunchAsync(
        string serverPath, int port, string dataDirectory)
    {
        var output = new OutputTail();
        var process = new Process { StartInfo = CreateStartInfo(serverPath, port, dataDirectory) };
        process.OutputDataReceived += (_, e) => output.Add(e.Data);
        process.ErrorDataReceived += (_, e) => output.Add(e.Data);
        process.Start();
        ChildProcessReaper.Track(process);
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < ReadyTimeout)
        {
            if (process.HasExited)
            {
                await process.WaitForExitAsync();
                ChildProcessReaper.Forget(process);
                process.Dispose();
                return (null, output);
            }

            if (await RedisPing.AnswersAsync(port, TimeSpan.FromSeconds(1)))
            {
                return (process, output);
            }

            await Task.Delay(PollInterval);
        }

        process.Kill();
        await process.WaitForExitAsync();
        ChildProcessReaper.Forget(process);
        process.Dispose();
        throw new TimeoutException(
            $"redis-server on 127.0.0.1:{port} did not answer PING within {ReadyTimeout.TotalSeconds} s. " +
            $"Its output:{Environment.NewLine}{output}");
    }

    public static InvalidOperationException StartFailed(int port, OutputTail output) =>
        new($"redis-server could not start on 127.0.0.1:{port}. Its output:{Environment.NewLine}{output}");

    private static ProcessStartInfo CreateStartInfo(string serverPath, int port, string dataDirectory)
    {
        var start = new ProcessStartInfo(serverPath)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] arguments =
        [
            "--port", port.ToString(CultureInfo.InvariantCulture),
            "--bind", "127.0.0.1",
            "--save", string.Empty,
            "--appendonly", "no",
            "--dir", dataDirectory,
            "--daemonize", "no",
        ];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Redis 7 refuses DEBUG unless told otherwise, and fault tests use it; older servers reject the option.
        if (MajorVersions.GetOrAdd(serverPath, RedisExecutables.MajorVersion) >= 7)
        {
            start.ArgumentList.Add("--enable-debug-command");
            start.ArgumentList.Add("local");
        }

        return start;
    }
}
